package org.cocworkflow.rules;

import org.cocworkflow.core.history.ImmutablePriorCase;
import org.cocworkflow.core.history.InMemoryCaseHistory;
import org.cocworkflow.core.history.PriorCase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
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
}
