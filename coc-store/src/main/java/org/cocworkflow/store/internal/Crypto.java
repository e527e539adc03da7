package org.cocworkflow.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.cocworkflow.store.crypto.DataKey;
import org.cocworkflow.store.crypto.DecryptionException;
import org.cocworkflow.store.crypto.KeyException;
import org.cocworkflow.store.crypto.KeyProvider;

/**
 * AES-256-GCM sealing of records. A sealed record is a format byte, a random 12-byte IV, and the ciphertext with its
 * 16-byte tag; the key id is stored beside it. The associated data binds a record to its place (purpose, case, sequence
 * number, key id), so a record moved to another row fails authentication.
 *
 * <p>Thread-safe: each thread reuses its own {@link Cipher}, re-initialized with a fresh IV for every record.
 */
final class Crypto {
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final byte FORMAT = 1;
    private static final int HEADER = 1 + IV_BYTES;

    /** A sealed record and the id of its key. */
    record Sealed(String keyId, byte[] bytes) {
    }

    private final KeyProvider keys;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(Crypto::newCipher);

    Crypto(KeyProvider keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    String currentKeyId() {
        return current().id();
    }

    private DataKey current() {
        DataKey key = keys.current();
        if (key == null) {
            throw new IllegalStateException("the key provider returned no current key");
        }
        return key;
    }

    /**
     * Seals a record under the current key.
     *
     * @param plaintext the record
     * @param purpose what the record is, e.g. {@code event}
     * @param caseId the case
     * @param position the record's position, e.g. the event's sequence number
     * @return the sealed record
     */
    Sealed seal(byte[] plaintext, String purpose, String caseId, long position) {
        DataKey key = current();
        byte[] out = new byte[HEADER + plaintext.length + TAG_BITS / 8];
        out[0] = FORMAT;
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        System.arraycopy(iv, 0, out, 1, IV_BYTES);
        Cipher cipher = ciphers.get();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(purpose, caseId, position, key.id()));
            cipher.doFinal(plaintext, 0, plaintext.length, out, HEADER);
        } catch (GeneralSecurityException e) {
            // AES-GCM with a 256-bit key is in every Java SE runtime; reaching this means a broken runtime or key.
            throw new IllegalStateException("AES-GCM encryption failed; check that the data key is a valid AES key", e);
        }
        return new Sealed(key.id(), out);
    }

    /**
     * Opens a sealed record.
     *
     * @param keyId the id stored with the record
     * @param sealed the sealed bytes
     * @param purpose what the record is
     * @param caseId the case
     * @param position the record's position
     * @param where the record, for messages, without case content
     * @return the plaintext
     * @throws KeyException if the key provider lacks the key
     * @throws DecryptionException if the record fails authentication
     */
    byte[] open(String keyId, byte[] sealed, String purpose, String caseId, long position, String where) {
        DataKey key = keys.find(keyId).orElseThrow(() -> new KeyException(keyId, where));
        if (sealed.length < HEADER + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new DecryptionException(where, keyId, null);
        }
        Cipher cipher = ciphers.get();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
            cipher.updateAAD(aad(purpose, caseId, position, keyId));
            return cipher.doFinal(sealed, HEADER, sealed.length - HEADER);
        } catch (AEADBadTagException e) {
            throw new DecryptionException(where, keyId, e);
        } catch (GeneralSecurityException e) {
            throw new DecryptionException(where, keyId, e);
        }
    }

    private static byte[] aad(String purpose, String caseId, long position, String keyId) {
        return ("coc-store/1\u0000" + purpose + "\u0000" + caseId + "\u0000" + position + "\u0000" + keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the runtime does not provide AES/GCM/NoPadding", e);
        }
    }
}
