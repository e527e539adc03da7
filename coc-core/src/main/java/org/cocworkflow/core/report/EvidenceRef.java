package org.cocworkflow.core.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.cocworkflow.core.internal.Require;
import org.immutables.value.Value;

/**
 * A pointer to evidence kept elsewhere: a link, a file name, a message id, the date of a call (seed 004, "How to
 * Report"). The library stores references, not the evidence itself.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceRef.class)
@JsonDeserialize(as = ImmutableEvidenceRef.class)
public interface EvidenceRef {
    /**
     * Returns where the evidence is.
     *
     * @return the reference
     */
    @Value.Redacted
    String reference();

    /**
     * Returns what the evidence shows.
     *
     * @return a short description, if given
     */
    @Value.Redacted
    Optional<String> description();

    @Value.Check
    default void check() {
        Require.notBlank(reference(), "an evidence reference");
    }

    /**
     * Creates a reference.
     *
     * @param reference where the evidence is
     * @return the reference
     */
    static EvidenceRef of(String reference) {
        return ImmutableEvidenceRef.builder().reference(reference).build();
    }
}
