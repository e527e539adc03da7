package org.cocworkflow.store;

import java.util.List;
import java.util.OptionalLong;
import org.cocworkflow.core.casefile.CaseId;
import org.immutables.value.Value;

/**
 * The outcome of {@link CaseStore#verify}: whether a stored case is exactly what was appended (seed 003, "Record
 * Keeping": a paper trail that holds up if authorities ever get involved).
 *
 * <p>Intact means: the events are numbered 0, 1, 2, ... without gaps; each event's hash follows from the one before
 * and the last one is the hash recorded for the case; every event decrypts and authenticates; the events replay to
 * a possible case file, every recorded action passing the guards at its moment (except an imported history, which
 * {@link #unverifiedThrough()} names); and the indexes kept beside them agree. Immutable and thread-safe.
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
     * Returns the last event of an imported history the guards did not check, when the case was brought in with
     * {@code CaseFile.importUnverified}. Such a case can be intact; this says that part of it was never guarded.
     *
     * @return the sequence number of the last unverified event; empty if the case was not imported
     */
    OptionalLong unverifiedThrough();

    /**
     * Tells whether nothing was found wrong.
     *
     * @return true if intact
     */
    default boolean intact() {
        return problems().isEmpty();
    }
}
