package org.cocworkflow.core.guard;

import java.util.List;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.report.Report;
import org.immutables.value.Value;

/**
 * The result of an action that passed the guards and was recorded: the new case file, the flags for a person to
 * look at, and any new incident the action revealed (an apology pressed on the victim after being discouraged is
 * continued harassment: a new case should be opened with the report given here and linked to this one).
 */
@Value.Immutable
public interface Applied {
    /** @return the case file with the action recorded */
    CaseFile file();

    /** @return the flags of the verdict, possibly none */
    List<Flag> flags();

    /** @return reports of new incidents to open as cases, possibly none */
    List<Report> newIncidents();
}
