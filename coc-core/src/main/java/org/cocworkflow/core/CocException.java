package org.cocworkflow.core;

import java.io.Serial;

/**
 * The root of the library's own exceptions.
 *
 * <p>Every message says what went wrong and what to fix, and never contains case content: no names, contacts,
 * identifiers, descriptions or other free text of a report or case. Where a message has to point at something it
 * uses positions (a JSON path, an event's sequence number, an attribute name) instead of values.
 *
 * <p>Plain misuse of the API (a negative limit, a missing argument) gets the JDK's
 * {@link IllegalArgumentException} or {@link IllegalStateException} instead.
 */
public abstract class CocException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that contains no case content.
     *
     * @param message what went wrong and what to fix
     */
    protected CocException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message that contains no case content and its cause.
     *
     * @param message what went wrong and what to fix
     * @param cause the underlying failure; its own message must not be shown to people either
     */
    protected CocException(String message, Throwable cause) {
        super(message, cause);
    }
}
