package org.cocworkflow.examples;

import java.time.Instant;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.Suggestion;

/**
 * The embedding snippet of the README, as code a test compiles and runs. The lines between the snippet markers
 * are the ones the README shows, word for word.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Reads a report, opens a case for it under the rules in force at its incident, asks the rules what to do,
     * follows the most urgent suggestion through the guards, and returns the case file as JSON.
     *
     * @param reportJson a report document
     * @return the case file document
     */
    public static String openAdviseAndStore(String reportJson) {
        // snippet-start
        CocJson json = CocJson.standard();
        Report report = json.readReport(reportJson);
        Party handler = Party.builder().id(PartyId.of("handler-ana"))
                .addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build();
        // Create one advisor when the application starts and share it: it is thread-safe.
        try (Advisor advisor = Advisor.create(AdvisorOptions.defaults())) {
            CaseFile file = CaseFile.open(CaseOpened.builder()
                    .at(Instant.parse("2026-06-12T22:50:00Z"))
                    .caseId(CaseId.of("case-2026-003"))
                    .edition(advisor.editionFor(report)) // the rules in force at the incident
                    .report(report)
                    .receivedBy(handler)
                    .build());
            Advice advice = advisor.advise(file, AdviceContext.at(Instant.parse("2026-06-12T22:55:00Z")));
            Suggestion next = advice.suggestions().get(0); // most urgent first; each one passed the guards
            file = Guards.apply(file, next.action(), handler.id(), advice.now()).file();
            return json.writeCaseFile(file); // the paper trail, ready for storage
        }
        // snippet-end
    }
}
