/**
 * Retention of case records (seed 003, "Data retention"): what is kept, and for how long, depends on how a case
 * ended. The rules decide a case's retention class; the store keeps and purges accordingly.
 */
@CocStyle
package org.cocworkflow.core.retention;

import org.cocworkflow.core.CocStyle;
