package org.cocworkflow.rules.facts;

import org.cocworkflow.core.response.Gravity;
import org.immutables.value.Value;

/**
 * How heavily the case weighs for the sanction rules: the gravity the organizers assessed, or else the one the
 * rules infer from its factors and raises. Inferred once per request.
 */
@Value.Immutable
public interface WeighedGravity {
    /** @return the rung */
    Gravity rung();

    /** @return true if the organizers assessed it, false if the rules inferred it */
    boolean assessed();

    /**
     * Tells whether the case weighs at least a rung; convenient in DRL constraints.
     *
     * @param other the rung
     * @return true if at least as heavy
     */
    default boolean atLeast(Gravity other) {
        return rung().atLeast(other);
    }

    /**
     * Creates the fact.
     *
     * @param rung the rung
     * @param assessed whether the organizers assessed it
     * @return the fact
     */
    static WeighedGravity of(Gravity rung, boolean assessed) {
        return ImmutableWeighedGravity.builder().rung(rung).assessed(assessed).build();
    }
}
