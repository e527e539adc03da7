package org.cocworkflow.core;

import java.io.Serial;
import org.cocworkflow.core.guard.Verdict;

/**
 * An action was refused by a guard: it is one of the things organizers must never do (seed 003, "Things not to
 * do"). The message names the guard, the reason and the section it follows; it holds no case content. Nothing was
 * appended to the case.
 */
public final class ActionRefusedException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Verdict.Refused verdict;

    /**
     * Creates the exception.
     *
     * @param actionType the refused action's type, e.g. {@code send_message}
     * @param verdict the guards' verdict
     */
    public ActionRefusedException(String actionType, Verdict.Refused verdict) {
        super(actionType + " refused by the " + verdict.guard() + " guard: " + verdict.reason() + " ("
                + verdict.citation() + ")");
        this.verdict = verdict;
    }

    /**
     * Returns the guards' verdict with every refusal.
     *
     * @return the verdict
     */
    public Verdict.Refused verdict() {
        return verdict;
    }
}
