package org.cocworkflow.core.internal;

import org.cocworkflow.core.InvalidValueException;

/** Structural checks of values; messages are fixed text and never include the checked value. */
public final class Require {
    private Require() {
    }

    /**
     * Throws {@link InvalidValueException} with {@code message} unless {@code condition} holds.
     *
     * @param condition the structural rule
     * @param message the rule in words, without any value
     */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new InvalidValueException(message);
        }
    }

    /**
     * Checks that a piece of text is not blank.
     *
     * @param text the text
     * @param attribute the attribute's name, used in the message
     */
    public static void notBlank(String text, String attribute) {
        that(!text.isBlank(), attribute + " must not be blank");
    }
}
