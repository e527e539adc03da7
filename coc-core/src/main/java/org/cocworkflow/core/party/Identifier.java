package org.cocworkflow.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.cocworkflow.core.internal.Require;
import org.immutables.value.Value;

/**
 * An e-mail address or online handle that identifies a person (seed 004: "NAME/EMAIL/HANDLE" of the harasser).
 *
 * <p>The value is case content and is redacted from {@code toString()}; across cases it is matched only through
 * {@link org.cocworkflow.core.identity.IdentityKeys keyed hashes}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIdentifier.class)
@JsonDeserialize(as = ImmutableIdentifier.class)
public interface Identifier {
    /**
     * Returns the kind of identifier.
     *
     * @return e-mail or handle
     */
    IdentifierKind kind();

    /**
     * Returns the address or handle as given.
     *
     * @return the identifier text
     */
    @Value.Redacted
    String value();

    /**
     * Returns the service a handle belongs to, e.g. {@code slack:pyladies} or {@code mastodon.social}.
     *
     * @return the service, required for handles and absent for e-mail addresses
     */
    Optional<String> service();

    @Value.Check
    default void check() {
        Require.notBlank(value(), "an identifier's value");
        Require.that(kind() == IdentifierKind.HANDLE == service().isPresent(),
                "a handle needs the service it belongs to, and an e-mail address has none");
        service().ifPresent(s -> Require.notBlank(s, "an identifier's service"));
    }

    /**
     * Creates an e-mail identifier.
     *
     * @param address the address as given
     * @return the identifier
     */
    static Identifier email(String address) {
        return ImmutableIdentifier.builder().kind(IdentifierKind.EMAIL).value(address).build();
    }

    /**
     * Creates a handle identifier.
     *
     * @param service the service the handle belongs to
     * @param handle the handle as given
     * @return the identifier
     */
    static Identifier handle(String service, String handle) {
        return ImmutableIdentifier.builder().kind(IdentifierKind.HANDLE).value(handle).service(service).build();
    }
}
