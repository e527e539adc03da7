package org.cocworkflow.core.guard;

import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.Standing;

/**
 * I8: what the community hears names no victim, reporter or witness, names the accused only where the accused is
 * very central to the community (seed 003, "Level of detail": e.g. core conference staff), and carries only the
 * general nature of the incident and the action taken, briefly (seed 003, "Informing attendees"). Upset attendees
 * get no further details: the action for them has no field that could carry any.
 */
final class CommunityGuard implements GuardCheck {
    /** The longest description of the nature of an incident, or of the action taken, in an announcement. */
    static final int MAX_ANNOUNCEMENT_PART = 240;
    private static final Guard GUARD = Guard.COMMUNITY;

    @Override
    public void check(Situation s, Findings findings) {
        CaseState state = s.state();
        if (s.kind() == ActionKind.ANNOUNCE) {
            Action.Announce announce = (Action.Announce) s.action();
            if (announce.namesAccused() && !state.partiesWith(CaseRole.ACCUSED).stream()
                    .allMatch(CommunityGuard::central)) {
                findings.refuse(GUARD, "the accused is named in public only when very central to the community, such "
                        + "as core staff or the event's leader; announce without the name");
            }
            text(s, announce.natureOfIncident(), announce.namesAccused(), findings);
            announce.actionTaken().ifPresent(text -> text(s, text, announce.namesAccused(), findings));
        } else if (s.kind() == ActionKind.DISCLOSE) {
            Action.Disclose disclose = (Action.Disclose) s.action();
            if (disclose.recipient() == RecipientClass.COMMUNITY && !disclose.items().isEmpty()) {
                findings.refuse(GUARD, disclose.items().contains(DisclosureItem.INCIDENT_DETAILS)
                        && disclose.items().size() == 1
                        ? "the community hears only the general nature of the incident and the action taken; use "
                                + "announce for that"
                        : "the community is never told who the victim or the reporter is");
            }
        }
    }

    private static boolean central(Party accused) {
        return accused.has(Standing.CENTRAL_FIGURE) || accused.has(Standing.EVENT_LEADER);
    }

    private static void text(Situation s, String text, boolean namesAccused, Findings findings) {
        CaseState state = s.state();
        List<Party> protectedPeople = state.incidentParties().stream()
                .filter(p -> !p.has(CaseRole.ACCUSED) || p.has(CaseRole.TARGET) || p.has(CaseRole.REPORTER))
                .toList();
        if (Mentions.anyIn(text, protectedPeople)) {
            findings.refuse(GUARD, "the announcement names or identifies the victim, the reporter or a witness; keep "
                    + "everyone but the accused anonymous");
        }
        if (!namesAccused && Mentions.anyIn(text, state.partiesWith(CaseRole.ACCUSED))) {
            findings.refuse(GUARD, "the announcement names the accused while saying it does not; either leave the "
                    + "name out or name them openly where that is allowed");
        }
        if (text.strip().length() > MAX_ANNOUNCEMENT_PART) {
            findings.refuse(GUARD, "keep an announcement to the general nature of the incident and the action "
                    + "taken, a sentence each (at most " + MAX_ANNOUNCEMENT_PART + " characters), without details");
        }
        Optional.of(text).filter(Wording::mentionsDateOrTime).ifPresent(t -> findings.flag(
                Flag.Kind.IDENTIFYING_DETAIL, GUARD, "the announcement mentions a date or time, which can point to "
                        + "the people involved; check whether it is needed"));
    }
}
