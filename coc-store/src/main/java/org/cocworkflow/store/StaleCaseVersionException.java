package org.cocworkflow.store;

import java.io.Serial;
import org.cocworkflow.core.CocException;
import org.cocworkflow.core.casefile.CaseId;

/**
 * An append was refused because the case changed since the caller loaded it: someone else appended first
 * (optimistic concurrency on the case version). Nothing of the refused append was written.
 *
 * <p>Reload the case, look at what changed, and decide again; the organizer's action may no longer be the right
 * one (seed 003, "Forming a Response": one designated person talks to the parties, so two people acting on the same
 * case at once is worth noticing).
 */
public final class StaleCaseVersionException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final long expected;
    private final long actual;

    /**
     * Creates the exception.
     *
     * @param caseId the case
     * @param expected the version the caller's case file had
     * @param actual the version stored now
     */
    public StaleCaseVersionException(CaseId caseId, long expected, long actual) {
        super("case " + caseId + " is at version " + actual + ", not " + expected + " as the case file passed in: "
                + "someone else changed it since it was loaded; reload it and decide again (nothing was written)");
        this.caseId = caseId.value();
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns the case.
     *
     * @return the case id
     */
    public CaseId caseId() {
        return CaseId.of(caseId);
    }

    /**
     * Returns the version the caller's case file had.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expected;
    }

    /**
     * Returns the version stored when the append was refused.
     *
     * @return the stored version
     */
    public long actualVersion() {
        return actual;
    }
}
