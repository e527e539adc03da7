package org.cocworkflow.core.action;

/**
 * A protective measure taken before the decision, while it can still protect someone (seed 003, "Threats to
 * Physical Wellbeing" and "Possible sanctions": ending a harassing talk early, asking someone to leave, not publishing
 * a talk's video). Each is interim: the decision confirms or lifts it.
 */
public enum InterimMeasure {
    /** Stop a talk in progress. Needs a talk and the event running. */
    STOP_TALK(Needs.TALK, true),
    /** Remove the accused from a room, session or social space pending the decision. Needs the event running. */
    REMOVE_FROM_SPACE(Needs.IN_PERSON, true),
    /** Remove the accused from the event pending the decision. Needs the event running. */
    REMOVE_FROM_EVENT(Needs.IN_PERSON, true),
    /** Hold back the recording and slides of a talk from publication pending the decision. Needs a talk. */
    HOLD_RECORDING(Needs.TALK, false),
    /** Hide online content (posts, messages) from view pending review. Needs an online space. */
    HIDE_CONTENT(Needs.ONLINE, false),
    /** Ask the speaker or author to correct the content before it spreads further (take a slide out before the slides
     * go out, cut part of a recording, edit a post or a username), and record it once they did. Needs a talk or an
     * online space; the decision confirms the correction (with a correction from the sanctions catalogue, or a
     * finding of violation without a sanction) or lifts it. */
    CORRECT_CONTENT(Needs.CONTENT, false);

    /** The kind of space a measure fits. */
    public enum Needs {
        /** A talk the accused gave. */
        TALK,
        /** An in-person space. */
        IN_PERSON,
        /** An online space, where the content is live. */
        ONLINE,
        /** Content the accused made: a talk they gave (slides, recording) or an online space (a post, a profile). */
        CONTENT
    }

    private final Needs needs;
    private final boolean whileEventRuns;

    InterimMeasure(Needs needs, boolean whileEventRuns) {
        this.needs = needs;
        this.whileEventRuns = whileEventRuns;
    }

    /**
     * Returns the kind of space the measure fits.
     *
     * @return what it needs
     */
    public Needs needs() {
        return needs;
    }

    /**
     * Tells whether the measure can be taken only while the event runs.
     *
     * @return true for measures on people at the event
     */
    public boolean whileEventRuns() {
        return whileEventRuns;
    }
}
