package org.cocworkflow.store.pattern;

import java.util.List;
import org.cocworkflow.core.casefile.CaseId;

/**
 * The global organization's registry of chapter shares, in its own store (seed 003, "Informing PyLadies Global":
 * look for a pattern of behavior across locations).
 *
 * <p>It holds identity keys and case references only. Submitting tells the submitting chapter nothing about other
 * chapters; only the global organization reads patterns. Run it on the global organization's side, never on a
 * chapter's. Thread-safe.
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
}
