package org.cocworkflow.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.SpaceKind;
import org.junit.jupiter.api.Test;

class SampleReportsTest {
    private final CocJson json = CocJson.standard();

    private Report read(String name) {
        return json.readReport(SampleReports.json(name));
    }

    @Test
    void everySampleFileIsListedAndReadsAsAReport() throws IOException {
        Path folder = Path.of("src/main/resources/org/cocworkflow/examples/reports");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
            assertEquals(names, SampleReports.NAMES);
        }
        for (String name : SampleReports.NAMES) {
            Report report = read(name);
            assertEquals(report, json.readReport(json.writeReport(report)), name);
        }
        assertTrue(SampleReports.NAMES.size() >= 8);
    }

    @Test
    void theSamplesCoverThePathsOfTheProcedure() {
        assertTrue(read("01-threat-at-the-venue").circumstances().contains(Circumstance.GENERAL_THREAT_TO_SAFETY));
        Report talk = read("02-harassing-talk");
        assertTrue(talk.circumstances().contains(Circumstance.WIDELY_WITNESSED));
        assertEquals(SpaceKind.TALK, talk.space().kind());
        Report social = read("03-private-harassment-at-the-social");
        assertEquals(SpaceKind.SOCIAL_EVENT, social.space().kind());
        assertFalse(social.circumstances().contains(Circumstance.WIDELY_WITNESSED));
        assertTrue(read("04-harassment-in-the-chat").space().kind().isOnline());
        assertTrue(read("05-report-against-an-organizer").partiesWith(CaseRole.ACCUSED).get(0)
                .has(Standing.ORGANIZER));
        assertTrue(read("06-sponsor-booth").circumstances().contains(Circumstance.STAFFING_SPONSOR_BOOTH));
        assertFalse(read("07-report-with-requested-actions").requestedActions().isEmpty());
        assertTrue(read("08-anonymous-report").isAnonymous());
        assertTrue(read("09-retaliation-against-a-witness").circumstances().contains(Circumstance.RETALIATION));
        assertFalse(read("10-witness-report-with-identified-target").reporter().orElseThrow()
                .has(CaseRole.TARGET));
    }
}
