package org.cocworkflow.core.guard;

import java.util.List;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;

/**
 * One action proposed on a case, by someone, at a moment: what every guard looks at. The kind is the action's, found
 * once.
 */
record Situation(CaseState state, Action action, ActionKind kind, PartyId by, java.time.Instant at) {

    Set<CaseRole> roles(PartyId party) {
        return state.rolesOf(party);
    }

    boolean isVictimSide(PartyId party) {
        Set<CaseRole> roles = roles(party);
        return roles.contains(CaseRole.TARGET) || roles.contains(CaseRole.REPORTER);
    }

    /** Returns the text that would be shown to an accused party, if the action shows them any. */
    java.util.Optional<String> textToAccused() {
        return switch (kind) {
            case NOTIFY_ACCUSED -> ((Action.NotifyAccused) action).text();
            case COMMUNICATE_DECISION -> ((Action.CommunicateDecision) action).text();
            case SEND_MESSAGE -> {
                Action.SendMessage message = (Action.SendMessage) action;
                yield roles(message.to()).contains(CaseRole.ACCUSED) ? message.text() : java.util.Optional.empty();
            }
            default -> java.util.Optional.empty();
        };
    }

    /**
     * Returns every free text the action would show an accused party: the text of a notice, of a decision notice and
     * the appeal contact it names, or of a message sent to an accused.
     */
    List<String> textsToAccused() {
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        textToAccused().ifPresent(texts::add);
        if (kind == ActionKind.COMMUNICATE_DECISION) {
            ((Action.CommunicateDecision) action).appealContact().ifPresent(texts::add);
        }
        return texts;
    }

    List<Party> targets() {
        return state.partiesWith(CaseRole.TARGET);
    }

    List<Party> reporters() {
        return state.partiesWith(CaseRole.REPORTER);
    }

    /**
     * Returns the people whose consent for an item reaching a recipient class is not in force: the consent holders
     * for incident details, the targets for the victim's identity, the reporters for theirs, less those who granted.
     * Empty where nobody could grant it.
     */
    java.util.Set<PartyId> missingConsent(RecipientClass recipient, DisclosureItem item) {
        Set<PartyId> holders = switch (item) {
            case INCIDENT_DETAILS -> state.consentHolders();
            case VICTIM_IDENTITY -> state.idsWith(CaseRole.TARGET);
            case REPORTER_IDENTITY -> state.idsWith(CaseRole.REPORTER);
        };
        return missing(holders, recipient, item);
    }

    /** Returns those of some people who did not grant an item for a recipient class. */
    java.util.Set<PartyId> missing(Set<PartyId> holders, RecipientClass recipient, DisclosureItem item) {
        java.util.Set<PartyId> missing = new java.util.TreeSet<>();
        holders.stream().filter(h -> !state.consent().granted(h, recipient, item)).forEach(missing::add);
        return missing;
    }

    /**
     * Tells whether an item may reach a recipient class: with the consent in force, or under the safety exception
     * (a present threat to physical safety lets safety services have the incident and the victim's identity).
     */
    boolean mayReach(RecipientClass recipient, DisclosureItem item) {
        boolean safetyException = recipient.isSafetyService() && state.safety().isPresentThreat();
        return switch (item) {
            case INCIDENT_DETAILS -> safetyException
                    || state.consent().grantedByAll(state.consentHolders(), recipient, item);
            case VICTIM_IDENTITY -> targets().isEmpty() || safetyException
                    || state.consent().grantedByAll(state.idsWith(CaseRole.TARGET), recipient, item);
            case REPORTER_IDENTITY -> reporters().isEmpty()
                    || (safetyException && reporters().stream().allMatch(r -> r.has(CaseRole.TARGET)))
                    || state.consent().grantedByAll(state.idsWith(CaseRole.REPORTER), recipient, item);
        };
    }
}
