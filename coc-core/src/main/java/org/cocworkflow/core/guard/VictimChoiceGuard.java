package org.cocworkflow.core.guard;

import java.util.EnumSet;
import java.util.Set;
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
    /** The actions that take the case further against the accused; a message does when it goes to the accused. */
    private static final Set<ActionKind> MOVES_AGAINST_THE_ACCUSED = EnumSet.of(ActionKind.NOTIFY_ACCUSED,
            ActionKind.HEAR_ACCUSED, ActionKind.CONVENE_MEETING, ActionKind.RECORD_DECISION,
            ActionKind.TAKE_INTERIM_MEASURE, ActionKind.RECORD_CONTACT_ATTEMPT,
            ActionKind.COMMUNICATE_DECISION, ActionKind.REPORT_TO_EXTERNAL_BODY, ActionKind.ANNOUNCE,
            ActionKind.RECORD_BAN);

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
        if (s.kind() == ActionKind.ASK_THIRD_PARTY) {
            return ((Action.AskThirdParty) s.action()).about().isPresent();
        }
        if (s.kind() == ActionKind.SEND_MESSAGE) {
            return s.roles(((Action.SendMessage) s.action()).to()).contains(CaseRole.ACCUSED);
        }
        return MOVES_AGAINST_THE_ACCUSED.contains(s.kind());
    }
}
