package org.cocworkflow.store;

import java.time.Clock;
import java.time.Duration;
import org.cocworkflow.core.json.JsonLimits;
import org.cocworkflow.store.retention.RetentionPolicy;
import org.immutables.value.Value;

/**
 * How a {@link CaseStore} is set up, with defaults for everything: the clock, the retention policy, the intake
 * limits that bound an event, how many case files to keep in memory for fast appends, the connection pool of the
 * store's own connections, how stale the in-memory ban list may get, and whether an embedded H2 file is compacted
 * on close.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StoreOptions {
    StoreOptions() {
        // only the generated implementation extends this class
    }

    /** @return the clock for screening without an explicit time and for the time of shares; default UTC */
    @Value.Default
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Returns the retention periods per policy edition (seed 003, "Data retention"); default: the default
     * {@link org.cocworkflow.core.edition.EditionSettings} for every edition.
     *
     * @return the retention policy
     */
    @Value.Default
    public RetentionPolicy retention() {
        return RetentionPolicy.defaults();
    }

    /**
     * Returns the limits an event must fit when written as JSON, and that apply again when it is read. An event
     * over them is refused with {@link StoreException.Reason#EVENT_TOO_LARGE}. Raise them if you must, never lower
     * them under stored events: what was stored under larger limits would no longer read.
     *
     * @return the limits; default {@link JsonLimits#defaults()} (4,000,000 characters per event, 200,000 per string)
     */
    @Value.Default
    public JsonLimits eventLimits() {
        return JsonLimits.defaults();
    }

    /** @return how many recently used case files to keep in memory, so appends need not re-read them; default 1,024 */
    @Value.Default
    public int cacheSize() {
        return 1_024;
    }

    /** @return the most connections the store opens itself ({@link Stores#embedded}, {@link Stores#connect}) */
    @Value.Default
    public int poolSize() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Returns how long the in-memory ban list is trusted before the store checks whether another process changed the
     * bans in the database. Changes made through this store are seen at once. {@link Duration#ZERO} checks on every
     * screening.
     *
     * @return the longest staleness; default 5 seconds
     */
    @Value.Default
    public Duration banListMaxAge() {
        return Duration.ofSeconds(5);
    }

    /**
     * Tells whether {@link Stores#embedded} compacts the H2 file when the database shuts down, so the bytes of
     * purged records do not linger in the file's free pages. The database shuts down when the last store open on it
     * closes, or, with stores still open, at JVM shutdown; it is compacted if the closing store (or, at JVM
     * shutdown, any store still open) has this option on.
     *
     * @return default true
     */
    @Value.Default
    public boolean compactOnClose() {
        return true;
    }

    @Value.Check
    void check() {
        if (cacheSize() < 0) {
            throw new IllegalArgumentException("cacheSize must not be negative");
        }
        if (poolSize() < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
        if (banListMaxAge().isNegative()) {
            throw new IllegalArgumentException("banListMaxAge must not be negative");
        }
    }

    /**
     * Returns the default options.
     *
     * @return the defaults
     */
    public static StoreOptions defaults() {
        return ImmutableStoreOptions.builder().build();
    }

    /**
     * Starts building options from the defaults.
     *
     * @return a builder
     */
    public static ImmutableStoreOptions.Builder builder() {
        return ImmutableStoreOptions.builder();
    }
}
