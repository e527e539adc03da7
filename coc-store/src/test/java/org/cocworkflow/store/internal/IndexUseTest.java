package org.cocworkflow.store.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.testing.OnDatabase;
import org.cocworkflow.store.testing.SkipPostgresOnRequest;
import org.cocworkflow.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The lookups that must stay fast however many cases are stored (the advisor's history, the lists by status, by
 * deadline, by accused) run on indexes, not table scans: the query plans of both databases say so, with 10,000
 * cases stored.
 */
@ParameterizedClass(name = "{0}")
@FieldSource("org.cocworkflow.store.testing.TestDatabase#ALL")
@ExtendWith(SkipPostgresOnRequest.class)
class IndexUseTest implements OnDatabase {
    private static final int CASES = 10_000;

    @Parameter
    String database;

    @Override
    public String database() {
        return database;
    }

    private TestDatabase db;

    @BeforeEach
    void fill() throws SQLException {
        db = TestDatabase.create(database);
        try (CaseStore store = db.open()) {
            // the store creates the schema
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement cases = c.prepareStatement("INSERT INTO coc_case (case_id, records, version, "
                    + "status, edition, opened_s, opened_n, legal_hold) VALUES (?, 'COMPLETE', 1, ?, 'e', ?, 0, FALSE)");
                    PreparedStatement keys = c.prepareStatement(
                            "INSERT INTO coc_accused_key (key_text, case_id) VALUES (?, ?)");
                    PreparedStatement due = c.prepareStatement(
                            "INSERT INTO coc_deadline (case_id, kind, due_s, due_n) VALUES (?, 'RESPONSE', ?, 0)")) {
                for (int i = 0; i < CASES; i++) {
                    String id = "case-" + i;
                    cases.setString(1, id);
                    cases.setString(2, i % 4 == 0 ? "OPEN" : "CLOSED");
                    cases.setLong(3, 1_700_000_000L + i);
                    cases.addBatch();
                    keys.setString(1, "email:" + String.format(Locale.ROOT, "%064x", i));
                    keys.setString(2, id);
                    keys.addBatch();
                    due.setString(1, id);
                    due.setLong(2, 1_800_000_000L + i * 60L);
                    due.addBatch();
                    if (i % 1_000 == 999) {
                        cases.executeBatch();
                        keys.executeBatch();
                        due.executeBatch();
                    }
                }
            }
            if (db.kind().equals("postgresql")) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            c.commit();
        }
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private String plan(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            return plan.toString().toLowerCase(Locale.ROOT);
        }
    }

    private void assertIndexed(String plan, String table, String index) {
        if (db.kind().equals("h2")) {
            assertFalse(plan.contains(table + ".tablescan"), plan);
            assertTrue(plan.contains(index.equals("pkey") ? "primary_key" : index), plan);
        } else {
            assertFalse(plan.contains("seq scan on " + table), plan);
            assertTrue(plan.contains("index") && plan.contains(index.equals("pkey") ? table + "_pkey" : index), plan);
        }
    }

    @Test
    void earlier_cases_and_the_lists_by_accused_status_and_deadline_use_indexes() throws SQLException {
        String key = "email:" + String.format(Locale.ROOT, "%064x", 12_345);
        String plan = plan(JdbcCaseHistory.priorCasesSql(2), key, key.replace("email", "name"), "case-0");
        assertIndexed(plan, "coc_accused_key", "pkey");
        assertIndexed(plan, "coc_case", "pkey");
        assertIndexed(plan(JdbcCaseStore.ACCUSED_SQL, key), "coc_accused_key", "pkey");
        assertIndexed(plan(JdbcCaseStore.STATUS_SQL, "OPEN", "case-100", 50), "coc_case", "coc_case_status");
        assertIndexed(plan(JdbcCaseStore.DUE_SQL, 1_800_000_600L, 1_800_000_600L, 0, 40), "coc_deadline",
                "coc_deadline_due");
    }
}
