package org.cocworkflow.core.guard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;

/**
 * I6: the accused is told a complaint exists and heard before a decision finds a violation, unless they did not
 * answer a notice by the date it named, or could not be reached, and the team recorded its attempts and waited the
 * edition's hearing deadline (seed 003, "Communicate with the alleged harasser about the complaint"), or the report
 * could not identify them, so there is nobody to tell or hear (issue 15); a notice gives
 * them at least that long to answer; the decision notice names the appeal contact
 * where there is one (seed 003, "... about the response"), and every accused hears the latest decision before the
 * case is closed; nothing shown to the accused identifies the reporter
 * without their consent. Texts that name a witness are flagged.
 */
final class AccusedGuard implements GuardCheck {
    private static final Guard GUARD = Guard.ACCUSED;

    @Override
    public void check(Situation s, Findings findings) {
        CaseState state = s.state();
        Action action = s.action();
        switch (s.kind()) {
            case RECORD_DECISION -> {
                Action.RecordDecision decision = (Action.RecordDecision) action;
                if (decision.finding() == Finding.VIOLATION) {
                    heardBeforeDecision(state, decision.sanctions(), s.at(), findings);
                }
            }
            case NOTIFY_ACCUSED -> {
                Action.NotifyAccused notice = (Action.NotifyAccused) action;
                notice.answerBy().ifPresent(by -> {
                    if (by.isBefore(s.at().plus(state.decisionRules().hearingDeadline()))) {
                        findings.refuse(GUARD, "give the accused at least the edition's hearing deadline "
                                + "(decisionRules.hearingDeadline = " + state.decisionRules().hearingDeadline()
                                + ") to answer the notice");
                    }
                });
                s.textToAccused().ifPresent(text -> shownToTheAccused(s, text, findings));
            }
            case COMMUNICATE_DECISION -> {
                Action.CommunicateDecision communicate = (Action.CommunicateDecision) action;
                state.appealContact().ifPresent(contact -> {
                    if (!communicate.appealContact().equals(state.appealContact())) {
                        findings.refuse(GUARD, "name the case's appeal contact in the decision notice, which also "
                                + "says that the action stands in the meantime");
                    }
                });
                communicate.text().ifPresent(text -> shownToTheAccused(s, text, findings));
            }
            case CLOSE_CASE -> {
                if (!state.accusedAwaitingDecision().isEmpty()) {
                    findings.refuse(GUARD, "tell every accused the decision (communicate_decision for each accused "
                            + "who has not heard it yet) before closing the case");
                }
            }
            default -> s.textToAccused().ifPresent(text -> shownToTheAccused(s, text, findings));
        }
    }

    private static void heardBeforeDecision(CaseState state, List<ImposedSanction> sanctions, java.time.Instant at,
            Findings findings) {
        Set<PartyId> concerned = new LinkedHashSet<>();
        sanctions.forEach(sanction -> concerned.add(sanction.on()));
        if (concerned.isEmpty()) {
            concerned.addAll(state.idsWith(CaseRole.ACCUSED));
        }
        for (PartyId accused : concerned) {
            if (!state.mayDecideAbout(accused, at)) {
                findings.refuse(GUARD, "before a decision finds a violation, tell the accused there is a complaint "
                        + "about them (notify_accused) and let them tell their side (hear_accused); if they do not "
                        + "answer by the date the notice named, or cannot be reached, record the attempts "
                        + "(record_contact_attempt) and decide once the hearing deadline has passed");
                return;
            }
        }
    }

    private static void shownToTheAccused(Situation s, String text, Findings findings) {
        if (!s.mayReach(RecipientClass.ACCUSED, DisclosureItem.REPORTER_IDENTITY)
                && Mentions.anyIn(text, s.reporters())) {
            findings.refuse(GUARD, "the text to the accused identifies the reporter, who has not consented to the "
                    + "accused being told; describe the complaint without naming or identifying them");
        }
        List<Party> witnesses = s.state().partiesWith(CaseRole.WITNESS);
        if (Mentions.anyIn(text, witnesses)) {
            findings.flag(Flag.Kind.IDENTIFYING_DETAIL, GUARD, "the text to the accused names a witness; witnesses "
                    + "can face retaliation, so name them only if they agreed");
        }
    }
}
