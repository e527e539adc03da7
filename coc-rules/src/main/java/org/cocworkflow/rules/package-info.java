/**
 * The rules: an {@link org.cocworkflow.rules.Advisor} reads a case and suggests what the organizers should do
 * next, following the procedure of seed 003 as written in the DRL files of a policy edition. Every suggestion has
 * passed the guards of coc-core before it leaves; a suggestion a guard refuses comes back as a
 * {@link org.cocworkflow.rules.RuleDefect rule defect} instead (invariant I11).
 *
 * <p>This module has no {@code module-info}: Drools 10 is not built for the module path (its jars are automatic
 * modules with split packages), so coc-rules runs on the class path. Its public signatures use coc-core types and
 * its own; no Drools type appears in them.
 */
@CocStyle
package org.cocworkflow.rules;

import org.cocworkflow.core.CocStyle;
