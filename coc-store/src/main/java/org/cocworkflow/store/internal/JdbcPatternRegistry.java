package org.cocworkflow.store.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.history.ActiveBan;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.history.ImmutableMatchElsewhere;
import org.cocworkflow.core.history.MatchElsewhere;
import org.cocworkflow.core.history.PriorCase;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKind;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.store.pattern.ChapterCase;
import org.cocworkflow.store.pattern.ChapterShare;
import org.cocworkflow.store.pattern.ImmutableChapterCase;
import org.cocworkflow.store.pattern.ImmutablePatternMatch;
import org.cocworkflow.store.pattern.PatternMatch;
import org.cocworkflow.store.pattern.PatternRegistry;

/**
 * The {@link PatternRegistry} over the tables {@code coc_chapter_key} and {@code coc_pattern_told}, indexed by key.
 * Thread-safe.
 */
final class JdbcPatternRegistry implements PatternRegistry {
    private final Jdbc jdbc;

    JdbcPatternRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void submit(ChapterShare share) {
        Objects.requireNonNull(share, "share");
        jdbc.inTransaction("recording a share of chapter " + share.chapter(), c -> {
            delete(c, share.chapter(), share.caseRef());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO coc_chapter_key (key_text, chapter, "
                    + "case_ref, shared_s, shared_n) VALUES (?, ?, ?, ?, ?)")) {
                for (IdentityKey key : share.keys()) {
                    insert.setString(1, key.text());
                    insert.setString(2, share.chapter());
                    insert.setString(3, share.caseRef().value());
                    Times.set(insert, 4, share.sharedAt());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void withdraw(String chapter, CaseId caseRef) {
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(caseRef, "caseRef");
        jdbc.inTransaction("withdrawing a share of chapter " + chapter, c -> {
            delete(c, chapter, caseRef);
            return null;
        });
    }

    private static void delete(java.sql.Connection c, String chapter, CaseId caseRef) throws java.sql.SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM coc_chapter_key WHERE chapter = ? AND case_ref = ?")) {
            delete.setString(1, chapter);
            delete.setString(2, caseRef.value());
            delete.executeUpdate();
        }
    }

    @Override
    public List<PatternMatch> patterns() {
        return matches("SELECT key_text, chapter, case_ref FROM coc_chapter_key WHERE key_text IN (SELECT key_text "
                + "FROM coc_chapter_key GROUP BY key_text HAVING COUNT(DISTINCT chapter) > 1) "
                + "ORDER BY key_text, chapter, case_ref", List.of());
    }

    @Override
    public List<PatternMatch> patternsOf(String chapter, CaseId caseRef) {
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(caseRef, "caseRef");
        return matches("SELECT o.key_text, o.chapter, o.case_ref FROM coc_chapter_key m JOIN coc_chapter_key o "
                + "ON o.key_text = m.key_text WHERE m.chapter = ? AND m.case_ref = ? AND o.key_text IN ("
                + "SELECT key_text FROM coc_chapter_key WHERE key_text = o.key_text GROUP BY key_text "
                + "HAVING COUNT(DISTINCT chapter) > 1) ORDER BY o.key_text, o.chapter, o.case_ref",
                List.of(chapter, caseRef.value()));
    }

    @Override
    public void tell(String chapter, IdentityKey key, Instant at) {
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        jdbc.inTransaction("recording what chapter " + chapter + " was told", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO coc_pattern_told (chapter, key_text, "
                    + "told_s, told_n) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM coc_pattern_told "
                    + "WHERE chapter = ? AND key_text = ?)")) {
                insert.setString(1, chapter);
                insert.setString(2, key.text());
                Times.set(insert, 3, at);
                insert.setString(5, chapter);
                insert.setString(6, key.text());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public CaseHistory history() {
        return new Elsewhere() {
            @Override
            public List<MatchElsewhere> matchesElsewhere(Set<IdentityKey> keys, Set<CaseId> cases) {
                Objects.requireNonNull(keys, "keys");
                List<MatchElsewhere> found = new ArrayList<>();
                for (IdentityKey key : keys) {
                    shares(key, Optional.empty()).filter(s -> s.chapters() >= 2)
                            .ifPresent(s -> found.add(match(key, s.chapters(), s.since(), told(key))));
                }
                return List.copyOf(found);
            }
        };
    }

    @Override
    public CaseHistory toldTo(String chapter) {
        Objects.requireNonNull(chapter, "chapter");
        return new Elsewhere() {
            @Override
            public List<MatchElsewhere> matchesElsewhere(Set<IdentityKey> keys, Set<CaseId> cases) {
                Objects.requireNonNull(cases, "cases");
                Set<String> toldKeys = new LinkedHashSet<>();
                for (CaseId caseRef : cases) {
                    toldKeys.addAll(toldKeysOf(chapter, caseRef));
                }
                List<MatchElsewhere> found = new ArrayList<>();
                for (String text : toldKeys) {
                    IdentityKey key = IdentityKey.parse(text);
                    shares(key, Optional.of(chapter)).ifPresent(s -> found.add(
                            match(key, s.chapters(), s.since(), true)));
                }
                return List.copyOf(found);
            }
        };
    }

    /** A history of matches elsewhere only: the registry knows no earlier cases or bans of its own. */
    private abstract static class Elsewhere implements CaseHistory {
        @Override
        public List<PriorCase> priorCases(Set<IdentityKey> keys, CaseId excluding) {
            return List.of();
        }

        @Override
        public List<ActiveBan> activeBans(Set<IdentityKey> keys, Instant at) {
            return List.of();
        }
    }

    /** How many chapters shared a key (other than one, if given) and the earliest of their shares. */
    private record Shares(int chapters, Instant since) {
    }

    private Optional<Shares> shares(IdentityKey key, Optional<String> besides) {
        return jdbc.inTransaction("reading the chapters of a pattern", c -> {
            Set<String> chapters = new LinkedHashSet<>();
            Instant since = null;
            try (PreparedStatement select = c.prepareStatement("SELECT chapter, shared_s, shared_n "
                    + "FROM coc_chapter_key WHERE key_text = ?")) {
                select.setString(1, key.text());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String chapter = rows.getString(1);
                        if (besides.filter(chapter::equals).isPresent()) {
                            continue;
                        }
                        chapters.add(chapter);
                        Instant shared = Instant.ofEpochSecond(rows.getLong(2), rows.getInt(3));
                        since = since == null || shared.isBefore(since) ? shared : since;
                    }
                }
            }
            return chapters.isEmpty() ? Optional.empty() : Optional.of(new Shares(chapters.size(), since));
        });
    }

    private boolean told(IdentityKey key) {
        return jdbc.inTransaction("reading whether a pattern was told", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT 1 FROM coc_pattern_told WHERE key_text = ?")) {
                select.setString(1, key.text());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private List<String> toldKeysOf(String chapter, CaseId caseRef) {
        return jdbc.inTransaction("reading what chapter " + chapter + " was told", c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT k.key_text FROM coc_chapter_key k "
                    + "JOIN coc_pattern_told t ON t.chapter = k.chapter AND t.key_text = k.key_text "
                    + "WHERE k.chapter = ? AND k.case_ref = ? ORDER BY k.key_text")) {
                select.setString(1, chapter);
                select.setString(2, caseRef.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    private static MatchElsewhere match(IdentityKey key, int chapters, Instant since, boolean told) {
        return ImmutableMatchElsewhere.builder().matchedKey(key).otherChapters(chapters).since(since).told(told)
                .build();
    }

    private List<PatternMatch> matches(String sql, List<String> parameters) {
        Map<String, Set<ChapterCase>> byKey = jdbc.inTransaction("reading chapter patterns", c -> {
            Map<String, Set<ChapterCase>> found = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setString(i + 1, parameters.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.computeIfAbsent(rows.getString(1), k -> new LinkedHashSet<>())
                                .add(ImmutableChapterCase.of(rows.getString(2), CaseId.of(rows.getString(3))));
                    }
                }
            }
            return found;
        });
        List<PatternMatch> matches = new ArrayList<>(byKey.size());
        byKey.forEach((text, cases) -> {
            IdentityKey key = IdentityKey.parse(text);
            matches.add(ImmutablePatternMatch.builder().key(key)
                    .strength(key.kind() == IdentityKind.NAME ? MatchStrength.NAME_ONLY : MatchStrength.IDENTIFIER)
                    .addAllCases(cases).build());
        });
        matches.sort(Comparator.comparing(PatternMatch::strength).thenComparing(m -> m.key().text()));
        return matches;
    }
}
