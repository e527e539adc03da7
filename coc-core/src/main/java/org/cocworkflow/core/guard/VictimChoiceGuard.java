package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.party.CaseRole;

/**
 * For more private harassment the victim decides whether further action is taken (seed 003, "Reports of more
 * private harassment"): the team offers them the choice without coercion ("if you're OK with it") and goes ahead
 * unless they decline. While a threat to physical safety is present, safety comes first.
 */
final class VictimChoiceGuard implements GuardCheck {
    private static final Guard GUARD = Guard.VICTIM_CHOICE;

    @Override
    public void check(Situation s, Findings findings) {
        CaseState state = s.state();
        if (!movesAgainstTheAccused(s)) {
            return;
        }
        if (!state.victimChoiceRespected()) {
            boolean declined = state.victimDeclined();
            findings.refuse(GUARD, declined
                    ? "the victim does not want further action on this private report; respect their choice unless "
                            + "they change it (record_victim_wish)"
                    : "on a private report, first tell the victim you will convene a small group if they are OK "
                            + "with it (send_message with convene_unless_declined), and go ahead unless they decline");
        }
    }

    private static boolean movesAgainstTheAccused(Situation s) {
        Action action = s.action();
        return action instanceof Action.SendMessage message && s.roles(message.to()).contains(CaseRole.ACCUSED)
                || action instanceof Action.NotifyAccused || action instanceof Action.HearAccused
                || action instanceof Action.ConveneMeeting || action instanceof Action.RecordDecision
                || action instanceof Action.CommunicateDecision || action instanceof Action.ReportToExternalBody
                || action instanceof Action.Announce || action instanceof Action.RecordBan;
    }
}
