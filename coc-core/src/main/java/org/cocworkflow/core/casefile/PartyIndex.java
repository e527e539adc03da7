package org.cocworkflow.core.casefile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cocworkflow.core.consent.ConsentHolders;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;

/**
 * What a case state derives from its parties alone: the parties and their roles by id, the people of the incident,
 * the members with a conflict of interest (seed 003, "Meeting") and the consent holders. Guards and rules ask for
 * these many times per decision. Built once per version of a case's party log and kept with the log, so that the
 * states of the events that add no party (nearly all of them) share it and replay stays linear in the number of
 * events. Immutable and safe to share between threads.
 */
final class PartyIndex {
    private final Map<PartyId, Party> partiesById;
    private final Map<PartyId, Set<CaseRole>> rolesById;
    private final List<Party> incidentParties;
    private final Set<PartyId> conflicted;
    private final Set<PartyId> consentHolders;
    // The handler holds its role once assigned; handlers change rarely, so the roles with it are kept per handler.
    private final Map<PartyId, Set<CaseRole>> rolesAsHandler = new ConcurrentHashMap<>();

    PartyIndex(List<Party> parties) {
        Map<PartyId, Party> byId = new HashMap<>();
        Map<PartyId, Set<CaseRole>> roles = new HashMap<>();
        for (Party p : parties) {
            if (byId.putIfAbsent(p.id(), p) == null) {
                roles.put(p.id(), Collections.unmodifiableSet(EnumSet.copyOf(withNone(p.roles()))));
            }
        }
        this.partiesById = Collections.unmodifiableMap(byId);
        this.rolesById = Collections.unmodifiableMap(roles);
        this.incidentParties = parties.stream().filter(p -> !p.has(CaseRole.RESPONSE_TEAM_MEMBER)).toList();
        this.conflicted = Collections.unmodifiableSet(conflictedAmong(byId, incidentParties));
        this.consentHolders = Collections.unmodifiableSet(ConsentHolders.forIncidentDetails(parties));
    }

    private static Set<CaseRole> withNone(Set<CaseRole> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(CaseRole.class) : roles;
    }

    // A member is conflicted if they declared a relationship with a person of the incident, a person of the incident
    // declared one with them, or they share an e-mail address or handle with one (the same person under two ids).
    private static Set<PartyId> conflictedAmong(Map<PartyId, Party> byId, List<Party> incident) {
        Set<PartyId> conflicted = new HashSet<>();
        for (Map.Entry<PartyId, Party> entry : byId.entrySet()) {
            PartyId member = entry.getKey();
            Party self = entry.getValue();
            for (Party other : incident) {
                if (!other.id().equals(member) && (self.declaresRelationshipWith(other.id())
                        || other.declaresRelationshipWith(member) || SamePerson.sharesIdentifier(self, other))) {
                    conflicted.add(member);
                    break;
                }
            }
        }
        return conflicted;
    }

    Party party(PartyId id) {
        return partiesById.get(id);
    }

    Set<CaseRole> roles(PartyId id, boolean handler) {
        Set<CaseRole> roles = rolesById.getOrDefault(id, Set.of());
        if (!handler) {
            return roles;
        }
        return rolesAsHandler.computeIfAbsent(id, k -> {
            Set<CaseRole> with = EnumSet.of(CaseRole.HANDLER);
            with.addAll(roles);
            return Collections.unmodifiableSet(with);
        });
    }

    List<Party> incidentParties() {
        return incidentParties;
    }

    boolean conflicted(PartyId member) {
        return conflicted.contains(member);
    }

    Set<PartyId> consentHolders() {
        return consentHolders;
    }
}
