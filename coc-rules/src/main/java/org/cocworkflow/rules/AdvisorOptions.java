package org.cocworkflow.rules;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.internal.Require;
import org.immutables.value.Value;

/**
 * How an {@link Advisor} is set up, with defaults: the editions to load (the shipped edition), the clock (UTC),
 * the organization's settings, its event calendar, its case history (none), the identity keys that connect a case
 * to that history (none), the size of each edition's session pool, and the bounds on one request's rule work (the
 * firing limit and the time budget, which contain a rule that loops; see {@link RuleFault}).
 */
@Value.Immutable
public abstract class AdvisorOptions {
    /** The default {@link #firingLimit()}. */
    public static final int DEFAULT_FIRING_LIMIT = 10_000;
    /** The default {@link #timeBudget()}. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);
    private static final LongSupplier SYSTEM_TICKER = System::nanoTime;

    AdvisorOptions() {
        // only the generated implementation extends this class
    }

    /** @return the editions to load; empty means the shipped edition alone */
    public abstract List<Edition> editions();

    /** @return the clock that gives {@code now} when a request names none */
    @Value.Default
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** @return the organization's contacts and preparations */
    @Value.Default
    public OrganizationSettings organization() {
        return OrganizationSettings.none();
    }

    /** @return when the organization's events run */
    @Value.Default
    public EventCalendar calendar() {
        return EventCalendar.empty();
    }

    /** @return earlier cases and bans, looked up by identity key */
    @Value.Default
    public CaseHistory history() {
        return CaseHistory.none();
    }

    /** @return the keys that connect a case's parties to the history; without them the history is not used */
    public abstract Optional<IdentityKeys> identityKeys();

    /** @return how many rule sessions each edition keeps ready; default twice the processors */
    @Value.Default
    public int sessionPoolSize() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Returns how many rule firings one request may take. A request of the shipped edition takes a few dozen; one
     * that reaches the limit is stopped and reported as {@link RuleFault.FiringLimitReached}.
     *
     * @return the limit; default {@value #DEFAULT_FIRING_LIMIT}
     */
    @Value.Default
    public int firingLimit() {
        return DEFAULT_FIRING_LIMIT;
    }

    /**
     * Returns how long one request's rule work may take. It is checked after each firing; a request past it is
     * stopped there and reported as {@link RuleFault.TimeBudgetExceeded}. Warm advice takes milliseconds, the first
     * in a fresh JVM a few hundred; the default leaves room for a loaded machine and still stops a runaway edition
     * before a person gives up waiting. It cannot stop a single consequence that never returns (a loop inside its
     * Java code): test an edition's rules with scenarios before loading it.
     *
     * @return the budget; default 5 seconds
     */
    @Value.Default
    public Duration timeBudget() {
        return DEFAULT_TIME_BUDGET;
    }

    /**
     * Returns the ticker that measures the {@link #timeBudget()}: nanoseconds from an arbitrary origin, like
     * {@link System#nanoTime()}, which is the default. Tests replace it to make the budget deterministic.
     *
     * @return the ticker; it must be safe to call from any thread that advises
     */
    @Value.Default
    public LongSupplier ticker() {
        return SYSTEM_TICKER;
    }

    /**
     * Returns the editions to load, the shipped edition when none are named.
     *
     * @return the editions
     */
    public List<Edition> editionsToLoad() {
        return editions().isEmpty() ? List.of(Editions.shipped()) : editions();
    }

    @Value.Check
    void check() {
        Require.that(sessionPoolSize() >= 1, "sessionPoolSize must be at least 1");
        Require.that(firingLimit() >= 1, "firingLimit must be at least 1");
        Require.that(timeBudget().compareTo(Duration.ZERO) > 0, "timeBudget must be positive");
        Require.that(editions().stream().map(Edition::id).distinct().count() == editions().size(),
                "each edition is loaded once: two editions have the same id");
    }

    /**
     * Returns the default options: the shipped edition and nothing else.
     *
     * @return the options
     */
    public static AdvisorOptions defaults() {
        return ImmutableAdvisorOptions.builder().build();
    }

    /**
     * Starts building options.
     *
     * @return a builder
     */
    public static ImmutableAdvisorOptions.Builder builder() {
        return ImmutableAdvisorOptions.builder();
    }
}
