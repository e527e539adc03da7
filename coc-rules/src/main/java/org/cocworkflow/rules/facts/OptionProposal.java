package org.cocworkflow.rules.facts;

import java.util.List;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.immutables.value.Value;

/** A decision option a rule offered, before its sanctions are checked. */
@Value.Immutable
public interface OptionProposal {
    /** @return the offering rule */
    RuleSource source();

    /** @return the finding */
    Finding finding();

    /** @return the sanction offered, if any */
    List<ImposedSanction> sanctions();
}
