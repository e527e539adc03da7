package org.cocworkflow.core.identity;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The organization's secret for identity keys. Whoever holds it can test whether a given identifier is on the ban
 * list; keep it out of the database that holds the keys.
 *
 * <p>At least 32 bytes (256 bits), as HMAC-SHA256 gains nothing from more and loses strength with less.
 * {@code toString()} never shows the bytes. Immutable and thread-safe.
 */
public final class OrganizationSecret {
    /** The smallest secret accepted, in bytes. */
    public static final int MINIMUM_BYTES = 32;

    private final byte[] bytes;

    private OrganizationSecret(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps secret bytes; the array is copied.
     *
     * @param bytes at least {@value #MINIMUM_BYTES} random bytes
     * @return the secret
     * @throws IllegalArgumentException if there are fewer than {@value #MINIMUM_BYTES} bytes
     */
    public static OrganizationSecret of(byte[] bytes) {
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("an organization secret must have at least " + MINIMUM_BYTES
                    + " bytes; generate it with a secure random source");
        }
        return new OrganizationSecret(bytes.clone());
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganizationSecret secret && MessageDigest.isEqual(bytes, secret.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "OrganizationSecret[redacted]";
    }
}
