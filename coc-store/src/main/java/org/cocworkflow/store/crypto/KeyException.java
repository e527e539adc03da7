package org.cocworkflow.store.crypto;

import java.io.Serial;
import org.cocworkflow.core.CocException;

/**
 * A record is encrypted under a key the {@link KeyProvider} does not have. Nothing was read or changed; give the
 * store a provider that still holds the key (retire a key only after {@code reencryptUnderCurrentKey()} moved every
 * record off it).
 */
public final class KeyException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String keyId;

    /**
     * Creates the exception.
     *
     * @param keyId the id of the missing key
     * @param where which record, without case content
     */
    public KeyException(String keyId, String where) {
        super(where + " is encrypted under key \"" + keyId + "\", which the key provider does not have; open the "
                + "store with a key provider that holds it (nothing was read or changed)");
        this.keyId = keyId;
    }

    /**
     * Returns the id of the missing key.
     *
     * @return the key id
     */
    public String keyId() {
        return keyId;
    }
}
