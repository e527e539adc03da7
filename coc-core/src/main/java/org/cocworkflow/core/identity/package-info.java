/**
 * Identity keys: keyed hashes (HMAC-SHA256 under the organization's secret) of normalized e-mail addresses, online
 * handles and names, so that repeat reports and bans can be matched without storing raw identifiers (seed 003,
 * "Data retention": offenses from past events reach the staff of future events).
 *
 * <p>{@link org.cocworkflow.core.identity.Normalization} defines how identifiers are normalized before hashing;
 * {@link org.cocworkflow.core.identity.IdentityKeys} computes the keys.
 */
@CocStyle
package org.cocworkflow.core.identity;

import org.cocworkflow.core.CocStyle;
