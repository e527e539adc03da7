package org.cocworkflow.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.history.ActiveBan;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.history.ImmutableActiveBan;
import org.cocworkflow.core.history.ImmutablePriorCase;
import org.cocworkflow.core.history.PriorCase;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKind;

/**
 * The advisor's {@link CaseHistory} over the store: earlier cases through the index of the accused's identity keys
 * (one indexed lookup per key, whatever the number of stored cases), bans through the in-memory ban index.
 * Thread-safe.
 */
final class JdbcCaseHistory implements CaseHistory {
    private final JdbcCaseStore store;

    JdbcCaseHistory(JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public List<PriorCase> priorCases(Set<IdentityKey> keys, CaseId excluding) {
        Objects.requireNonNull(excluding, "excluding");
        if (keys.isEmpty()) {
            return List.of();
        }
        store.checkOpen();
        record Row(String caseId, IdentityKey key, Instant openedAt, String summaryKey, byte[] summary) {
        }
        List<Row> rows = store.jdbc().inTransaction("looking up earlier cases", c -> {
            List<Row> found = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(priorCasesSql(keys.size()))) {
                int i = 1;
                for (IdentityKey key : keys) {
                    select.setString(i++, key.text());
                }
                select.setString(i, excluding.value());
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(new Row(result.getString("case_id"), IdentityKey.parse(result.getString("key_text")),
                                Times.get(result, "opened_s", "opened_n").orElseThrow(),
                                result.getString("summary_key"), result.getBytes("summary")));
                    }
                }
            }
            return found;
        });
        // One entry per earlier case, with the strongest key that matched: an identifier over a name.
        Map<String, Row> best = new LinkedHashMap<>();
        for (Row row : rows) {
            best.merge(row.caseId(), row, (a, b) -> strength(b.key()) > strength(a.key())
                    || strength(b.key()) == strength(a.key()) && b.key().text().compareTo(a.key().text()) < 0 ? b : a);
        }
        List<PriorCase> cases = new ArrayList<>(best.size());
        for (Row row : best.values()) {
            String summary = new String(store.crypto().open(row.summaryKey(), row.summary(), JdbcCaseStore.SUMMARY,
                    row.caseId(), 0, "the summary of case " + row.caseId()), StandardCharsets.UTF_8);
            cases.add(ImmutablePriorCase.builder().caseId(CaseId.of(row.caseId())).matchedKey(row.key())
                    .openedAt(row.openedAt()).finding(CaseRows.summaryFinding(summary))
                    .addAllSanctions(CaseRows.summarySanctions(summary)).build());
        }
        cases.sort(Comparator.comparing(PriorCase::openedAt).thenComparing(PriorCase::caseId));
        return cases;
    }

    /** The lookup of earlier cases: the primary key of {@code coc_accused_key}, then that of {@code coc_case}. */
    static String priorCasesSql(int keys) {
        return "SELECT a.key_text, c.case_id, c.opened_s, c.opened_n, c.summary_key, c.summary "
                + "FROM coc_accused_key a JOIN coc_case c ON c.case_id = a.case_id WHERE a.key_text IN ("
                + String.join(", ", Collections.nCopies(keys, "?")) + ") AND a.case_id <> ? "
                + "AND c.records = 'COMPLETE'";
    }

    private static int strength(IdentityKey key) {
        return key.kind() == IdentityKind.NAME ? 0 : 1;
    }

    @Override
    public List<ActiveBan> activeBans(Set<IdentityKey> keys, Instant at) {
        Objects.requireNonNull(at, "at");
        store.checkOpen();
        List<ActiveBan> bans = new ArrayList<>();
        for (BanIndex.Hit hit : store.banIndex().match(keys, Optional.empty(), true, at)) {
            bans.add(ImmutableActiveBan.builder().caseId(hit.ban().caseRef()).matchedKey(hit.key())
                    .until(hit.ban().until()).addAllScopes(hit.ban().scopes()).build());
        }
        return bans;
    }
}
