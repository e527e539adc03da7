package org.cocworkflow.store.retention;

import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.retention.RetentionClass;

/**
 * Retention of a store's records by outcome (seed 003, "Data retention").
 *
 * <p>Periods count from the case's closing and come from its edition's settings
 * ({@code EditionSettings.keep(RetentionClass)}):
 * <ul>
 *   <li>{@code NO_VIOLATION_FOUND}, {@code MINOR}, {@code SANCTIONED}: the whole case is kept for its period, then
 *       deleted;</li>
 *   <li>{@code BANNED}: the whole case is kept as long as a sanctioned one ({@code keepSanctioned}), then reduced to
 *       the minimum its bans need (their identity keys, scopes, dates and the case reference), which is kept until
 *       the last ban ends plus {@code keepAfterBanEnds}, and forever for an indefinite ban;</li>
 *   <li>a legal hold keeps everything of the case, whatever its class, until it is lifted.</li>
 * </ul>
 * Any case with a ban still in force is reduced rather than deleted, whatever its class. Open cases and closed
 * cases without a recorded class are never purged.
 *
 * <p>Thread-safe; each case is purged in its own transaction, and the run is recorded in the same database.
 */
public interface Retention {
    /**
     * Records the retention class of a case's outcome, as the rules tell it ({@code Advice.retention()}); a later
     * call replaces it.
     *
     * @param caseId the case
     * @param outcome the class; not {@link RetentionClass#LEGAL_HOLD}, which is {@link #placeLegalHold}
     * @throws IllegalArgumentException for {@code LEGAL_HOLD}
     * @throws org.cocworkflow.store.StoreException if the case is not stored or already purged
     */
    void classify(CaseId caseId, RetentionClass outcome);

    /**
     * Puts a case under legal hold: nothing of it is purged until the hold is lifted.
     *
     * @param caseId the case
     * @throws org.cocworkflow.store.StoreException if the case is not stored or already purged
     */
    void placeLegalHold(CaseId caseId);

    /**
     * Lifts a legal hold; the case's own retention applies again from the next purge.
     *
     * @param caseId the case
     * @throws org.cocworkflow.store.StoreException if the case is not stored
     */
    void liftLegalHold(CaseId caseId);

    /**
     * Deletes or reduces every record whose retention expired at a moment, and records that it ran.
     *
     * @param now the moment, from the embedder's clock
     * @return what was purged and what was kept back
     */
    PurgeReport purge(Instant now);

    /**
     * Returns the record of every purge, oldest first.
     *
     * @return the purge records
     */
    List<PurgeRecord> log();
}
