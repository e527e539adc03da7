/**
 * The organization's memory across cases (seed 003, "Record Keeping": a complaint about someone with an earlier
 * record is handled with that record in mind): earlier cases and bans in force, found by identity key only, never
 * by a raw name or address. A {@link org.cocworkflow.core.history.CaseHistory} is what the advisor reads and what
 * the store implements; both modules meet here, in the domain, and never depend on each other.
 */
@CocStyle
package org.cocworkflow.core.history;

import org.cocworkflow.core.CocStyle;
