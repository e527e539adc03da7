package org.cocworkflow.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A relationship a party declares with another party of the same case. Any declared relationship between a
 * response-team member and a party of the incident is a conflict of interest (seed 003, "Meeting").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRelationship.class)
@JsonDeserialize(as = ImmutableRelationship.class)
public interface Relationship {
    /**
     * Returns the other party.
     *
     * @return the party this relationship is with
     */
    PartyId with();

    /**
     * Returns the kind of relationship.
     *
     * @return the kind
     */
    RelationshipKind kind();

    /**
     * Creates a relationship.
     *
     * @param with the other party
     * @param kind the kind of relationship
     * @return the relationship
     */
    static Relationship of(PartyId with, RelationshipKind kind) {
        return ImmutableRelationship.builder().with(with).kind(kind).build();
    }
}
