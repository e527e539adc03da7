package org.cocworkflow.core.guard;

import java.util.ArrayList;
import java.util.List;

/** What the guards found about one action. */
final class Findings {
    /** Most actions pass every guard without a flag; they share one verdict instead of building their own. */
    private static final Verdict CLEAR = ImmutableAllowed.builder().build();

    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();

    void refuse(Guard guard, String reason) {
        refusals.add(Refusal.of(guard, reason));
    }

    void refuseForConsent(String reason, ConsentNeed need) {
        refusals.add(Refusal.forConsent(reason, need));
    }

    void flag(Flag.Kind kind, Guard guard, String note) {
        flags.add(Flag.of(kind, guard, note));
    }

    Verdict verdict() {
        if (!refusals.isEmpty()) {
            return ImmutableRefused.builder().addAllRefusals(refusals).build();
        }
        if (flags.isEmpty()) {
            return CLEAR;
        }
        return ImmutableAllowed.builder().addAllFlags(flags).build();
    }
}
