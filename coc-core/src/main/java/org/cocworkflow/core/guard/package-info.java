/**
 * The guards: the things organizers must never do (seed 003, "Things not to do" and the sections around it),
 * checked in plain Java against every action, whoever or whatever proposes it.
 *
 * <p>{@link org.cocworkflow.core.guard.Guards#check} answers
 * {@link org.cocworkflow.core.guard.Verdict.Allowed allowed} (possibly with {@link org.cocworkflow.core.guard.Flag
 * flags} a person should look at) or {@link org.cocworkflow.core.guard.Verdict.Refused refused}, naming the
 * {@link org.cocworkflow.core.guard.Guard guard}, a reason a person can act on and the procedure section it cites.
 * The set of guards is fixed: it cannot be configured or switched off.
 */
@CocStyle
package org.cocworkflow.core.guard;

import org.cocworkflow.core.CocStyle;
