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
        IDENTIFYING_DETAIL,
        /**
         * Free text reaching the accused, whatever action carries it, asks for or requires an apology to the victim
         * (I3: seed 003 advises against asking for one).
         */
        APOLOGY_REQUEST,
        /**
         * A decision finds a violation but imposes less on an accused with a declared tie to a member of the response
         * team than the gravity the team assessed (seed 003, "Public response": someone with intimate connections to
         * the organizers getting off lighter than the stated policy).
         */
        UNEVEN_ENFORCEMENT
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
