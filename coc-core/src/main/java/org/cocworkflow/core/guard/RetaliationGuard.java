package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.response.Gravity;

/**
 * Retaliation against someone who reported or witnessed is its own violation and weighs more (seed 002): a
 * retaliation case is linked to the case it retaliates for before it is decided, and its gravity is never the
 * lowest rung.
 */
final class RetaliationGuard implements GuardCheck {
    private static final Guard GUARD = Guard.RETALIATION;

    @Override
    public void check(Situation s, Findings findings) {
        if (s.kind() != ActionKind.ASSESS_GRAVITY && s.kind() != ActionKind.RECORD_DECISION) {
            return;
        }
        CaseState state = s.state();
        boolean retaliation = state.report().circumstances().contains(Circumstance.RETALIATION)
                || state.links().stream().anyMatch(l -> l.kind() == LinkKind.RETALIATION_FOR);
        if (!retaliation) {
            return;
        }
        if (s.kind() == ActionKind.ASSESS_GRAVITY
                && ((Action.AssessGravity) s.action()).gravity() == Gravity.CORRECTION) {
            findings.refuse(GUARD, "assess retaliation against a reporter or witness above a private correction "
                    + "(a warning or heavier)");
        } else if (s.kind() == ActionKind.RECORD_DECISION
                && state.links().stream().noneMatch(l -> l.kind() == LinkKind.RETALIATION_FOR)) {
            findings.refuse(GUARD, "link this case to the case it retaliates for (link_case with retaliation_for) "
                    + "before deciding it, so the two are judged together");
        }
    }
}
