/**
 * The case file: an append-only log of typed events from which the state of a case is derived by a pure fold
 * (seed 003, "Record Keeping": anything done in relation to the incident is documented).
 */
@CocStyle
package org.cocworkflow.core.casefile;

import org.cocworkflow.core.CocStyle;
