package org.cocworkflow.core.testing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * The one way property tests start: the run's seed and the build's example count.
 *
 * <p><b>Seed.</b> Every run draws a fresh seed, once per JVM (one per module's test run), unless
 * {@code -Dcoc.seed=<n>} names one; the seed is printed on standard output the first time a property asks for it
 * ({@code coc.seed=<n> (replay with -Dcoc.seed=<n>)}), and every falsified property repeats it in its failure
 * message. Running the build again with {@code -Dcoc.seed=<n>} draws the same examples.
 *
 * <p><b>Examples.</b> {@link #qt()} runs the build's example count ({@code -Dcoc.examples}, 1,000 by default,
 * 100,000 with {@code -Pexhaustive}); {@link #qt(int)} a fraction of it, for properties whose examples are large.
 *
 * <p><b>Samples.</b> Example tests that draw generated values ({@link #sample(Gen)}, {@link #sample(Gen, int)})
 * use a fixed seed of their own, {@link #SAMPLE_SEED}, whatever the run's seed: what they assert (a canary in
 * every field, how often a generator reaches a rare case) is about those draws, so they stay deterministic.
 *
 * <p>Thread-safe.
 */
public final class Theories {
    /** The seed of {@link #sample(Gen)} and {@link #sample(Gen, int)}: fixed, so example tests are deterministic. */
    public static final long SAMPLE_SEED = 20261122L;
    /** The system property that names the seed of a run to replay. */
    public static final String SEED_PROPERTY = "coc.seed";

    private static final Object LOCK = new Object();
    private static Long runSeed;

    private Theories() {
    }

    /**
     * Returns a theory with the build's example count and the run's seed.
     *
     * @return the theory
     */
    public static QuickTheory qt() {
        return theory(examples());
    }

    /**
     * Returns a theory with a fraction of the build's example count (at least 100), for properties whose examples
     * are large, with the run's seed.
     *
     * @param divisor how much fewer examples to run, at least 1
     * @return the theory
     */
    public static QuickTheory qt(int divisor) {
        if (divisor < 1) {
            throw new IllegalArgumentException("the divisor must be at least 1");
        }
        return theory(examples(divisor));
    }

    private static QuickTheory theory(int examples) {
        long seed = seed();
        return QuickTheory.qt().withExamples(examples).withFixedSeed(seed).withShrinkCycles(2_000)
                .withReporter(new SeedReporter(seed));
    }

    /**
     * Draws one value from a generator, with {@link #SAMPLE_SEED}, for example tests that want a generated value.
     *
     * @param gen the generator
     * @param <T> what it makes
     * @return one value
     */
    public static <T> T sample(Gen<T> gen) {
        return sample(gen, 1).get(0);
    }

    /**
     * Draws many values from a generator, with {@link #SAMPLE_SEED}, e.g. to measure how often it reaches a case.
     *
     * @param gen the generator
     * @param count how many values
     * @param <T> what it makes
     * @return the values
     */
    public static <T> List<T> sample(Gen<T> gen, int count) {
        List<T> drawn = new ArrayList<>(count);
        QuickTheory.qt().withExamples(count).withFixedSeed(SAMPLE_SEED).forAll(gen).checkAssert(drawn::add);
        return drawn;
    }

    /**
     * Returns the build's example count.
     *
     * @return the number of examples per property of {@link #qt()}
     */
    public static int examples() {
        return Integer.getInteger("coc.examples", 1_000);
    }

    /**
     * Returns the example count of {@link #qt(int)}.
     *
     * @param divisor how much fewer examples to run, at least 1
     * @return the build's example count divided by {@code divisor}, at least 100
     */
    public static int examples(int divisor) {
        return Math.max(100, examples() / divisor);
    }

    /**
     * Returns the run's seed: {@code -Dcoc.seed} if given, else one drawn fresh the first time it is asked for in
     * this JVM and kept for the rest of it. The first call prints it on standard output.
     *
     * @return the seed
     * @throws IllegalArgumentException if {@code -Dcoc.seed} is not a whole number
     */
    public static long seed() {
        synchronized (LOCK) {
            if (runSeed == null) {
                String given = System.getProperty(SEED_PROPERTY, "").strip();
                long seed;
                if (given.isEmpty()) {
                    seed = new SecureRandom().nextLong();
                } else {
                    try {
                        seed = Long.parseLong(given);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number (a seed "
                                + "printed by an earlier run), or left out for a fresh one", e);
                    }
                }
                runSeed = seed;
                System.out.println(replayLine(seed));
            }
            return runSeed;
        }
    }

    /**
     * Returns the line that names a seed and how to replay it.
     *
     * @param seed the seed
     * @return {@code coc.seed=<n> (replay with -Dcoc.seed=<n>)}
     */
    public static String replayLine(long seed) {
        return SEED_PROPERTY + "=" + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
    }

    /** QuickTheories' own report of a falsified property, with the line that says how to replay it. */
    private static final class SeedReporter implements Reporter {
        private final ExceptionReporter reporter = new ExceptionReporter();
        private final long seed;

        SeedReporter(long seed) {
            this.seed = seed;
        }

        @Override
        public void falisification(long s, int examples, Object smallest, Throwable cause, List<Object> found,
                AsString<Object> show) {
            try {
                reporter.falisification(s, examples, smallest, cause, found, show);
            } catch (AssertionError falsified) {
                throw withSeed(falsified);
            }
        }

        @Override
        public void falisification(long s, int examples, Object smallest, List<Object> found,
                AsString<Object> show) {
            try {
                reporter.falisification(s, examples, smallest, found, show);
            } catch (AssertionError falsified) {
                throw withSeed(falsified);
            }
        }

        @Override
        public void valuesExhausted(int examples) {
            try {
                reporter.valuesExhausted(examples);
            } catch (IllegalStateException exhausted) {
                throw new IllegalStateException(exhausted.getMessage() + System.lineSeparator() + replayLine(seed),
                        exhausted);
            }
        }

        private AssertionError withSeed(AssertionError falsified) {
            AssertionError error = new AssertionError(falsified.getMessage() + System.lineSeparator()
                    + replayLine(seed), falsified.getCause());
            error.setStackTrace(falsified.getStackTrace());
            return error;
        }
    }
}
