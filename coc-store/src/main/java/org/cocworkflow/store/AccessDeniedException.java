package org.cocworkflow.store;

import java.io.Serial;
import org.cocworkflow.core.CocException;

/**
 * A read was refused because the person asking may not see what they asked for: the raw case file goes only to a
 * member of the case's response team without a conflict of interest (seed 003, "Meeting": people with a conflict
 * of interest are excluded; "Things not to do": details are not shared outside the response group). Everyone else
 * reads a role view.
 */
public final class AccessDeniedException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and what to use instead, without case content
     */
    public AccessDeniedException(String message) {
        super(message);
    }
}
