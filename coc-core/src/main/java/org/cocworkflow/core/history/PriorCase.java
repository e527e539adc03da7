package org.cocworkflow.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.Sanction;
import org.immutables.value.Value;

/**
 * An earlier case whose accused shares an identity key with an accused of the case being advised (seed 003,
 * "Record Keeping": a complaint about a previous offender is dealt with in a more appropriate manner). A match on
 * an e-mail address or handle is the same person; a match on a name alone is only a reason to look. Immutable and
 * thread-safe.
 */
@Value.Immutable
public interface PriorCase {
    /** @return the earlier case */
    CaseId caseId();

    /** @return the key that matched */
    IdentityKey matchedKey();

    /** @return when the earlier case was opened */
    Instant openedAt();

    /** @return its latest finding, if it was decided */
    Optional<Finding> finding();

    /** @return the sanctions in force when it was last seen */
    List<Sanction> sanctions();

    /**
     * Tells whether the earlier case found a violation.
     *
     * @return true for a finding of violation
     */
    default boolean violationFound() {
        return finding().filter(f -> f == Finding.VIOLATION).isPresent();
    }
}
