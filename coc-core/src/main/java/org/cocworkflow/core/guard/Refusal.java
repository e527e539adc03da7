package org.cocworkflow.core.guard;

import org.immutables.value.Value;

/**
 * Why a guard refuses an action: which guard, a reason a person can act on, and the section it follows. The reason
 * never contains case content.
 */
@Value.Immutable
public interface Refusal {
    /** @return the guard that refuses */
    Guard guard();

    /** @return what is wrong and what would be allowed instead, without case content */
    String reason();

    /** @return the procedure section */
    default String citation() {
        return guard().citation();
    }

    /**
     * Creates a refusal.
     *
     * @param guard the guard
     * @param reason the reason, without case content
     * @return the refusal
     */
    static Refusal of(Guard guard, String reason) {
        return ImmutableRefusal.builder().guard(guard).reason(reason).build();
    }
}
