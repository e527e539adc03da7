package org.cocworkflow.store.pattern;

import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.history.MatchElsewhere;
import org.cocworkflow.core.identity.IdentityKey;

/**
 * The global organization's registry of chapter shares, in its own store (seed 003, "Informing PyLadies Global":
 * look for a pattern of behavior across locations).
 *
 * <p>It holds identity keys and case references only. Submitting tells the submitting chapter nothing about other
 * chapters; only the global organization reads patterns, and a chapter learns of a match only when the global
 * organization decides to tell it ({@link #tell}), as a match without content ({@link #toldTo}). Run it on the global
 * organization's side, never on a chapter's. Thread-safe.
 */
public interface PatternRegistry {
    /**
     * Records a chapter's share, replacing what the chapter shared earlier for the same case.
     *
     * @param share the share
     */
    void submit(ChapterShare share);

    /**
     * Removes what a chapter shared for a case, e.g. after the chapter purged the case.
     *
     * @param chapter the chapter
     * @param caseRef the chapter's case reference
     */
    void withdraw(String chapter, CaseId caseRef);

    /**
     * Returns every key shared by at least two chapters, with the cases that share it.
     *
     * @return the patterns, identifier matches first
     */
    List<PatternMatch> patterns();

    /**
     * Returns the patterns a chapter's case is part of: keys of the case that other chapters shared too.
     *
     * @param chapter the chapter
     * @param caseRef the chapter's case reference
     * @return the patterns, identifier matches first; empty if no other chapter shares a key of the case
     */
    List<PatternMatch> patternsOf(String chapter, CaseId caseRef);

    /**
     * Records that the global organization decided to tell a chapter about the pattern of a key: from then on the
     * chapter's history ({@link #toldTo(String)}) reports the match for the chapter's cases with that key. Telling
     * again keeps the first moment.
     *
     * @param chapter the chapter to tell
     * @param key the shared key of the pattern, as {@link #patterns()} gives it
     * @param at when the global organization decided it
     */
    void tell(String chapter, IdentityKey key, Instant at);

    /**
     * Returns the history the global organization's advisor reads for its own cases (their accused keyed under
     * the sharing secret): for a key shared by at least two chapters, a {@link MatchElsewhere} that says how many,
     * since when, and whether any chapter was told ({@code told} false: a new pattern to review). Earlier cases and
     * bans come from elsewhere; combine with {@link CaseHistory#withMatchesFrom(CaseHistory)}.
     *
     * @return the history of patterns
     */
    CaseHistory history();

    /**
     * Returns the history a chapter's advisor reads for what the global organization told it: for each of the
     * chapter's cases it is asked about (the advised case and earlier cases of the same accused, by the chapter's
     * references) and each key the chapter was told about, how many other chapters hold cases with that key and
     * since when ({@code told} true). A match only: no other chapter's name, reference or content. Serve it to the
     * chapter and combine it with the chapter's own history ({@link CaseHistory#withMatchesFrom(CaseHistory)}).
     *
     * @param chapter the chapter
     * @return the chapter's history of told matches
     */
    CaseHistory toldTo(String chapter);
}
