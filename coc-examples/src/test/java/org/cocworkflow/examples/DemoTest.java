package org.cocworkflow.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTest {
    @Test
    void theDemoWorksEverySampleCaseThroughTheGuardsWithoutShowingCaseContent() {
        List<String> renderings = Demo.run();
        assertEquals(SampleReports.NAMES.size(), renderings.size());
        String all = String.join("\n", renderings);
        assertTrue(all.contains("case-2026-001"));
        assertTrue(all.contains("VENUE_SECURITY [INCIDENT_DETAILS]"), "the threat case involved security");
        assertTrue(all.contains("escalate to the global organization: ACCUSED_HANDLES_REPORTS"));
        assertTrue(all.contains("VIOLATION with WITHHOLD_TALK_RECORDING, NO_FURTHER_TALKS, WARNING"));
        assertTrue(all.contains("message reporter: INVITE_WITHDRAWAL -> refused by NO_COERCION"));
        assertTrue(all.contains("assign handler-ana as the handler -> refused by MEETING_AND_CONFLICTS"));
        assertTrue(all.contains("-> refused by CONSENT: sharing the details of the incident"));
        for (String name : List.of("Kim Ito", "Dana Reyes", "knife", "sweetheart", "@pyguru42", "DataCorp")) {
            assertFalse(all.contains(name), () -> "the demo output shows case content: " + name);
        }
    }
}
