package org.cocworkflow.store;

import java.io.Serial;
import org.cocworkflow.core.CocException;

/**
 * The database's schema was written by a newer version of the library than this one, so this version refuses to
 * open it rather than misread or damage it. Upgrade the library; never downgrade the library under a database.
 */
public final class SchemaVersionException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int found;
    private final int supported;

    /**
     * Creates the exception.
     *
     * @param found the schema version found in the database
     * @param supported the newest schema version this library knows
     */
    public SchemaVersionException(int found, int supported) {
        super("the database's schema is at version " + found + " but this version of coc-store knows versions up to "
                + supported + "; upgrade coc-store to the version that wrote the database (the database was not "
                + "changed)");
        this.found = found;
        this.supported = supported;
    }

    /**
     * Returns the schema version found in the database.
     *
     * @return the version
     */
    public int found() {
        return found;
    }

    /**
     * Returns the newest schema version this library knows.
     *
     * @return the version
     */
    public int supported() {
        return supported;
    }
}
