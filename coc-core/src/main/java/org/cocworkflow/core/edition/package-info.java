/**
 * Policy editions: a named, dated rule set. A case is judged under the edition in force when its incident
 * happened; changes apply to later cases (seed 003, "Evaluation": this year's rules for this year's cases). This
 * package holds what is plain data of an edition: its {@link org.cocworkflow.core.edition.PolicyEditionId id} and
 * its {@link org.cocworkflow.core.edition.EditionSettings numbers} (deadlines, ban length, retention periods). The
 * rules of an edition live in coc-rules.
 */
@CocStyle
package org.cocworkflow.core.edition;

import org.cocworkflow.core.CocStyle;
