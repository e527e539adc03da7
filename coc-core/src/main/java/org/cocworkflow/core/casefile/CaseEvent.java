package org.cocworkflow.core.casefile;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import org.cocworkflow.core.party.PartyId;

/**
 * One entry of a case file: who recorded what, and when. The first entry opens the case; every later one records
 * an {@link org.cocworkflow.core.action.Action action}, except the {@link CaseImported mark} that an imported
 * history carries after the events the guards did not check.
 *
 * <p>Events are sealed and immutable; a case file only ever grows by appending them (invariant I9).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(CaseOpened.class),
    @JsonSubTypes.Type(ActionRecorded.class),
    @JsonSubTypes.Type(CaseImported.class)
})
public sealed interface CaseEvent permits CaseOpened, ActionRecorded, CaseImported {
    /**
     * Returns the event's position in the case file, counting from 0.
     *
     * @return the sequence number
     */
    long sequence();

    /**
     * Returns when the event happened.
     *
     * @return the time
     */
    Instant at();

    /**
     * Returns the response-team member who recorded the event.
     *
     * @return the recorder's party id
     */
    PartyId by();

    /**
     * Describes the event in a few words, without case content.
     *
     * @return the summary
     */
    String summary();
}
