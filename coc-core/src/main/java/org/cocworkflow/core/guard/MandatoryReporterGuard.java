package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;

/**
 * A response-team member who is a mandatory reporter says so, and offers confidential alternatives, before they
 * take down someone's account, so that the person keeps all their options (seed 000).
 */
final class MandatoryReporterGuard implements GuardCheck {
    private static final Guard GUARD = Guard.MANDATORY_REPORTER;

    @Override
    public void check(Situation s, Findings findings) {
        if (s.kind() != ActionKind.RECORD_ACCOUNT) {
            return;
        }
        Action.RecordAccount account = (Action.RecordAccount) s.action();
        boolean mandatory = s.state().party(s.by()).map(p -> p.mandatoryReporter()).orElse(false);
        // Only a mandatory reporter's messages are searched: the search reads every message of the case.
        if (mandatory && s.state().messages().stream().noneMatch(m -> m.by().equals(s.by())
                && m.to().equals(account.from()) && m.intent() == MessageIntent.DISCLOSE_MANDATORY_REPORTER_STATUS)) {
            findings.refuse(GUARD, "you are flagged as a mandatory reporter: before taking their account, tell the "
                    + "person so and offer confidential alternatives (send_message with "
                    + "disclose_mandatory_reporter_status)");
        }
    }
}
