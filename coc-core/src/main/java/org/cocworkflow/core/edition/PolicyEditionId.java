package org.cocworkflow.core.edition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.cocworkflow.core.internal.Ids;
import org.immutables.value.Value;

/**
 * The id of a policy edition, such as {@code pyladies-2026}. A case records the edition it is judged under when
 * it is opened (seed 003, "Evaluation"). Serialized as a plain JSON string.
 */
@Value.Immutable
public abstract class PolicyEditionId {
    PolicyEditionId() {
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
     * Creates an edition id.
     *
     * @param value 1 to 64 letters, digits or {@code . _ : -}
     * @return the id
     * @throws org.cocworkflow.core.InvalidValueException if the text has another shape
     */
    @JsonCreator
    public static PolicyEditionId of(String value) {
        return ImmutablePolicyEditionId.of(value);
    }

    @Value.Check
    void check() {
        Ids.check(value(), "a policy edition id");
    }

    @Override
    public String toString() {
        return value();
    }
}
