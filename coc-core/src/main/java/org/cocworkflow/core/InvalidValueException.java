package org.cocworkflow.core;

import java.io.Serial;

/**
 * A domain value was built in a shape the procedure cannot hold: a report that names nobody as accused, two
 * parties with the same id, a sanction given a duration it cannot have.
 *
 * <p>Thrown by the values' structural checks. The message names the attribute and the rule it breaks, never the
 * value.
 */
public final class InvalidValueException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the broken structural rule, without any value
     */
    public InvalidValueException(String message) {
        super(message);
    }
}
