package org.cocworkflow.core.report;

/**
 * Facts around an incident that change the response: how public it was, whether safety is at stake, whether the
 * accused acted for an employer or institution, whether it continues earlier conduct.
 *
 * <p>Sources: seed 003 ("Threats to Physical Wellbeing", "Reports of Harassment that were Widely Witnessed",
 * "Employer reports", "Don't require or encourage apologies"), seed 004 ("Other Avenues"), seed 002 (retaliation).
 */
public enum Circumstance {
    /** Witnessed by many: harassing content in a talk, or harassment in a crowded space. */
    WIDELY_WITNESSED(Route.NONE),
    /** The conduct was part of a talk the accused gave. */
    ACCUSED_GAVE_TALK(Route.NONE),
    /** The accused committed violence towards someone. */
    VIOLENCE_COMMITTED(Route.NONE),
    /** The accused threatened violence towards someone. */
    VIOLENCE_THREATENED(Route.NONE),
    /** There is a general threat to attendees, or anyone's safety (staff included) is in doubt. */
    GENERAL_THREAT_TO_SAFETY(Route.NONE),
    /** The conduct is still going on. */
    ONGOING(Route.NONE),
    /** The conduct went on after the accused was asked to stop. */
    CONTINUED_AFTER_REQUEST_TO_STOP(Route.NONE),
    /** The accused was working as paid event staff. */
    WORKING_AS_PAID_EVENT_STAFF(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /** The accused was giving a talk about their employer's product. */
    TALK_ABOUT_EMPLOYER_PRODUCT(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /** The accused was staffing a sponsor booth. */
    STAFFING_SPONSOR_BOOTH(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /** The accused wore their employer's branding or handed out its business cards. */
    WEARING_EMPLOYER_BRANDING(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /** The accused was recruiting someone for a job. */
    RECRUITING_FOR_EMPLOYER(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /** The accused claimed to represent their employer's views. */
    CLAIMING_EMPLOYER_VIEWS(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /** The accused used company resources: a work e-mail address or phone. */
    USING_EMPLOYER_RESOURCES(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /** The accused claims their employer encouraged the conduct (e.g. as a marketing ploy). */
    CLAIMS_EMPLOYER_ENCOURAGED_IT(Route.EMPLOYER_OFFICIAL_CAPACITY),
    /**
     * The accused's job requires good public standing or wields authority (seed 004). The conduct was private, so
     * this supports the victim reporting to the employer, not an organizers' employer report.
     */
    JOB_REQUIRES_PUBLIC_STANDING(Route.EMPLOYER_PRIVATE_CONDUCT),
    /** The accused belongs to a profession whose ethics code governs private conduct. */
    GOVERNED_BY_PROFESSIONAL_CODE(Route.PROFESSIONAL_BODY),
    /** The accused is about to join such a profession (e.g. a medical student). */
    ENTERING_REGULATED_PROFESSION(Route.PROFESSIONAL_BODY),
    /** The accused used an educational institution's resources. */
    USING_INSTITUTION_RESOURCES(Route.EDUCATIONAL_INSTITUTION),
    /** The accused claims their institution encouraged it (e.g. as a research study). */
    CLAIMS_INSTITUTION_ENCOURAGED_IT(Route.EDUCATIONAL_INSTITUTION),
    /** The accused acted as a representative of their institution, e.g. speaking as a researcher. */
    REPRESENTING_INSTITUTION(Route.EDUCATIONAL_INSTITUTION),
    /** The harassing account can be traced to an internet service provider (seed 004). */
    TRACEABLE_TO_INTERNET_PROVIDER(Route.INTERNET_PROVIDER),
    /** The conduct is retaliation against someone who reported or witnessed another case (seed 002). */
    RETALIATION(Route.NONE),
    /** The conduct continues a reported harassment, e.g. pressing an apology on the victim (seed 003). */
    CONTINUED_HARASSMENT(Route.NONE),
    /** The accused touched someone who did not want it, without it being violence: a grope, an unwanted hug or kiss.
     * The edition's settings say how heavily it weighs ({@code weighUnwantedPhysicalContact}). */
    UNWANTED_PHYSICAL_CONTACT(Route.NONE),
    /** The conduct is a slur or a hate symbol, for example as a username or in a post: unambiguous without context.
     * Online, the edition's settings say how heavily it weighs ({@code weighUnambiguousOnlineOffence}). */
    SLUR_OR_HATE_SYMBOL(Route.NONE),
    /** The accused sent sexual messages or images nobody asked for. Online, the edition's settings say how heavily
     * it weighs ({@code weighUnambiguousOnlineOffence}). */
    UNSOLICITED_SEXUAL_CONTENT(Route.NONE),
    /** The conduct lies in the accused's username, display name or profile rather than in a post: the correction is
     * a change of the profile. */
    IN_USERNAME_OR_PROFILE(Route.NONE),
    /** The accused the report describes could not be identified: a shout from the audience, a stranger without a
     * badge. Nobody can be told of the complaint or heard, so the team does not wait for that; a person identified
     * later joins the case as a new accused party (or a new case, linked), who is told and heard as usual. */
    ACCUSED_NOT_IDENTIFIED(Route.NONE);

    /** Which outside body a circumstance connects the conduct to. */
    public enum Route {
        /** No outside body. */
        NONE,
        /** Conduct in an official employee capacity: an organizers' employer report may fit (seed 003). */
        EMPLOYER_OFFICIAL_CAPACITY,
        /** Private conduct of someone whose job requires public standing: the victim may report (seed 004). */
        EMPLOYER_PRIVATE_CONDUCT,
        /** A professional body (seed 004). */
        PROFESSIONAL_BODY,
        /** An educational institution (seed 004). */
        EDUCATIONAL_INSTITUTION,
        /** An internet service provider (seed 004). */
        INTERNET_PROVIDER
    }

    private final Route route;

    Circumstance(Route route) {
        this.route = route;
    }

    /**
     * Returns the outside body the circumstance connects the conduct to.
     *
     * @return the route, {@link Route#NONE} for most circumstances
     */
    public Route route() {
        return route;
    }

    /**
     * Tells whether the circumstance puts the conduct in an official employee capacity (seed 003, "Employer
     * reports").
     *
     * @return true if an employer report by the organizers can fit
     */
    public boolean isOfficialCapacity() {
        return route == Route.EMPLOYER_OFFICIAL_CAPACITY;
    }
}
