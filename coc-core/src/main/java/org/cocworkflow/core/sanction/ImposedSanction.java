package org.cocworkflow.core.sanction;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.PartyId;
import org.immutables.value.Value;

/**
 * A sanction decided for one accused party, with its end date where the sanction takes one.
 *
 * <p>Only sanctions of {@link SanctionDuration#FIXED_OR_INDEFINITE} take an end date; without one they are
 * indefinite.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImposedSanction.class)
@JsonDeserialize(as = ImmutableImposedSanction.class)
public interface ImposedSanction {
    /**
     * Returns the sanction.
     *
     * @return the catalogue entry
     */
    Sanction sanction();

    /**
     * Returns the accused party the sanction is imposed on.
     *
     * @return the party
     */
    PartyId on();

    /**
     * Returns when the sanction ends.
     *
     * @return the end, for fixed-term sanctions; empty means indefinite or not applicable
     */
    Optional<Instant> until();

    @Value.Check
    default void check() {
        Require.that(until().isEmpty() || sanction().duration() == SanctionDuration.FIXED_OR_INDEFINITE,
                "only sanctions for a time or indefinitely take an end date");
    }

    /**
     * Imposes a sanction without an end date.
     *
     * @param sanction the sanction
     * @param on the accused party
     * @return the imposed sanction
     */
    static ImposedSanction of(Sanction sanction, PartyId on) {
        return ImmutableImposedSanction.builder().sanction(sanction).on(on).build();
    }

    /**
     * Imposes a sanction until a date.
     *
     * @param sanction a sanction for a time or indefinitely
     * @param on the accused party
     * @param until when it ends
     * @return the imposed sanction
     */
    static ImposedSanction until(Sanction sanction, PartyId on, Instant until) {
        return ImmutableImposedSanction.builder().sanction(sanction).on(on).until(until).build();
    }
}
