/**
 * Retention by outcome (seed 003, "Data retention": how long stored records are kept, and whether different types
 * of records are kept for different times; a lifetime ban needs its records for the lifetime of the organization).
 *
 * <p>The embedder records each closed case's {@link org.cocworkflow.core.retention.RetentionClass retention class}
 * (the rules tell it in {@code Advice.retention()}) with {@link org.cocworkflow.store.retention.Retention#classify};
 * {@link org.cocworkflow.store.retention.Retention#purge} then deletes what expired under the periods of the case's
 * edition ({@link org.cocworkflow.store.retention.RetentionPolicy}), keeps the minimum a ban needs while the ban
 * lasts, never touches a case under legal hold, and records that it ran and how much it purged, not what.
 */
@CocStyle
package org.cocworkflow.store.retention;

import org.cocworkflow.core.CocStyle;
