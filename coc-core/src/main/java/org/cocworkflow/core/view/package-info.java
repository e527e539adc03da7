/**
 * Role views of a case: what a handler, a response-team member, a conflicted member, the global organization, the
 * accused and the community may see, computed from the consent in force and the role, never by the caller
 * (DESIGN, "The flow of one case"; invariants I1, I5, I6, I8).
 */
@CocStyle
package org.cocworkflow.core.view;

import org.cocworkflow.core.CocStyle;
