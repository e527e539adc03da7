package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.Set;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.immutables.value.Value;

/**
 * Information that left the response team, as recorded on the case (invariant I1). A disclosure to a safety
 * service without consent, while a threat to physical safety was present, is marked as made under the safety
 * exception, so the exception is on the record.
 */
@Value.Immutable
public interface Disclosure {
    /** @return the sequence number of the event */
    long sequence();

    /** @return when it happened */
    Instant at();

    /** @return who received it */
    RecipientClass recipient();

    /** @return what was shared beyond the fact of a case (and, for announcements, its nature) */
    Set<DisclosureItem> items();

    /** @return which action shared it */
    DisclosureChannel channel();

    /** @return true if shared with a safety service without consent because of a present threat */
    boolean underSafetyException();
}
