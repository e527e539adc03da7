package org.cocworkflow.core.guard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.party.PartyId;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that checks every case file a test built through the guards: after each test, each one must
 * keep the invariants ({@link InvariantChecker}), as Caffeine validates its caches after every test.
 */
public final class GuardedCases implements AfterEachCallback {
    private static final ThreadLocal<List<CaseFile>> BUILT = ThreadLocal.withInitial(ArrayList::new);

    /**
     * Applies an action through the guards and remembers the resulting case file for checking.
     *
     * @param file the case
     * @param action the action
     * @param by who takes it
     * @param at when
     * @return the result of {@link Guards#apply}
     */
    public static Applied apply(CaseFile file, Action action, PartyId by, Instant at) {
        Applied applied = Guards.apply(file, action, by, at);
        BUILT.get().add(applied.file());
        return applied;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<CaseFile> files = new ArrayList<>(BUILT.get());
        BUILT.get().clear();
        for (CaseFile file : files) {
            InvariantChecker.assertHolds(file);
        }
    }
}
