package org.cocworkflow.store.pattern;

import java.util.List;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.screening.MatchStrength;
import org.immutables.value.Value;

/**
 * Two or more chapters have reports about someone with the same identity key (seed 003, "Informing PyLadies
 * Global": a repeat harasser who moves locations). A match on an e-mail address or handle is the same person; a match
 * on a name alone is only a reason to look. The global organization asks the chapters about the referenced cases; the
 * match itself carries no content. Immutable and thread-safe.
 */
@Value.Immutable
public interface PatternMatch {
    /** @return the shared key */
    IdentityKey key();

    /** @return {@code IDENTIFIER} for an e-mail or handle key, {@code NAME_ONLY} for a name key */
    MatchStrength strength();

    /** @return the cases with that key, from at least two chapters, by chapter and reference */
    List<ChapterCase> cases();
}
