package org.cocworkflow.core.casefile;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * The mark left by {@link CaseFile#importUnverified}: the events before this one were brought in from elsewhere
 * (a legacy tracker, an older version of the library) and the guards did not check them; the case file's own
 * transitions did. Events after it are checked like any other.
 *
 * <p>The mark is part of the paper trail (seed 003, "Record Keeping"): every {@link
 * org.cocworkflow.core.view.CaseView view} and the store's verification show that the case holds unverified
 * events, so nobody mistakes an imported history for one the guards kept. It is never appended on its own; a
 * case file only gets it from {@link CaseFile#importUnverified} or by replaying a file that already has it.
 */
@Value.Immutable
@JsonTypeName("case_imported")
@JsonSerialize(as = ImmutableCaseImported.class)
@JsonDeserialize(as = ImmutableCaseImported.class)
public non-sealed interface CaseImported extends CaseEvent {
    @Override
    long sequence();

    @Override
    Instant at();

    /**
     * Returns the response-team member who imported the case.
     *
     * @return the importer
     */
    @Override
    PartyId by();

    /**
     * Returns where the events came from, in the importer's words (e.g. the name of the old tracker).
     *
     * @return the source, if given
     */
    @Value.Redacted
    Optional<String> source();

    /**
     * Returns the last event the guards did not check: every event before this mark.
     *
     * @return the sequence number of the last unverified event
     */
    default long unverifiedThrough() {
        return sequence() - 1;
    }

    @Override
    default String summary() {
        return "case imported without the guards' check of events 1 to " + unverifiedThrough();
    }

    @Value.Check
    default void check() {
        Require.that(sequence() > 0, "an import mark follows the events it covers");
        source().ifPresent(s -> Require.notBlank(s, "an import source"));
    }
}
