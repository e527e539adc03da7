package org.cocworkflow.store.retention;

import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.casefile.CaseId;
import org.immutables.value.Value;

/**
 * What one {@link Retention#purge} did, for the caller: which cases it purged, so that the embedder can delete what
 * it keeps about them elsewhere (evidence files, chat logs, shares with the global organization), and what it had to
 * leave. Only the counts are recorded in the database ({@link PurgeRecord}); the case ids are not.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface PurgeReport {
    /** @return the moment the purge ran for */
    Instant at();

    /** @return cases whose records were deleted entirely; only their ids remain, as tombstones */
    List<CaseId> deleted();

    /** @return cases whose case file was deleted and whose bans are kept while they last */
    List<CaseId> reduced();

    /** @return ban records removed because the ban ended and its keep-after period passed */
    int bansRemoved();

    /** @return expired cases kept because a legal hold is on them */
    int heldBack();

    /** @return closed cases kept because no retention class was recorded for them */
    int unclassified();

    /** @return closed cases kept because the retention policy does not know their edition */
    int noPolicy();
}
