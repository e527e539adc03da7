package org.cocworkflow.core.history;

import java.time.Instant;
import org.cocworkflow.core.identity.IdentityKey;
import org.immutables.value.Value;

/**
 * Other chapters of the global organization hold cases about someone who shares an identity key with the case being
 * advised (seed 003, "Informing PyLadies Global": a repeat harasser who moves between locations). It is a match
 * only: how many other chapters, since when, and by which kind of key; never their content, and never another
 * chapter's case reference. A match on an e-mail address or handle is the same person; a match on a name alone is
 * only a reason to ask.
 *
 * <p>The global organization's own history reports a match while it has told no chapter about it
 * ({@link #told()} false): a new pattern to review. A chapter's history reports only the matches the global
 * organization decided to tell it ({@link #told()} true), which its advice weighs like its own earlier cases.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface MatchElsewhere {
    /** @return the key that matched; only its kind matters to the rules */
    IdentityKey matchedKey();

    /** @return how many chapters, other than the one advised, hold cases with that key; at least one */
    int otherChapters();

    /** @return when the earliest of those cases was shared with the global organization */
    Instant since();

    /** @return whether the global organization told the chapter; false for a pattern it has not told anyone yet */
    boolean told();

    @Value.Check
    default void check() {
        if (otherChapters() < 1) {
            throw new IllegalArgumentException("a match elsewhere needs at least one other chapter");
        }
    }
}
