package org.cocworkflow.store.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key with the id under which the store records which key encrypted a record.
 *
 * <p>The id is stored in the database in the clear; it must not carry anything secret. {@code toString()} shows
 * the id only. Immutable and thread-safe.
 */
public final class DataKey {
    /** The length of a key, in bytes: AES-256. */
    public static final int KEY_BYTES = 32;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final SecretKey key;

    private DataKey(String id, SecretKey key) {
        this.id = id;
        this.key = key;
    }

    /**
     * Wraps key bytes; the array is copied.
     *
     * @param id 1 to 64 letters, digits or {@code . _ : -}, e.g. {@code "2027-01"}
     * @param keyBytes exactly {@value #KEY_BYTES} random bytes
     * @return the key
     * @throws IllegalArgumentException if the id has another shape or the key is not {@value #KEY_BYTES} bytes
     */
    public static DataKey of(String id, byte[] keyBytes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keyBytes, "keyBytes");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a key id must be 1 to 64 letters, digits or . _ : -, starting with a "
                    + "letter or digit");
        }
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("a data key must be exactly " + KEY_BYTES + " bytes (AES-256); "
                    + "generate it with a secure random source");
        }
        return new DataKey(id, new SecretKeySpec(keyBytes.clone(), "AES"));
    }

    /**
     * Generates a new random key, for tests, demos and the first key of a new deployment.
     *
     * @param id the key's id
     * @return the key
     */
    public static DataKey generate(String id) {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return of(id, bytes);
    }

    /**
     * Returns the key's id, stored with every record encrypted under it.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the AES key.
     *
     * @return the secret key
     */
    public SecretKey secretKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey that && id.equals(that.id)
                && MessageDigest.isEqual(key.getEncoded(), that.key.getEncoded());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "DataKey[" + id + ", redacted]";
    }
}
