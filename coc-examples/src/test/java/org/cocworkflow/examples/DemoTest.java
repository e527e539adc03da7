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
        for (String name : List.of("Kim Ito", "Dana Reyes", "knife", "sweetheart", "@pyguru42", "DataCorp",
                "Lee Park", "L. Park", "lee.park", "Ana Silva")) {
            assertFalse(all.contains(name), () -> "the demo output shows case content: " + name);
        }
    }
}
