package org.cocworkflow.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cocworkflow.core.InvalidValueException;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.junit.jupiter.api.Test;

class IdentityKeysTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final IdentityKeys keys = new IdentityKeys(OrganizationSecret.of(SECRET));

    private static String hmac(byte[] secret, String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeyIsTheHmacSha256OfTheKindTagAndTheNormalizedIdentifier() throws Exception {
        IdentityKey key = keys.email("Alice+coc@Example.com");
        assertEquals(IdentityKind.EMAIL, key.kind());
        assertEquals(hmac(SECRET, "email\u0000alice@example.com"), key.hash());
        assertEquals(hmac(SECRET, "handle\u0000slack:pyladies\u0000alice"), keys.handle("Slack:PyLadies", "@Alice").hash());
        assertEquals(hmac(SECRET, "name\u0000alvarez jose"), keys.name("José Álvarez").hash());
    }

    @Test
    void variantsOfOneIdentifierGiveOneKey() {
        assertEquals(keys.email("alice@example.com"), keys.email(" Alice <ALICE+x@example.com.> "));
        assertEquals(keys.handle("github", "@alice"), keys.handle("GitHub", "Alice"));
        assertEquals(keys.name("Álvarez, José"), keys.name("jose alvarez"));
    }

    @Test
    void differentIdentifiersServicesKindsAndSecretsGiveDifferentKeys() {
        assertNotEquals(keys.email("alice@example.com"), keys.email("bob@example.com"));
        assertNotEquals(keys.handle("github", "alice"), keys.handle("gitlab", "alice"));
        assertNotEquals(keys.handle("github", "alice").hash(), keys.name("alice").hash());
        IdentityKeys other = new IdentityKeys(OrganizationSecret.of("another-secret-of-32-bytes-or-so".getBytes(
                StandardCharsets.US_ASCII)));
        assertNotEquals(keys.email("alice@example.com"), other.email("alice@example.com"));
    }

    @Test
    void aPartysKeysComeFromItsIdentifiersAndName() {
        Party party = Party.builder().id(PartyId.of("accused-1")).addRoles(CaseRole.ACCUSED)
                .displayName("Lee Park")
                .addIdentifiers(Identifier.email("lee@example.com"), Identifier.handle("github", "@leepark"),
                        Identifier.email("not an address"))
                .build();
        assertEquals(Set.of(keys.email("lee@example.com"), keys.handle("github", "leepark"), keys.name("Park Lee")),
                keys.of(party), "an unusable identifier is skipped, the others still count");
    }

    @Test
    void aKeyHasATextFormThatParsesBack() {
        IdentityKey key = keys.email("alice@example.com");
        assertTrue(key.text().startsWith("email:"));
        assertEquals(key, IdentityKey.parse(key.text()));
        assertThrows(InvalidValueException.class, () -> IdentityKey.parse("phone:" + key.hash()));
        assertThrows(InvalidValueException.class, () -> IdentityKey.parse("email:xyz"));
        String hash = key.hash();
        for (String bad : java.util.List.of(hash.toUpperCase(java.util.Locale.ROOT), hash.substring(1), hash + "0",
                "g" + hash.substring(1), "/" + hash.substring(1), ":" + hash.substring(1), "`" + hash.substring(1))) {
            assertThrows(InvalidValueException.class, () -> IdentityKey.parse("email:" + bad), bad);
        }
        assertEquals(key, IdentityKey.parse("email:" + hash), "64 lower-case hex digits parse");
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedAndNeverShown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrganizationSecret.of(new byte[31]));
        assertEquals("an organization secret must have at least 32 bytes; generate it with a secure random source",
                e.getMessage());
        assertEquals("OrganizationSecret[redacted]", OrganizationSecret.of(SECRET).toString());
    }

    @Test
    void keysComputedOnManyThreadsAgreeWithKeysComputedOnOne() {
        List<String> addresses = IntStream.range(0, 2_000).mapToObj(i -> "user" + i + "@example.com").toList();
        List<IdentityKey> sequential = addresses.stream().map(keys::email).toList();
        List<IdentityKey> parallel = addresses.parallelStream().map(keys::email).toList();
        assertEquals(sequential, parallel);
    }
}
