/**
 * Encryption at rest (seed 003, "Data retention": how records are stored and who has access to them). Every event
 * of a case, and every summary the store keeps of a case, is encrypted with AES-256-GCM under a key the embedder
 * supplies through a {@link org.cocworkflow.store.crypto.KeyProvider}; the key's id is stored with each record, so
 * keys can rotate while old records stay readable until they are re-encrypted.
 *
 * <p>{@link org.cocworkflow.store.crypto.KeyRing} is a ready-made provider for keys the embedder holds in memory
 * (loaded from a secrets manager, a key file outside the database directory, or an HSM-wrapped blob).
 */
@CocStyle
package org.cocworkflow.store.crypto;

import org.cocworkflow.core.CocStyle;
