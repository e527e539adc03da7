package org.cocworkflow.core.sanction;

import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;

/** A fact a sanction needs before it can be imposed (seed 003, "Possible sanctions"). */
public enum SanctionPrecondition {
    /** Nothing beyond a finding of violation. */
    NONE,
    /** The case names a target to keep away from. */
    TARGET_IDENTIFIED,
    /** The conduct was part of a talk the accused gave: there is a talk to end or withhold. */
    TALK_BY_ACCUSED,
    /** The accused is a speaker at the event. */
    ACCUSED_IS_SPEAKER,
    /** The accused holds event volunteer responsibilities. */
    ACCUSED_IS_VOLUNTEER,
    /** The accused holds a position among organizers, staff or volunteers. */
    ACCUSED_HOLDS_POSITION,
    /** The accused holds a travel grant that was conditional on conduct when awarded. */
    CONDUCT_CONDITIONAL_GRANT,
    /** The accused is a member of the organization. */
    ACCUSED_IS_MEMBER,
    /** The accused leads or is central to the event or community (seed 003: "the harasser is the event leader"). */
    ACCUSED_IS_LEADER,
    /** The victim asked for help with law enforcement. */
    VICTIM_REQUESTED_LAW_ENFORCEMENT;

    /**
     * Tells whether the precondition holds for the facts of a case.
     *
     * @param facts the facts about the accused and the incident
     * @return true if the sanction's precondition is met
     */
    public boolean holds(SanctionFacts facts) {
        return switch (this) {
            case NONE -> true;
            case TARGET_IDENTIFIED -> facts.targetIdentified();
            case TALK_BY_ACCUSED -> facts.circumstances().contains(Circumstance.ACCUSED_GAVE_TALK)
                    && facts.accused().has(Standing.SPEAKER);
            case ACCUSED_IS_SPEAKER -> facts.accused().has(Standing.SPEAKER);
            case ACCUSED_IS_VOLUNTEER -> facts.accused().has(Standing.VOLUNTEER);
            case ACCUSED_HOLDS_POSITION -> facts.accused().standings().stream().anyMatch(s -> s.handlesReports()
                    || s == Standing.PAID_STAFF || s == Standing.VOLUNTEER);
            case CONDUCT_CONDITIONAL_GRANT -> facts.accused().travelGrant()
                    .map(g -> g.conditionalOnConduct()).orElse(false);
            case ACCUSED_IS_MEMBER -> facts.accused().has(Standing.ORGANIZATION_MEMBER);
            case ACCUSED_IS_LEADER -> facts.accused().has(Standing.EVENT_LEADER)
                    || facts.accused().has(Standing.ORGANIZER) || facts.accused().has(Standing.CENTRAL_FIGURE);
            case VICTIM_REQUESTED_LAW_ENFORCEMENT -> facts.victimRequestedLawEnforcement();
        };
    }
}
