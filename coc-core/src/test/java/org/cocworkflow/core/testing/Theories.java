package org.cocworkflow.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The one way property tests start: a fixed seed (deterministic runs) and the example count of the build
 * ({@code -Dcoc.examples}, 1,000 by default, 100,000 with {@code -Pexhaustive}).
 */
public final class Theories {
    /** The seed used unless {@code -Dcoc.seed} says otherwise. */
    public static final long DEFAULT_SEED = 20261122L;

    private Theories() {
    }

    /**
     * Returns a theory with the build's example count and seed.
     *
     * @return the theory
     */
    public static QuickTheory qt() {
        return QuickTheory.qt().withExamples(examples()).withFixedSeed(seed()).withShrinkCycles(2_000);
    }

    /**
     * Returns a theory with a fraction of the build's example count, for properties whose examples are large.
     *
     * @param divisor how much fewer examples to run, at least 1
     * @return the theory
     */
    public static QuickTheory qt(int divisor) {
        return QuickTheory.qt().withExamples(Math.max(100, examples() / divisor)).withFixedSeed(seed())
                .withShrinkCycles(2_000);
    }

    /**
     * Draws one value from a generator, with the fixed seed, for example tests that want a generated value.
     *
     * @param gen the generator
     * @param <T> what it makes
     * @return one value
     */
    public static <T> T sample(Gen<T> gen) {
        List<T> drawn = new ArrayList<>(1);
        QuickTheory.qt().withExamples(1).withFixedSeed(seed()).forAll(gen).checkAssert(drawn::add);
        return drawn.get(0);
    }

    /**
     * Draws many values from a generator, with the fixed seed, to measure how often it reaches a case.
     *
     * @param gen the generator
     * @param count how many values
     * @param <T> what it makes
     * @return the values
     */
    public static <T> List<T> sample(Gen<T> gen, int count) {
        List<T> drawn = new ArrayList<>(count);
        QuickTheory.qt().withExamples(count).withFixedSeed(seed()).forAll(gen).checkAssert(drawn::add);
        return drawn;
    }

    /**
     * Returns the build's example count.
     *
     * @return the number of examples per property
     */
    public static int examples() {
        return Integer.getInteger("coc.examples", 1_000);
    }

    /**
     * Returns the build's seed.
     *
     * @return the seed
     */
    public static long seed() {
        return Long.getLong("coc.seed", DEFAULT_SEED);
    }
}
