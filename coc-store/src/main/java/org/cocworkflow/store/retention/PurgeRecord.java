package org.cocworkflow.store.retention;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * The record a purge leaves in the database: that it ran, when, and how much it purged, never what (seed 003,
 * "Data retention"). Immutable and thread-safe.
 */
@Value.Immutable
public interface PurgeRecord {
    /** @return the moment the purge ran for */
    Instant at();

    /** @return how many cases were deleted entirely */
    int casesDeleted();

    /** @return how many cases were reduced to the minimum their bans need */
    int casesReduced();

    /** @return how many ban records were removed */
    int bansRemoved();
}
