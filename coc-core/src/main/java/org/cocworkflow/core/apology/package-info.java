/**
 * The apology policy (seed 003, "Don't require or encourage apologies"): an apology is never required or
 * encouraged, an offered one is discouraged, a relayed one is brief and asks for no response, and pressing one on
 * the victim after being discouraged is a new incident of continued harassment.
 */
@CocStyle
package org.cocworkflow.core.apology;

import org.cocworkflow.core.CocStyle;
