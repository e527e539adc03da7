package org.cocworkflow.core.guard;

import org.immutables.value.Value;

/**
 * Something a person should look at before an allowed action goes out: a heuristic found wording that often goes
 * with a thing not to do. Flags never block an action (the heuristics can be wrong both ways); the embedding
 * application shows them to the organizer.
 */
@Value.Immutable
public interface Flag {
    /** What a flag is about. */
    enum Kind {
        /** Free text to the victim reads like inviting withdrawal, doubting them, or asking them to decide (I2). */
        COERCIVE_PHRASING,
        /** Free text to the accused mentions apologizing (I3: apologies are not requested or encouraged). */
        APOLOGY_MENTION,
        /** An announcement mentions a date or time, which can identify the people involved (I8). */
        IDENTIFYING_DETAIL
    }

    /** @return what the flag is about */
    Kind kind();

    /** @return what to check, without case content */
    String note();

    /** @return the guard whose concern it is */
    Guard guard();

    /**
     * Creates a flag.
     *
     * @param kind what it is about
     * @param guard whose concern it is
     * @param note what to check
     * @return the flag
     */
    static Flag of(Kind kind, Guard guard, String note) {
        return ImmutableFlag.builder().kind(kind).note(note).guard(guard).build();
    }
}
