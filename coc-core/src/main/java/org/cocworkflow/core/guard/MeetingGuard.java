package org.cocworkflow.core.guard;

import java.util.EnumSet;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.response.ResponsePath;

/**
 * I5: neither complainant nor accused attends the response meeting, nor anyone with a conflict of interest (seed
 * 003, "Meeting"; for a widely witnessed incident a reporter who was only a witness may attend); one designated
 * person talks to the parties (seed 003, "Receiving a Complaint"); a report against an organizer, leader or
 * response-team member is handled by the global organization, never by that person (seed 003, "Informing
 * PyLadies Global").
 */
final class MeetingGuard implements GuardCheck {
    private static final Guard GUARD = Guard.MEETING_AND_CONFLICTS;
    /** The actions in which someone of the team talks to a party of the incident. */
    private static final Set<ActionKind> TALKS_TO_A_PARTY = EnumSet.of(ActionKind.SEND_MESSAGE,
            ActionKind.NOTIFY_ACCUSED, ActionKind.HEAR_ACCUSED, ActionKind.DISCOURAGE_APOLOGY,
            ActionKind.RELAY_APOLOGY, ActionKind.COMMUNICATE_DECISION);

    @Override
    public void check(Situation s, Findings findings) {
        CaseState state = s.state();
        Action action = s.action();
        if (s.kind() == ActionKind.CONVENE_MEETING) {
            for (PartyId participant : ((Action.ConveneMeeting) action).participants()) {
                participant(state, participant, findings);
            }
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
