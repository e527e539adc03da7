package org.cocworkflow.core.report;

import java.util.Arrays;
import java.util.List;

/**
 * An action a reporter asks for, from the catalogues of seed 004 ("Example Actions to Request" and "Other
 * Avenues"), one catalogue per {@link VenueKind kind of body}.
 *
 * <p>A report that says what it wants makes it harder to misunderstand, and records that action was asked for
 * (seed 004, "How to Report").
 */
public enum RequestedAction {
    // In-person event (seed 004, "Meetup/In person organized event")
    /** Develop and enforce an anti-harassment policy for the event. */
    EVENT_ENFORCE_POLICY(VenueKind.IN_PERSON_EVENT),
    /** Confirm whether the conduct violates the existing policy. */
    EVENT_CONFIRM_VIOLATION(VenueKind.IN_PERSON_EVENT),
    /** Tell the accused to stop harassing people at the event. */
    EVENT_TELL_TO_STOP(VenueKind.IN_PERSON_EVENT),
    /** Ask the accused to stop trying to interact with the reporter at the event. */
    EVENT_NO_CONTACT_WITH_ME(VenueKind.IN_PERSON_EVENT),
    /** Record the accused's behaviour for monitoring. */
    EVENT_RECORD_FOR_MONITORING(VenueKind.IN_PERSON_EVENT),
    /** Remove the accused from their position among organizers, staff or volunteers. */
    EVENT_REMOVE_FROM_POSITION(VenueKind.IN_PERSON_EVENT),
    /** Ask the accused to leave the event. */
    EVENT_ASK_TO_LEAVE(VenueKind.IN_PERSON_EVENT),
    /** Ban the accused from future events. */
    EVENT_BAN_FROM_FUTURE_EVENTS(VenueKind.IN_PERSON_EVENT),
    /** Help the reporter refer the accused's actions to law enforcement. */
    EVENT_HELP_WITH_LAW_ENFORCEMENT(VenueKind.IN_PERSON_EVENT),

    // Online service (seed 004, "Online services")
    /** Develop and enforce an anti-harassment policy on the service. */
    ONLINE_ENFORCE_POLICY(VenueKind.ONLINE_SERVICE),
    /** Confirm whether the conduct violates the existing policy. */
    ONLINE_CONFIRM_VIOLATION(VenueKind.ONLINE_SERVICE),
    /** Tell the accused to stop using the service to harass people. */
    ONLINE_TELL_TO_STOP(VenueKind.ONLINE_SERVICE),
    /** Make the accused invisible to the reporter, public and private messages alike. */
    ONLINE_HIDE_FROM_ME(VenueKind.ONLINE_SERVICE),
    /** Monitor the accused's postings for threats. */
    ONLINE_MONITOR_FOR_THREATS(VenueKind.ONLINE_SERVICE),
    /** Block the accused from the reporter's part of the service, or explain how to. */
    ONLINE_BLOCK_FROM_MY_SPACE(VenueKind.ONLINE_SERVICE),
    /** Block the accused from the service. */
    ONLINE_BLOCK_FROM_SERVICE(VenueKind.ONLINE_SERVICE),
    /** Give the reporter or law enforcement identifying information about the accused's account. */
    ONLINE_PROVIDE_ACCOUNT_INFORMATION(VenueKind.ONLINE_SERVICE),
    /** Help the reporter refer the accused's actions to law enforcement. */
    ONLINE_HELP_WITH_LAW_ENFORCEMENT(VenueKind.ONLINE_SERVICE),

    // Employer (seed 004, "Employer")
    /** Say whether the accused's actions were authorised or approved by the employer. */
    EMPLOYER_SAY_WHETHER_AUTHORISED(VenueKind.EMPLOYER),
    /** Confirm whether the employer has a policy prohibiting the conduct. */
    EMPLOYER_CONFIRM_POLICY(VenueKind.EMPLOYER),
    /** Speak with the accused and make clear the conduct must stop. */
    EMPLOYER_SPEAK_TO_ACCUSED(VenueKind.EMPLOYER),
    /** Give the reporter a new contact or account manager. */
    EMPLOYER_NEW_CONTACT(VenueKind.EMPLOYER),
    /** Terminate the reporter's account with the company. */
    EMPLOYER_TERMINATE_MY_ACCOUNT(VenueKind.EMPLOYER),
    /** Stop the accused representing the company in this capacity. */
    EMPLOYER_STOP_REPRESENTATION(VenueKind.EMPLOYER),
    /** Reconsider the accused's employment. */
    EMPLOYER_RECONSIDER_EMPLOYMENT(VenueKind.EMPLOYER),
    /** Help the reporter refer the accused's actions to law enforcement. */
    EMPLOYER_HELP_WITH_LAW_ENFORCEMENT(VenueKind.EMPLOYER),

    // Professional body (seed 004, "Professional Body")
    /** Confirm whether the conduct violates the profession's ethical code. */
    PROFESSION_CONFIRM_ETHICS_VIOLATION(VenueKind.PROFESSIONAL_BODY),
    /** Sanction the accused by the profession's standards. */
    PROFESSION_SANCTION(VenueKind.PROFESSIONAL_BODY),
    /** Open disciplinary proceedings towards deregistration. */
    PROFESSION_OPEN_PROCEEDINGS(VenueKind.PROFESSIONAL_BODY),
    /** Do not register the accused as a practising member. */
    PROFESSION_REFUSE_REGISTRATION(VenueKind.PROFESSIONAL_BODY),
    /** Help the reporter refer the accused's actions to law enforcement. */
    PROFESSION_HELP_WITH_LAW_ENFORCEMENT(VenueKind.PROFESSIONAL_BODY),

    // Educational institution (seed 004, "Educational Institution")
    /** Say whether the accused's actions were authorised or approved by the institution. */
    INSTITUTION_SAY_WHETHER_AUTHORISED(VenueKind.EDUCATIONAL_INSTITUTION),
    /** Confirm whether the accused has ethics approval for the research or assessment. */
    INSTITUTION_CONFIRM_ETHICS_APPROVAL(VenueKind.EDUCATIONAL_INSTITUTION),
    /** Give the contacts of the chief investigator or teacher and the ethics review board. */
    INSTITUTION_PROVIDE_REVIEW_CONTACTS(VenueKind.EDUCATIONAL_INSTITUTION),
    /** Confirm whether the institution has a policy prohibiting the conduct. */
    INSTITUTION_CONFIRM_POLICY(VenueKind.EDUCATIONAL_INSTITUTION),
    /** Speak with the accused and make clear the conduct must stop. */
    INSTITUTION_SPEAK_TO_ACCUSED(VenueKind.EDUCATIONAL_INSTITUTION),
    /** Stop the accused representing the institution in this capacity. */
    INSTITUTION_STOP_REPRESENTATION(VenueKind.EDUCATIONAL_INSTITUTION),
    /** Reconsider the accused's enrolment. */
    INSTITUTION_RECONSIDER_ENROLMENT(VenueKind.EDUCATIONAL_INSTITUTION),
    /** Help the reporter refer the accused's actions to law enforcement. */
    INSTITUTION_HELP_WITH_LAW_ENFORCEMENT(VenueKind.EDUCATIONAL_INSTITUTION),

    // Internet service provider (seed 004, "Internet Service Provider")
    /** Tell the accused to stop using the service to harass people. */
    PROVIDER_TELL_TO_STOP(VenueKind.INTERNET_PROVIDER),
    /** Monitor the accused's internet activity for threats. */
    PROVIDER_MONITOR_FOR_THREATS(VenueKind.INTERNET_PROVIDER),
    /** Block the accused from the service. */
    PROVIDER_BLOCK_FROM_SERVICE(VenueKind.INTERNET_PROVIDER),
    /** Give the reporter or law enforcement identifying information about the accused's account. */
    PROVIDER_PROVIDE_ACCOUNT_INFORMATION(VenueKind.INTERNET_PROVIDER),
    /** Help the reporter refer the accused's actions to law enforcement. */
    PROVIDER_HELP_WITH_LAW_ENFORCEMENT(VenueKind.INTERNET_PROVIDER),

    // Apologies to people who saw it (issue 15, from published transparency reports; under seed 003's policy)
    /**
     * Relay to the reporter an apology the accused offered, where the reporter saw a widely witnessed incident at the
     * event without being its target. The team never asks the accused for one (seed 003).
     */
    EVENT_RELAY_APOLOGY_TO_ME(VenueKind.IN_PERSON_EVENT),
    /** The same for a widely witnessed incident in an online space. */
    ONLINE_RELAY_APOLOGY_TO_ME(VenueKind.ONLINE_SERVICE);

    private final VenueKind venue;

    RequestedAction(VenueKind venue) {
        this.venue = venue;
    }

    /**
     * Returns the kind of body this action is asked of.
     *
     * @return the venue kind
     */
    public VenueKind venue() {
        return venue;
    }

    /**
     * Tells whether the request asks for an offered apology to be relayed to the requester (issue 15).
     *
     * @return true for the requests to relay an apology
     */
    public boolean isApologyRequest() {
        return this == EVENT_RELAY_APOLOGY_TO_ME || this == ONLINE_RELAY_APOLOGY_TO_ME;
    }

    /**
     * Tells whether this is a request for help referring the conduct to law enforcement: when the victim makes
     * it, involving law enforcement is the victim's request (seed 003, "Law Enforcement").
     *
     * @return true for the law-enforcement referral of each catalogue
     */
    public boolean isLawEnforcementReferral() {
        return name().endsWith("_HELP_WITH_LAW_ENFORCEMENT");
    }

    /**
     * Returns the catalogue of one kind of body, in the order seed 004 lists it; the requests to relay an apology,
     * which come from issue 15 rather than seed 004, are not part of it.
     *
     * @param venue the kind of body
     * @return the actions a reporter can ask of it
     */
    public static List<RequestedAction> catalogue(VenueKind venue) {
        return Arrays.stream(values()).filter(a -> a.venue == venue && !a.isApologyRequest()).toList();
    }
}
