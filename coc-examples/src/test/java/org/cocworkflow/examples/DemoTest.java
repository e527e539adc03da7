package org.cocworkflow.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemoTest {
    /** Content of the sample reports that neither the demo's output nor any log line may show. */
    private static final List<String> CONTENT = List.of("Kim Ito", "Dana Reyes", "knife", "sweetheart", "@pyguru42",
            "DataCorp", "Lee Park", "L. Park", "lee.park", "Ana Silva");

    @Test
    void theDemoWorksEverySampleCaseThroughTheGuardsWithoutShowingCaseContent() {
        List<String> renderings = Demo.run();
        assertEquals(SampleReports.NAMES.size() + 2, renderings.size(),
                "every sample, last year's case, and the registration screening");
        String all = String.join("\n", renderings);
        assertTrue(all.contains("case-2026-001"));
        assertTrue(all.contains("VENUE_SECURITY [INCIDENT_DETAILS]"), "the threat case involved security");
        String threat = renderings.get(0);
        int summoned = threat.indexOf("involve VENUE_SECURITY, sharing [INCIDENT_DETAILS]");
        assertTrue(summoned >= 0 && summoned < threat.indexOf("record the safety assessment NO_PRESENT_THREAT"),
                "security was summoned while safety was in doubt, before everyone was found safe: " + threat);
        assertTrue(all.contains("escalate to the global organization: ACCUSED_HANDLES_REPORTS"));
        assertTrue(all.contains("VIOLATION with WITHHOLD_TALK_RECORDING, NO_FURTHER_TALKS, WARNING"));
        assertTrue(all.contains("message reporter: INVITE_WITHDRAWAL -> refused by NO_COERCION"));
        assertTrue(all.contains("assign handler-ana as the handler -> refused by MEETING_AND_CONFLICTS"));
        assertTrue(all.contains("-> refused by CONSENT: sharing the details of the incident"));
        List<String> cases = renderings.subList(0, renderings.size() - 1);
        assertTrue(cases.stream().allMatch(r -> r.contains("   advice at ") && r.contains("followed through "
                + "the guards:")), "every case is advised and the first suggestions followed");
        assertTrue(all.contains("rule: The report is acknowledged [seed 003, Receiving a Complaint]"));
        assertFalse(all.contains("rule defects"), "the shipped rules suggest nothing the guards refuse");
        String lastYear = renderings.get(renderings.size() - 2);
        assertTrue(lastYear.contains("(NO_EVENT, edition standard-2025)"), lastYear);
        assertTrue(lastYear.contains("set the RESPONSE deadline to 2025-10-04T21:30:00Z"),
                "last year's edition gave two weeks outside an event, from the report's arrival");
        assertTrue(all.contains("link to case case-2025-014 (SAME_ACCUSED)"),
                "the store's history finds the earlier case");
        String screening = renderings.get(renderings.size() - 1);
        assertTrue(screening.contains("registration 1: no match"), screening);
        assertTrue(screening.contains("registration 2: IDENTIFIER match with case-2025-014 -> "), screening);
        assertTrue(screening.contains("registration 3: NAME_ONLY match with case-2025-014 -> REVIEW_QUIETLY"),
                "a name alone is a flag for review: " + screening);
        for (String name : CONTENT) {
            assertFalse(all.contains(name), () -> "the demo output shows case content: " + name);
        }
    }

    @Test
    void aWholeDemoRunLogsNoCaseContentEvenAtTheMostDetailedLevel() throws Exception {
        // A fresh JVM, so that the logger reads the level set here, whatever other tests of this JVM configured.
        Path out = Files.createTempFile("coc-demo-out", ".txt");
        Path log = Files.createTempFile("coc-demo-log", ".txt");
        try {
            Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-cp", System.getProperty("java.class.path"),
                    Demo.class.getName()).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
            assertTrue(demo.waitFor(5, TimeUnit.MINUTES), "the demo finishes");
            String logged = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, demo.exitValue(), () -> "the demo failed: " + logged);
            assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("advice at "), "the demo ran");
            assertTrue(logged.lines().count() > 20, () -> "the log at trace level holds the library's and the "
                    + "engine's lines, so the check below can fail: " + logged);
            for (String name : CONTENT) {
                assertFalse(logged.contains(name), () -> "a log line shows case content: " + name);
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }
}
