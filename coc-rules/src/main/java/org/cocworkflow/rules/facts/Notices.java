package org.cocworkflow.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.cocworkflow.core.response.DecisionRules;

/**
 * The date a suggested notice of complaint asks the accused to answer by (seed 003, "Communicate with the alleged
 * harasser about the complaint"; DESIGN, "Decision"): the edition's hearing deadline from the moment of advice,
 * rounded up to the end of that day in UTC. The guards refuse a notice that leaves the accused less than the
 * hearing deadline from when it is sent; the rounding leaves the handler the rest of the day to send it.
 */
public final class Notices {
    private Notices() {
    }

    /**
     * Returns the date to answer by for a notice suggested at a moment.
     *
     * @param now the moment of advice
     * @param rules the case's decision rules
     * @return the end of the UTC day on which the hearing deadline from {@code now} falls
     */
    public static Instant answerBy(Instant now, DecisionRules rules) {
        Instant due = now.plus(rules.hearingDeadline());
        Instant dayStart = due.truncatedTo(ChronoUnit.DAYS);
        return dayStart.equals(due) ? due : dayStart.plus(Duration.ofDays(1));
    }
}
