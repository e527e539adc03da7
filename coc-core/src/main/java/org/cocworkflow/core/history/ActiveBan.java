package org.cocworkflow.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;
import org.immutables.value.Value;

/**
 * A ban in force on someone who shares an identity key with a party of the case being advised (seed 003, "Record
 * Keeping"). Immutable and thread-safe.
 */
@Value.Immutable
public interface ActiveBan {
    /** @return the case that decided the ban */
    CaseId caseId();

    /** @return the key that matched */
    IdentityKey matchedKey();

    /** @return when the ban ends; empty means indefinitely */
    Optional<Instant> until();

    /** @return the event or space ids it covers; none means every event */
    List<String> scopes();
}
