package org.cocworkflow.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * An action a rule proposed that waits for someone's consent (seed 003, "Things not to do": no details without
 * specific permission from the victim; issue 15: wherever an action needs someone's consent, the advice asks for it
 * instead of leaving a refused action). The guards refused the action for missing consent of one recipient class
 * and for nothing else; the advice suggests asking each holder who was not asked yet
 * ({@code send_message} with {@code ASK_CONSENT_TO_SHARE} about {@link #recipient()}) and lists the action here, so
 * that an application can show "this waits for the victim's consent". Once the consent is recorded, the rule's
 * action comes as a suggestion like any other; if a holder answers no ({@code revoke_consent} after the question),
 * it is no longer listed.
 *
 * <p>The action is not advice: it must not be taken while it waits, and the guards would refuse it. It holds the
 * library's constants, party ids (positions in the case, never names) and the action as a rule built it; its
 * free-text attributes print as {@code [redacted]}. Immutable and thread-safe.
 */
@Value.Immutable
public interface WaitingForConsent {
    /** @return the action the rule proposed, which the guards refuse until the consent is in force */
    Action action();

    /** @return the recipient class the consent is for */
    RecipientClass recipient();

    /** @return whose consent is missing, in id order; each was asked, or the advice suggests asking them */
    List<PartyId> holders();

    /** @return those of {@link #holders()} the case file shows were asked already and have not answered yes */
    List<PartyId> asked();

    /** @return the rule that proposed the action */
    String rule();

    /** @return why the rule proposed it, in the library's words */
    String reason();

    /** @return the procedure section the rule follows */
    String citation();

    /** @return how soon the rule would have the action taken */
    Priority priority();

    /** @return by when, if the rule set a time */
    Optional<Instant> deadline();
}
