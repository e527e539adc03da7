package org.cocworkflow.core;

import java.io.Serial;
import java.util.OptionalLong;
import org.cocworkflow.core.guard.Verdict;

/**
 * An action was refused by a guard: it is one of the things organizers must never do (seed 003, "Things not to
 * do"). The message names the guard, the reason and the section it follows, and for an action read back from a case
 * file its position; it holds no case content. Nothing was appended to the case, and a case file holding a refused
 * action is not read.
 */
public final class ActionRefusedException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Verdict.Refused verdict;
    private final long sequence;

    /**
     * Creates the exception for an action proposed now.
     *
     * @param actionType the refused action's type, e.g. {@code send_message}
     * @param verdict the guards' verdict
     */
    public ActionRefusedException(String actionType, Verdict.Refused verdict) {
        this(actionType, verdict, -1);
    }

    private ActionRefusedException(String actionType, Verdict.Refused verdict, long sequence) {
        super((sequence < 0 ? "" : "event #" + sequence + " (") + actionType + (sequence < 0 ? "" : ")")
                + " refused by the " + verdict.guard() + " guard: " + verdict.reason() + " (" + verdict.citation()
                + ")");
        this.verdict = verdict;
        this.sequence = sequence;
    }

    /**
     * Creates the exception for an action already recorded in a case file that is being read: the guards refuse
     * it at its moment, so the file is refused (DESIGN, "Guarded paths only").
     *
     * @param sequence the refused event's position in the case file
     * @param actionType the refused action's type
     * @param verdict the guards' verdict
     * @return the exception
     */
    public static ActionRefusedException recorded(long sequence, String actionType, Verdict.Refused verdict) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a recorded action is event 1 or later");
        }
        return new ActionRefusedException(actionType, verdict, sequence);
    }

    /**
     * Returns the guards' verdict with every refusal.
     *
     * @return the verdict
     */
    public Verdict.Refused verdict() {
        return verdict;
    }

    /**
     * Returns the position of the refused event when a recorded case file was being read.
     *
     * @return the event's sequence number; empty for an action proposed now
     */
    public OptionalLong sequence() {
        return sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence);
    }
}
