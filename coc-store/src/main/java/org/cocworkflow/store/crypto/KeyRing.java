package org.cocworkflow.store.crypto;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link KeyProvider} over keys held in memory: one current key and any number of older ones that are still
 * needed to read records written before a rotation.
 *
 * <pre>{@code
 * KeyRing ring = KeyRing.of(DataKey.of("2027-01", secrets.read("coc-store-2027-01")));
 * // a year later: new records under the new key, old ones still readable
 * ring = ring.rotateTo(DataKey.of("2028-01", secrets.read("coc-store-2028-01")));
 * // after CaseStore.reencryptUnderCurrentKey() left no record under the old key:
 * ring = ring.retire("2027-01");
 * }</pre>
 *
 * <p>Immutable and thread-safe; rotation returns a new ring (open the store with it, or wrap a ring in an
 * {@link java.util.concurrent.atomic.AtomicReference}-backed provider of your own).
 */
public final class KeyRing implements KeyProvider {
    private final DataKey current;
    private final Map<String, DataKey> keys;

    private KeyRing(DataKey current, Map<String, DataKey> keys) {
        this.current = current;
        this.keys = keys;
    }

    /**
     * Creates a ring with a current key and older keys.
     *
     * @param current the key new records are encrypted under
     * @param older keys of records written before
     * @return the ring
     * @throws IllegalArgumentException if two keys share an id
     */
    public static KeyRing of(DataKey current, DataKey... older) {
        Objects.requireNonNull(current, "current");
        Map<String, DataKey> keys = new LinkedHashMap<>();
        keys.put(current.id(), current);
        for (DataKey key : older) {
            if (keys.putIfAbsent(key.id(), key) != null) {
                throw new IllegalArgumentException("two keys of a key ring share an id; give every key its own id");
            }
        }
        return new KeyRing(current, Collections.unmodifiableMap(keys));
    }

    /**
     * Returns a ring whose current key is a new one; this ring's keys stay readable.
     *
     * @param next the new current key
     * @return the new ring
     * @throws IllegalArgumentException if the ring already has a key with the new key's id
     */
    public KeyRing rotateTo(DataKey next) {
        Objects.requireNonNull(next, "next");
        if (keys.containsKey(next.id())) {
            throw new IllegalArgumentException("the key ring already has a key with this id; give the new key a "
                    + "new id");
        }
        Map<String, DataKey> all = new LinkedHashMap<>();
        all.put(next.id(), next);
        all.putAll(keys);
        return new KeyRing(next, Collections.unmodifiableMap(all));
    }

    /**
     * Returns a ring without an old key, once no record is encrypted under it any more.
     *
     * @param keyId the old key's id
     * @return the new ring
     * @throws IllegalArgumentException if the key is the current one
     */
    public KeyRing retire(String keyId) {
        if (current.id().equals(keyId)) {
            throw new IllegalArgumentException("the current key cannot be retired; rotate to a new key first");
        }
        Map<String, DataKey> rest = new LinkedHashMap<>(keys);
        rest.remove(keyId);
        return new KeyRing(current, Collections.unmodifiableMap(rest));
    }

    /**
     * Returns the ids of the keys in the ring, the current one first.
     *
     * @return the ids
     */
    public Set<String> ids() {
        return keys.keySet();
    }

    @Override
    public DataKey current() {
        return current;
    }

    @Override
    public Optional<DataKey> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public String toString() {
        return "KeyRing" + keys.keySet() + "(current " + current.id() + ")";
    }
}
