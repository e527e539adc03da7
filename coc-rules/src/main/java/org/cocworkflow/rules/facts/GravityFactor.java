package org.cocworkflow.rules.facts;

import org.cocworkflow.core.response.Gravity;
import org.immutables.value.Value;

/**
 * A reason the case weighs at least a rung of the gravity ladder, inferred by a rule; a later rule suggests the
 * heaviest rung any factor calls for.
 */
@Value.Immutable
public interface GravityFactor {
    /** @return the rung this factor calls for at least */
    Gravity rung();

    /** @return the factor, in words */
    String because();

    /**
     * Creates the fact.
     *
     * @param rung the rung
     * @param because the factor
     * @return the fact
     */
    static GravityFactor of(Gravity rung, String because) {
        return ImmutableGravityFactor.builder().rung(rung).because(because).build();
    }
}
