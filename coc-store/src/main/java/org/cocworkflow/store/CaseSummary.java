package org.cocworkflow.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.retention.RetentionClass;
import org.immutables.value.Value;

/**
 * What the store's indexes know of a case, without any of its content: for lists of open cases, of cases due, of
 * cases about the same accused (seed 003, "Forming a Response": respond within the half-day or the week; "Record
 * Keeping": a previous offender is dealt with appropriately). Read the case itself through
 * {@link CaseStore#load} or {@link CaseStore#view}.
 *
 * <p>Everything here is stored unencrypted so that it can be indexed; none of it is a name, contact, identifier or
 * free text. Immutable and thread-safe.
 */
@Value.Immutable
public interface CaseSummary {
    /** @return the case */
    CaseId caseId();

    /** @return how much of the case's records are still held */
    RecordState records();

    /** @return the number of events stored: the case's version (0 once its events are purged) */
    long version();

    /** @return where the case stands, while its records are held */
    Optional<CaseStatus> status();

    /** @return the edition the case is judged under, while its records are held */
    Optional<PolicyEditionId> edition();

    /** @return when the case was opened, while its case file is held */
    Optional<Instant> openedAt();

    /** @return when its latest event happened, while its case file is held */
    Optional<Instant> lastEventAt();

    /** @return when it was closed, once closed */
    Optional<Instant> closedAt();

    /** @return the deadlines of a case that is not closed, the latest of each kind */
    Map<DeadlineKind, Instant> deadlines();

    /** @return the retention class recorded for its outcome, once classified */
    Optional<RetentionClass> retention();

    /** @return true while a legal hold keeps everything of the case from being purged */
    boolean legalHold();

    /**
     * Returns the earliest deadline of the case.
     *
     * @return the earliest deadline, if the case has any
     */
    default Optional<Instant> nextDeadline() {
        return deadlines().values().stream().min(Instant::compareTo);
    }
}
