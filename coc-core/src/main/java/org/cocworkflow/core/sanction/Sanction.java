package org.cocworkflow.core.sanction;

import static org.cocworkflow.core.sanction.SanctionDuration.FIXED_OR_INDEFINITE;
import static org.cocworkflow.core.sanction.SanctionDuration.LASTING;
import static org.cocworkflow.core.sanction.SanctionDuration.ONE_OFF;
import static org.cocworkflow.core.sanction.SanctionDuration.REST_OF_EVENT;

/**
 * The sanctions catalogue. Each entry carries its scope, its kind of duration, its precondition and the kind of
 * space it can be carried out in; {@link #isApplicable(SanctionFacts)} combines the last two (invariant I7).
 *
 * <p>Seed 003 leaves the choice to the organizers, guided by the safety of the community; the catalogue only says
 * what exists and what each entry needs.
 */
public enum Sanction {
    /** Warn the accused to stop, and that further reports will bring sanctions (seed 003; seed 004 "tell them to
     * stop"). */
    WARNING(SanctionScope.CASE, ONE_OFF, SanctionPrecondition.NONE, SpaceRequirement.ANY),
    /** Keep a record of the behaviour for monitoring (seed 004). */
    RECORD_FOR_MONITORING(SanctionScope.CASE, LASTING, SanctionPrecondition.NONE, SpaceRequirement.ANY),
    /** Require the accused to avoid any interaction with, and physical proximity to, the victim for the rest of the
     * event (seed 003). */
    NO_CONTACT_REST_OF_EVENT(SanctionScope.THIS_EVENT, REST_OF_EVENT, SanctionPrecondition.TARGET_IDENTIFIED,
            SpaceRequirement.IN_PERSON),
    /** End a talk that violates the policy early (seed 003). */
    END_TALK_EARLY(SanctionScope.THIS_EVENT, ONE_OFF, SanctionPrecondition.TALK_BY_ACCUSED, SpaceRequirement.ANY),
    /** Do not publish the video or slides of a talk that violated the policy (seed 003). */
    WITHHOLD_TALK_RECORDING(SanctionScope.THIS_EVENT, LASTING, SanctionPrecondition.TALK_BY_ACCUSED,
            SpaceRequirement.ANY),
    /** Do not let a speaker who violated the policy give further talks at the event (seed 003). */
    NO_FURTHER_TALKS(SanctionScope.THIS_EVENT, REST_OF_EVENT, SanctionPrecondition.ACCUSED_IS_SPEAKER,
            SpaceRequirement.ANY),
    /** End the accused's event volunteer responsibilities and privileges at once (seed 003). */
    END_VOLUNTEER_ROLE(SanctionScope.THIS_EVENT, REST_OF_EVENT, SanctionPrecondition.ACCUSED_IS_VOLUNTEER,
            SpaceRequirement.ANY),
    /** Bar the accused from volunteering at future events, for a time or indefinitely (seed 003). */
    NO_FUTURE_VOLUNTEERING(SanctionScope.FUTURE_EVENTS, FIXED_OR_INDEFINITE, SanctionPrecondition.NONE,
            SpaceRequirement.ANY),
    /** Require a refund of travel grants and similar support; only where the grant was conditional on conduct
     * when awarded (seed 003). */
    REFUND_TRAVEL_GRANT(SanctionScope.THIS_EVENT, ONE_OFF, SanctionPrecondition.CONDUCT_CONDITIONAL_GRANT,
            SpaceRequirement.ANY),
    /** Require the accused to leave the event at once and not return (seed 003; seed 004 "ask them to leave"). */
    EXPEL_FROM_EVENT(SanctionScope.THIS_EVENT, REST_OF_EVENT, SanctionPrecondition.NONE, SpaceRequirement.IN_PERSON),
    /** Ban the accused from future events, for a time or indefinitely (seed 003; seed 004). */
    BAN_FROM_FUTURE_EVENTS(SanctionScope.FUTURE_EVENTS, FIXED_OR_INDEFINITE, SanctionPrecondition.NONE,
            SpaceRequirement.ANY),
    /** Remove the accused from their position among organizers, staff or volunteers (seed 004). */
    REMOVE_FROM_POSITION(SanctionScope.ORGANIZATION, LASTING, SanctionPrecondition.ACCUSED_HOLDS_POSITION,
            SpaceRequirement.ANY),
    /** Remove the accused from membership of the organization (seed 003). */
    REMOVE_MEMBERSHIP(SanctionScope.ORGANIZATION, LASTING, SanctionPrecondition.ACCUSED_IS_MEMBER,
            SpaceRequirement.ANY),
    /** Publish an account of the harassment and call for the accused's resignation from their responsibilities;
     * for a leader who will not stand aside (seed 003). */
    PUBLISH_ACCOUNT_AND_CALL_FOR_RESIGNATION(SanctionScope.PUBLIC, ONE_OFF, SanctionPrecondition.ACCUSED_IS_LEADER,
            SpaceRequirement.ANY),
    /** Make the accused invisible to the victim, public and private messages alike (seed 004, online). */
    HIDE_FROM_TARGET(SanctionScope.ONLINE_SPACE, FIXED_OR_INDEFINITE, SanctionPrecondition.TARGET_IDENTIFIED,
            SpaceRequirement.ONLINE),
    /** Monitor the accused's postings for threats (seed 004, online). */
    MONITOR_POSTINGS(SanctionScope.ONLINE_SPACE, FIXED_OR_INDEFINITE, SanctionPrecondition.NONE,
            SpaceRequirement.ONLINE),
    /** Block the accused from the victim's part of the service: a channel or forum (seed 004, online). */
    BLOCK_FROM_CHANNEL(SanctionScope.ONLINE_SPACE, FIXED_OR_INDEFINITE, SanctionPrecondition.NONE,
            SpaceRequirement.ONLINE),
    /** Block the accused from the whole service (seed 004, online). */
    BLOCK_FROM_SERVICE(SanctionScope.ONLINE_SPACE, FIXED_OR_INDEFINITE, SanctionPrecondition.NONE,
            SpaceRequirement.ONLINE),
    /** Give law enforcement identifying information about the accused's account; only when the victim asked for
     * help with law enforcement (seed 004, online). */
    ACCOUNT_INFORMATION_TO_LAW_ENFORCEMENT(SanctionScope.ONLINE_SPACE, ONE_OFF,
            SanctionPrecondition.VICTIM_REQUESTED_LAW_ENFORCEMENT, SpaceRequirement.ONLINE),
    /** A correction of a talk's material, asked of the speaker who makes it: take out a slide or an image, or reword
     * a term, before the slides are published (the lightest response to content in a talk; seed 003, "Possible
     * sanctions": not publishing the slides, of which this is the partial form). */
    CORRECT_TALK_MATERIAL(SanctionScope.THIS_EVENT, ONE_OFF, SanctionPrecondition.TALK_BY_ACCUSED,
            SpaceRequirement.ANY),
    /** A correction of a talk's recording: cut or mute the part that violated the policy before it is published
     * (seed 003, "Possible sanctions": not publishing the video, of which this is the partial form). */
    EDIT_TALK_RECORDING(SanctionScope.THIS_EVENT, ONE_OFF, SanctionPrecondition.TALK_BY_ACCUSED,
            SpaceRequirement.ANY),
    /** A correction of online content, asked of its author who makes it: delete or edit a post or message (seed 004,
     * Online services). */
    CORRECT_POST(SanctionScope.ONLINE_SPACE, ONE_OFF, SanctionPrecondition.NONE, SpaceRequirement.ONLINE),
    /** A correction of an online identity, asked of its owner who makes it: change a username, display name or
     * profile that violates the policy (seed 004, Online services). */
    CORRECT_PROFILE(SanctionScope.ONLINE_SPACE, ONE_OFF, SanctionPrecondition.NONE, SpaceRequirement.ONLINE);

    private final SanctionScope scope;
    private final SanctionDuration duration;
    private final SanctionPrecondition precondition;
    private final SpaceRequirement space;

    Sanction(SanctionScope scope, SanctionDuration duration, SanctionPrecondition precondition,
            SpaceRequirement space) {
        this.scope = scope;
        this.duration = duration;
        this.precondition = precondition;
        this.space = space;
    }

    /**
     * Tells whether the sanction is a correction of content (slides, a recording, a post, a profile) that the
     * speaker or author is asked to make and makes themselves: the lightest response to conduct that lies in content.
     *
     * @return true for the four corrections
     */
    public boolean isCorrection() {
        return this == CORRECT_TALK_MATERIAL || this == EDIT_TALK_RECORDING || this == CORRECT_POST
                || this == CORRECT_PROFILE;
    }

    /**
     * Returns what the sanction reaches.
     *
     * @return the scope
     */
    public SanctionScope scope() {
        return scope;
    }

    /**
     * Returns how long the sanction lasts.
     *
     * @return the kind of duration
     */
    public SanctionDuration duration() {
        return duration;
    }

    /**
     * Returns the fact the sanction needs.
     *
     * @return the precondition
     */
    public SanctionPrecondition precondition() {
        return precondition;
    }

    /**
     * Returns the kind of space the sanction can be carried out in.
     *
     * @return the space requirement
     */
    public SpaceRequirement spaceRequirement() {
        return space;
    }

    /**
     * Tells whether the sanction fits the space an incident happened in.
     *
     * @param facts the facts of the case
     * @return true if the space requirement is met
     */
    public boolean fitsSpace(SanctionFacts facts) {
        return switch (space) {
            case ANY -> true;
            case ONLINE -> facts.space().isOnline();
            case IN_PERSON -> !facts.space().isOnline();
        };
    }

    /**
     * Tells whether the sanction can be imposed on the accused of a case: its precondition holds and it fits the
     * space (invariant I7).
     *
     * @param facts the facts of the case
     * @return true if the sanction applies
     */
    public boolean isApplicable(SanctionFacts facts) {
        return precondition.holds(facts) && fitsSpace(facts);
    }
}
