package org.cocworkflow.rules;

import java.util.List;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.immutables.value.Value;

/**
 * An option the rules put before the response meeting (seed 003, "Meeting" and "Possible sanctions": the meeting
 * decides whether anything is done and what; "you and your event are the only people who can judge appropriate
 * sanctions"): a finding, with at most one sanction, its reason, the rule that offered it and the section it
 * follows. No violation and insufficient information are options too.
 *
 * <p>An option is material for the meeting, never an action: nothing records a finding but a decision the meeting
 * makes and records itself ({@code record_decision} with its meeting, deciders and votes), so an application that
 * takes the first suggestion can never find a violation by itself. The team combines the sanctions it chooses. The
 * sanctions of every option meet their preconditions and fit the space (I7); an option that does not comes back as
 * a rule defect. Immutable and thread-safe.
 */
@Value.Immutable
public interface DecisionOption {
    /** @return the finding */
    Finding finding();

    /** @return the sanction offered, if any: at most one per option */
    List<ImposedSanction> sanctions();

    /** @return why, in the library's words */
    String reason();

    /** @return the name of the rule that offered it */
    String rule();

    /** @return the procedure section the rule follows */
    String citation();
}
