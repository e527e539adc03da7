package org.cocworkflow.core.casefile;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/** An action taken on a case, as recorded in its case file: the paper trail of seed 003, "Record Keeping". */
@Value.Immutable
@JsonTypeName("action_recorded")
@JsonSerialize(as = ImmutableActionRecorded.class)
@JsonDeserialize(as = ImmutableActionRecorded.class)
public non-sealed interface ActionRecorded extends CaseEvent {
    @Override
    long sequence();

    @Override
    Instant at();

    @Override
    PartyId by();

    /**
     * Returns the action taken.
     *
     * @return the action
     */
    Action action();

    @Override
    default String summary() {
        return action().summary();
    }

    @Value.Check
    default void check() {
        Require.that(sequence() > 0, "event 0 of a case is its opening; recorded actions come after it");
    }

    /**
     * Creates the event.
     *
     * @param sequence its position in the case file
     * @param at when it happened
     * @param by who recorded it
     * @param action what was done
     * @return the event
     */
    static ActionRecorded of(long sequence, Instant at, PartyId by, Action action) {
        return ImmutableActionRecorded.builder().sequence(sequence).at(at).by(by).action(action).build();
    }
}
