package org.cocworkflow.core.action;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * The votes of a response meeting on its decision (seed 003, "Meeting"): each decider in favour, against or
 * abstaining, once. An abstention counts as present and not in favour. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVotes.class)
@JsonDeserialize(as = ImmutableVotes.class)
public interface Votes {
    /** @return the deciders in favour, in id order */
    @Value.NaturalOrder
    SortedSet<PartyId> inFavour();

    /** @return the deciders against, in id order */
    @Value.NaturalOrder
    SortedSet<PartyId> against();

    /** @return the deciders who abstained, in id order */
    @Value.NaturalOrder
    SortedSet<PartyId> abstaining();

    /**
     * Returns every decider who voted.
     *
     * @return the deciders, in id order
     */
    default SortedSet<PartyId> all() {
        SortedSet<PartyId> all = new TreeSet<>(inFavour());
        all.addAll(against());
        all.addAll(abstaining());
        return all;
    }

    @Value.Check
    default void check() {
        Require.that(all().size() == inFavour().size() + against().size() + abstaining().size(),
                "each decider votes once: in favour, against or abstaining");
    }

    /**
     * Creates the votes.
     *
     * @param inFavour the deciders in favour
     * @param against the deciders against
     * @param abstaining the deciders who abstained
     * @return the votes
     */
    static Votes of(Set<PartyId> inFavour, Set<PartyId> against, Set<PartyId> abstaining) {
        return ImmutableVotes.builder().addAllInFavour(inFavour).addAllAgainst(against).addAllAbstaining(abstaining)
                .build();
    }
}
