package org.cocworkflow.core.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.cocworkflow.core.internal.Ids;
import org.immutables.value.Value;

/**
 * The space an incident happened in: its kind, the event or online space it belongs to, and the place within it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncidentSpace.class)
@JsonDeserialize(as = ImmutableIncidentSpace.class)
public interface IncidentSpace {
    /**
     * Returns the kind of space.
     *
     * @return the kind
     */
    SpaceKind kind();

    /**
     * Returns the embedding application's id of the event or online space (used for ban scopes and deadlines).
     *
     * @return the id, if the incident belongs to a known event or space
     */
    Optional<String> eventId();

    /**
     * Returns the place within the space, e.g. a room or channel name.
     *
     * @return the place, if given
     */
    @Value.Redacted
    Optional<String> place();

    @Value.Check
    default void check() {
        eventId().ifPresent(id -> Ids.check(id, "an event id"));
    }

    /**
     * Creates a space of a kind with nothing else known.
     *
     * @param kind the kind
     * @return the space
     */
    static IncidentSpace of(SpaceKind kind) {
        return ImmutableIncidentSpace.builder().kind(kind).build();
    }
}
