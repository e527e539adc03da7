package org.cocworkflow.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKind;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.store.ban.Ban;
import org.cocworkflow.store.ban.ImmutableBan;

/**
 * The ban list in memory: every ban, and for every identity key the bans that hold it, so that screening is one
 * hash lookup per key. Loaded from the database at first use, changed in place by this store's own commits, and
 * reloaded when the database's ban generation shows that another process changed the bans.
 *
 * <p>Thread-safe: lookups read a {@link ConcurrentHashMap} without locks; loads and changes are synchronized.
 */
final class BanIndex {
    /** A ban's identity: its case and the sequence number of its {@code record_ban} event. */
    record BanId(String caseId, long sequence) {
    }

    /** A ban that matched, and how strongly. */
    record Hit(Ban ban, IdentityKey key, MatchStrength strength) {
    }

    private static final Ban[] NONE = new Ban[0];

    private final Jdbc jdbc;
    private final long maxAgeNanos;

    private volatile ConcurrentHashMap<IdentityKey, Ban[]> byKey = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<BanId, Ban> byId = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile boolean stale;
    private volatile long checkedAt;
    private long generation;

    BanIndex(Jdbc jdbc, Duration maxAge) {
        this.jdbc = jdbc;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** Makes sure the index is loaded and not older than allowed; the fast path reads three volatiles. */
    void fresh() {
        if (loaded && !stale && System.nanoTime() - checkedAt < maxAgeNanos) {
            return;
        }
        synchronized (this) {
            if (!loaded || stale) {
                load();
                return;
            }
            if (System.nanoTime() - checkedAt >= maxAgeNanos) {
                long stored = jdbc.inTransaction("the ban list", c -> generation(c));
                if (stored != generation) {
                    load();
                } else {
                    checkedAt = System.nanoTime();
                }
            }
        }
    }

    /** Reloads from the database now. */
    synchronized void reload() {
        load();
    }

    private void load() {
        record Loaded(long generation, ConcurrentHashMap<BanId, Ban> bans) {
        }
        Loaded loadedNow = jdbc.inTransaction("the ban list", c -> {
            // The generation first: a ban committed between the two reads makes the next check reload, never miss.
            long gen = generation(c);
            Map<BanId, ImmutableBan.BuildFinal> builders = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT b.case_id, b.seq, b.starts_s, b.starts_n, b.until_s, b.until_n, b.scopes, k.key_text "
                            + "FROM coc_ban b LEFT JOIN coc_ban_key k ON k.case_id = b.case_id AND k.seq = b.seq "
                            + "ORDER BY b.case_id, b.seq");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    BanId id = new BanId(rows.getString("case_id"), rows.getLong("seq"));
                    ImmutableBan.BuildFinal builder = builders.get(id);
                    if (builder == null) {
                        builder = ImmutableBan.builder().caseRef(CaseId.of(id.caseId())).sequence(id.sequence())
                                .starts(Times.get(rows, "starts_s", "starts_n").orElseThrow())
                                .until(Times.get(rows, "until_s", "until_n"))
                                .addAllScopes(scopes(rows.getString("scopes")));
                        builders.put(id, builder);
                    }
                    String key = rows.getString("key_text");
                    if (key != null) {
                        builder.addKeys(IdentityKey.parse(key));
                    }
                }
            }
            ConcurrentHashMap<BanId, Ban> bans = new ConcurrentHashMap<>(Math.max(16, builders.size() * 2));
            builders.forEach((id, builder) -> bans.put(id, builder.build()));
            return new Loaded(gen, bans);
        });
        ConcurrentHashMap<IdentityKey, Ban[]> keys = new ConcurrentHashMap<>(Math.max(16, loadedNow.bans().size()
                * 3));
        Map<IdentityKey, List<Ban>> grouped = new HashMap<>();
        for (Ban ban : loadedNow.bans().values()) {
            for (IdentityKey key : ban.keys()) {
                grouped.computeIfAbsent(key, k -> new ArrayList<>(1)).add(ban);
            }
        }
        grouped.forEach((key, list) -> keys.put(key, list.toArray(NONE)));
        byId = loadedNow.bans();
        byKey = keys;
        generation = loadedNow.generation();
        stale = false;
        loaded = true;
        checkedAt = System.nanoTime();
    }

    static long generation(java.sql.Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT counter_value FROM coc_counter WHERE name = 'ban_generation'");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /**
     * Applies this store's own committed change to the bans, if the index was current before it; otherwise marks it
     * for a reload, so that the change is never lost.
     *
     * @param newGeneration the generation the commit set
     * @param added bans added
     * @param removed bans removed
     */
    synchronized void applied(long newGeneration, Collection<Ban> added, Collection<BanId> removed) {
        if (!loaded) {
            return; // the first load reads everything
        }
        if (stale || generation != newGeneration - 1) {
            stale = true; // another change came in between: read everything again at the next use
            return;
        }
        for (BanId id : removed) {
            Ban ban = byId.remove(id);
            if (ban != null) {
                for (IdentityKey key : ban.keys()) {
                    byKey.computeIfPresent(key, (k, bans) -> {
                        Ban[] rest = Arrays.stream(bans).filter(b -> b != ban).toArray(Ban[]::new);
                        return rest.length == 0 ? null : rest;
                    });
                }
            }
        }
        for (Ban ban : added) {
            BanId id = new BanId(ban.caseRef().value(), ban.sequence());
            if (byId.putIfAbsent(id, ban) == null) {
                for (IdentityKey key : ban.keys()) {
                    byKey.merge(key, new Ban[] {ban}, (bans, one) -> {
                        Ban[] more = Arrays.copyOf(bans, bans.length + 1);
                        more[bans.length] = one[0];
                        return more;
                    });
                }
            }
        }
        generation = newGeneration;
    }

    /**
     * Finds the bans in force at a moment and covering a scope that hold any of the keys; one hit per ban, with the
     * strongest key that matched.
     *
     * @param keys the keys
     * @param scope the event or space, if any; ignored if {@code anyScope}
     * @param anyScope true to match bans whatever their scopes (for the case history)
     * @param at the moment
     * @return the hits, identifier matches first, then by case and sequence
     */
    List<Hit> match(Collection<IdentityKey> keys, Optional<String> scope, boolean anyScope, Instant at) {
        fresh();
        Map<IdentityKey, Ban[]> index = byKey;
        List<Hit> hits = null;
        for (IdentityKey key : keys) {
            Ban[] bans = index.get(key);
            if (bans == null) {
                continue;
            }
            MatchStrength strength = key.kind() == IdentityKind.NAME ? MatchStrength.NAME_ONLY
                    : MatchStrength.IDENTIFIER;
            for (Ban ban : bans) {
                if (!ban.inForceAt(at) || !anyScope && !ban.covers(scope)) {
                    continue;
                }
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits = merge(hits, new Hit(ban, key, strength));
            }
        }
        if (hits == null) {
            return List.of();
        }
        hits.sort(Comparator.comparing((Hit h) -> h.strength())
                .thenComparing(h -> h.ban().caseRef())
                .thenComparingLong(h -> h.ban().sequence()));
        return hits;
    }

    private static List<Hit> merge(List<Hit> hits, Hit hit) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).ban() == hit.ban()) {
                if (hit.strength() == MatchStrength.IDENTIFIER && hits.get(i).strength() == MatchStrength.NAME_ONLY) {
                    hits.set(i, hit);
                }
                return hits;
            }
        }
        hits.add(hit);
        return hits;
    }

    List<Ban> all() {
        fresh();
        List<Ban> bans = new ArrayList<>(byId.values());
        bans.sort(Comparator.comparing(Ban::caseRef).thenComparingLong(Ban::sequence));
        return bans;
    }

    int size() {
        fresh();
        return byId.size();
    }

    static List<String> scopes(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    static String scopes(List<String> scopes) {
        return String.join(",", scopes);
    }

    static Ban ban(String caseId, CaseRows.BanRow row) {
        Set<IdentityKey> keys = new LinkedHashSet<>(row.keys());
        return ImmutableBan.builder().caseRef(CaseId.of(caseId)).sequence(row.sequence()).starts(row.starts())
                .until(row.until()).addAllScopes(row.scopes()).addAllKeys(keys).build();
    }
}
