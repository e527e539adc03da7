/**
 * The sanctions catalogue: every sanction of seed 003 ("Possible sanctions") and the online and in-person actions
 * of seed 004 ("Example Actions to Request"), each with its scope, its kind of duration and its precondition.
 *
 * <p>A sanction whose precondition fails or whose space does not fit is never imposed (invariant I7): the catalogue
 * answers {@link org.cocworkflow.core.sanction.Sanction#isApplicable(SanctionFacts) whether a sanction applies} to
 * the facts of a case.
 */
@CocStyle
package org.cocworkflow.core.sanction;

import org.cocworkflow.core.CocStyle;
