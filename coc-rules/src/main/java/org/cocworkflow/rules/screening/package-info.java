/**
 * What the rules advise about a screened registration (seed 003, "Data retention": at what point in registration
 * someone checks against the records of banned attendees). The {@link org.cocworkflow.core.screening.Screening}
 * itself, what a check of a registration against the ban list found, is a coc-core type that coc-store produces;
 * {@code Advisor.screen} turns it into a {@link org.cocworkflow.rules.screening.ScreeningAdvice}. A match on an
 * e-mail address or handle is a ban; a match on a name alone is only a flag for a person to review. Nothing about a
 * ban ever reaches the registrant.
 */
@CocStyle
package org.cocworkflow.rules.screening;

import org.cocworkflow.core.CocStyle;
