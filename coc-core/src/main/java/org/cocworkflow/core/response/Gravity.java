package org.cocworkflow.core.response;

/**
 * The impact ladder used to weigh sanctions (the widely used four rungs: correction, warning, temporary ban,
 * permanent ban). Ordered from the lightest rung to the heaviest; lower rungs may be skipped.
 */
public enum Gravity {
    /** A private correction: the conduct was inappropriate; no further consequence. */
    CORRECTION,
    /** A warning with consequences for any repetition, e.g. no contact with the people involved. */
    WARNING,
    /** Removal for a time: from the rest of the event, or from events and spaces for a fixed period. */
    TEMPORARY_BAN,
    /** Permanent removal from events and spaces. */
    PERMANENT_BAN;

    /**
     * Returns the next heavier rung, as for repeat offences and retaliation (seed 002), or this rung if it is the
     * heaviest.
     *
     * @return the raised gravity
     */
    public Gravity raised() {
        return this == PERMANENT_BAN ? this : values()[ordinal() + 1];
    }

    /**
     * Tells whether this rung is at least as heavy as another.
     *
     * @param other the other rung
     * @return true if this rung is the same or heavier
     */
    public boolean atLeast(Gravity other) {
        return compareTo(other) >= 0;
    }
}
