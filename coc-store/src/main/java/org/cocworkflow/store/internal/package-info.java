/**
 * The store's implementation over JDBC: schema migrations, AES-GCM sealing, the hash chain, the event codec, the
 * in-memory ban index and the SQL of each operation. Not API: public only so that
 * {@link org.cocworkflow.store.Stores} can reach it; it may change in any release.
 */
@CocStyle
package org.cocworkflow.store.internal;

import org.cocworkflow.core.CocStyle;
