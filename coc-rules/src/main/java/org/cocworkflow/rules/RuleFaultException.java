package org.cocworkflow.rules;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;
import org.cocworkflow.core.CocException;
import org.cocworkflow.core.edition.PolicyEditionId;

/**
 * The rules of an edition did not finish a request whose answer is a single recommendation ({@link
 * Advisor#screen}), so there is no answer: a recommendation worked out without one of the rules could admit
 * someone the failed rule would have kept out. The faults name the rules and what they threw, never case content;
 * so does the message.
 *
 * <p>Requests whose answer is a list ({@link Advice}, {@link Review}) do not throw this: they return what the
 * rules that did fire found, with the faults, and say they are incomplete.
 */
public final class RuleFaultException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient PolicyEditionId edition;
    private final transient List<RuleFault> faults;

    /**
     * Creates the exception.
     *
     * @param edition the edition whose rules failed
     * @param what the request, e.g. "screening a registration"
     * @param faults what went wrong; at least one
     * @throws IllegalArgumentException if there is no fault
     */
    public RuleFaultException(PolicyEditionId edition, String what, List<RuleFault> faults) {
        super(message(edition, what, faults));
        this.edition = edition;
        this.faults = List.copyOf(faults);
    }

    private static String message(PolicyEditionId edition, String what, List<RuleFault> faults) {
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a rule fault exception needs at least one fault");
        }
        return "the rules of edition " + edition + " did not finish " + what + ", so there is no answer: "
                + faults.stream().map(RuleFault::describe).collect(Collectors.joining("; "))
                + "; fix the rules and test them with their scenarios (bin/coc-rules test)";
    }

    /**
     * Returns the edition whose rules failed.
     *
     * @return its id
     */
    public PolicyEditionId edition() {
        return edition;
    }

    /**
     * Returns what went wrong.
     *
     * @return the faults, at least one
     */
    public List<RuleFault> faults() {
        return faults;
    }
}
