package org.cocworkflow.core.guard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Authority;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.apology.ApologyPolicy;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;

/**
 * The invariants I1 to I8 and the three procedural guards, written a second time as a specification: which
 * concerns an action taken by someone in a state would break. The guards must refuse exactly these. Only the
 * reading of names in free text ({@link Mentions}) and the definition of a brief apology are shared with the
 * guards, as definitions.
 */
final class InvariantSpec {
    private static final Set<RecipientClass> SAFETY = EnumSet.of(RecipientClass.VENUE_SECURITY,
            RecipientClass.LAW_ENFORCEMENT, RecipientClass.EMERGENCY_SERVICES);

    private InvariantSpec() {
    }

    static Set<Guard> broken(CaseState s, Action a, PartyId by) {
        Set<Guard> broken = EnumSet.noneOf(Guard.class);
        if (i1(s, a)) {
            broken.add(Guard.CONSENT);
        }
        if (victimChoice(s, a)) {
            broken.add(Guard.VICTIM_CHOICE);
        }
        if (i2(s, a)) {
            broken.add(Guard.NO_COERCION);
        }
        if (i3(a)) {
            broken.add(Guard.APOLOGY);
        }
        if (i4(s, a)) {
            broken.add(Guard.LAW_ENFORCEMENT);
        }
        if (i5(s, a, by)) {
            broken.add(Guard.MEETING_AND_CONFLICTS);
        }
        if (i6(s, a)) {
            broken.add(Guard.ACCUSED);
        }
        if (i7(s, a)) {
            broken.add(Guard.SANCTIONS);
        }
        if (i8(s, a)) {
            broken.add(Guard.COMMUNITY);
        }
        if (mandatoryReporter(s, a, by)) {
            broken.add(Guard.MANDATORY_REPORTER);
        }
        if (retaliation(s, a)) {
            broken.add(Guard.RETALIATION);
        }
        return broken;
    }

    // ---------------------------------------------------------------------------------------------- I1

    private static boolean granted(CaseState s, Set<PartyId> who, RecipientClass r, DisclosureItem item) {
        if (who.isEmpty()) {
            return false;
        }
        for (PartyId id : who) {
            if (!s.consent().granted(id, r, item)) {
                return false;
            }
        }
        return true;
    }

    static boolean allowed(CaseState s, RecipientClass r, DisclosureItem item) {
        boolean threat = s.safety() != SafetyAssessment.NO_PRESENT_THREAT && SAFETY.contains(r);
        Set<PartyId> targets = s.idsWith(CaseRole.TARGET);
        Set<PartyId> reporters = s.idsWith(CaseRole.REPORTER);
        switch (item) {
            case INCIDENT_DETAILS:
                return threat || granted(s, targets.isEmpty() ? reporters : targets, r, item);
            case VICTIM_IDENTITY:
                return targets.isEmpty() || threat || granted(s, targets, r, item);
            default:
                boolean reporterIsVictim = reporters.stream().allMatch(targets::contains);
                return reporters.isEmpty() || threat && reporterIsVictim || granted(s, reporters, r, item);
        }
    }

    private static boolean anyRefused(CaseState s, RecipientClass r, Set<DisclosureItem> items) {
        return items.stream().anyMatch(item -> !allowed(s, r, item));
    }

    private static boolean i1(CaseState s, Action a) {
        if (a instanceof Action.Disclose d) {
            return anyRefused(s, d.recipient(), d.items());
        }
        if (a instanceof Action.InvolveAuthority i) {
            return anyRefused(s, i.authority().recipient(), i.items());
        }
        if (a instanceof Action.ReportToExternalBody r) {
            return !allowed(s, r.body().recipient(), DisclosureItem.INCIDENT_DETAILS)
                    || anyRefused(s, r.body().recipient(), r.items());
        }
        if (a instanceof Action.InformGlobalOrganization g) {
            return anyRefused(s, RecipientClass.GLOBAL_ORGANIZATION, g.items());
        }
        if (a instanceof Action.Announce) {
            return !allowed(s, RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS);
        }
        if (a instanceof Action.AddTeamMember m && m.member().standings().contains(Standing.GLOBAL_ORGANIZATION)) {
            boolean handedOver = s.escalations().contains(EscalationReason.ACCUSED_HANDLES_REPORTS)
                    || s.escalations().contains(EscalationReason.NO_UNCONFLICTED_HANDLER);
            return !handedOver && !allowed(s, RecipientClass.GLOBAL_ORGANIZATION, DisclosureItem.INCIDENT_DETAILS);
        }
        String toAccused = textToAccused(s, a);
        return toAccused != null && !allowed(s, RecipientClass.ACCUSED, DisclosureItem.VICTIM_IDENTITY)
                && Mentions.anyIn(toAccused, s.partiesWith(CaseRole.TARGET));
    }

    private static String textToAccused(CaseState s, Action a) {
        if (a instanceof Action.NotifyAccused n) {
            return n.text().orElse(null);
        }
        if (a instanceof Action.CommunicateDecision c) {
            return c.text().orElse(null);
        }
        if (a instanceof Action.SendMessage m && s.party(m.to()).map(p -> p.has(CaseRole.ACCUSED)).orElse(false)) {
            return m.text().orElse(null);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- victim choice

    private static boolean victimChoice(CaseState s, Action a) {
        boolean toAccused = a instanceof Action.SendMessage m
                && s.party(m.to()).map(p -> p.has(CaseRole.ACCUSED)).orElse(false);
        boolean further = toAccused || a instanceof Action.NotifyAccused || a instanceof Action.HearAccused
                || a instanceof Action.ConveneMeeting || a instanceof Action.RecordDecision
                || a instanceof Action.CommunicateDecision || a instanceof Action.ReportToExternalBody
                || a instanceof Action.Announce || a instanceof Action.RecordBan;
        if (!further || s.responsePath().orElse(null) != ResponsePath.PRIVATE
                || s.safety() != SafetyAssessment.NO_PRESENT_THREAT) {
            return false;
        }
        Set<PartyId> holders = s.consentHolders();
        for (PartyId holder : holders) {
            if (s.victimWishes().get(holder) == VictimWish.NO_FURTHER_ACTION) {
                return true;
            }
        }
        // Every victim must have been offered the choice (or said to proceed).
        for (PartyId holder : holders) {
            boolean proceed = s.victimWishes().get(holder) == VictimWish.PROCEED;
            boolean asked = s.messages().stream().anyMatch(m -> m.to().equals(holder)
                    && m.intent() == MessageIntent.CONVENE_UNLESS_DECLINED);
            if (!proceed && !asked) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- I2, I3, I4

    private static boolean victimSide(CaseState s, PartyId id) {
        return s.party(id).map(p -> p.has(CaseRole.TARGET) || p.has(CaseRole.REPORTER)).orElse(false);
    }

    private static boolean i2(CaseState s, Action a) {
        return a instanceof Action.SendMessage m && victimSide(s, m.to())
                && EnumSet.of(MessageIntent.INVITE_WITHDRAWAL, MessageIntent.ASK_HOW_TO_HANDLE,
                        MessageIntent.ASK_ABOUT_PENALTIES).contains(m.intent());
    }

    private static boolean i3(Action a) {
        if (a instanceof Action.SendMessage m) {
            return m.intent() == MessageIntent.ASK_TO_ACCEPT_APOLOGY || m.intent() == MessageIntent.PROPOSE_MEDIATION;
        }
        return a instanceof Action.RelayApology r && !ApologyPolicy.isBrief(r.text());
    }

    private static boolean i4(CaseState s, Action a) {
        boolean policeOrSecurity = a instanceof Action.InvolveAuthority i
                && (i.authority() == Authority.POLICE || i.authority() == Authority.VENUE_SECURITY)
                || a instanceof Action.Disclose d && (d.recipient() == RecipientClass.LAW_ENFORCEMENT
                        || d.recipient() == RecipientClass.VENUE_SECURITY);
        return policeOrSecurity && !s.lawEnforcementRequestedByVictim()
                && s.safety() != SafetyAssessment.GENERAL_THREAT;
    }

    // ---------------------------------------------------------------------------------------------- I5

    private static boolean i5(CaseState s, Action a, PartyId by) {
        if (a instanceof Action.ConveneMeeting meeting) {
            for (PartyId id : meeting.participants()) {
                Set<CaseRole> roles = s.rolesOf(id);
                boolean complainantOk = s.responsePath().orElse(null) == ResponsePath.WIDELY_WITNESSED;
                if (roles.contains(CaseRole.ACCUSED) || roles.contains(CaseRole.TARGET)
                        || roles.contains(CaseRole.REPORTER) && !complainantOk
                        || !roles.contains(CaseRole.REPORTER) && !roles.contains(CaseRole.RESPONSE_TEAM_MEMBER)
                        || roles.contains(CaseRole.RESPONSE_TEAM_MEMBER) && s.hasConflictOfInterest(id)) {
                    return true;
                }
            }
            return false;
        }
        if (a instanceof Action.AssignHandler assign) {
            boolean againstOrganizer = s.partiesWith(CaseRole.ACCUSED).stream()
                    .anyMatch(p -> p.has(Standing.ORGANIZER) || p.has(Standing.EVENT_LEADER)
                            || p.has(Standing.RESPONSE_TEAM_MEMBER));
            boolean handedToGlobal = s.escalations().contains(EscalationReason.ACCUSED_HANDLES_REPORTS)
                    && s.party(assign.handler()).map(p -> p.has(Standing.GLOBAL_ORGANIZATION)).orElse(false);
            return s.hasConflictOfInterest(assign.handler()) || againstOrganizer && !handedToGlobal;
        }
        boolean talks = a instanceof Action.SendMessage || a instanceof Action.NotifyAccused
                || a instanceof Action.HearAccused || a instanceof Action.DiscourageApology
                || a instanceof Action.RelayApology || a instanceof Action.CommunicateDecision;
        PartyId speaker = s.handler().orElse(s.receivedBy());
        return talks && !by.equals(speaker);
    }

    // ---------------------------------------------------------------------------------------------- I6

    private static boolean i6(CaseState s, Action a) {
        if (a instanceof Action.RecordDecision d && d.finding() == Finding.VIOLATION) {
            List<PartyId> concerned = d.sanctions().isEmpty() ? List.copyOf(s.idsWith(CaseRole.ACCUSED))
                    : d.sanctions().stream().map(ImposedSanction::on).toList();
            return concerned.stream().anyMatch(id -> !s.accusedNotified().contains(id)
                    || !s.accusedHeard().contains(id));
        }
        if (a instanceof Action.CommunicateDecision c && s.appealContact().isPresent()
                && !c.appealContact().equals(s.appealContact())) {
            return true;
        }
        String toAccused = textToAccused(s, a);
        return toAccused != null && !allowed(s, RecipientClass.ACCUSED, DisclosureItem.REPORTER_IDENTITY)
                && Mentions.anyIn(toAccused, s.partiesWith(CaseRole.REPORTER));
    }

    // ---------------------------------------------------------------------------------------------- I7

    private static boolean i7(CaseState s, Action a) {
        List<ImposedSanction> sanctions = a instanceof Action.RecordDecision d ? d.sanctions()
                : a instanceof Action.DecideAppeal appeal ? appeal.sanctions() : List.of();
        for (ImposedSanction imposed : sanctions) {
            if (s.party(imposed.on()).filter(p -> p.has(CaseRole.ACCUSED)).isEmpty()) {
                continue;
            }
            if (!imposed.sanction().isApplicable(s.sanctionFacts(imposed.on()))
                    || imposed.until().isPresent() && !imposed.until().get().isAfter(s.lastEventAt())) {
                return true;
            }
        }
        if (a instanceof Action.ReportToExternalBody r) {
            Set<Circumstance> c = s.report().circumstances();
            return switch (r.body()) {
                case EMPLOYER -> c.stream().noneMatch(Circumstance::isOfficialCapacity);
                case PROFESSIONAL_BODY -> !c.contains(Circumstance.GOVERNED_BY_PROFESSIONAL_CODE)
                        && !c.contains(Circumstance.ENTERING_REGULATED_PROFESSION);
                case EDUCATIONAL_INSTITUTION -> !c.contains(Circumstance.USING_INSTITUTION_RESOURCES)
                        && !c.contains(Circumstance.CLAIMS_INSTITUTION_ENCOURAGED_IT)
                        && !c.contains(Circumstance.REPRESENTING_INSTITUTION);
                case INTERNET_PROVIDER -> !s.report().space().kind().isOnline()
                        && !c.contains(Circumstance.TRACEABLE_TO_INTERNET_PROVIDER);
            };
        }
        if (a instanceof Action.RecordBan ban) {
            for (ImposedSanction imposed : s.sanctionsInForce()) {
                if (imposed.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS && imposed.on().equals(ban.accused())) {
                    return imposed.until().isPresent() && (ban.until().isEmpty()
                            || ban.until().get().isAfter(imposed.until().get()));
                }
            }
            return true;
        }
        if (a instanceof Action.LiftBan lift) {
            // A ban the decision in force still imposes stays on the list.
            return s.sanctionsInForce().stream().anyMatch(i -> i.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS
                    && i.on().equals(lift.accused()));
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- I8

    private static boolean i8(CaseState s, Action a) {
        if (a instanceof Action.Disclose d) {
            return d.recipient() == RecipientClass.COMMUNITY && !d.items().isEmpty();
        }
        if (!(a instanceof Action.Announce announce)) {
            return false;
        }
        List<Party> accused = s.partiesWith(CaseRole.ACCUSED);
        if (announce.namesAccused() && accused.stream().anyMatch(p -> !p.has(Standing.CENTRAL_FIGURE)
                && !p.has(Standing.EVENT_LEADER))) {
            return true;
        }
        List<Party> others = s.incidentParties().stream()
                .filter(p -> !(p.has(CaseRole.ACCUSED) && !p.has(CaseRole.TARGET) && !p.has(CaseRole.REPORTER)))
                .toList();
        for (String text : announceTexts(announce)) {
            if (Mentions.anyIn(text, others) || !announce.namesAccused() && Mentions.anyIn(text, accused)
                    || text.strip().length() > 240) {
                return true;
            }
        }
        return false;
    }

    private static List<String> announceTexts(Action.Announce announce) {
        return announce.actionTaken().isPresent()
                ? List.of(announce.natureOfIncident(), announce.actionTaken().get())
                : List.of(announce.natureOfIncident());
    }

    // ---------------------------------------------------------------------------------------------- the others

    private static boolean mandatoryReporter(CaseState s, Action a, PartyId by) {
        if (!(a instanceof Action.RecordAccount account)) {
            return false;
        }
        boolean mandatory = s.party(by).map(Party::mandatoryReporter).orElse(false);
        boolean told = s.messages().stream().anyMatch(m -> m.by().equals(by) && m.to().equals(account.from())
                && m.intent() == MessageIntent.DISCLOSE_MANDATORY_REPORTER_STATUS);
        return mandatory && !told;
    }

    private static boolean retaliation(CaseState s, Action a) {
        boolean linked = s.links().stream().anyMatch(l -> l.kind() == LinkKind.RETALIATION_FOR);
        if (!s.report().circumstances().contains(Circumstance.RETALIATION) && !linked) {
            return false;
        }
        return a instanceof Action.AssessGravity g && g.gravity() == Gravity.CORRECTION
                || a instanceof Action.RecordDecision && !linked;
    }
}
