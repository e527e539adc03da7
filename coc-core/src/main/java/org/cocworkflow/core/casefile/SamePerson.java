package org.cocworkflow.core.casefile;

import java.util.Optional;
import org.cocworkflow.core.identity.Normalization;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;

/** Whether two parties are recognisably the same person: they share a normalized e-mail address or handle. */
final class SamePerson {
    private SamePerson() {
    }

    static boolean sharesIdentifier(Party a, Party b) {
        for (Identifier x : a.identifiers()) {
            Optional<String> nx = normalized(x);
            if (nx.isEmpty()) {
                continue;
            }
            for (Identifier y : b.identifiers()) {
                if (x.kind() == y.kind() && nx.equals(normalized(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> normalized(Identifier identifier) {
        try {
            return Optional.of(switch (identifier.kind()) {
                case EMAIL -> Normalization.email(identifier.value());
                case HANDLE -> Normalization.service(identifier.service().orElse("")) + '\u0000'
                        + Normalization.handle(identifier.value());
            });
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }
}
