package org.cocworkflow.store;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One thing {@link CaseStore#verify} found wrong with a stored case: which check failed and at which event. Holds
 * no case content. Immutable and thread-safe.
 */
@Value.Immutable
public interface IntegrityProblem {
    /** What kind of damage or tampering was found. */
    enum Kind {
        /** An event is missing: a gap in the sequence numbers, or fewer events than the case's version. */
        MISSING_EVENT,
        /** There are more events than the case's version, or an event has a sequence number out of place. */
        UNEXPECTED_EVENT,
        /** An event's hash does not follow from the previous one: it was edited, replaced or moved. */
        CHAIN_MISMATCH,
        /** The hash at the end of the chain is not the one recorded for the case: events were cut or swapped. */
        HEAD_MISMATCH,
        /** An event is encrypted under a key the key provider does not have. */
        KEY_MISSING,
        /** An event fails decryption: wrong key or damaged bytes. */
        UNREADABLE,
        /** The events decrypt but do not form a possible case file. */
        IMPOSSIBLE,
        /** The events form a possible case file, but one of them records an action the guards refuse at its moment. */
        REFUSED_BY_GUARDS,
        /** The indexes kept beside the events (status, accused keys, bans) disagree with the events. */
        INDEX_MISMATCH
    }

    /** @return what kind of problem */
    @Value.Parameter
    Kind kind();

    /** @return the sequence number of the event concerned, where there is one */
    @Value.Parameter
    OptionalLong sequence();

    /**
     * Creates a problem at an event.
     *
     * @param kind what kind
     * @param sequence the event's sequence number
     * @return the problem
     */
    static IntegrityProblem at(Kind kind, long sequence) {
        return ImmutableIntegrityProblem.of(kind, OptionalLong.of(sequence));
    }

    /**
     * Creates a problem of the case as a whole.
     *
     * @param kind what kind
     * @return the problem
     */
    static IntegrityProblem ofCase(Kind kind) {
        return ImmutableIntegrityProblem.of(kind, OptionalLong.empty());
    }
}
