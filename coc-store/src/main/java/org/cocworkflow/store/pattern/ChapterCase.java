package org.cocworkflow.store.pattern;

import org.cocworkflow.core.casefile.CaseId;
import org.immutables.value.Value;

/** A case of a chapter, by reference only. Immutable and thread-safe. */
@Value.Immutable
public interface ChapterCase {
    /** @return the chapter */
    @Value.Parameter
    String chapter();

    /** @return the chapter's case reference */
    @Value.Parameter
    CaseId caseRef();
}
