package org.cocworkflow.rules.facts;

import org.immutables.value.Value;

/**
 * A reason the case weighs one rung more than the incident alone: a repeat offence, retaliation, an apology
 * pressed after being discouraged (seed 002; seed 003). Inferred by rules, counted by the rule that weighs the
 * case.
 */
@Value.Immutable
public interface GravityRaise {
    /** @return the reason, in words */
    String because();

    /**
     * Creates the fact.
     *
     * @param because the reason
     * @return the fact
     */
    static GravityRaise of(String because) {
        return ImmutableGravityRaise.builder().because(because).build();
    }
}
