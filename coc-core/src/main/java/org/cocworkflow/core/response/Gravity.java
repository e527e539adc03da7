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
     * Returns the rung this many steps heavier, stopping at the heaviest.
     *
     * @param steps how many rungs to go up, not negative
     * @return the raised gravity
     */
    public Gravity raised(long steps) {
        if (steps < 0) {
            throw new org.cocworkflow.core.InvalidValueException("gravity is raised by zero or more steps");
        }
        return values()[(int) Math.min(PERMANENT_BAN.ordinal(), ordinal() + steps)];
    }

    /**
     * Returns the heaviest of some rungs.
     *
     * @param rungs the rungs, at least one
     * @return the heaviest
     * @throws org.cocworkflow.core.InvalidValueException if there are none
     */
    public static Gravity heaviest(java.util.Collection<Gravity> rungs) {
        return rungs.stream().max(java.util.Comparator.naturalOrder())
                .orElseThrow(() -> new org.cocworkflow.core.InvalidValueException("the heaviest of no rungs is undefined"));
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
