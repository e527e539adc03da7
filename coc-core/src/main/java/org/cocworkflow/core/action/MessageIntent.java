package org.cocworkflow.core.action;

import java.util.EnumSet;
import java.util.Set;
import org.cocworkflow.core.party.CaseRole;

/**
 * What a message to a reporter, victim, witness or other party is for. Messages to the accused about the
 * complaint, the decision and apologies are actions of their own.
 *
 * <p>The last five intents are the things seed 003 says not to do ("Things not to do", "Don't require or
 * encourage apologies"). They exist so that a request or a rule that asks for them can be recognised and refused
 * by the guards; nothing with these intents is ever sent (invariants I2 and I3).
 */
public enum MessageIntent {
    /** Confirm that the report was received. */
    ACKNOWLEDGE_REPORT(CaseRole.REPORTER),
    /** Ask the person to write down what happened as well as they can (seed 003, "Receiving a Complaint"). */
    REQUEST_WRITTEN_ACCOUNT(CaseRole.REPORTER, CaseRole.TARGET, CaseRole.WITNESS),
    /** Say who is in the group that handles complaints and that the report and response are documented. */
    EXPLAIN_PROCESS(CaseRole.REPORTER, CaseRole.TARGET, CaseRole.WITNESS, CaseRole.INVOLVED, CaseRole.ACCUSED),
    /** Offer a private place to sit (seed 003, "Threats to Physical Wellbeing"). */
    OFFER_PRIVATE_PLACE(CaseRole.TARGET, CaseRole.REPORTER),
    /** Ask whether there is a friend or trusted person they would like with them. */
    OFFER_TRUSTED_PERSON(CaseRole.TARGET, CaseRole.REPORTER),
    /** Ask "how can I help?". */
    ASK_HOW_TO_HELP(CaseRole.TARGET, CaseRole.REPORTER),
    /** Hand over the list of emergency resources for later. */
    PROVIDE_EMERGENCY_RESOURCES(CaseRole.TARGET, CaseRole.REPORTER, CaseRole.WITNESS),
    /** Offer help with reporting to law enforcement, and leave it at that (seed 003, "Law Enforcement"). */
    OFFER_HELP_WITH_LAW_ENFORCEMENT(CaseRole.TARGET),
    /** Say it sounds like a breach and that a small group will meet to decide the response (widely witnessed). */
    CONFIRM_BREACH_AND_CONVENE(CaseRole.REPORTER, CaseRole.TARGET),
    /** Say it sounds like a breach and that, if they are OK with it, a small group will meet (private). */
    CONVENE_UNLESS_DECLINED(CaseRole.TARGET, CaseRole.REPORTER),
    /** Say that the handler is a mandatory reporter and offer confidential alternatives (seed 000). */
    DISCLOSE_MANDATORY_REPORTER_STATUS(CaseRole.REPORTER, CaseRole.TARGET, CaseRole.WITNESS),
    /** Tell the reporter what was done. */
    FOLLOW_UP_ON_OUTCOME(CaseRole.REPORTER, CaseRole.TARGET),
    /** Ask whether something may be shared with someone outside the team (seed 003: specific permission). */
    ASK_CONSENT_TO_SHARE(CaseRole.TARGET, CaseRole.REPORTER),
    /** Invite the accused to tell their side of the story (seed 003, "Communicate with the alleged harasser"). */
    INVITE_TO_GIVE_THEIR_SIDE(CaseRole.ACCUSED),
    /** Check in on someone's wellbeing, and ask whether anyone can help (seed 000). */
    CHECK_IN(CaseRole.TARGET, CaseRole.REPORTER, CaseRole.WITNESS),
    /**
     * Tell the reporter or the victim that a case closed because nobody could identify the person was taken up again,
     * the person having been identified (issue 15), and that they will hear the outcome. It names nobody: who was
     * identified is told only under the consent and view rules of the case.
     */
    CASE_TAKEN_UP_AGAIN(CaseRole.REPORTER, CaseRole.TARGET),
    /** Forbidden: invite the victim to withdraw, or say withdrawing is OK (seed 003, "Things not to do"). */
    INVITE_WITHDRAWAL(CaseRole.REPORTER, CaseRole.TARGET),
    /** Forbidden: ask the victim how to deal with the complaint (seed 003, "Things not to do"). */
    ASK_HOW_TO_HANDLE(CaseRole.REPORTER, CaseRole.TARGET),
    /** Forbidden: offer the victim input into penalties (seed 003, "Things not to do"). */
    ASK_ABOUT_PENALTIES(CaseRole.REPORTER, CaseRole.TARGET),
    /** Forbidden: ask the victim to accept an apology (seed 003, "Don't require or encourage apologies"). */
    ASK_TO_ACCEPT_APOLOGY(CaseRole.TARGET),
    /** Forbidden: propose mediation or another meeting with the accused (seed 003, same section). */
    PROPOSE_MEDIATION(CaseRole.TARGET);

    private final Set<CaseRole> audience;

    MessageIntent(CaseRole first, CaseRole... rest) {
        this.audience = EnumSet.of(first, rest);
    }

    /**
     * Returns the roles a message with this intent can be sent to.
     *
     * @return the roles, at least one
     */
    public Set<CaseRole> audience() {
        return EnumSet.copyOf(audience);
    }

    /**
     * Tells whether a party holding some roles can receive this intent.
     *
     * @param roles the party's roles
     * @return true if any of the roles is in the audience
     */
    public boolean isFor(Set<CaseRole> roles) {
        return roles.stream().anyMatch(audience::contains);
    }
}
