package org.cocworkflow.bench.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKind;
import org.cocworkflow.core.identity.Normalization;
import org.cocworkflow.store.ban.Registration;

/**
 * The floor of {@link ScreeningBenchmark}: a hand-coded screen of e-mail addresses against a {@link HashMap} of
 * ban keys. Each address is normalized ({@link Normalization#email}) and hashed with HMAC-SHA256 under the
 * organization secret exactly as the store's identity keys are (kind tag, a zero byte, the normalized address),
 * hex-encoded and looked up. No scopes, no ban periods, no name keys, no result objects beyond the case id.
 *
 * <p>Not thread-safe (one MAC).
 */
public final class ScreeningFloor {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] TAG = IdentityKind.EMAIL.tag().getBytes(StandardCharsets.UTF_8);

    private final Mac mac;
    private final Map<String, CaseId> bans;

    /**
     * Builds the floor's map from the banned addresses.
     *
     * @param secret the organization secret
     * @param bannedEmails the banned addresses
     * @param caseRefs the case of each ban, in the same order
     */
    public ScreeningFloor(byte[] secret, List<String> bannedEmails, List<CaseId> caseRefs) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        bans = new HashMap<>(bannedEmails.size() * 2);
        for (int i = 0; i < bannedEmails.size(); i++) {
            bans.put(key(bannedEmails.get(i)), caseRefs.get(i));
        }
    }

    /**
     * Screens the first e-mail address of each registration.
     *
     * @param registrations the registrations
     * @return per registration, the case of the ban it matched or {@code null}
     */
    public List<CaseId> screen(List<Registration> registrations) {
        List<CaseId> hits = new ArrayList<>(registrations.size());
        for (Registration registration : registrations) {
            hits.add(bans.get(key(registration.identifiers().get(0).value())));
        }
        return hits;
    }

    private String key(String email) {
        mac.update(TAG);
        mac.update((byte) 0);
        return HEX.formatHex(mac.doFinal(Normalization.email(email).getBytes(StandardCharsets.UTF_8)));
    }
}
