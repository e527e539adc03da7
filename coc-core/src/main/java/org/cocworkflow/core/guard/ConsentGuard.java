package org.cocworkflow.core.guard;

import java.util.EnumSet;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.Standing;

/**
 * I1: no detail of the incident and no identity of the victim (or reporter) reaches anyone outside the response
 * team without the consent in force for that recipient class. Sole exception: while a threat to physical safety is
 * present, venue security, law enforcement and emergency services may have the incident and the victim's identity.
 * Reporting to an outside body always carries the incident; texts to the accused must not name the victim.
 * Announcing the nature of the incident and the action taken follows seed 003 rather than a veto of whoever
 * reported: on the widely witnessed path each named victim decides, and nobody else; an anonymous report about
 * nobody in particular needs nobody's consent; otherwise the victim (or the reporter where no victim is named) does
 * ({@code CaseState.announcementConsentHolders}).
 */
final class ConsentGuard implements GuardCheck {
    private static final Guard GUARD = Guard.CONSENT;

    @Override
    public void check(Situation s, Findings findings) {
        Action action = s.action();
        switch (s.kind()) {
            case DISCLOSE -> {
                Action.Disclose disclose = (Action.Disclose) action;
                items(s, findings, disclose.recipient(), disclose.items());
            }
            case INVOLVE_AUTHORITY -> {
                Action.InvolveAuthority involve = (Action.InvolveAuthority) action;
                items(s, findings, involve.authority().recipient(), involve.items());
            }
            case REPORT_TO_EXTERNAL_BODY -> {
                Action.ReportToExternalBody report = (Action.ReportToExternalBody) action;
                Set<DisclosureItem> items = EnumSet.of(DisclosureItem.INCIDENT_DETAILS);
                items.addAll(report.items());
                items(s, findings, report.body().recipient(), items);
            }
            case INFORM_GLOBAL_ORGANIZATION -> items(s, findings, RecipientClass.GLOBAL_ORGANIZATION,
                    ((Action.InformGlobalOrganization) action).items());
            case ANNOUNCE -> {
                if (!s.state().announcementConsented()) {
                    findings.refuseForConsent("announcing the incident to the community needs the consent of "
                            + (s.state().onPath(org.cocworkflow.core.response.ResponsePath.WIDELY_WITNESSED)
                                    ? "each victim, whom the people present could recognise"
                                    : "the victim (the reporter where no victim is named)")
                            + ", and none is in force; ask them (send_message asking consent for the community) and "
                            + "record the answer with record_consent", ConsentNeed.of(RecipientClass.COMMUNITY,
                            DisclosureItem.INCIDENT_DETAILS, s.missing(s.state().announcementConsentHolders(),
                                    RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS)));
                }
            }
            case ADD_TEAM_MEMBER -> {
                if (((Action.AddTeamMember) action).member().has(Standing.GLOBAL_ORGANIZATION)) {
                    globalMemberJoins(s, findings);
                }
            }
            default -> s.textToAccused().ifPresent(text -> victimNamedTo(s, findings, text));
        }
    }

    private static void globalMemberJoins(Situation s, Findings findings) {
        boolean handedOver = s.state().escalations().stream().anyMatch(r -> r
                == EscalationReason.ACCUSED_HANDLES_REPORTS || r == EscalationReason.NO_UNCONFLICTED_HANDLER);
        if (!handedOver && !s.mayReach(RecipientClass.GLOBAL_ORGANIZATION, DisclosureItem.INCIDENT_DETAILS)) {
            findings.refuse(GUARD, "someone from the global organization joins the response team only when the "
                    + "case is handed to the global organization (escalate_to_global_organization because the "
                    + "accused handles reports or every member is conflicted) or the victim has consented to "
                    + "sharing the details with the global organization");
        }
    }

    private static void items(Situation s, Findings findings, RecipientClass recipient, Set<DisclosureItem> items) {
        for (DisclosureItem item : items) {
            if (!s.mayReach(recipient, item)) {
                findings.refuseForConsent("sharing " + Words.of(item) + " with " + Words.of(recipient)
                        + " needs the consent of " + Words.holderOf(item) + ", and none is in force; ask them, "
                        + "record the answer with record_consent, or share only that a case exists",
                        ConsentNeed.of(recipient, item, s.missingConsent(recipient, item)));
            }
        }
    }

    private static void victimNamedTo(Situation s, Findings findings, String text) {
        boolean namesVictim = s.targets().stream().anyMatch(t -> !s.mayReach(RecipientClass.ACCUSED,
                DisclosureItem.VICTIM_IDENTITY) && Mentions.anyIn(text, java.util.List.of(t)));
        if (namesVictim) {
            findings.refuse(GUARD, "the text to the accused names the victim, who has not consented to the accused "
                    + "being told who they are; describe the conduct without naming or identifying them");
        }
    }
}
