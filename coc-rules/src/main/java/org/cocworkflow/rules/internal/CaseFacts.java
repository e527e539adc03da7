package org.cocworkflow.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.Reopening;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.history.ActiveBan;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.history.MatchElsewhere;
import org.cocworkflow.core.history.PriorCase;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.IdentityKind;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.facts.Arrival;
import org.cocworkflow.rules.facts.Deadline;
import org.cocworkflow.rules.facts.Now;

/**
 * The facts a case gives its rules, all immutable values: the state and its report, every party, message,
 * disclosure, decision, appeal, meeting, ban, link and consent grant, each deadline, the moment with the event's
 * phase, the edition's settings, the organization's settings, and the earlier cases and bans the history knows of
 * the accused, one fact per earlier case and per ban, and at most one match elsewhere of each kind.
 */
public final class CaseFacts {
    private CaseFacts() {
    }

    private static boolean identifies(IdentityKey key) {
        return key.kind() != IdentityKind.NAME;
    }

    private static MatchElsewhere stronger(MatchElsewhere a, MatchElsewhere b) {
        if (identifies(a.matchedKey()) != identifies(b.matchedKey())) {
            return identifies(a.matchedKey()) ? a : b;
        }
        return b.otherChapters() > a.otherChapters() ? b : a;
    }

    /**
     * Returns the moment a case's response time counts from: the report's arrival, or for a case taken up again
     * after closing as not identified, its reopening (issue 15).
     *
     * @param state the case's state
     * @return the moment
     */
    public static Instant responseCountsFrom(CaseState state) {
        return state.reopening().map(Reopening::at).orElseGet(() -> state.report().receivedAt());
    }

    /**
     * Returns the moment the case's response time counts from (see {@link #responseCountsFrom}), with where its
     * event stood then: by the case's own event window where it has one, else as the caller knows it. The same
     * reading serves a report's arrival and a reopening (docs/design.md, "Deadlines count from the report's
     * arrival").
     *
     * @param state the case's state
     * @param otherwise the phase at that moment, taken where the case carries no event window: the calendar's, or
     *     else the phase of the moment of advice
     * @return the fact
     */
    public static Arrival arrival(CaseState state, EventPhase otherwise) {
        Instant from = responseCountsFrom(state);
        return Arrival.of(from, phaseAt(state, from, otherwise));
    }

    private static EventPhase phaseAt(CaseState state, Instant arrived, EventPhase otherwise) {
        return state.event().map(window -> {
            if (arrived.isBefore(window.start())) {
                return EventPhase.BEFORE_EVENT;
            }
            return window.runsAt(arrived) ? EventPhase.DURING_EVENT : EventPhase.AFTER_EVENT;
        }).orElse(otherwise);
    }

    /**
     * Lists the facts of a case.
     *
     * @param state the case's state
     * @param now the moment
     * @param phase where the case's event stands
     * @param settings the edition's settings
     * @param organization the organization's settings
     * @param history earlier cases and bans
     * @param keys identity keys for the history, if configured
     * @return the facts, in a fixed order
     */
    public static List<Object> of(CaseState state, Instant now, EventPhase phase, EditionSettings settings,
            OrganizationSettings organization, CaseHistory history, java.util.Optional<IdentityKeys> keys) {
        List<Object> facts = new ArrayList<>();
        facts.add(state);
        facts.add(state.report());
        facts.add(Now.of(now, phase));
        facts.add(settings);
        facts.add(organization);
        facts.addAll(state.parties());
        facts.addAll(state.messages());
        facts.addAll(state.disclosures());
        facts.addAll(state.decisions());
        facts.addAll(state.appeals());
        facts.addAll(state.meetings());
        facts.addAll(state.bans());
        facts.addAll(state.links());
        facts.addAll(state.consent().grants());
        for (Map.Entry<DeadlineKind, Instant> deadline : state.deadlines().entrySet()) {
            facts.add(Deadline.of(deadline.getKey(), deadline.getValue()));
        }
        keys.ifPresent(k -> {
            // One fact per earlier case and per ban, whichever accused or key found it; a match on an e-mail
            // address or handle wins over a match on a name, so a rule never weighs the same case twice.
            Map<CaseId, PriorCase> prior = new LinkedHashMap<>();
            Map<CaseId, ActiveBan> bans = new LinkedHashMap<>();
            // At most one match elsewhere per kind (told to a chapter, or a pattern the global organization has not
            // told), the strongest: like an earlier case, it weighs once however many keys or chapters matched.
            Map<Boolean, MatchElsewhere> elsewhere = new LinkedHashMap<>();
            for (Party accused : state.partiesWith(CaseRole.ACCUSED)) {
                Set<IdentityKey> accusedKeys = new LinkedHashSet<>(k.of(accused));
                if (!accusedKeys.isEmpty()) {
                    // Only cases opened before the moment of the advice: advising at a past moment (a replay, a
                    // scenario) must not see cases that did not exist yet.
                    List<PriorCase> earlier = history.priorCases(accusedKeys, state.caseId()).stream()
                            .filter(c -> c.openedAt().isBefore(now)).toList();
                    earlier.forEach(c -> prior.merge(c.caseId(), c, (a, b) -> identifies(a.matchedKey()) ? a : b));
                    history.activeBans(accusedKeys, now).forEach(b -> bans.merge(b.caseId(), b,
                            (x, y) -> identifies(x.matchedKey()) ? x : y));
                    Set<CaseId> cases = new LinkedHashSet<>();
                    cases.add(state.caseId());
                    earlier.forEach(c -> cases.add(c.caseId()));
                    history.matchesElsewhere(accusedKeys, cases).stream().filter(m -> m.since().isBefore(now))
                            .forEach(m -> elsewhere.merge(m.told(), m, CaseFacts::stronger));
                }
            }
            facts.addAll(prior.values());
            facts.addAll(bans.values());
            facts.addAll(elsewhere.values());
        });
        return facts;
    }
}
