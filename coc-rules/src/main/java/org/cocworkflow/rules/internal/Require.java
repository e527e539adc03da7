package org.cocworkflow.rules.internal;

import org.cocworkflow.core.InvalidValueException;

/**
 * The structural checks of coc-rules' values. coc-core keeps its own in a package it does not export, so this module
 * has its own: on the module path nothing outside coc-core may reach coc-core's internals. Messages are fixed text
 * and never include the checked value.
 */
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
}
