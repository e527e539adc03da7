package org.cocworkflow.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * A finding that is not an action on a case: a preparation that is missing (seed 003, "Preparation"), a lesson
 * from past cases for the next edition (seed 003, "Evaluation"), or in advice on a case, something for the team to
 * do or say that the case file does not record, such as what staff say to an upset attendee (seed 003, "Dealing with
 * upset attendees") or where a case goes that the team cannot handle. Immutable and thread-safe.
 */
@Value.Immutable
public interface Note {
    /** @return the rule that found it */
    String rule();

    /** @return what it is and what to do, in the library's words */
    String reason();

    /** @return the procedure section */
    String citation();

    /** @return the cases it concerns, by id; none for preparations and for notes in advice */
    List<String> cases();

    /**
     * Returns what the note hands over from the organization's settings, such as the contact to give an upset
     * attendee or the person who takes a case the team cannot handle; never case content.
     *
     * @return the details, possibly none
     */
    List<String> details();
}
