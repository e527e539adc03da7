package org.cocworkflow.core.guard;

import java.util.List;
import org.cocworkflow.core.internal.Require;
import org.immutables.value.Value;

/** The guards' answer about one action: allowed, with any flags, or refused, with every refusal. */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Refused {
    /**
     * Tells whether the action may be taken.
     *
     * @return true if allowed
     */
    boolean isAllowed();

    /** The action may be taken; the flags, if any, are for a person to look at first. */
    @Value.Immutable
    non-sealed interface Allowed extends Verdict {
        /** @return heuristic findings for a person to check, possibly none */
        List<Flag> flags();

        @Override
        default boolean isAllowed() {
            return true;
        }
    }

    /** The action must not be taken. */
    @Value.Immutable
    non-sealed interface Refused extends Verdict {
        /** @return every refusal, the first being the most fundamental; never empty */
        List<Refusal> refusals();

        /** @return the first refusal's guard */
        default Guard guard() {
            return refusals().get(0).guard();
        }

        /** @return the first refusal's reason */
        default String reason() {
            return refusals().get(0).reason();
        }

        /** @return the first refusal's citation */
        default String citation() {
            return refusals().get(0).citation();
        }

        @Override
        default boolean isAllowed() {
            return false;
        }

        @Value.Check
        default void check() {
            Require.that(!refusals().isEmpty(), "a refusal names at least one guard");
        }
    }
}
