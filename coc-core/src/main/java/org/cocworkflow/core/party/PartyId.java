package org.cocworkflow.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.cocworkflow.core.internal.Ids;
import org.immutables.value.Value;

/**
 * The handle of a party within one case, such as {@code reporter} or {@code accused-1}.
 *
 * <p>An id is a position, not an identity: it must not carry a name or contact (the shape forbids spaces and
 * {@code @}), because ids appear in timelines and logs. Serialized as a plain JSON string.
 */
@Value.Immutable
public abstract class PartyId implements Comparable<PartyId> {
    PartyId() {
        // only the generated implementation extends this class
    }

    /**
     * Returns the id's text.
     *
     * @return the id
     */
    @JsonValue
    @Value.Parameter
    public abstract String value();

    /**
     * Creates a party id.
     *
     * @param value 1 to 64 letters, digits or {@code . _ : -}
     * @return the id
     * @throws org.cocworkflow.core.InvalidValueException if the text has another shape
     */
    @JsonCreator
    public static PartyId of(String value) {
        return ImmutablePartyId.of(value);
    }

    @Value.Check
    void check() {
        Ids.check(value(), "a party id");
    }

    @Override
    public int compareTo(PartyId other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
