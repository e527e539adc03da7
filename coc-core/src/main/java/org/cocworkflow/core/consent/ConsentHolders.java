package org.cocworkflow.core.consent;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;

/**
 * Who can consent to what on a case (invariant I1, seed 003 "Things not to do").
 *
 * <p>Each target consents to sharing their own identity and the reporter to sharing theirs. Incident details
 * concern every victim, so they need the consent of every target; where a report names no target, the reporter
 * speaks for the incident. Where neither exists (an anonymous report naming no victim) nobody can consent and
 * details stay within the response team.
 */
public final class ConsentHolders {
    private ConsentHolders() {
    }

    /**
     * Returns the people whose consent incident details need.
     *
     * @param parties the parties of the case
     * @return the targets, or the reporter where no target is named, or nobody
     */
    public static Set<PartyId> forIncidentDetails(Collection<Party> parties) {
        Set<PartyId> targets = withRole(parties, CaseRole.TARGET);
        return targets.isEmpty() ? withRole(parties, CaseRole.REPORTER) : targets;
    }

    /**
     * Tells whether a party may consent to an item.
     *
     * @param grantor the party granting
     * @param item what they grant
     * @param parties the parties of the case
     * @return true if the grant is theirs to give
     */
    public static boolean mayGrant(Party grantor, DisclosureItem item, Collection<Party> parties) {
        return switch (item) {
            case VICTIM_IDENTITY -> grantor.has(CaseRole.TARGET);
            case REPORTER_IDENTITY -> grantor.has(CaseRole.REPORTER);
            case INCIDENT_DETAILS -> forIncidentDetails(parties).contains(grantor.id());
        };
    }

    private static Set<PartyId> withRole(Collection<Party> parties, CaseRole role) {
        Set<PartyId> ids = new LinkedHashSet<>();
        for (Party party : parties) {
            if (party.has(role)) {
                ids.add(party.id());
            }
        }
        return ids;
    }
}
