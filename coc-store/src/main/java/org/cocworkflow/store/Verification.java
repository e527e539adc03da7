package org.cocworkflow.store;

import java.util.List;
import org.cocworkflow.core.casefile.CaseId;
import org.immutables.value.Value;

/**
 * The outcome of {@link CaseStore#verify}: whether a stored case is exactly what was appended (seed 003, "Record
 * Keeping": a paper trail that holds up if authorities ever get involved).
 *
 * <p>Intact means: the events are numbered 0, 1, 2, ... without gaps; each event's hash follows from the one before
 * and the last one is the hash recorded for the case; every event decrypts and authenticates; the events replay to
 * a possible case file; and the indexes kept beside them agree. Immutable and thread-safe.
 */
@Value.Immutable
public interface Verification {
    /** @return the case */
    CaseId caseId();

    /** @return how much of the case's records are held; only {@link RecordState#COMPLETE} cases have events */
    RecordState records();

    /** @return how many stored events were checked */
    long eventsChecked();

    /** @return what was found wrong; empty if the case is intact */
    List<IntegrityProblem> problems();

    /**
     * Tells whether nothing was found wrong.
     *
     * @return true if intact
     */
    default boolean intact() {
        return problems().isEmpty();
    }
}
