package org.cocworkflow.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A travel grant or similar support a person received. A refund can be required only when the grant was
 * conditional on conduct when it was awarded (seed 003, "Possible sanctions").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTravelGrant.class)
@JsonDeserialize(as = ImmutableTravelGrant.class)
public interface TravelGrant {
    /**
     * Tells whether the grant's terms, when awarded, made it conditional on following the Code of Conduct.
     *
     * @return true if a refund can be required for a violation
     */
    boolean conditionalOnConduct();

    /**
     * Creates a grant record.
     *
     * @param conditionalOnConduct whether the grant was conditional on conduct when awarded
     * @return the grant
     */
    static TravelGrant of(boolean conditionalOnConduct) {
        return ImmutableTravelGrant.builder().conditionalOnConduct(conditionalOnConduct).build();
    }
}
