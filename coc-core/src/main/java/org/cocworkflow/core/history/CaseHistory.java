package org.cocworkflow.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;

/**
 * The organization's memory of earlier cases and bans, looked up by identity key only (DESIGN, "Identity across
 * cases"; seed 003, "Record Keeping"), and what other chapters of a global organization hold about the same person,
 * as matches only ({@link #matchesElsewhere}). The advisor of coc-rules reads it; coc-store implements it over the database
 * ({@code CaseStore.history()}); {@link InMemoryCaseHistory} serves tests and small deployments. The application
 * hands the store's history to the advisor, so neither module needs the other. Implementations must be
 * thread-safe.
 */
public interface CaseHistory {
    /**
     * Returns earlier cases whose accused share a key with the given keys.
     *
     * @param keys identity keys of an accused party
     * @param excluding the case being advised, which is not its own history
     * @return the earlier cases, oldest first
     */
    List<PriorCase> priorCases(Set<IdentityKey> keys, CaseId excluding);

    /**
     * Returns the bans in force at a moment on anyone sharing a key with the given keys.
     *
     * @param keys identity keys of a party
     * @param at the moment
     * @return the bans in force
     */
    List<ActiveBan> activeBans(Set<IdentityKey> keys, Instant at);

    /**
     * Returns what other chapters of the global organization hold about the accused, as matches only (seed 003,
     * "Informing PyLadies Global"). An organization's own history knows no other chapters and returns none; the
     * global organization's pattern registry answers it (coc-store's {@code PatternRegistry}), for its own cases by
     * the keys and for a chapter by the chapter's case references.
     *
     * @param keys identity keys of an accused party, under the secret of whoever advises
     * @param cases the advised case and the earlier cases of the same accused, by the advising organization's ids
     * @return the matches; none by default
     */
    default List<MatchElsewhere> matchesElsewhere(Set<IdentityKey> keys, Set<CaseId> cases) {
        return List.of();
    }

    /**
     * Returns a history that answers earlier cases and bans from this one and adds the matches elsewhere of another,
     * e.g. a chapter's own store's history with what the global organization told the chapter.
     *
     * @param elsewhere the history of matches elsewhere
     * @return the combined history
     */
    default CaseHistory withMatchesFrom(CaseHistory elsewhere) {
        CaseHistory own = this;
        return new CaseHistory() {
            @Override
            public List<PriorCase> priorCases(Set<IdentityKey> keys, CaseId excluding) {
                return own.priorCases(keys, excluding);
            }

            @Override
            public List<ActiveBan> activeBans(Set<IdentityKey> keys, Instant at) {
                return own.activeBans(keys, at);
            }

            @Override
            public List<MatchElsewhere> matchesElsewhere(Set<IdentityKey> keys, Set<CaseId> cases) {
                List<MatchElsewhere> all = new java.util.ArrayList<>(own.matchesElsewhere(keys, cases));
                all.addAll(elsewhere.matchesElsewhere(keys, cases));
                return List.copyOf(all);
            }
        };
    }

    /**
     * Returns a history that knows nothing.
     *
     * @return the empty history
     */
    static CaseHistory none() {
        return new InMemoryCaseHistory();
    }
}
