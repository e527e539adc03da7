package org.cocworkflow.store.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.screening.ImmutableScreening;
import org.cocworkflow.core.screening.ImmutableScreeningMatch;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.store.ban.Ban;
import org.cocworkflow.store.ban.BanList;
import org.cocworkflow.store.ban.Registration;

/** The {@link BanList} over the store's in-memory {@link BanIndex}. Thread-safe. */
final class JdbcBanList implements BanList {
    private final BanIndex index;
    private final IdentityKeys identityKeys;
    private final Clock clock;

    JdbcBanList(BanIndex index, IdentityKeys identityKeys, Clock clock) {
        this.index = index;
        this.identityKeys = identityKeys;
        this.clock = clock;
    }

    @Override
    public Screening screen(Registration registration) {
        return screen(registration, clock.instant());
    }

    @Override
    public Screening screen(Registration registration, Instant at) {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(at, "at");
        return screening(keys(registration), registration.scope(), at);
    }

    @Override
    public List<Screening> screenAll(List<Registration> registrations, Instant at) {
        Objects.requireNonNull(at, "at");
        List<Screening> screenings = new ArrayList<>(registrations.size());
        for (Registration registration : registrations) {
            screenings.add(screen(registration, at));
        }
        return screenings;
    }

    @Override
    public Screening screenKeys(Set<IdentityKey> keys, Optional<String> scope, Instant at) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(at, "at");
        return screening(keys, scope, at);
    }

    private Screening screening(Collection<IdentityKey> keys, Optional<String> scope, Instant at) {
        ImmutableScreening.BuildFinal screening = ImmutableScreening.builder().at(at).eventId(scope);
        for (BanIndex.Hit hit : index.match(keys, scope, false, at)) {
            screening.addMatches(ImmutableScreeningMatch.builder().caseRef(hit.ban().caseRef())
                    .strength(hit.strength()).until(hit.ban().until()).addAllScopes(hit.ban().scopes()).build());
        }
        return screening.build();
    }

    /** The registrant's keys; identifiers that cannot be normalized match nothing and are skipped. */
    private List<IdentityKey> keys(Registration registration) {
        // A list, not a set: a registration has one or two keys, and the index merges hits on the same ban.
        List<IdentityKey> keys = new ArrayList<>(registration.identifiers().size() + 1);
        for (Identifier identifier : registration.identifiers()) {
            try {
                keys.add(identityKeys.of(identifier));
            } catch (IllegalArgumentException unusable) {
                // an address or handle that cannot be normalized cannot match a ban either
            }
        }
        registration.displayName().ifPresent(name -> {
            try {
                keys.add(identityKeys.name(name));
            } catch (IllegalArgumentException unusable) {
                // a name without letters or digits matches nothing
            }
        });
        return keys;
    }

    @Override
    public List<Ban> inForce(Instant at) {
        return index.all().stream().filter(b -> b.inForceAt(at)).toList();
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public void refresh() {
        index.reload();
    }
}
