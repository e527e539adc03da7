package org.cocworkflow.rules.facts;

import java.util.Set;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;

/**
 * Drafts the one sentence an announcement gives about the nature of an incident (seed 003, "Level of detail":
 * some idea of what happened, everyone anonymous). The draft is built only from the report's circumstances and the
 * kind of space, never from its description, so it cannot carry a name or a detail; organizers edit it before
 * they announce anything.
 */
public final class AnnouncementWording {
    private AnnouncementWording() {
    }

    /**
     * Returns a draft of the nature of the incident.
     *
     * @param report the report
     * @return one anonymous sentence, e.g. "A participant physically threatened another participant."
     */
    public static String natureOf(Report report) {
        Set<Circumstance> c = report.circumstances();
        if (c.contains(Circumstance.VIOLENCE_COMMITTED)) {
            return "A participant physically assaulted another participant.";
        }
        if (c.contains(Circumstance.VIOLENCE_THREATENED)) {
            return "A participant physically threatened another participant.";
        }
        if (c.contains(Circumstance.ACCUSED_GAVE_TALK)) {
            return "A talk included content that broke our code of conduct.";
        }
        if (c.contains(Circumstance.RETALIATION)) {
            return "A participant retaliated against someone who had raised a concern.";
        }
        if (c.contains(Circumstance.CONTINUED_AFTER_REQUEST_TO_STOP)) {
            return "A participant repeatedly harassed another participant despite requests to stop.";
        }
        return report.space().kind().isOnline()
                ? "A participant harassed another participant in one of our online spaces."
                : "A participant harassed another participant.";
    }
}
