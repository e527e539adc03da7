package org.cocworkflow.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * A finding that is not an action on a case: a preparation that is missing (seed 003, "Preparation"), a lesson
 * from past cases for the next edition (seed 003, "Evaluation"), or something the team should know about the advice
 * on one case, such as the edition it was advised under.
 */
@Value.Immutable
public interface Note {
    /** @return the rule that found it */
    String rule();

    /** @return what it is and what to do, in the library's words */
    String reason();

    /** @return the procedure section */
    String citation();

    /** @return the cases it concerns, by id; none for preparations */
    List<String> cases();
}
