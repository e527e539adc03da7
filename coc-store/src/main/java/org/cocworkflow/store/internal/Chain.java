package org.cocworkflow.store.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain of a case's events: each link is SHA-256 over the previous link, the case id, the sequence number,
 * the key id and the stored (encrypted) event. The first event's previous link is 32 zero bytes; the case row keeps
 * the last link, its head. Editing, removing, inserting or reordering stored events breaks the chain.
 *
 * <p>The chain covers the ciphertext, so nothing derived from the plaintext is stored in the clear; re-encryption
 * under a new key re-computes it after checking the old chain.
 */
final class Chain {
    static final int BYTES = 32;
    static final byte[] START = new byte[BYTES];
    private static final byte[] DOMAIN = "coc-chain/1".getBytes(StandardCharsets.UTF_8);
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Chain::newDigest);

    private Chain() {
    }

    static byte[] link(byte[] previous, String caseId, long sequence, String keyId, byte[] payload) {
        MessageDigest digest = DIGESTS.get();
        digest.reset();
        digest.update(DOMAIN);
        digest.update(previous);
        digest.update(caseId.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        digest.update(keyId.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(payload.length).array());
        digest.update(payload);
        return digest.digest();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the runtime does not provide SHA-256", e);
        }
    }
}
