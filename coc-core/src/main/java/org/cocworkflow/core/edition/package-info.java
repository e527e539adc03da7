/**
 * Policy editions: a named, dated rule set. A case is judged under the edition in force when its incident
 * happened; changes apply to later cases (seed 003, "Evaluation": this year's rules for this year's cases).
 */
@CocStyle
package org.cocworkflow.core.edition;

import org.cocworkflow.core.CocStyle;
