/**
 * Policy editions: a named, dated set of DRL files and settings. A case is advised under its own edition, the one
 * in force when its incident happened (seed 003, "Evaluation": this year's rules for this year's cases). The
 * shipped edition comes with the library; an author's edition is a directory that adds or overrides files of it,
 * checked with every error's file and line.
 */
@CocStyle
package org.cocworkflow.rules.edition;

import org.cocworkflow.core.CocStyle;
