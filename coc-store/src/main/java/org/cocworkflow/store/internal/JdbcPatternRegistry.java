package org.cocworkflow.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKind;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.store.pattern.ChapterCase;
import org.cocworkflow.store.pattern.ChapterShare;
import org.cocworkflow.store.pattern.ImmutableChapterCase;
import org.cocworkflow.store.pattern.ImmutablePatternMatch;
import org.cocworkflow.store.pattern.PatternMatch;
import org.cocworkflow.store.pattern.PatternRegistry;

/** The {@link PatternRegistry} over the table {@code coc_chapter_key}, indexed by key. Thread-safe. */
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
