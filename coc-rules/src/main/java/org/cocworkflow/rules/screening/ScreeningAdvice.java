package org.cocworkflow.rules.screening;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the rules suggest for a screened registration. The reason is for the organizers; what the registrant is
 * told never mentions a ban or a case.
 */
@Value.Immutable
public interface ScreeningAdvice {
    /** @return what to do */
    Recommendation recommendation();

    /** @return why, for the organizers */
    String reason();

    /** @return the rule that decided */
    String rule();

    /** @return the procedure section it follows */
    String citation();

    /** @return every rule that fired, in firing order */
    List<String> rulesFired();
}
