/**
 * The victim's consent to sharing, per recipient class (seed 003, "Things not to do": do not share details of the
 * people involved or the incident without specific permission from the victim).
 *
 * <p>No grant means no disclosure. Grants and revocations are recorded as case events; the
 * {@link org.cocworkflow.core.consent.ConsentLedger ledger} derived from them says what is in force.
 */
@CocStyle
package org.cocworkflow.core.consent;

import org.cocworkflow.core.CocStyle;
