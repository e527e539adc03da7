package org.cocworkflow.core.guard;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.Meeting;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.response.ResponsePath;

/**
 * I5: neither complainant nor accused attends the response meeting, nor anyone with a conflict of interest (seed
 * 003, "Meeting"; for a widely witnessed incident a reporter who was only a witness may attend), and none of them
 * decides: a decision is made by members present at the meeting and recorded by one of them, and an appeal is heard
 * by members who did not make the decision appealed; one designated
 * person talks to the parties (seed 003, "Receiving a Complaint"); a report against an organizer, leader or
 * response-team member is handled by the global organization, never by that person (seed 003, "Informing
 * PyLadies Global").
 */
final class MeetingGuard implements GuardCheck {
    private static final Guard GUARD = Guard.MEETING_AND_CONFLICTS;
    /** The actions in which someone of the team talks to a party of the incident. */
    private static final Set<ActionKind> TALKS_TO_A_PARTY = EnumSet.of(ActionKind.SEND_MESSAGE,
            ActionKind.NOTIFY_ACCUSED, ActionKind.HEAR_ACCUSED, ActionKind.DISCOURAGE_APOLOGY,
            ActionKind.RELAY_APOLOGY, ActionKind.COMMUNICATE_DECISION, ActionKind.RECORD_CONTACT_ATTEMPT);

    @Override
    public void check(Situation s, Findings findings) {
        CaseState state = s.state();
        Action action = s.action();
        if (s.kind() == ActionKind.CONVENE_MEETING) {
            for (PartyId participant : ((Action.ConveneMeeting) action).participants()) {
                participant(state, participant, findings);
            }
        } else if (s.kind() == ActionKind.RECORD_DECISION) {
            decision(s, (Action.RecordDecision) action, findings);
        } else if (s.kind() == ActionKind.DECIDE_APPEAL) {
            appeal(state, (Action.DecideAppeal) action, findings);
        } else if (s.kind() == ActionKind.ASSIGN_HANDLER) {
            handler(state, ((Action.AssignHandler) action).handler(), findings);
        } else if (TALKS_TO_A_PARTY.contains(s.kind()) && !s.by().equals(state.speaker())) {
            findings.refuse(GUARD, "one designated person talks to the parties, to avoid a group against one; "
                    + "let the handler do it, or assign a different handler first");
        }
    }

    private static void participant(CaseState state, PartyId participant, Findings findings) {
        Set<CaseRole> roles = state.rolesOf(participant);
        if (roles.contains(CaseRole.ACCUSED)) {
            findings.refuse(GUARD, "leave the accused out of the response meeting; their side reaches it through whoever heard them "
                    + "(hear_accused)");
        } else if (roles.contains(CaseRole.TARGET)) {
            findings.refuse(GUARD, "leave the complainant out of the response meeting; the handler brings their account");
        } else if (roles.contains(CaseRole.REPORTER)) {
            boolean widelyWitnessed = state.responsePath().filter(p -> p == ResponsePath.WIDELY_WITNESSED)
                    .isPresent();
            if (!widelyWitnessed) {
                findings.refuse(GUARD, "leave the complainant out of the response meeting (a reporter who only witnessed a "
                        + "widely witnessed incident is the one exception)");
            }
        } else if (!roles.contains(CaseRole.RESPONSE_TEAM_MEMBER)) {
            findings.refuse(GUARD, "only response-team members attend the response meeting; people involved in "
                    + "the incident are heard by the handler instead");
        } else if (state.hasConflictOfInterest(participant)) {
            findings.refuse(GUARD, "leave the member with a conflict of interest with someone in the case out of "
                    + "the response meeting");
        }
    }

    /** I5 extended to deciding: who decides was in the meeting and may decide; who records it was there too. */
    private static void decision(Situation s, Action.RecordDecision decision, Findings findings) {
        CaseState state = s.state();
        Optional<Meeting> meeting = decision.meeting().stream().boxed().findFirst().flatMap(state::meeting);
        if (meeting.isEmpty()) {
            return; // the decision guard refuses a decision without a meeting
        }
        Set<PartyId> present = meeting.get().participants();
        if (!present.contains(s.by())) {
            findings.refuse(GUARD, "a decision is recorded by someone who was in the meeting that made it; let a "
                    + "member who attended record it");
        }
        for (PartyId decider : decision.deciders()) {
            if (!present.contains(decider)) {
                findings.refuse(GUARD, "every decider was present at the meeting; name only members who attended");
                return;
            }
            String unfit = unfitToDecide(state, decider, "decides on the complaint");
            if (unfit != null) {
                findings.refuse(GUARD, unfit);
                return;
            }
        }
    }

    /** Who hears an appeal has no conflict, is neither party, and was not among those who made the decision. */
    private static void appeal(CaseState state, Action.DecideAppeal decide, Findings findings) {
        Set<PartyId> original = state.appealedDecision().map(d -> d.deciders()).orElse(Set.of());
        for (PartyId hearer : decide.hearers()) {
            String unfit = unfitToDecide(state, hearer, "hears the appeal");
            if (unfit != null) {
                findings.refuse(GUARD, unfit);
                return;
            }
            if (original.contains(hearer)) {
                findings.refuse(GUARD, "an appeal is heard by someone who did not make the decision appealed; add a "
                        + "member without a conflict who was not among its deciders, or hand it to the global "
                        + "organization");
                return;
            }
        }
    }

    /** Why a party may not take part in deciding (what they would do, in words), or null if they may. */
    private static String unfitToDecide(CaseState state, PartyId member, String what) {
        Set<CaseRole> roles = state.rolesOf(member);
        if (roles.contains(CaseRole.ACCUSED)) {
            return "the accused never " + what + "; leave them out";
        }
        if (roles.contains(CaseRole.TARGET) || roles.contains(CaseRole.REPORTER)) {
            return "the complainant never " + what + "; the team does";
        }
        if (!roles.contains(CaseRole.RESPONSE_TEAM_MEMBER)) {
            return "only a member of the response team " + what + "; add the person to the team first";
        }
        if (state.hasConflictOfInterest(member)) {
            return "a member with a conflict of interest with someone in the case never " + what
                    + "; leave them out";
        }
        return null;
    }

    private static void handler(CaseState state, PartyId handler, Findings findings) {
        if (state.hasConflictOfInterest(handler)) {
            findings.refuse(GUARD, "a member with a conflict of interest with someone in the case cannot handle it; "
                    + "choose a member without one");
        }
        boolean againstAHandler = state.partiesWith(CaseRole.ACCUSED).stream()
                .flatMap(p -> p.standings().stream()).anyMatch(Standing::handlesReports);
        if (againstAHandler) {
            boolean escalated = state.escalations().contains(EscalationReason.ACCUSED_HANDLES_REPORTS);
            boolean global = state.party(handler).map(p -> p.has(Standing.GLOBAL_ORGANIZATION)).orElse(false);
            if (!escalated || !global) {
                findings.refuse(GUARD, "the report is against an organizer, leader or response-team member, so the "
                        + "global organization handles it: escalate the case (escalate_to_global_organization) and "
                        + "assign someone from the global organization");
            }
        }
    }
}
