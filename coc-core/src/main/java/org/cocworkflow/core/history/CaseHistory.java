package org.cocworkflow.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;

/**
 * The organization's memory of earlier cases and bans, looked up by identity key only (DESIGN, "Identity across
 * cases"; seed 003, "Record Keeping"). The advisor of coc-rules reads it; coc-store implements it over the database
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
     * Returns a history that knows nothing.
     *
     * @return the empty history
     */
    static CaseHistory none() {
        return new InMemoryCaseHistory();
    }
}
