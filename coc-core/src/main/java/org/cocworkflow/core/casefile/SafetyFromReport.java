package org.cocworkflow.core.casefile;

import java.util.Set;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.response.SafetyAssessment;

/** What a report says about safety before anyone records an assessment (seed 003, "Threats to Physical
 * Wellbeing"). */
final class SafetyFromReport {
    private SafetyFromReport() {
    }

    static SafetyAssessment of(Report report) {
        Set<Circumstance> circumstances = report.circumstances();
        if (circumstances.contains(Circumstance.GENERAL_THREAT_TO_SAFETY)) {
            return SafetyAssessment.GENERAL_THREAT;
        }
        if (circumstances.contains(Circumstance.VIOLENCE_COMMITTED)
                || circumstances.contains(Circumstance.VIOLENCE_THREATENED)) {
            return SafetyAssessment.THREAT_TO_INDIVIDUAL;
        }
        return SafetyAssessment.NO_PRESENT_THREAT;
    }
}
