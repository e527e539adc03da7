package org.cocworkflow.core.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.cocworkflow.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A keyed hash of a normalized identifier, such as {@code email:5f1c...} (64 hex digits). Keys made under the same
 * organization secret from the same normalized identifier are equal; without the secret they reveal nothing about
 * the identifier. Serialized as its text form.
 */
@Value.Immutable
public abstract class IdentityKey {
    private static final int HASH_LENGTH = 64;

    IdentityKey() {
        // only the generated implementation extends this class
    }

    /** @return what the key was computed from */
    @Value.Parameter
    public abstract IdentityKind kind();

    /** @return the HMAC-SHA256 as 64 lower-case hex digits */
    @Value.Parameter
    public abstract String hash();

    @Value.Check
    void check() {
        if (!isLowerHex(hash())) {
            throw new InvalidValueException("an identity key's hash is 64 lower-case hex digits");
        }
    }

    // A loop rather than a regular expression: screening builds one key per registration, millions in a batch.
    private static boolean isLowerHex(String hash) {
        if (hash.length() != HASH_LENGTH) {
            return false;
        }
        for (int i = 0; i < HASH_LENGTH; i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the text form {@code kind:hash}.
     *
     * @return the text form
     */
    @JsonValue
    public String text() {
        return kind().tag() + ":" + hash();
    }

    /**
     * Parses the text form {@code kind:hash}.
     *
     * @param text the text form
     * @return the key
     * @throws InvalidValueException if the text is not a key's text form
     */
    @JsonCreator
    public static IdentityKey parse(String text) {
        int colon = text.indexOf(':');
        IdentityKind kind = colon < 0 ? null : IdentityKind.fromTag(text.substring(0, colon));
        if (kind == null) {
            throw new InvalidValueException("an identity key has the form email:, handle: or name: followed by "
                    + "64 hex digits");
        }
        return ImmutableIdentityKey.of(kind, text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return text();
    }
}
