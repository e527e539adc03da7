package org.cocworkflow.rules.facts;

import java.time.Instant;
import org.cocworkflow.core.response.DeadlineKind;
import org.immutables.value.Value;

/** A deadline recorded on the case, one fact per kind. */
@Value.Immutable
public interface Deadline {
    /** @return what it is for */
    DeadlineKind kind();

    /** @return when it falls due */
    Instant due();

    /**
     * Creates the fact.
     *
     * @param kind what it is for
     * @param due when it falls due
     * @return the fact
     */
    static Deadline of(DeadlineKind kind, Instant due) {
        return ImmutableDeadline.builder().kind(kind).due(due).build();
    }
}
