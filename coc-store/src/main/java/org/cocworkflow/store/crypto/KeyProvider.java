package org.cocworkflow.store.crypto;

import java.util.Optional;

/**
 * Where the store gets its encryption keys: the embedder's secrets manager, key file or HSM (seed 003, "Data
 * retention": who has access, and how access is controlled). The database holds only key ids, never keys, so a
 * copy of the database without the keys reveals no names, contacts, identifiers or free text.
 *
 * <p>Rotation: make a new key {@link #current() current}; records written earlier stay readable as long as
 * {@link #find(String)} still returns their key, and {@code CaseStore.reencryptUnderCurrentKey()} moves them to the
 * current key so the old one can be retired.
 *
 * <p>Implementations must be thread-safe; the store calls them from every thread that reads or writes.
 */
public interface KeyProvider {
    /**
     * Returns the key that new records are encrypted under.
     *
     * @return the current key
     */
    DataKey current();

    /**
     * Returns a key by its id, to read a record written under it.
     *
     * @param keyId the id stored with the record
     * @return the key, or empty if this provider does not have it (the store then throws {@link KeyException})
     */
    Optional<DataKey> find(String keyId);
}
