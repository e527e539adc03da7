package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.immutables.value.Value;

/** A decision recorded on a case: the finding and the sanctions, with the event that recorded them. */
@Value.Immutable
public interface Decision {
    /** @return the sequence number of the recording event */
    long sequence();

    /** @return when it was recorded */
    Instant at();

    /** @return the finding */
    Finding finding();

    /** @return the sanctions decided */
    List<ImposedSanction> sanctions();
}
