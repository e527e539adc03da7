package org.cocworkflow.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;

/**
 * Computes identity keys: HMAC-SHA256, under the organization's secret, of a kind tag and a
 * {@link Normalization normalized} identifier. The history of cases and the ban list hold only these keys, never
 * raw identifiers (DESIGN "Identity across cases").
 *
 * <p>Thread-safe: each thread uses its own MAC instance.
 */
public final class IdentityKeys {
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();
    private static final Map<IdentityKind, byte[]> TAGS = tags();

    private final ThreadLocal<Mac> macs;

    /**
     * Creates a key calculator for one organization.
     *
     * @param secret the organization's secret
     */
    public IdentityKeys(OrganizationSecret secret) {
        SecretKeySpec key = new SecretKeySpec(secret.bytes(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
        macs.get(); // fail here, not at the first lookup, if the runtime cannot use the key
    }

    /**
     * Returns the key of an e-mail address.
     *
     * @param address the address as typed
     * @return the key
     * @throws IllegalArgumentException if the text is not an e-mail address
     */
    public IdentityKey email(String address) {
        return key(IdentityKind.EMAIL, Normalization.email(address));
    }

    /**
     * Returns the key of a handle on a service.
     *
     * @param service the service's name
     * @param handle the handle as typed
     * @return the key
     * @throws IllegalArgumentException if the service or handle is blank
     */
    public IdentityKey handle(String service, String handle) {
        return key(IdentityKind.HANDLE, Normalization.service(service) + '\u0000' + Normalization.handle(handle));
    }

    /**
     * Returns the key of a name; a match on it is only a reason for a person to look.
     *
     * @param name the name as typed
     * @return the key
     * @throws IllegalArgumentException if the name has no letters or digits
     */
    public IdentityKey name(String name) {
        return key(IdentityKind.NAME, Normalization.name(name));
    }

    /**
     * Returns the key of an identifier.
     *
     * @param identifier an e-mail address or handle
     * @return the key
     * @throws IllegalArgumentException if the identifier cannot be normalized
     */
    public IdentityKey of(Identifier identifier) {
        return switch (identifier.kind()) {
            case EMAIL -> email(identifier.value());
            case HANDLE -> handle(identifier.service().orElseThrow(), identifier.value());
        };
    }

    /**
     * Returns every key of a party: one per identifier, and one for the name if known. Identifiers that cannot
     * be normalized are skipped, so a typo in one does not hide the others.
     *
     * @param party the party
     * @return the keys, possibly none
     */
    public Set<IdentityKey> of(Party party) {
        Set<IdentityKey> keys = new LinkedHashSet<>();
        for (Identifier identifier : party.identifiers()) {
            try {
                keys.add(of(identifier));
            } catch (IllegalArgumentException unusable) {
                // An identifier that cannot be normalized cannot match anything either.
            }
        }
        party.displayName().ifPresent(name -> {
            try {
                keys.add(name(name));
            } catch (IllegalArgumentException unusable) {
                // Same as above: a name without letters matches nothing.
            }
        });
        return keys;
    }

    private IdentityKey key(IdentityKind kind, String normalized) {
        Mac mac = macs.get();
        mac.update(TAGS.get(kind));
        mac.update((byte) 0);
        byte[] hash = mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
        return ImmutableIdentityKey.of(kind, HEX.formatHex(hash));
    }

    private static Map<IdentityKind, byte[]> tags() {
        Map<IdentityKind, byte[]> tags = new EnumMap<>(IdentityKind.class);
        for (IdentityKind kind : IdentityKind.values()) {
            tags.put(kind, kind.tag().getBytes(StandardCharsets.UTF_8));
        }
        return tags;
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime provides HmacSHA256; reaching this means a broken runtime.
            throw new IllegalStateException("the runtime does not provide " + ALGORITHM, e);
        }
    }
}
