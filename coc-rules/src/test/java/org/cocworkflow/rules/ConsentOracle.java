package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;

/**
 * The test's own statement of which action shapes need whose consent (invariant I1, seed 003 "Things not to do"),
 * written from the procedure and read from the case's parties and recorded grants, never from the guards: what an
 * action carries to which recipient class, and who must have consented to each item. It checks an advice's actions
 * waiting for consent (issue 15) against it.
 */
final class ConsentOracle {
    private ConsentOracle() {
    }

    /** The recipient class and items an action shape carries outside the team, or null if it carries none. */
    private record Carried(RecipientClass recipient, Set<DisclosureItem> items) {
    }

    private static Carried carried(Action action) {
        if (action instanceof Action.Disclose d) {
            return new Carried(d.recipient(), d.items());
        } else if (action instanceof Action.InvolveAuthority i) {
            return new Carried(i.authority().recipient(), i.items());
        } else if (action instanceof Action.ReportToExternalBody r) {
            // a report to an outside body always carries the incident
            Set<DisclosureItem> items = EnumSet.of(DisclosureItem.INCIDENT_DETAILS);
            items.addAll(r.items());
            return new Carried(r.body().recipient(), items);
        } else if (action instanceof Action.InformGlobalOrganization g) {
            return new Carried(RecipientClass.GLOBAL_ORGANIZATION, g.items());
        } else if (action instanceof Action.AskThirdParty t) {
            return new Carried(t.party().recipient(), t.items());
        } else if (action instanceof Action.Announce) {
            return new Carried(RecipientClass.COMMUNITY, EnumSet.of(DisclosureItem.INCIDENT_DETAILS));
        }
        return null;
    }

    private static Set<PartyId> with(CaseState state, CaseRole role) {
        Set<PartyId> ids = new TreeSet<>();
        for (Party party : state.parties()) {
            if (party.roles().contains(role)) {
                ids.add(party.id());
            }
        }
        return ids;
    }

    /** Whose consent each item needs: the victims', or the reporter's where no victim is named, for the incident. */
    private static Map<DisclosureItem, Set<PartyId>> needed(Action action, CaseState state, Carried carried) {
        Set<PartyId> targets = with(state, CaseRole.TARGET);
        Set<PartyId> reporters = with(state, CaseRole.REPORTER);
        Map<DisclosureItem, Set<PartyId>> needed = new LinkedHashMap<>();
        boolean threat = state.recordedSafety().map(a -> a != SafetyAssessment.NO_PRESENT_THREAT)
                .orElse(state.report().circumstances().contains(Circumstance.VIOLENCE_COMMITTED)
                        || state.report().circumstances().contains(Circumstance.VIOLENCE_THREATENED)
                        || state.report().circumstances().contains(Circumstance.GENERAL_THREAT_TO_SAFETY));
        boolean safetyService = carried.recipient() == RecipientClass.VENUE_SECURITY
                || carried.recipient() == RecipientClass.LAW_ENFORCEMENT
                || carried.recipient() == RecipientClass.EMERGENCY_SERVICES;
        for (DisclosureItem item : carried.items()) {
            Set<PartyId> holders = switch (item) {
                case INCIDENT_DETAILS -> targets.isEmpty() ? reporters : targets;
                case VICTIM_IDENTITY -> targets;
                case REPORTER_IDENTITY -> reporters;
            };
            if (action instanceof Action.Announce && (state.responsePath().orElse(null)
                    == ResponsePath.WIDELY_WITNESSED || targets.isEmpty() && reporters.isEmpty())) {
                // on the widely witnessed path only a victim the people present could recognise decides
                holders = targets;
            }
            boolean exception = threat && safetyService && (item != DisclosureItem.REPORTER_IDENTITY
                    || reporters.stream().allMatch(targets::contains));
            if (!exception) {
                needed.put(item, holders);
            }
        }
        return needed;
    }

    /**
     * Checks every action of an advice that waits for consent: its shape carries something to the class it names,
     * the holders it names are exactly those the table says have not consented, each was asked or the advice asks
     * them (for that class, naming the waiting rule), and with their consent recorded the guards allow the action,
     * so that consent alone held it back.
     *
     * @return how many waiting actions were checked
     */
    static int check(CaseFile file, Advice advice) {
        CaseState state = file.state();
        Instant now = advice.now();
        for (WaitingForConsent waiting : advice.waitingForConsent()) {
            Carried carried = carried(waiting.action());
            if (carried == null) {
                fail("rule \"" + waiting.rule() + "\": " + waiting.action().typeName() + " carries nothing outside the "
                        + "team, so it cannot wait for consent");
                return 0;
            }
            assertEquals(carried.recipient(), waiting.recipient(), "the class the action reaches");
            Set<PartyId> missing = new TreeSet<>();
            Map<DisclosureItem, Set<PartyId>> needed = needed(waiting.action(), state, carried);
            needed.forEach((item, holders) -> holders.stream()
                    .filter(h -> !state.consent().granted(h, carried.recipient(), item)).forEach(missing::add));
            assertEquals(missing, new TreeSet<>(waiting.holders()), () -> "whose consent " + waiting.action().summary()
                    + " waits for");
            assertTrue(!missing.isEmpty(), "a waiting action has somebody to ask");
            for (PartyId holder : missing) {
                boolean recorded = state.messages().stream().anyMatch(m -> m.to().equals(holder)
                        && m.intent() == MessageIntent.ASK_CONSENT_TO_SHARE
                        && m.about().map(carried.recipient()::equals).orElse(true));
                boolean suggested = advice.suggestions().stream().anyMatch(s -> s.action().equals(
                        Action.SendMessage.askConsent(holder, carried.recipient()))
                        && s.waitingRules().contains(waiting.rule()));
                assertTrue(recorded || suggested, () -> "holder " + holder + " of " + waiting.action().summary()
                        + " is neither asked nor to be asked");
                assertEquals(recorded, waiting.asked().contains(holder), "the entry says who was asked");
            }
            // Independently of the refusal: once every holder consented, nothing else holds the action back.
            CaseFile granted = file;
            Instant at = now;
            for (PartyId holder : missing) {
                Set<DisclosureItem> items = EnumSet.noneOf(DisclosureItem.class);
                needed.forEach((item, holders) -> {
                    if (holders.contains(holder)) {
                        items.add(item);
                    }
                });
                granted = Guards.apply(granted, Action.RecordConsent.of(ConsentGrant.of(holder, carried.recipient(),
                        items)), state.speaker(), at).file();
            }
            Verdict verdict = Guards.check(waiting.action(), granted, now);
            assertInstanceOf(Verdict.Allowed.class, verdict, () -> "rule \"" + waiting.rule() + "\": "
                    + waiting.action().summary() + " waits for consent but is refused for more: " + verdict);
            assertTrue(advice.suggestions().stream().noneMatch(s -> s.action().equals(waiting.action())),
                    "a waiting action is not advice");
        }
        return advice.waitingForConsent().size();
    }
}
