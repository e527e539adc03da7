package org.cocworkflow.core.casefile;

import java.time.Instant;
import org.cocworkflow.core.action.ReopenReason;
import org.immutables.value.Value;

/**
 * A case taken up again after it was closed as not identified ({@code reopen_case}, issue 15): where in the case file,
 * when and why. The closing before it stays in the case file (seed 003, "Record Keeping"). Immutable and thread-safe.
 */
@Value.Immutable
public interface Reopening {
    /** @return the sequence number of the {@code reopen_case} event */
    long sequence();

    /** @return when the case was reopened */
    Instant at();

    /** @return why */
    ReopenReason reason();
}
