package org.cocworkflow.rules.internal;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * What every compiled edition does when a rule's consequence throws: during a request of the {@link AdviceEngine}
 * it hands the rule and the exception to that request, and the engine goes on with the next firing, so that one
 * failing rule does not silence the others. Outside such a request it throws as Drools' own handler does.
 *
 * <p>Drools creates one instance per session by its class name (hence public, with a public constructor); the
 * request is found through a thread-local, since a session fires its rules on the thread that asked it to.
 */
public final class ContainedConsequences implements ConsequenceExceptionHandler {
    private static final ThreadLocal<BiConsumer<String, Exception>> REQUEST = new ThreadLocal<>();

    /** Creates the handler; Drools calls this for each session. */
    public ContainedConsequences() {
        // no state: the request is found per call
    }

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        BiConsumer<String, Exception> request = REQUEST.get();
        if (request == null) {
            throw new ConsequenceException(exception, runtime, match);
        }
        request.accept(match.getRule().getName(), exception);
    }

    /**
     * Runs a request's firing with its consequences contained.
     *
     * @param failed what to do with the name of a rule whose consequence threw, and what it threw
     * @param firing the firing
     * @param <T> what the firing returns
     * @return what the firing returned
     */
    static <T> T during(BiConsumer<String, Exception> failed, Supplier<T> firing) {
        BiConsumer<String, Exception> outer = REQUEST.get();
        REQUEST.set(failed);
        try {
            return firing.get();
        } finally {
            if (outer == null) {
                REQUEST.remove();
            } else {
                REQUEST.set(outer);
            }
        }
    }
}
