package org.cocworkflow.core;

import java.io.Serial;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An event was refused because it would make an impossible transition of a case file: appending to a closed
 * case, appealing a case that has no decision, naming a party the case does not have, and the like.
 *
 * <p>These are refusals of the case file's own logic (what cannot happen), kept apart from the policy refusals of
 * the guards (what must not be done). The {@link #reason() reason} is typed so callers can react to it; the message
 * adds the position of the event and what to do instead, never case content.
 */
public final class CaseTransitionException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a transition is impossible. */
    public enum Reason {
        /** The case is closed; nothing more can be appended. Open a new, linked case instead. */
        CASE_CLOSED("the case is closed and takes no more events; open a new case and link it to this one"),
        /** An event names a party the case does not have. */
        UNKNOWN_PARTY("the event names a party that the case does not have; add the party first"),
        /** The person recording the event is not on the case's response team. */
        RECORDER_NOT_ON_TEAM("events are recorded by members of the case's response team; add the recorder to "
                + "the team first"),
        /** A named party does not hold the role the event needs (e.g. notifying someone who is not accused). */
        WRONG_ROLE("a party named by the event does not hold the role the event needs"),
        /** A party is added with an id the case already has. */
        DUPLICATE_PARTY("the case already has a party with this id; choose a new id"),
        /** An appeal was recorded but the case has no decision to appeal. */
        NO_DECISION_TO_APPEAL("the case has no decision to appeal; record a decision first"),
        /** A decision, appeal or closing was recorded while an appeal is pending. */
        APPEAL_PENDING("an appeal is pending; decide it (decide_appeal) before recording a new decision, another "
                + "appeal or the closing"),
        /** An appeal was decided but none is pending. */
        NO_APPEAL_PENDING("no appeal is pending; record the appeal before deciding it"),
        /** A decision was communicated but the case has no decision. */
        NO_DECISION_TO_COMMUNICATE("the case has no decision to communicate; record a decision first"),
        /** An apology was relayed, discouraged or pressed but the accused never offered one. */
        NO_APOLOGY_OFFERED("the accused has not offered an apology; record the offer first"),
        /** A relationship was declared between a party and itself. */
        RELATIONSHIP_TO_SELF("a relationship must be between two different parties"),
        /** Consent was granted by someone who cannot grant it, or for something they cannot grant. */
        CANNOT_GRANT("only a target can consent to sharing their identity, only the reporter to sharing "
                + "theirs, and only the consent holders (the targets, or the reporter where no target is named) "
                + "to sharing incident details"),
        /** A message intent was sent to a party it is not meant for. */
        WRONG_AUDIENCE("the message intent is not meant for this party's role"),
        /** An event is dated before the event that precedes it. */
        OUT_OF_ORDER("events must be appended in time order; the event is dated before the previous one"),
        /** A replayed event has the wrong sequence number. */
        BAD_SEQUENCE("events must be numbered 0, 1, 2, ... without gaps"),
        /** The first event is not the opening of the case, or the case is opened twice. */
        NOT_OPENED("a case file starts with exactly one opening event"),
        /** A case was linked to itself. */
        LINK_TO_SELF("a case cannot be linked to itself"),
        /** A ban-list entry was to be ended where the case put none. */
        NO_BAN_RECORDED("this case put no ban-list entry for the accused that is still running; nothing to lift"),
        /** A decision names a meeting the case did not hold. */
        NO_SUCH_MEETING("the decision names a meeting the case did not hold; give the sequence number of the "
                + "meeting's convene_meeting event"),
        /** An interim measure is lifted or reviewed that the case does not have in force. */
        NO_SUCH_MEASURE("no interim measure waits for the decision at this sequence number; give the sequence "
                + "number of a take_interim_measure event that was neither lifted nor reviewed"),
        /** A case that is still open was to be reopened. */
        NOT_CLOSED("the case is still open; only a closed case can be reopened (reopen_case)"),
        /** A case closed for a reason other than {@code NOT_IDENTIFIED} was to be reopened (issue 15). */
        CANNOT_REOPEN("only a case closed as not identified (NOT_IDENTIFIED) can be reopened; for a case closed "
                + "otherwise, open a new case and link it to this one (link_case)"),
        /** A reopened case that names an identified accused was to be closed as not identified again (issue 15). */
        PERSON_IDENTIFIED("the case was reopened and names an identified accused, so it cannot close as not "
                + "identified again; tell and hear them, then close with the resolution the response reached"),
        /** The case file would hold more events than {@code CaseFile.MAX_EVENTS}. */
        TOO_MANY_EVENTS("a case file holds at most " + org.cocworkflow.core.casefile.CaseFile.MAX_EVENTS
                + " events; open a new case and link it to this one");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }

        /**
         * Returns what the reason means and what to do about it.
         *
         * @return advice without case content
         */
        public String advice() {
            return advice;
        }
    }

    private final Reason reason;
    private final long sequence;

    private CaseTransitionException(Reason reason, long sequence, String message) {
        super(message);
        this.reason = reason;
        this.sequence = sequence;
    }

    /**
     * Creates the exception for an event at a known position in the case file.
     *
     * @param reason why the transition is impossible
     * @param sequence the sequence number the event has or would have had
     * @param eventType the event or action type, e.g. {@code "record_appeal"}
     * @return the exception
     */
    public static CaseTransitionException of(Reason reason, long sequence, String eventType) {
        Objects.requireNonNull(reason, "reason");
        return new CaseTransitionException(reason, sequence,
                "event #" + sequence + " (" + eventType + ") refused: " + reason.advice());
    }

    /**
     * Returns why the transition is impossible.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the sequence number the refused event has or would have had.
     *
     * @return the position in the case file, when known
     */
    public OptionalLong sequence() {
        return sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence);
    }
}
