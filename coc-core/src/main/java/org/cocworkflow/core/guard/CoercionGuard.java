package org.cocworkflow.core.guard;

import java.util.List;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.party.PartyId;

/**
 * I2: nothing invites the victim (or reporter) to withdraw, asks them how to deal with the complaint, or offers
 * them input into penalties (seed 003, "Things not to do"). Messages with those intents are refused; free text to
 * them is also read for the usual coercive phrasings, which are flagged for a person to check.
 */
final class CoercionGuard implements GuardCheck {
    private static final Guard GUARD = Guard.NO_COERCION;
    private static final Set<MessageIntent> FORBIDDEN = Set.of(MessageIntent.INVITE_WITHDRAWAL,
            MessageIntent.ASK_HOW_TO_HANDLE, MessageIntent.ASK_ABOUT_PENALTIES);

    @Override
    public void check(Situation s, Findings findings) {
        if (s.kind() == ActionKind.SEND_MESSAGE) {
            Action.SendMessage message = (Action.SendMessage) s.action();
            if (s.isVictimSide(message.to()) && FORBIDDEN.contains(message.intent())) {
                findings.refuse(GUARD, switch (message.intent()) {
                    case INVITE_WITHDRAWAL -> "inviting the victim to withdraw, or saying withdrawing is OK, "
                            + "pressures them to do so; say instead that you will go ahead if they are OK with it "
                            + "(convene_unless_declined)";
                    case ASK_HOW_TO_HANDLE -> "how to deal with the complaint is the team's responsibility, not "
                            + "the victim's; ask how you can help them instead (ask_how_to_help)";
                    default -> "penalties are the team's responsibility; do not ask the victim to weigh in on them";
                });
            }
            message.text().ifPresent(text -> flagText(s, findings, message.to(), text));
        } else if (s.kind() == ActionKind.RELAY_APOLOGY) {
            Action.RelayApology relay = (Action.RelayApology) s.action();
            flagText(s, findings, relay.to(), relay.text());
        }
    }

    private static void flagText(Situation s, Findings findings, PartyId to, String text) {
        if (!s.isVictimSide(to)) {
            return;
        }
        List<String> kinds = Wording.coercion(text);
        if (!kinds.isEmpty()) {
            findings.flag(Flag.Kind.COERCIVE_PHRASING, GUARD, "the text to the victim reads like "
                    + String.join(" and ", kinds) + "; check it is not coercive before sending");
        }
    }
}
