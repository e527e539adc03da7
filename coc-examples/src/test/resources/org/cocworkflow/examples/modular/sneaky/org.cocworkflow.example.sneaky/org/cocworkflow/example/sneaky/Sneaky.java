package org.cocworkflow.example.sneaky;

import org.cocworkflow.core.internal.Require;
import org.cocworkflow.rules.internal.EditionCompiler;
import org.cocworkflow.store.internal.JdbcCaseStore;

/** Names one internal class of each library; none of their packages is exported, so this must not compile. */
public final class Sneaky {
    private Sneaky() {
    }

    /**
     * Names the internal classes.
     *
     * @return their names
     */
    public static String names() {
        Require.that(true, "always");
        return EditionCompiler.class.getName() + JdbcCaseStore.class.getName();
    }
}
