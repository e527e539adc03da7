package org.cocworkflow.rules;

import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.history.ImmutableMatchElsewhere;
import org.cocworkflow.core.history.ImmutablePriorCase;
import org.cocworkflow.core.history.InMemoryCaseHistory;
import org.cocworkflow.core.history.MatchElsewhere;
import org.cocworkflow.core.history.PriorCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Editions;
import org.junit.jupiter.api.Test;

/** What the advisor takes from the case history (seed 003, "Record Keeping"). */
class CaseHistoryFactsTest {
    private static final IdentityKeys KEYS = new IdentityKeys(OrganizationSecret.of(
            "a test secret for identity keys, 32+ bytes".getBytes(StandardCharsets.UTF_8)));

    private static PriorCase prior(String id, Instant openedAt) {
        return ImmutablePriorCase.builder().caseId(CaseId.of(id)).matchedKey(KEYS.email("lee.park@mail.example"))
                .openedAt(openedAt).finding(Finding.VIOLATION).build();
    }

    @Test
    void only_cases_opened_before_the_moment_of_the_advice_count_as_earlier_cases() {
        CaseFile file = CaseFile.open(ImmutableCaseOpened.copyOf(Samples.opened(Samples.privateHarassment()))
                .withEdition(Editions.SHIPPED));
        Instant now = file.state().openedAt().plus(Duration.ofMinutes(10));
        InMemoryCaseHistory history = new InMemoryCaseHistory()
                .add(prior("case-earlier", now.minus(Duration.ofDays(400))))
                .add(prior("case-later", now.plus(Duration.ofDays(30))));
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().history(history).identityKeys(KEYS)
                .build())) {
            List<String> linked = advisor.advise(file, AdviceContext.at(now)).suggestions().stream()
                    .map(Suggestion::action).filter(Action.LinkCase.class::isInstance)
                    .map(a -> ((Action.LinkCase) a).other().value()).toList();
            assertEquals(List.of("case-earlier"), linked, "a case opened after the advice's moment did not exist");
        }
    }

    @Test
    void a_chapter_weighs_a_match_it_was_told_of_once_and_only_if_it_was_shared_before_the_advice_issue13() {
        CaseFile file = CaseFile.open(ImmutableCaseOpened.copyOf(Samples.opened(Samples.privateHarassment()))
                .withEdition(Editions.SHIPPED));
        Instant now = file.state().openedAt().plus(Duration.ofMinutes(10));
        InMemoryCaseHistory told = new InMemoryCaseHistory()
                .add(elsewhere(KEYS.email("lee.park@mail.example"), 1, now.minus(Duration.ofDays(90)), true))
                .add(elsewhere(KEYS.email("lee.park@mail.example"), 2, now.minus(Duration.ofDays(20)), true))
                .add(elsewhere(KEYS.name("Lee Park"), 4, now.minus(Duration.ofDays(20)), true));
        CaseHistory history = CaseHistory.none().withMatchesFrom(told);
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().history(history).identityKeys(KEYS)
                .build())) {
            Advice advice = advisor.advise(file, AdviceContext.at(now));
            assertEquals(1, advice.rulesFired().stream()
                    .filter("Earlier cases in other chapters raise the gravity"::equals).count(),
                    "several keys or chapters weigh once, the identifier match winning over the name");
            assertFalse(advice.rulesFired().contains("Earlier cases in other chapters that match only by name are "
                    + "checked with the global organization"));
            assertTrue(advice.suggestions().stream().noneMatch(s -> s.action() instanceof Action.LinkCase),
                    "nothing to link: the chapter knows no other chapter's case");
        }
        InMemoryCaseHistory later = new InMemoryCaseHistory()
                .add(elsewhere(KEYS.email("lee.park@mail.example"), 1, now.plus(Duration.ofDays(1)), true));
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().history(later).identityKeys(KEYS).build())) {
            assertFalse(advisor.advise(file, AdviceContext.at(now)).rulesFired()
                    .contains("Earlier cases in other chapters raise the gravity"), "shared after the advice's moment");
        }
    }

    private static MatchElsewhere elsewhere(IdentityKey key, int chapters, Instant since, boolean told) {
        return ImmutableMatchElsewhere.builder().matchedKey(key).otherChapters(chapters).since(since).told(told)
                .build();
    }
}
