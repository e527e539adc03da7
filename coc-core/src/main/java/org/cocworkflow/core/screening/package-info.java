/**
 * Registration screening (seed 003, "Data retention": at what point in registration someone checks against the
 * records of banned attendees). A {@link org.cocworkflow.core.screening.Screening} says what a check of one
 * registration against the ban list found: coc-store's ban list produces it, the advisor's rules in coc-rules say
 * what to do about it. A match on an e-mail address or handle is a ban; a match on a name alone is only a flag for a
 * person to review. Nothing about a ban ever reaches the registrant.
 */
@CocStyle
package org.cocworkflow.core.screening;

import org.cocworkflow.core.CocStyle;
