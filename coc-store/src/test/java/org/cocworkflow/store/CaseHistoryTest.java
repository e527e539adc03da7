package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.history.PriorCase;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.testing.Procedures;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.Test;

/**
 * The advisor's case history over the store (seed 003, "Record Keeping": a complaint about a previous offender is
 * dealt with in a more appropriate manner): earlier cases by the accused's identity keys, with their finding and
 * sanctions, never the case being advised.
 */
class CaseHistoryTest extends OnEachStore {
    private final IdentityKeys keys = StoreFixtures.identityKeys();

    private CaseFile open(String id, int daysAfter, String email, String name) {
        return store.create(StoreFixtures.opened(id, StoreFixtures.report(NOW.plus(Duration.ofDays(daysAfter)), email,
                name)));
    }

    @Test
    void earlier_cases_come_with_their_finding_and_sanctions_oldest_first_without_the_case_itself() {
        CaseFile warned = open("case-2026", 0, "lee.park@mail.example", "Lee Park");
        store.append(warned, StoreFixtures.decideAndClose(warned, Finding.VIOLATION, List.of(Sanction.WARNING),
                Optional.empty()));
        open("case-2027", 365, "LEE.PARK@mail.example", "L. Park");
        open("case-name-only", 400, "someone@mail.example", "Park Lee");
        open("case-other", 10, "kim@mail.example", "Kim Ito");
        open("case-now", 700, "lee.park@mail.example", "Lee Park");

        Set<IdentityKey> accused = Set.of(keys.email("lee.park@mail.example"), keys.name("Lee Park"));
        List<PriorCase> prior = store.history().priorCases(accused, CaseId.of("case-now"));

        assertEquals(List.of("case-2026", "case-2027", "case-name-only"),
                prior.stream().map(p -> p.caseId().value()).toList());
        assertEquals(Optional.of(Finding.VIOLATION), prior.get(0).finding());
        assertEquals(List.of(Sanction.WARNING), prior.get(0).sanctions());
        assertTrue(prior.get(0).violationFound());
        assertEquals(keys.email("lee.park@mail.example"), prior.get(0).matchedKey(),
                "the strongest key that matched: the address over the name");
        assertEquals(Optional.empty(), prior.get(1).finding());
        assertEquals(keys.name("Lee Park"), prior.get(2).matchedKey(), "a name alone is only a name match");
        assertEquals(List.of(), store.history().priorCases(Set.of(), CaseId.of("case-now")));
        assertEquals(List.of(), store.history().priorCases(Set.of(keys.email("nobody@mail.example")),
                CaseId.of("case-now")));
    }

    @Test
    void a_finding_overturned_on_appeal_no_longer_counts_as_a_violation() {
        CaseFile file = open("case-1", 0, "lee.park@mail.example", "Lee Park");
        CaseFile heard = StoreFixtures.heard(StoreFixtures.then(file,
                org.cocworkflow.core.action.Action.AssignHandler.of(StoreFixtures.RECEIVER)));
        CaseFile decided = Procedures.decide(heard, Finding.VIOLATION, List.of(
                org.cocworkflow.core.sanction.ImposedSanction.of(Sanction.WARNING, StoreFixtures.ACCUSED)));
        CaseFile appealed = Procedures.decideAppeal(StoreFixtures.then(decided,
                org.cocworkflow.core.action.Action.RecordAppeal.of(StoreFixtures.ACCUSED)),
                org.cocworkflow.core.response.AppealOutcome.OVERTURNED, List.of());
        store.append(file, appealed);
        PriorCase prior = store.history().priorCases(Set.of(keys.email("lee.park@mail.example")),
                CaseId.of("x")).get(0);
        assertEquals(Optional.of(Finding.NO_VIOLATION), prior.finding());
        assertEquals(List.of(), prior.sanctions());
    }
}
