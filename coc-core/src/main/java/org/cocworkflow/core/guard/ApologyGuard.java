package org.cocworkflow.core.guard;

import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.apology.ApologyPolicy;

/**
 * I3: no action requires, requests or encourages an apology (seed 003, "Don't require or encourage apologies").
 * Asking the victim to accept an apology or to meet the accused is refused; a relayed apology must be brief and
 * ask for no response ({@link ApologyPolicy#isBrief}); free text to the accused that mentions apologizing is
 * flagged.
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
                List<String> reasons = ApologyPolicy.whyNotBrief(((Action.RelayApology) s.action()).text());
                if (!reasons.isEmpty()) {
                    findings.refuse(GUARD, "a relayed apology must be brief and ask for nothing, but "
                            + String.join(", ", reasons) + "; for example: \"X apologizes and agrees to have no "
                            + "further contact with you.\"");
                }
            }
            case NOTIFY_ACCUSED -> ((Action.NotifyAccused) s.action()).text()
                    .ifPresent(text -> flagApology(findings, text));
            case COMMUNICATE_DECISION -> ((Action.CommunicateDecision) s.action()).text()
                    .ifPresent(text -> flagApology(findings, text));
            default -> {
                // nothing here speaks of an apology
            }
        }
    }

    private static void flagApology(Findings findings, String text) {
        if (Wording.mentionsApology(text)) {
            findings.flag(Flag.Kind.APOLOGY_MENTION, GUARD, "the text to the accused mentions apologizing; make sure "
                    + "it neither asks for nor encourages an apology to the victim");
        }
    }
}
