package org.cocworkflow.examples;

import java.time.Instant;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Report;

/**
 * The embedding snippet of the README, as code a test compiles and runs. The lines between the snippet markers
 * are the ones the README shows, word for word.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Reads a report, opens a case for it, records one action and returns the case file as JSON.
     *
     * @param reportJson a report document
     * @return the case file document
     */
    public static String openAndStore(String reportJson) {
        // snippet-start
        CocJson json = CocJson.standard();
        Report report = json.readReport(reportJson);
        Party handler = Party.builder().id(PartyId.of("handler-ana"))
                .addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build();
        CaseFile file = CaseFile.open(CaseOpened.builder()
                .at(Instant.parse("2026-06-12T22:50:00Z"))
                .caseId(CaseId.of("case-2026-003"))
                .edition(PolicyEditionId.of("pycon-north-2026"))
                .report(report)
                .receivedBy(handler)
                .build());
        file = file.append(Action.AssignHandler.of(handler.id()), handler.id(),
                Instant.parse("2026-06-12T22:55:00Z"));
        String stored = json.writeCaseFile(file); // the paper trail, ready for storage
        // snippet-end
        return stored;
    }
}
