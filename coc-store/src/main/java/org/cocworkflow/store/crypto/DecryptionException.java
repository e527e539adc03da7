package org.cocworkflow.store.crypto;

import java.io.Serial;
import org.cocworkflow.core.CocException;

/**
 * A record failed AES-GCM authentication: the key with its id is not the key it was written with (a wrong key
 * under a reused id), or the stored bytes were changed or damaged. Nothing was read or changed; the stored record is
 * left as it is so that it can be read with the right key or restored from a backup.
 */
public final class DecryptionException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param where which record, without case content
     * @param keyId the id of the key that was tried
     * @param cause the cipher's failure
     */
    public DecryptionException(String where, String keyId, Throwable cause) {
        super(where + " could not be decrypted with key \"" + keyId + "\": either the key provider holds a different "
                + "key under this id, or the stored bytes were changed or damaged; check the key, then run "
                + "verify(caseId) and restore the case from a backup if it was damaged (nothing was changed)", cause);
    }
}
