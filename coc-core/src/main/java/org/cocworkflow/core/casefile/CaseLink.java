package org.cocworkflow.core.casefile;

import org.cocworkflow.core.action.LinkKind;
import org.immutables.value.Value;

/** A link from this case to another one. */
@Value.Immutable
public interface CaseLink {
    /** @return the other case */
    CaseId other();

    /** @return how the two relate */
    LinkKind kind();
}
