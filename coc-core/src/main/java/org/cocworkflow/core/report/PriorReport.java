package org.cocworkflow.core.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A report of the same conduct the reporter already made elsewhere, and what came of it (seed 004). */
@Value.Immutable
@JsonSerialize(as = ImmutablePriorReport.class)
@JsonDeserialize(as = ImmutablePriorReport.class)
public interface PriorReport {
    /**
     * Returns who was told.
     *
     * @return the authority
     */
    OtherAuthority authority();

    /**
     * Returns what the authority did, in the reporter's words.
     *
     * @return the outcome, if known
     */
    @Value.Redacted
    Optional<String> outcome();

    /**
     * Creates a prior report with no known outcome.
     *
     * @param authority who was told
     * @return the prior report
     */
    static PriorReport to(OtherAuthority authority) {
        return ImmutablePriorReport.builder().authority(authority).build();
    }
}
