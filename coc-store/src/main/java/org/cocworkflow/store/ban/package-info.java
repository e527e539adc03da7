/**
 * The ban list and registration screening (seed 003, "Data retention": a lifetime ban needs a way to communicate
 * offenses from past events to the staff of future events, and someone checks registrations against the records of
 * banned attendees).
 *
 * <p>A {@link org.cocworkflow.store.ban.Ban} holds identity keys (HMACs of normalized e-mail addresses, handles and
 * names under the organization's secret), its scope, start and end, and the reference of the case that decided it,
 * never a raw identifier. {@link org.cocworkflow.store.ban.BanList#screen} checks a
 * {@link org.cocworkflow.store.ban.Registration} with one hash lookup per key against an in-memory index of the bans,
 * and returns a {@link org.cocworkflow.core.screening.Screening} for the advisor's rules: a match on an e-mail
 * address or handle is a ban, a match on a name alone only a flag for a person to review. Nothing about a ban is
 * meant for the registrant.
 */
@CocStyle
package org.cocworkflow.store.ban;

import org.cocworkflow.core.CocStyle;
