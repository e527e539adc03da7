package org.cocworkflow.core.guard;

import java.util.ArrayList;
import java.util.List;

/** What the guards found about one action. */
final class Findings {
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();

    void refuse(Guard guard, String reason) {
        refusals.add(Refusal.of(guard, reason));
    }

    void flag(Flag.Kind kind, Guard guard, String note) {
        flags.add(Flag.of(kind, guard, note));
    }

    Verdict verdict() {
        if (!refusals.isEmpty()) {
            return ImmutableRefused.builder().addAllRefusals(refusals).build();
        }
        return ImmutableAllowed.builder().addAllFlags(flags).build();
    }
}
