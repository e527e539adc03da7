package org.cocworkflow.core.guard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.action.ContactOutcome;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.action.ExternalBody;
import org.cocworkflow.core.action.InterimMeasure;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.apology.ApologyPolicy;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.identity.Normalization;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DecisionRules;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;

/**
 * The invariants I1 to I8, the decision invariant and the procedural guards (interim measures among them),
 * written a second time as a specification: which concerns an action proposed by someone at a moment on a case
 * would break. The guards must refuse exactly these.
 *
 * <p>It reads the case from its raw events only: the {@link CaseOpened} (the report, who received it, the appeal
 * contact), then each {@link ActionRecorded} (its action, who recorded it, when). A small fold written for this
 * specification ({@link Facts}) turns them into the facts the invariants talk about, all in one place; it does not
 * use the production fold ({@code CaseState}) or its helpers, the consent ledger, {@code ConsentHolders}, or the
 * sanctions catalogue's preconditions. Each invariant is one method over those facts, written from DESIGN.md, seed
 * 003 and the reading in docs/design.md ("How the procedure is read").
 *
 * <p>Three definitions are shared with the production code, because they are definitions rather than decisions:
 * reading the names, identifiers and contacts of people in free text ({@link Mentions}); the fixed definition of a
 * brief apology ({@link ApologyPolicy#isBrief}); and when two e-mail addresses or handles are the same
 * ({@link Normalization}), which decides whether a team member is a party of the incident under another id.
 */
final class InvariantSpec {
    /** Who may have what a present threat to physical safety requires (I1's sole exception). */
    private static final Set<RecipientClass> SAFETY_SERVICES = EnumSet.of(RecipientClass.VENUE_SECURITY,
            RecipientClass.LAW_ENFORCEMENT, RecipientClass.EMERGENCY_SERVICES);
    /** What a victim asks for when they ask for help with law enforcement, whichever body they ask (seed 004). */
    private static final Set<RequestedAction> LAW_ENFORCEMENT_HELP = EnumSet.of(
            RequestedAction.EVENT_HELP_WITH_LAW_ENFORCEMENT, RequestedAction.ONLINE_HELP_WITH_LAW_ENFORCEMENT,
            RequestedAction.EMPLOYER_HELP_WITH_LAW_ENFORCEMENT, RequestedAction.PROFESSION_HELP_WITH_LAW_ENFORCEMENT,
            RequestedAction.INSTITUTION_HELP_WITH_LAW_ENFORCEMENT, RequestedAction.PROVIDER_HELP_WITH_LAW_ENFORCEMENT);
    /**
     * Conduct in an official employee capacity (seed 003, "Employer reports": paid staff, a talk about the employer's
     * product, a sponsor booth, branded merchandise, recruiting, claiming to represent the employer's views; seed 004,
     * "Employer": company resources, a claim that the employer encouraged it).
     */
    private static final Set<Circumstance> OFFICIAL_CAPACITY = EnumSet.of(Circumstance.WORKING_AS_PAID_EVENT_STAFF,
            Circumstance.TALK_ABOUT_EMPLOYER_PRODUCT, Circumstance.STAFFING_SPONSOR_BOOTH,
            Circumstance.WEARING_EMPLOYER_BRANDING, Circumstance.RECRUITING_FOR_EMPLOYER,
            Circumstance.CLAIMING_EMPLOYER_VIEWS, Circumstance.USING_EMPLOYER_RESOURCES,
            Circumstance.CLAIMS_EMPLOYER_ENCOURAGED_IT);
    /** Seed 004, "Professional Body": a profession whose code governs private conduct, or someone about to join one. */
    private static final Set<Circumstance> PROFESSIONAL = EnumSet.of(Circumstance.GOVERNED_BY_PROFESSIONAL_CODE,
            Circumstance.ENTERING_REGULATED_PROFESSION);
    /** Seed 004, "Educational Institution": its resources, a claim it encouraged it, or someone representing it. */
    private static final Set<Circumstance> INSTITUTIONAL = EnumSet.of(Circumstance.USING_INSTITUTION_RESOURCES,
            Circumstance.CLAIMS_INSTITUTION_ENCOURAGED_IT, Circumstance.REPRESENTING_INSTITUTION);
    /** The actions that take a case further against the accused, which the victim of private harassment decides. */
    private static final Set<Class<? extends Action>> AGAINST_THE_ACCUSED = Set.of(Action.NotifyAccused.class,
            Action.HearAccused.class, Action.ConveneMeeting.class, Action.RecordDecision.class,
            Action.CommunicateDecision.class, Action.ReportToExternalBody.class, Action.Announce.class,
            Action.RecordBan.class, Action.TakeInterimMeasure.class, Action.RecordContactAttempt.class);
    /** The actions in which someone of the team talks to a party of the incident (seed 003: one designated person). */
    private static final Set<Class<? extends Action>> TALKS_TO_A_PARTY = Set.of(Action.SendMessage.class,
            Action.NotifyAccused.class, Action.HearAccused.class, Action.DiscourageApology.class,
            Action.RelayApology.class, Action.CommunicateDecision.class, Action.RecordContactAttempt.class);
    /** What a reporter asks for when they want an offered apology relayed to them (issue 15). */
    private static final Set<RequestedAction> APOLOGY_TO_ME = EnumSet.of(RequestedAction.EVENT_RELAY_APOLOGY_TO_ME,
            RequestedAction.ONLINE_RELAY_APOLOGY_TO_ME);
    /** The longest nature of an incident, or action taken, in an announcement: a sentence (seed 003). */
    private static final int ANNOUNCEMENT_PART = 240;

    private InvariantSpec() {
    }

    /**
     * What an action proposed on a case would break.
     *
     * @param file the case
     * @param action the action
     * @param by who would take it
     * @param at when
     * @return the guards whose invariant it breaks, none if it keeps them all
     */
    static Set<Guard> broken(CaseFile file, Action action, PartyId by, Instant at) {
        return broken(file.events(), action, by, at);
    }

    /**
     * What an action proposed after some events would break.
     *
     * @param history the events so far, the opening first
     * @param action the action
     * @param by who would take it
     * @param at when
     * @return the guards whose invariant it breaks, none if it keeps them all
     */
    static Set<Guard> broken(List<? extends CaseEvent> history, Action action, PartyId by, Instant at) {
        Facts f = Facts.of(history);
        Proposed p = new Proposed(action, by, at);
        Set<Guard> broken = EnumSet.noneOf(Guard.class);
        when(broken, Guard.CONSENT, i1Consent(f, p));
        when(broken, Guard.VICTIM_CHOICE, victimChoice(f, p));
        when(broken, Guard.NO_COERCION, i2NoCoercion(f, p));
        when(broken, Guard.APOLOGY, i3Apologies(f, p));
        when(broken, Guard.LAW_ENFORCEMENT, i4LawEnforcement(f, p));
        when(broken, Guard.MEETING_AND_CONFLICTS, i5Meeting(f, p));
        when(broken, Guard.DECISION, decision(f, p));
        when(broken, Guard.ACCUSED, i6Accused(f, p));
        when(broken, Guard.INTERIM_MEASURES, interimMeasure(f, p));
        when(broken, Guard.COMMUNITY, reminder(f, p));
        when(broken, Guard.SANCTIONS, i7Sanctions(f, p));
        when(broken, Guard.COMMUNITY, i8Community(f, p));
        when(broken, Guard.MANDATORY_REPORTER, mandatoryReporter(f, p));
        when(broken, Guard.RETALIATION, retaliation(f, p));
        return broken;
    }

    private static void when(Set<Guard> broken, Guard guard, boolean breaks) {
        if (breaks) {
            broken.add(guard);
        }
    }

    /** The proposal. */
    private record Proposed(Action action, PartyId by, Instant at) {
    }

    // ---------------------------------------------------------------------------------------------- I1

    /**
     * Whether an item may reach a recipient class. Each victim consents to their own identity, the reporter to
     * theirs, every victim to the incident's details (the reporter where no victim is named; nobody where neither
     * is). While a threat to physical safety is present, safety services may have the details and the victim's
     * identity, and the reporter's only where the reporter is the victim.
     */
    static boolean mayReach(Facts f, RecipientClass recipient, DisclosureItem item) {
        boolean safetyException = f.presentThreat() && SAFETY_SERVICES.contains(recipient);
        List<PartyId> victims = f.ids(CaseRole.TARGET);
        List<PartyId> reporters = f.ids(CaseRole.REPORTER);
        return switch (item) {
            case INCIDENT_DETAILS -> safetyException
                    || f.consentedByAll(victims.isEmpty() ? reporters : victims, recipient, item);
            case VICTIM_IDENTITY -> victims.isEmpty() || safetyException
                    || f.consentedByAll(victims, recipient, item);
            case REPORTER_IDENTITY -> reporters.isEmpty()
                    || safetyException && victims.containsAll(reporters)
                    || f.consentedByAll(reporters, recipient, item);
        };
    }

    private static boolean anyWithheld(Facts f, RecipientClass recipient, Set<DisclosureItem> items) {
        return items.stream().anyMatch(item -> !mayReach(f, recipient, item));
    }

    private static boolean i1Consent(Facts f, Proposed p) {
        Action a = p.action();
        if (a instanceof Action.Disclose d) {
            return anyWithheld(f, d.recipient(), d.items());
        }
        if (a instanceof Action.InvolveAuthority i) {
            return anyWithheld(f, recipientOf(i.authority()), i.items());
        }
        if (a instanceof Action.ReportToExternalBody r) {
            // A report to an outside body always carries the incident.
            return !mayReach(f, recipientOf(r.body()), DisclosureItem.INCIDENT_DETAILS)
                    || anyWithheld(f, recipientOf(r.body()), r.items());
        }
        if (a instanceof Action.InformGlobalOrganization g) {
            return anyWithheld(f, RecipientClass.GLOBAL_ORGANIZATION, g.items());
        }
        if (a instanceof Action.AskThirdParty t) {
            // A sponsor, vendor or employer present hears what the accused's employer may; the venue's staff what
            // venue security may (issue 15). A request without items shares nothing.
            RecipientClass recipient = switch (t.party()) {
                case SPONSOR_OR_VENDOR, EMPLOYER_PRESENT -> RecipientClass.ACCUSED_EMPLOYER;
                case VENUE_STAFF -> RecipientClass.VENUE_SECURITY;
            };
            return anyWithheld(f, recipient, t.items());
        }
        if (a instanceof Action.Announce) {
            // Seed 003 announces what many people saw: on the widely witnessed path only the victims, whom the people
            // present could recognise, decide; a case naming neither victim nor reporter concerns nobody who could be
            // recognised. Elsewhere the nature of an incident is a detail of it like any other.
            List<PartyId> victims = f.ids(CaseRole.TARGET);
            boolean seenByMany = f.path.filter(path -> path == ResponsePath.WIDELY_WITNESSED).isPresent();
            if (seenByMany || victims.isEmpty() && f.ids(CaseRole.REPORTER).isEmpty()) {
                return !victims.isEmpty() && !f.consentedByAll(victims, RecipientClass.COMMUNITY,
                        DisclosureItem.INCIDENT_DETAILS);
            }
            return !mayReach(f, RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS);
        }
        if (a instanceof Action.AddTeamMember m && m.member().standings().contains(Standing.GLOBAL_ORGANIZATION)) {
            return !f.handedToGlobal() && !mayReach(f, RecipientClass.GLOBAL_ORGANIZATION,
                    DisclosureItem.INCIDENT_DETAILS);
        }
        Optional<String> toAccused = textToAccused(f, a);
        return toAccused.isPresent() && !mayReach(f, RecipientClass.ACCUSED, DisclosureItem.VICTIM_IDENTITY)
                && Mentions.anyIn(toAccused.get(), f.parties(CaseRole.TARGET));
    }

    private static RecipientClass recipientOf(Authority authority) {
        return switch (authority) {
            case VENUE_SECURITY -> RecipientClass.VENUE_SECURITY;
            case POLICE -> RecipientClass.LAW_ENFORCEMENT;
            case EMERGENCY_SERVICES -> RecipientClass.EMERGENCY_SERVICES;
        };
    }

    private static RecipientClass recipientOf(ExternalBody body) {
        return switch (body) {
            case EMPLOYER -> RecipientClass.ACCUSED_EMPLOYER;
            case PROFESSIONAL_BODY -> RecipientClass.PROFESSIONAL_BODY;
            case EDUCATIONAL_INSTITUTION -> RecipientClass.EDUCATIONAL_INSTITUTION;
            case INTERNET_PROVIDER -> RecipientClass.INTERNET_PROVIDER;
        };
    }

    /** The text an action would show an accused party: a notice, a decision, or a message sent to an accused. */
    private static Optional<String> textToAccused(Facts f, Action a) {
        if (a instanceof Action.NotifyAccused n) {
            return n.text();
        }
        if (a instanceof Action.CommunicateDecision c) {
            return c.text();
        }
        if (a instanceof Action.SendMessage m && f.has(m.to(), CaseRole.ACCUSED)) {
            return m.text();
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- victim choice

    private static boolean victimChoice(Facts f, Proposed p) {
        Action a = p.action();
        boolean against = AGAINST_THE_ACCUSED.stream().anyMatch(kind -> kind.isInstance(a))
                || a instanceof Action.SendMessage m && f.has(m.to(), CaseRole.ACCUSED)
                // Asking a sponsor, vendor or employer to deal with the accused moves against them (issue 15).
                || a instanceof Action.AskThirdParty t && t.about().isPresent();
        if (!against || f.path.filter(path -> path == ResponsePath.PRIVATE).isEmpty() || f.presentThreat()) {
            return false;
        }
        List<PartyId> victims = f.ids(CaseRole.TARGET).isEmpty() ? f.ids(CaseRole.REPORTER) : f.ids(CaseRole.TARGET);
        // Any one victim declining stops the team; otherwise each must have been offered the choice or said go ahead.
        if (victims.stream().anyMatch(v -> f.wishes.get(v) == VictimWish.NO_FURTHER_ACTION)) {
            return true;
        }
        return victims.stream().anyMatch(v -> f.wishes.get(v) != VictimWish.PROCEED
                && f.messages.stream().noneMatch(m -> m.to().equals(v)
                        && m.intent() == MessageIntent.CONVENE_UNLESS_DECLINED));
    }

    // ---------------------------------------------------------------------------------------------- I2, I3, I4

    private static boolean i2NoCoercion(Facts f, Proposed p) {
        return p.action() instanceof Action.SendMessage m
                && (f.has(m.to(), CaseRole.TARGET) || f.has(m.to(), CaseRole.REPORTER))
                && (m.intent() == MessageIntent.INVITE_WITHDRAWAL || m.intent() == MessageIntent.ASK_HOW_TO_HANDLE
                        || m.intent() == MessageIntent.ASK_ABOUT_PENALTIES);
    }

    private static boolean i3Apologies(Facts f, Proposed p) {
        if (p.action() instanceof Action.SendMessage m) {
            return m.intent() == MessageIntent.ASK_TO_ACCEPT_APOLOGY || m.intent() == MessageIntent.PROPOSE_MEDIATION;
        }
        if (p.action() instanceof Action.RelayApology r) {
            // A relayed apology reaches a victim, or a reporter who saw a widely witnessed incident and asked for one.
            boolean askedForIt = f.has(r.to(), CaseRole.REPORTER)
                    && f.path.filter(path -> path == ResponsePath.WIDELY_WITNESSED).isPresent()
                    && f.requests.getOrDefault(r.to(), Set.of()).stream().anyMatch(APOLOGY_TO_ME::contains);
            return !ApologyPolicy.isBrief(r.text()) || !f.has(r.to(), CaseRole.TARGET) && !askedForIt;
        }
        return false;
    }

    private static boolean i4LawEnforcement(Facts f, Proposed p) {
        Action a = p.action();
        boolean policeOrSecurity = a instanceof Action.InvolveAuthority i
                && (i.authority() == Authority.POLICE || i.authority() == Authority.VENUE_SECURITY)
                || a instanceof Action.Disclose d && (d.recipient() == RecipientClass.LAW_ENFORCEMENT
                        || d.recipient() == RecipientClass.VENUE_SECURITY);
        // Safety is in doubt (and security or police may come unasked) until the latest assessment says all are safe.
        boolean assessedAllSafe = f.assessed.isPresent() && f.assessed.get() == SafetyAssessment.NO_PRESENT_THREAT;
        return policeOrSecurity && !f.victimAskedForLawEnforcement() && assessedAllSafe;
    }

    // ---------------------------------------------------------------------------------------------- I5

    private static boolean i5Meeting(Facts f, Proposed p) {
        Action a = p.action();
        if (a instanceof Action.ConveneMeeting meeting) {
            boolean witnessMayAttend = f.path.filter(path -> path == ResponsePath.WIDELY_WITNESSED).isPresent();
            return meeting.participants().stream().anyMatch(id -> {
                Set<CaseRole> roles = f.roles(id);
                return roles.contains(CaseRole.ACCUSED) || roles.contains(CaseRole.TARGET)
                        || roles.contains(CaseRole.REPORTER) && !witnessMayAttend
                        || !roles.contains(CaseRole.REPORTER) && !roles.contains(CaseRole.RESPONSE_TEAM_MEMBER)
                        || roles.contains(CaseRole.RESPONSE_TEAM_MEMBER) && f.conflicted(id);
            });
        }
        if (a instanceof Action.AssignHandler assign) {
            boolean againstSomeoneWhoHandlesReports = f.parties(CaseRole.ACCUSED).stream()
                    .anyMatch(accused -> accused.has(Standing.ORGANIZER) || accused.has(Standing.EVENT_LEADER)
                            || accused.has(Standing.RESPONSE_TEAM_MEMBER));
            boolean globalTakesOver = f.escalations.contains(EscalationReason.ACCUSED_HANDLES_REPORTS)
                    && f.party(assign.handler()).filter(h -> h.has(Standing.GLOBAL_ORGANIZATION)).isPresent();
            return f.conflicted(assign.handler()) || againstSomeoneWhoHandlesReports && !globalTakesOver;
        }
        if (a instanceof Action.RecordDecision d && d.meeting().isPresent()) {
            // Extended to deciding: only members present at the meeting decide, none of them a party or conflicted,
            // and one of them records it.
            Set<PartyId> present = f.meetings.getOrDefault(d.meeting().getAsLong(), Set.of());
            return !present.contains(p.by()) || d.deciders().stream()
                    .anyMatch(id -> !present.contains(id) || !mayDecide(f, id));
        }
        if (a instanceof Action.DecideAppeal appeal) {
            Set<PartyId> original = f.appealedDecisionDeciders();
            return appeal.hearers().stream().anyMatch(id -> !mayDecide(f, id) || original.contains(id));
        }
        boolean talks = TALKS_TO_A_PARTY.stream().anyMatch(kind -> kind.isInstance(a));
        return talks && !p.by().equals(f.speaker());
    }

    /** Whether someone may take part in deciding: a member of the team, neither party, without a conflict. */
    private static boolean mayDecide(Facts f, PartyId id) {
        Set<CaseRole> roles = f.roles(id);
        return roles.contains(CaseRole.RESPONSE_TEAM_MEMBER) && !roles.contains(CaseRole.ACCUSED)
                && !roles.contains(CaseRole.TARGET) && !roles.contains(CaseRole.REPORTER) && !f.conflicted(id);
    }

    // ---------------------------------------------------------------------------------------------- Decision

    /**
     * The decision (DESIGN, "Decision"): a finding is made in a meeting the case held, by recorded deciders at least
     * as many as the edition's quorum (or every member without a conflict, when there are fewer), as many of them
     * in favour as its method asks; it reviews every interim measure still waiting; an appeal after the window
     * has a recorded reason; an appeal's outcome names its hearers.
     */
    private static boolean decision(Facts f, Proposed p) {
        Action a = p.action();
        if (a instanceof Action.RecordDecision d) {
            if (d.meeting().isEmpty()) {
                return true;
            }
            long eligible = f.parties(CaseRole.RESPONSE_TEAM_MEMBER).stream().filter(m -> !f.conflicted(m.id()))
                    .count();
            int n = d.deciders().size();
            int inFavour = d.votes().map(v -> v.inFavour().size()).orElse(n);
            boolean methodMet = n > 0 && switch (f.rules.method()) {
                case CONSENSUS -> inFavour == n;
                case TWO_THIRDS -> inFavour * 3 >= n * 2;
                case MAJORITY -> inFavour * 2 > n;
            };
            boolean allReviewed = f.pendingMeasures.keySet().stream().allMatch(d.interimReviews()::containsKey);
            return eligible == 0 || n < Math.min(f.rules.quorum(), eligible) || !methodMet || !allReviewed;
        }
        if (a instanceof Action.RecordAppeal appeal) {
            Instant noticed = f.decisionNoticedAt.get(appeal.accused());
            return noticed != null && p.at().isAfter(noticed.plus(f.rules.appealWindow()))
                    && appeal.heardLateBecause().isEmpty();
        }
        return a instanceof Action.DecideAppeal appeal && appeal.hearers().isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- interim measures

    /**
     * Interim measures: before a decision stands, for a threat, violence or conduct many people witnessed, fitting
     * the space (a talk, people at an in-person event, online content), and, for measures on people at the event,
     * only while it runs.
     */
    private static boolean interimMeasure(Facts f, Proposed p) {
        if (!(p.action() instanceof Action.TakeInterimMeasure m)) {
            return false;
        }
        Set<Circumstance> c = f.report.circumstances();
        boolean decisionStands = f.decided && f.pendingAppealOf.isEmpty();
        boolean called = f.presentThreat() || f.path.filter(path -> path == ResponsePath.WIDELY_WITNESSED
                || path == ResponsePath.THREAT_TO_PHYSICAL_WELLBEING).isPresent()
                || c.contains(Circumstance.VIOLENCE_COMMITTED) || c.contains(Circumstance.VIOLENCE_THREATENED)
                || c.contains(Circumstance.GENERAL_THREAT_TO_SAFETY) || c.contains(Circumstance.WIDELY_WITNESSED);
        boolean online = online(f.report.space().kind());
        boolean talk = f.report.space().kind() == SpaceKind.TALK || c.contains(Circumstance.ACCUSED_GAVE_TALK);
        boolean fits = switch (m.measure()) {
            case STOP_TALK, HOLD_RECORDING -> talk;
            case REMOVE_FROM_SPACE, REMOVE_FROM_EVENT -> !online;
            case HIDE_CONTENT -> online;
            // A correction is of content the accused made: a talk's slides or recording, a post or a profile.
            case CORRECT_CONTENT -> talk || online;
        };
        boolean onPeopleAtTheEvent = switch (m.measure()) {
            case STOP_TALK, REMOVE_FROM_SPACE, REMOVE_FROM_EVENT -> true;
            case HOLD_RECORDING, HIDE_CONTENT, CORRECT_CONTENT -> false;
        };
        boolean eventRuns = f.event.filter(e -> !p.at().isBefore(e.start()) && p.at().isBefore(e.end())).isPresent();
        return decisionStands || !called || !fits || onPeopleAtTheEvent && !eventRuns;
    }

    // ---------------------------------------------------------------------------------------------- I6

    private static boolean i6Accused(Facts f, Proposed p) {
        Action a = p.action();
        if (a instanceof Action.RecordDecision d && d.finding() == Finding.VIOLATION) {
            List<PartyId> concerned = d.sanctions().isEmpty() ? f.ids(CaseRole.ACCUSED)
                    : d.sanctions().stream().map(ImposedSanction::on).toList();
            return concerned.stream().anyMatch(id -> !mayBeDecidedAbout(f, id, p.at()));
        }
        if (a instanceof Action.NotifyAccused n && n.answerBy().isPresent()
                && n.answerBy().get().isBefore(p.at().plus(f.rules.hearingDeadline()))) {
            return true; // the notice leaves them less than the edition's hearing deadline to answer
        }
        if (a instanceof Action.CommunicateDecision c && f.appealContact.isPresent()
                && !c.appealContact().equals(f.appealContact)) {
            return true;
        }
        if (a instanceof Action.CloseCase && !f.untold.isEmpty()) {
            return true; // an accused has not heard the latest decision or appeal outcome (#15)
        }
        Optional<String> toAccused = textToAccused(f, a);
        return toAccused.isPresent() && !mayReach(f, RecipientClass.ACCUSED, DisclosureItem.REPORTER_IDENTITY)
                && Mentions.anyIn(toAccused.get(), f.parties(CaseRole.REPORTER));
    }

    /**
     * Whether a violation may be found about an accused party without hearing them more: they were heard; or they
     * did not answer a notice by the date it named, which has passed, and an attempt to reach them was recorded
     * after it; or no notice reached them, two attempts found them unreachable, and the hearing deadline has passed
     * since the first; or the report could not identify them.
     */
    private static boolean mayBeDecidedAbout(Facts f, PartyId accused, Instant at) {
        // Nobody to tell or hear: the report says its accused could not be identified (a shout from the audience).
        boolean unidentified = f.report.circumstances().contains(Circumstance.ACCUSED_NOT_IDENTIFIED)
                && f.report.parties().stream().anyMatch(x -> x.id().equals(accused) && x.has(CaseRole.ACCUSED));
        if (f.heard.contains(accused) || unidentified) {
            return true;
        }
        List<Attempt> attempts = f.attempts.stream().filter(t -> t.accused().equals(accused)).toList();
        Notice notice = f.complaintNotices.get(accused);
        if (notice != null) {
            return notice.answerBy().isPresent() && !at.isBefore(notice.answerBy().get())
                    && attempts.stream().anyMatch(t -> t.sequence() > notice.sequence());
        }
        List<Attempt> unreachable = attempts.stream().filter(t -> t.outcome() == ContactOutcome.UNREACHABLE).toList();
        return unreachable.size() >= 2 && !at.isBefore(unreachable.get(0).at().plus(f.rules.hearingDeadline()));
    }

    // ---------------------------------------------------------------------------------------------- I7

    /** Where a sanction can be carried out. */
    private enum Space {
        ANYWHERE, IN_PERSON, ONLINE
    }

    /** What a sanction needs of the case and its accused. */
    private interface Precondition {
        boolean holds(Facts f, Party accused);
    }

    /** One row of the sanctions table: the space it needs and its precondition. */
    private record Needs(Space space, Precondition precondition) {
        static Needs nothing(Space space) {
            return new Needs(space, (f, accused) -> true);
        }
    }

    /**
     * The sanctions table, written from seed 003's "Possible sanctions" (and seed 004's online actions) as the
     * catalogue documents each entry. A sanction added to the catalogue does not compile here until it has a row.
     */
    private static Needs needs(Sanction sanction) {
        return switch (sanction) {
            // "Warning the harasser to cease their behaviour"; a record kept for monitoring (seed 004).
            case WARNING, RECORD_FOR_MONITORING -> Needs.nothing(Space.ANYWHERE);
            // "avoid any interaction with, and physical proximity to, their victim for the remainder of the event".
            case NO_CONTACT_REST_OF_EVENT -> new Needs(Space.IN_PERSON, (f, accused) -> f.has(CaseRole.TARGET));
            // "Ending a talk that violates the policy early", "Not publishing the video or slides of a talk": a talk
            // the accused gave, in which the conduct happened.
            case END_TALK_EARLY, WITHHOLD_TALK_RECORDING -> new Needs(Space.ANYWHERE, (f, accused) ->
                    f.report.circumstances().contains(Circumstance.ACCUSED_GAVE_TALK) && accused.has(Standing.SPEAKER));
            // "Not allowing a speaker who violated the policy to give (further) talks".
            case NO_FURTHER_TALKS -> new Needs(Space.ANYWHERE, (f, accused) -> accused.has(Standing.SPEAKER));
            // "Immediately ending any event volunteer responsibilities and privileges the harasser holds".
            case END_VOLUNTEER_ROLE -> new Needs(Space.ANYWHERE, (f, accused) -> accused.has(Standing.VOLUNTEER));
            // "not volunteer for future events", "Banning the harasser from future events".
            case NO_FUTURE_VOLUNTEERING, BAN_FROM_FUTURE_EVENTS -> Needs.nothing(Space.ANYWHERE);
            // "refund any travel grants ... (this would need to be a condition of the grant at the time of being
            // awarded)".
            case REFUND_TRAVEL_GRANT -> new Needs(Space.ANYWHERE, (f, accused) -> accused.travelGrant()
                    .filter(grant -> grant.conditionalOnConduct()).isPresent());
            // "immediately leave the event and not return".
            case EXPEL_FROM_EVENT -> Needs.nothing(Space.IN_PERSON);
            // A position among organizers, staff or volunteers to remove them from (seed 004).
            case REMOVE_FROM_POSITION -> new Needs(Space.ANYWHERE, (f, accused) -> accused.has(Standing.ORGANIZER)
                    || accused.has(Standing.EVENT_LEADER) || accused.has(Standing.RESPONSE_TEAM_MEMBER)
                    || accused.has(Standing.PAID_STAFF) || accused.has(Standing.VOLUNTEER));
            // "Removing a harasser from membership of relevant organizations".
            case REMOVE_MEMBERSHIP -> new Needs(Space.ANYWHERE,
                    (f, accused) -> accused.has(Standing.ORGANIZATION_MEMBER));
            // "Publishing an account ... calling for the resignation": for one who leads or is central ("the harasser
            // is the event leader").
            case PUBLISH_ACCOUNT_AND_CALL_FOR_RESIGNATION -> new Needs(Space.ANYWHERE, (f, accused) ->
                    accused.has(Standing.EVENT_LEADER) || accused.has(Standing.ORGANIZER)
                            || accused.has(Standing.CENTRAL_FIGURE));
            // Seed 004, online services: hide the harasser from me.
            case HIDE_FROM_TARGET -> new Needs(Space.ONLINE, (f, accused) -> f.has(CaseRole.TARGET));
            // Seed 004, online services: monitor, block from a channel, block from the service.
            case MONITOR_POSTINGS, BLOCK_FROM_CHANNEL, BLOCK_FROM_SERVICE -> Needs.nothing(Space.ONLINE);
            // Seed 004, online services: account details to law enforcement, when the victim asked for that help.
            case ACCOUNT_INFORMATION_TO_LAW_ENFORCEMENT -> new Needs(Space.ONLINE,
                    (f, accused) -> f.victimAskedForLawEnforcement());
            // Issue 15, corrections asked of the speaker: a talk's slides or wording, or its recording, need a talk
            // the accused gave in which the conduct happened.
            case CORRECT_TALK_MATERIAL, EDIT_TALK_RECORDING -> new Needs(Space.ANYWHERE, (f, accused) ->
                    f.report.circumstances().contains(Circumstance.ACCUSED_GAVE_TALK) && accused.has(Standing.SPEAKER));
            // Corrections asked of an author online: a post, a username or profile.
            case CORRECT_POST, CORRECT_PROFILE -> Needs.nothing(Space.ONLINE);
        };
    }

    private static boolean online(SpaceKind kind) {
        return switch (kind) {
            case TALK, WORKSHOP, EVENT_VENUE, SPONSOR_BOOTH, SOCIAL_EVENT, MEETUP, OTHER_IN_PERSON -> false;
            case ONLINE_CHAT, ONLINE_FORUM, VIDEO_CALL, SOCIAL_MEDIA, PRIVATE_MESSAGES, EMAIL, OTHER_ONLINE -> true;
        };
    }

    private static boolean fits(Facts f, ImposedSanction imposed, Party accused, Instant decidedAt) {
        Needs needs = needs(imposed.sanction());
        boolean online = online(f.report.space().kind());
        boolean space = switch (needs.space()) {
            case ANYWHERE -> true;
            case IN_PERSON -> !online;
            case ONLINE -> online;
        };
        // A sanction with an end must end after the moment it is decided, or it would end before it starts.
        boolean endsLater = imposed.until().map(until -> until.isAfter(decidedAt)).orElse(true);
        return space && needs.precondition().holds(f, accused) && endsLater;
    }

    private static boolean i7Sanctions(Facts f, Proposed p) {
        Action a = p.action();
        // Seed 003, "Ending a talk that violates the policy early": only a talk still running can be ended, and no
        // talk runs outside the event's days (issue 15, item 7). An appeal keeps what was decided while it ran.
        if (a instanceof Action.RecordDecision d
                && d.sanctions().stream().anyMatch(x -> x.sanction() == Sanction.END_TALK_EARLY)
                && f.event.filter(e -> !p.at().isBefore(e.start()) && p.at().isBefore(e.end())).isEmpty()) {
            return true;
        }
        List<ImposedSanction> sanctions = a instanceof Action.RecordDecision d ? d.sanctions()
                : a instanceof Action.DecideAppeal appeal ? appeal.sanctions() : List.of();
        for (ImposedSanction imposed : sanctions) {
            // A sanction on someone who is not accused is the case file's to refuse, not a guard's.
            Optional<Party> accused = f.party(imposed.on()).filter(party -> party.has(CaseRole.ACCUSED));
            if (accused.isPresent() && !fits(f, imposed, accused.get(), p.at())) {
                return true;
            }
        }
        if (a instanceof Action.ReportToExternalBody r) {
            Set<Circumstance> c = f.report.circumstances();
            return switch (r.body()) {
                case EMPLOYER -> c.stream().noneMatch(OFFICIAL_CAPACITY::contains);
                case PROFESSIONAL_BODY -> c.stream().noneMatch(PROFESSIONAL::contains);
                case EDUCATIONAL_INSTITUTION -> c.stream().noneMatch(INSTITUTIONAL::contains);
                case INTERNET_PROVIDER -> !online(f.report.space().kind())
                        && !c.contains(Circumstance.TRACEABLE_TO_INTERNET_PROVIDER);
            };
        }
        if (a instanceof Action.RecordBan ban) {
            // Only a decided ban goes on the ban list, and its entry ends no later than the decided ban.
            Optional<ImposedSanction> decided = f.decidedBan(ban.accused());
            return decided.isEmpty() || decided.get().until().isPresent() && (ban.until().isEmpty()
                    || ban.until().get().isAfter(decided.get().until().get()));
        }
        if (a instanceof Action.LiftBan lift) {
            // A ban the decision in force still imposes stays on the list.
            return f.decidedBan(lift.accused()).isPresent();
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- I8

    private static boolean i8Community(Facts f, Proposed p) {
        Action a = p.action();
        if (a instanceof Action.Disclose d) {
            // The community hears announcements only, never items.
            return d.recipient() == RecipientClass.COMMUNITY && !d.items().isEmpty();
        }
        if (!(a instanceof Action.Announce announce)) {
            return false;
        }
        List<Party> accused = f.parties(CaseRole.ACCUSED);
        boolean central = accused.stream().allMatch(x -> x.has(Standing.CENTRAL_FIGURE)
                || x.has(Standing.EVENT_LEADER));
        if (announce.namesAccused() && !central) {
            return true;
        }
        List<Party> anonymous = f.incidentParties().stream()
                .filter(x -> x.has(CaseRole.TARGET) || x.has(CaseRole.REPORTER) || !x.has(CaseRole.ACCUSED)).toList();
        List<String> texts = new ArrayList<>(List.of(announce.natureOfIncident()));
        announce.actionTaken().ifPresent(texts::add);
        return texts.stream().anyMatch(text -> Mentions.anyIn(text, anonymous)
                || !announce.namesAccused() && Mentions.anyIn(text, accused)
                || text.strip().length() > ANNOUNCEMENT_PART);
    }

    /**
     * A reminder of the code of conduct names nobody and describes nothing, so only its audience must exist (issue
     * 15): the room of a session (a talk or workshop) while the event runs, the attendees of the case's event, or the
     * community's members at any time.
     */
    private static boolean reminder(Facts f, Proposed p) {
        if (!(p.action() instanceof Action.RemindOfCode r)) {
            return false;
        }
        boolean eventRuns = f.event.filter(e -> !p.at().isBefore(e.start()) && p.at().isBefore(e.end())).isPresent();
        SpaceKind space = f.report.space().kind();
        boolean session = space == SpaceKind.TALK || space == SpaceKind.WORKSHOP
                || f.report.circumstances().contains(Circumstance.ACCUSED_GAVE_TALK);
        return switch (r.audience()) {
            case THE_ROOM -> !session || !eventRuns;
            case ALL_ATTENDEES -> f.event.isEmpty();
            case ALL_MEMBERS -> false;
        };
    }

    // ---------------------------------------------------------------------------------------------- the others

    private static boolean mandatoryReporter(Facts f, Proposed p) {
        if (!(p.action() instanceof Action.RecordAccount account)) {
            return false;
        }
        boolean mandatory = f.party(p.by()).filter(Party::mandatoryReporter).isPresent();
        boolean toldThem = f.messages.stream().anyMatch(m -> m.by().equals(p.by()) && m.to().equals(account.from())
                && m.intent() == MessageIntent.DISCLOSE_MANDATORY_REPORTER_STATUS);
        return mandatory && !toldThem;
    }

    private static boolean retaliation(Facts f, Proposed p) {
        boolean linked = f.links.contains(LinkKind.RETALIATION_FOR);
        if (!f.report.circumstances().contains(Circumstance.RETALIATION) && !linked) {
            return false;
        }
        return p.action() instanceof Action.AssessGravity g && g.gravity() == Gravity.CORRECTION
                || p.action() instanceof Action.RecordDecision && !linked;
    }

    // ---------------------------------------------------------------------------------------------- the facts

    /** A message sent: who sent it, to whom, for what. */
    private record Message(PartyId by, PartyId to, MessageIntent intent) {
    }

    /** A notice of complaint: its event and the date it asked the accused to answer by. */
    private record Notice(long sequence, Optional<Instant> answerBy) {
    }

    /** An attempt to reach an accused party. */
    private record Attempt(long sequence, Instant at, PartyId accused, ContactOutcome outcome) {
    }

    /**
     * What the invariants need to know about a case, folded from its events by this specification alone. Mutable
     * while it is built by {@link #of}, read-only afterwards.
     */
    static final class Facts {
        private Report report;
        private PartyId receiver;
        private Optional<String> appealContact = Optional.empty();
        /** Every party by id, in the order they joined the case, as they joined it. */
        private final Map<PartyId, Party> parties = new LinkedHashMap<>();
        /** Who declared a relationship with whom: at joining or later. */
        private final Map<PartyId, Set<PartyId>> relatedTo = new LinkedHashMap<>();
        private Optional<PartyId> handler = Optional.empty();
        private Optional<ResponsePath> path = Optional.empty();
        private Optional<SafetyAssessment> assessed = Optional.empty();
        /** The consent in force: per grantor and recipient class, the items granted since the last revocation. */
        private final Map<PartyId, Map<RecipientClass, Set<DisclosureItem>>> consent = new LinkedHashMap<>();
        private final Map<PartyId, VictimWish> wishes = new LinkedHashMap<>();
        private final Map<PartyId, Set<RequestedAction>> requests = new LinkedHashMap<>();
        private final List<Message> messages = new ArrayList<>();
        private final Set<PartyId> told = new LinkedHashSet<>();
        private final Set<PartyId> heard = new LinkedHashSet<>();
        private final List<EscalationReason> escalations = new ArrayList<>();
        private final Set<LinkKind> links = EnumSet.noneOf(LinkKind.class);
        /** The sanctions of the decision in force, as appeals decided since left them; empty before any decision. */
        private List<ImposedSanction> sanctionsInForce = List.of();
        private DecisionRules rules;
        private Optional<EventWindow> event = Optional.empty();
        /** The meetings held, by their event's sequence number, with who was present. */
        private final Map<Long, Set<PartyId>> meetings = new LinkedHashMap<>();
        /** The deciders of each decision, by its event's sequence number. */
        private final Map<Long, Set<PartyId>> deciders = new LinkedHashMap<>();
        private boolean decided;
        private long latestDecision;
        /** The decision a pending appeal is about, while one is pending. */
        private Optional<Long> pendingAppealOf = Optional.empty();
        /** The interim measures neither lifted nor reviewed, by their event's sequence number. */
        private final Map<Long, InterimMeasure> pendingMeasures = new LinkedHashMap<>();
        private final List<Attempt> attempts = new ArrayList<>();
        private final Map<PartyId, Notice> complaintNotices = new LinkedHashMap<>();
        private final Map<PartyId, Instant> decisionNoticedAt = new LinkedHashMap<>();
        /** The accused who were parties when the latest decision or appeal outcome was recorded and not told since. */
        private final Set<PartyId> untold = new LinkedHashSet<>();

        private Facts() {
        }

        /**
         * Folds a case's events.
         *
         * @param events the events, the opening first
         * @return the facts after the last of them
         */
        static Facts of(List<? extends CaseEvent> events) {
            Facts f = new Facts();
            f.opened((CaseOpened) events.get(0));
            for (CaseEvent event : events.subList(1, events.size())) {
                if (event instanceof ActionRecorded recorded) {
                    f.recorded(recorded.action(), recorded.by());
                    f.decisionSteps(recorded.action(), recorded.sequence(), recorded.at());
                }
                // An import mark only says the history before it was not checked: it changes no fact.
            }
            return f;
        }

        private void opened(CaseOpened opened) {
            report = opened.report();
            receiver = opened.receivedBy().id();
            appealContact = opened.appealContact();
            rules = opened.decisionRules();
            event = opened.event();
            report.parties().forEach(this::join);
            join(opened.receivedBy());
            report.consent().forEach(this::grant);
            report.reporter().filter(r -> !report.requestedActions().isEmpty())
                    .ifPresent(r -> requests.put(r.id(), EnumSet.copyOf(report.requestedActions())));
        }

        private void join(Party party) {
            parties.putIfAbsent(party.id(), party);
            party.relationships().forEach(r -> relate(party.id(), r));
        }

        private void relate(PartyId from, Relationship relationship) {
            relatedTo.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(relationship.with());
        }

        private void grant(ConsentGrant grant) {
            consent.computeIfAbsent(grant.grantor(), k -> new EnumMap<>(RecipientClass.class))
                    .computeIfAbsent(grant.recipient(), k -> EnumSet.noneOf(DisclosureItem.class))
                    .addAll(grant.items());
        }

        private void recorded(Action a, PartyId by) {
            if (a instanceof Action.AddTeamMember m) {
                join(m.member());
            } else if (a instanceof Action.AddParty m) {
                join(m.party());
            } else if (a instanceof Action.DeclareRelationship d) {
                relate(d.from(), d.relationship());
            } else if (a instanceof Action.AssignHandler h) {
                handler = Optional.of(h.handler());
            } else if (a instanceof Action.SetResponsePath s) {
                path = Optional.of(s.path());
            } else if (a instanceof Action.RecordSafetyAssessment s) {
                assessed = Optional.of(s.assessment());
            } else if (a instanceof Action.RecordConsent c) {
                grant(c.grant());
            } else if (a instanceof Action.RevokeConsent r) {
                // A revocation withdraws everything the person granted that class; later grants count again.
                Optional.ofNullable(consent.get(r.grantor())).ifPresent(slots -> slots.remove(r.recipient()));
            } else if (a instanceof Action.RecordVictimWish w) {
                wishes.put(w.victim(), w.wish());
            } else if (a instanceof Action.RecordRequest r) {
                requests.computeIfAbsent(r.requester(), k -> EnumSet.noneOf(RequestedAction.class)).addAll(r.actions());
            } else if (a instanceof Action.SendMessage m) {
                messages.add(new Message(by, m.to(), m.intent()));
            } else if (a instanceof Action.NotifyAccused n) {
                told.add(n.accused());
            } else if (a instanceof Action.HearAccused h) {
                // Hearing someone's side tells them there is a complaint.
                told.add(h.accused());
                heard.add(h.accused());
            } else if (a instanceof Action.EscalateToGlobalOrganization e) {
                escalations.add(e.reason());
            } else if (a instanceof Action.LinkCase l) {
                links.add(l.kind());
            } else if (a instanceof Action.RecordDecision d) {
                sanctionsInForce = d.sanctions();
            } else if (a instanceof Action.DecideAppeal d) {
                // The action stands meanwhile (seed 003); the appeal's outcome then overturns, changes or keeps it.
                if (d.outcome() == AppealOutcome.OVERTURNED) {
                    sanctionsInForce = List.of();
                } else if (d.outcome() == AppealOutcome.MODIFIED) {
                    sanctionsInForce = d.sanctions();
                }
            }
        }

        /** The steps of the decision: meetings, decisions, appeals, interim measures, notices and attempts. */
        private void decisionSteps(Action a, long sequence, Instant at) {
            if (a instanceof Action.ConveneMeeting m) {
                meetings.put(sequence, Set.copyOf(m.participants()));
            } else if (a instanceof Action.RecordDecision d) {
                decided = true;
                latestDecision = sequence;
                untold.clear();
                untold.addAll(identifiedAccused());
                deciders.put(sequence, Set.copyOf(d.deciders()));
                d.interimReviews().keySet().forEach(pendingMeasures::remove);
            } else if (a instanceof Action.RecordAppeal) {
                pendingAppealOf = Optional.of(latestDecision);
            } else if (a instanceof Action.DecideAppeal) {
                pendingAppealOf = Optional.empty();
                untold.clear();
                untold.addAll(identifiedAccused());
            } else if (a instanceof Action.TakeInterimMeasure m) {
                pendingMeasures.put(sequence, m.measure());
            } else if (a instanceof Action.LiftInterimMeasure l) {
                pendingMeasures.remove(l.measure());
            } else if (a instanceof Action.RecordContactAttempt c) {
                attempts.add(new Attempt(sequence, at, c.accused(), c.outcome()));
            } else if (a instanceof Action.NotifyAccused n) {
                complaintNotices.put(n.accused(), new Notice(sequence, n.answerBy()));
            } else if (a instanceof Action.CommunicateDecision c) {
                decisionNoticedAt.put(c.accused(), at);
                untold.remove(c.accused());
            }
        }

        /** The deciders of the decision a pending appeal is about; none when no appeal is pending. */
        Set<PartyId> appealedDecisionDeciders() {
            return pendingAppealOf.map(d -> deciders.getOrDefault(d, Set.of())).orElse(Set.of());
        }

        Optional<Party> party(PartyId id) {
            return Optional.ofNullable(parties.get(id));
        }

        /** The roles a party holds, none for someone not in the case. */
        Set<CaseRole> roles(PartyId id) {
            return party(id).map(Party::roles).orElse(Set.of());
        }

        boolean has(PartyId id, CaseRole role) {
            return roles(id).contains(role);
        }

        boolean has(CaseRole role) {
            return parties.values().stream().anyMatch(p -> p.has(role));
        }

        List<Party> parties(CaseRole role) {
            return parties.values().stream().filter(p -> p.has(role)).toList();
        }

        List<PartyId> ids(CaseRole role) {
            return parties(role).stream().map(Party::id).toList();
        }

        /** The accused who can hear a decision: all but those the report says could not be identified. */
        List<PartyId> identifiedAccused() {
            boolean unidentifiedInReport = report.circumstances().contains(Circumstance.ACCUSED_NOT_IDENTIFIED);
            return ids(CaseRole.ACCUSED).stream().filter(id -> !unidentifiedInReport || report.parties().stream()
                    .noneMatch(x -> x.id().equals(id) && x.has(CaseRole.ACCUSED))).toList();
        }

        /** The people of the incident: everyone but the response team. */
        List<Party> incidentParties() {
            return parties.values().stream().filter(p -> !p.has(CaseRole.RESPONSE_TEAM_MEMBER)).toList();
        }

        /** Who talks to the parties: the handler, or until one is assigned, whoever received the report. */
        PartyId speaker() {
            return handler.orElse(receiver);
        }

        /** The latest safety assessment, or else what the report says: a general threat, violence, or neither. */
        SafetyAssessment safety() {
            if (assessed.isPresent()) {
                return assessed.get();
            }
            Set<Circumstance> c = report.circumstances();
            if (c.contains(Circumstance.GENERAL_THREAT_TO_SAFETY)) {
                return SafetyAssessment.GENERAL_THREAT;
            }
            return c.contains(Circumstance.VIOLENCE_COMMITTED) || c.contains(Circumstance.VIOLENCE_THREATENED)
                    ? SafetyAssessment.THREAT_TO_INDIVIDUAL : SafetyAssessment.NO_PRESENT_THREAT;
        }

        boolean presentThreat() {
            return safety() != SafetyAssessment.NO_PRESENT_THREAT;
        }

        /** Whether everyone of a group consented to an item reaching a class; an empty group consents to nothing. */
        boolean consentedByAll(List<PartyId> grantors, RecipientClass recipient, DisclosureItem item) {
            return !grantors.isEmpty() && grantors.stream().allMatch(g -> consent.getOrDefault(g, Map.of())
                    .getOrDefault(recipient, Set.of()).contains(item));
        }

        /** Whether a victim (a party who is a target) asked for help with law enforcement, in the report or later. */
        boolean victimAskedForLawEnforcement() {
            return requests.entrySet().stream().anyMatch(e -> has(e.getKey(), CaseRole.TARGET)
                    && e.getValue().stream().anyMatch(LAW_ENFORCEMENT_HELP::contains));
        }

        /** Whether the case was handed to the global organization: against someone who handles reports, or every
         * member conflicted. */
        boolean handedToGlobal() {
            return escalations.contains(EscalationReason.ACCUSED_HANDLES_REPORTS)
                    || escalations.contains(EscalationReason.NO_UNCONFLICTED_HANDLER);
        }

        /**
         * Whether a party has a conflict of interest: a relationship declared, either way, with a party of the
         * incident, or an e-mail address or handle shared with one (the same person under two ids).
         */
        boolean conflicted(PartyId member) {
            Optional<Party> self = party(member);
            if (self.isEmpty()) {
                return false;
            }
            return incidentParties().stream().filter(other -> !other.id().equals(member)).anyMatch(other ->
                    relatedTo.getOrDefault(member, Set.of()).contains(other.id())
                            || relatedTo.getOrDefault(other.id(), Set.of()).contains(member)
                            || sameIdentifier(self.get(), other));
        }

        private static boolean sameIdentifier(Party a, Party b) {
            Set<String> mine = new LinkedHashSet<>();
            a.identifiers().forEach(id -> normalized(id).ifPresent(mine::add));
            return b.identifiers().stream().map(Facts::normalized).flatMap(Optional::stream).anyMatch(mine::contains);
        }

        private static Optional<String> normalized(Identifier id) {
            try {
                return Optional.of(switch (id.kind()) {
                    case EMAIL -> "email\u0000" + Normalization.email(id.value());
                    case HANDLE -> "handle\u0000" + Normalization.service(id.service().orElse("")) + "\u0000"
                            + Normalization.handle(id.value());
                });
            } catch (IllegalArgumentException notAnIdentifier) {
                return Optional.empty();
            }
        }

        /** The ban from future events that the decision in force imposes on a party, if any. */
        Optional<ImposedSanction> decidedBan(PartyId accused) {
            return sanctionsInForce.stream().filter(s -> s.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS
                    && s.on().equals(accused)).findFirst();
        }
    }
}
