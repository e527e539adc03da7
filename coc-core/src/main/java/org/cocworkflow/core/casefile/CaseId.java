package org.cocworkflow.core.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.cocworkflow.core.internal.Ids;
import org.immutables.value.Value;

/**
 * The id of a case, chosen by the embedding application (a ticket number, a UUID). Like party ids it must not
 * carry names or contacts. Serialized as a plain JSON string.
 */
@Value.Immutable
public abstract class CaseId implements Comparable<CaseId> {
    CaseId() {
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
     * Creates a case id.
     *
     * @param value 1 to 64 letters, digits or {@code . _ : -}
     * @return the id
     * @throws org.cocworkflow.core.InvalidValueException if the text has another shape
     */
    @JsonCreator
    public static CaseId of(String value) {
        return ImmutableCaseId.of(value);
    }

    @Value.Check
    void check() {
        Ids.check(value(), "a case id");
    }

    @Override
    public int compareTo(CaseId other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
