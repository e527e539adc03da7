package org.cocworkflow.core.guard;

import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.apology.ApologyPolicy;

/**
 * I3: no action requires, requests or encourages an apology (seed 003, "Don't require or encourage apologies").
 * Asking the victim to accept an apology or to meet the accused is refused; a relayed apology must be brief and
 * ask for no response ({@link ApologyPolicy#isBrief}), and goes to a victim, or to a reporter of a widely witnessed
 * incident who asked for one (issue 15); every free text that reaches the accused, whatever action carries it, is
 * read: one that asks for an apology raises {@link Flag.Kind#APOLOGY_REQUEST}, one that mentions apologizing
 * {@link Flag.Kind#APOLOGY_MENTION}.
 */
final class ApologyGuard implements GuardCheck {
    private static final Guard GUARD = Guard.APOLOGY;

    @Override
    public void check(Situation s, Findings findings) {
        switch (s.kind()) {
            case SEND_MESSAGE -> {
                MessageIntent intent = ((Action.SendMessage) s.action()).intent();
                if (intent == MessageIntent.ASK_TO_ACCEPT_APOLOGY) {
                    findings.refuse(GUARD, "asking the victim to accept an apology forces contact and an expectation "
                            + "of forgiveness; relay an offered apology only briefly, without asking for a response");
                } else if (intent == MessageIntent.PROPOSE_MEDIATION) {
                    findings.refuse(GUARD, "do not bring the victim together with the accused, with or without a "
                            + "mediator: it forces further contact, and the team's duty ends at the harassment "
                            + "stopping");
                }
            }
            case RELAY_APOLOGY -> {
                Action.RelayApology relay = (Action.RelayApology) s.action();
                if (!s.state().apologyMayReach(relay.to())) {
                    findings.refuse(GUARD, "an apology is relayed to the victim, or to a reporter of a widely "
                            + "witnessed incident who asked for one (record_request with a request to relay an "
                            + "apology); do not press one on anyone else");
                }
                List<String> reasons = ApologyPolicy.whyNotBrief(relay.text());
                if (!reasons.isEmpty()) {
                    findings.refuse(GUARD, "a relayed apology must be brief and ask for nothing, but "
                            + String.join(", ", reasons) + "; for example: \"X apologizes and agrees to have no "
                            + "further contact with you.\"");
                }
            }
            default -> {
                // the texts to the accused are read below, whatever action carries them
            }
        }
        s.textsToAccused().forEach(text -> flagApology(findings, text));
    }

    private static void flagApology(Findings findings, String text) {
        if (Wording.asksForApology(text)) {
            findings.flag(Flag.Kind.APOLOGY_REQUEST, GUARD, "the text to the accused asks for or requires an apology "
                    + "to the victim; seed 003 advises against asking for one (it forces contact and an expectation of "
                    + "forgiveness): take it out, and ask only that the conduct stops");
        } else if (Wording.mentionsApology(text)) {
            findings.flag(Flag.Kind.APOLOGY_MENTION, GUARD, "the text to the accused mentions apologizing; make sure "
                    + "it neither asks for nor encourages an apology to the victim");
        }
    }
}
