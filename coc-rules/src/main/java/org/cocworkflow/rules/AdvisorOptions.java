package org.cocworkflow.rules;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.internal.Require;
import org.immutables.value.Value;

/**
 * How an {@link Advisor} is set up, with defaults: the editions to load (the shipped edition), the clock (UTC),
 * the organization's settings, its event calendar, its case history (none), the identity keys that connect a case
 * to that history (none), and the size of each edition's session pool.
 */
@Value.Immutable
public abstract class AdvisorOptions {
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
