package org.cocworkflow.rules;

import org.cocworkflow.core.guard.Guard;
import org.immutables.value.Value;

/**
 * A suggestion a rule made that a guard refused: evidence of a defect in the loaded DRL (invariant I11). It is never
 * offered as advice; it names the rule, the action type, the guard and its reason, and no case content.
 */
@Value.Immutable
public interface RuleDefect {
    /** @return the rule that made the suggestion */
    String rule();

    /** @return the suggested action's type, e.g. {@code send_message} */
    String actionType();

    /** @return the guard that refused it */
    Guard guard();

    /** @return the guard's reason */
    String reason();
}
