package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.consent.DisclosureItem;

/**
 * I1 for requests to third parties (issue 15): a sponsor, vendor or employer asked to deal with its staff, or the
 * venue's staff asked for a word, hear of the incident only what the victim consented to for the recipient class
 * they map to; a request without items shares nothing but the request.
 */
final class ThirdPartyGuard implements GuardCheck {
    @Override
    public void check(Situation s, Findings findings) {
        if (s.kind() != ActionKind.ASK_THIRD_PARTY) {
            return;
        }
        Action.AskThirdParty ask = (Action.AskThirdParty) s.action();
        for (DisclosureItem item : ask.items()) {
            if (!s.mayReach(ask.party().recipient(), item)) {
                findings.refuseForConsent("the victim has not consented to " + Words.of(ask.party().recipient())
                        + " hearing this; ask first (send_message with ask_consent_to_share), or make the request "
                        + "without details", ConsentNeed.of(ask.party().recipient(), item,
                                s.missingConsent(ask.party().recipient(), item)));
            }
        }
    }
}
