package org.cocworkflow.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.cocworkflow.store.SchemaVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's schema and its migrations. Each migration has a version; the table {@code coc_schema_version} records
 * those applied. Opening a store applies the missing ones in order and refuses a database whose schema is newer
 * than this library knows.
 *
 * <p>Every statement is idempotent ({@code IF NOT EXISTS}), because H2 commits DDL at once: a migration cut short
 * by a crash is completed by the next open. On PostgreSQL each migration is one transaction.
 */
public final class Schema {
    /** The newest schema version this library knows. */
    public static final int LATEST = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS coc_schema_version ("
            + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_s BIGINT NOT NULL)";

    private record Migration(int version, String description, List<String> statements) {
    }

    private Schema() {
    }

    private static List<Migration> migrations(Dialect dialect) {
        String bin = dialect.binary();
        return List.of(
                new Migration(1, "case events, case index, deadlines, accused keys, bans", List.of(
                        "CREATE TABLE IF NOT EXISTS coc_case ("
                                + "case_id VARCHAR(64) PRIMARY KEY, "
                                + "records VARCHAR(16) NOT NULL, "
                                + "version BIGINT NOT NULL, "
                                + "head_hash " + bin + ", "
                                + "status VARCHAR(16), "
                                + "edition VARCHAR(64), "
                                + "opened_s BIGINT, opened_n INTEGER, "
                                + "last_s BIGINT, last_n INTEGER, "
                                + "closed_s BIGINT, closed_n INTEGER, "
                                + "retention_class VARCHAR(32), "
                                + "legal_hold BOOLEAN NOT NULL, "
                                + "summary_key VARCHAR(64), "
                                + "summary " + bin + ")",
                        "CREATE INDEX IF NOT EXISTS coc_case_status ON coc_case (status, case_id)",
                        "CREATE TABLE IF NOT EXISTS coc_event ("
                                + "case_id VARCHAR(64) NOT NULL, "
                                + "seq BIGINT NOT NULL, "
                                + "key_id VARCHAR(64) NOT NULL, "
                                + "payload " + bin + " NOT NULL, "
                                + "chain " + bin + " NOT NULL, "
                                + "PRIMARY KEY (case_id, seq))",
                        "CREATE INDEX IF NOT EXISTS coc_event_key ON coc_event (key_id)",
                        "CREATE TABLE IF NOT EXISTS coc_deadline ("
                                + "case_id VARCHAR(64) NOT NULL, "
                                + "kind VARCHAR(32) NOT NULL, "
                                + "due_s BIGINT NOT NULL, due_n INTEGER NOT NULL, "
                                + "PRIMARY KEY (case_id, kind))",
                        "CREATE INDEX IF NOT EXISTS coc_deadline_due ON coc_deadline (due_s, due_n)",
                        "CREATE TABLE IF NOT EXISTS coc_accused_key ("
                                + "key_text VARCHAR(80) NOT NULL, "
                                + "case_id VARCHAR(64) NOT NULL, "
                                + "PRIMARY KEY (key_text, case_id))",
                        "CREATE INDEX IF NOT EXISTS coc_accused_key_case ON coc_accused_key (case_id)",
                        "CREATE TABLE IF NOT EXISTS coc_ban ("
                                + "case_id VARCHAR(64) NOT NULL, "
                                + "seq BIGINT NOT NULL, "
                                + "starts_s BIGINT NOT NULL, starts_n INTEGER NOT NULL, "
                                + "until_s BIGINT, until_n INTEGER, "
                                + "scopes VARCHAR(4000) NOT NULL, "
                                + "PRIMARY KEY (case_id, seq))",
                        "CREATE TABLE IF NOT EXISTS coc_ban_key ("
                                + "key_text VARCHAR(80) NOT NULL, "
                                + "case_id VARCHAR(64) NOT NULL, "
                                + "seq BIGINT NOT NULL, "
                                + "PRIMARY KEY (key_text, case_id, seq))",
                        "CREATE INDEX IF NOT EXISTS coc_ban_key_ban ON coc_ban_key (case_id, seq)",
                        "CREATE TABLE IF NOT EXISTS coc_counter ("
                                + "name VARCHAR(32) PRIMARY KEY, "
                                + "counter_value BIGINT NOT NULL)",
                        "INSERT INTO coc_counter (name, counter_value) SELECT 'ban_generation', 0 "
                                + "WHERE NOT EXISTS (SELECT 1 FROM coc_counter WHERE name = 'ban_generation')")),
                new Migration(2, "purge log, chapter shares for pattern detection", List.of(
                        "CREATE TABLE IF NOT EXISTS coc_purge_log ("
                                + "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                                + "ran_s BIGINT NOT NULL, ran_n INTEGER NOT NULL, "
                                + "cases_deleted INTEGER NOT NULL, "
                                + "cases_reduced INTEGER NOT NULL, "
                                + "bans_removed INTEGER NOT NULL)",
                        "CREATE TABLE IF NOT EXISTS coc_chapter_key ("
                                + "key_text VARCHAR(80) NOT NULL, "
                                + "chapter VARCHAR(64) NOT NULL, "
                                + "case_ref VARCHAR(64) NOT NULL, "
                                + "shared_s BIGINT NOT NULL, shared_n INTEGER NOT NULL, "
                                + "PRIMARY KEY (key_text, chapter, case_ref))",
                        "CREATE INDEX IF NOT EXISTS coc_chapter_key_case ON coc_chapter_key (chapter, case_ref)")),
                new Migration(3, "patterns the global organization told chapters about", List.of(
                        "CREATE TABLE IF NOT EXISTS coc_pattern_told ("
                                + "chapter VARCHAR(64) NOT NULL, "
                                + "key_text VARCHAR(80) NOT NULL, "
                                + "told_s BIGINT NOT NULL, told_n INTEGER NOT NULL, "
                                + "PRIMARY KEY (chapter, key_text))",
                        "CREATE INDEX IF NOT EXISTS coc_pattern_told_key ON coc_pattern_told (key_text)")));
    }

    /**
     * Brings a database's schema to the latest version.
     *
     * @param jdbc the transactions
     * @param dialect the database
     * @param clock the clock for the time a migration was applied
     * @throws SchemaVersionException if the database's schema is newer than this library
     */
    static void migrate(Jdbc jdbc, Dialect dialect, Clock clock) {
        migrate(jdbc, dialect, clock, LATEST);
    }

    /**
     * Brings a database's schema to a version, for tests of upgrades.
     *
     * @param jdbc the transactions
     * @param dialect the database
     * @param clock the clock for the time a migration was applied
     * @param target the version to reach
     */
    static void migrate(Jdbc jdbc, Dialect dialect, Clock clock, int target) {
        for (int attempt = 1; ; attempt++) {
            try {
                // Stores opening at once in one JVM take turns (H2 can trip over its own concurrent DDL); on
                // PostgreSQL an advisory lock also makes other processes take turns.
                synchronized (Schema.class) {
                    migrateOnce(jdbc, dialect, clock, target);
                }
                return;
            } catch (Jdbc.Conflict conflict) {
                // Two processes creating the same table at once: PostgreSQL can refuse the loser's CREATE even with
                // IF NOT EXISTS. Look again; the other process has probably done the work.
                if (attempt >= 5) {
                    throw Jdbc.translate("the schema migration", (SQLException) conflict.getCause());
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw Jdbc.translate("the schema migration", (SQLException) conflict.getCause());
                }
            }
        }
    }

    private static void migrateOnce(Jdbc jdbc, Dialect dialect, Clock clock, int target) {
        int current = jdbc.inTransaction("the schema version", c -> {
            lock(c, dialect);
            try (Statement statement = c.createStatement()) {
                statement.execute(VERSION_TABLE);
            }
            return version(c);
        });
        if (current > LATEST) {
            throw new SchemaVersionException(current, LATEST);
        }
        for (Migration migration : migrations(dialect)) {
            if (migration.version() <= current || migration.version() > target) {
                continue;
            }
            boolean applied = jdbc.inTransaction("schema migration " + migration.version(), c -> {
                lock(c, dialect);
                int now = version(c);
                if (now > LATEST) {
                    throw new SchemaVersionException(now, LATEST);
                }
                if (now >= migration.version()) {
                    return false; // another process applied it meanwhile
                }
                try (Statement statement = c.createStatement()) {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                }
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO coc_schema_version (version, description, applied_s) VALUES (?, ?, ?)")) {
                    insert.setInt(1, migration.version());
                    insert.setString(2, migration.description());
                    insert.setLong(3, clock.instant().getEpochSecond());
                    insert.executeUpdate();
                }
                return true;
            });
            if (applied) {
                LOG.info("applied schema migration {} ({})", migration.version(), migration.description());
            }
        }
    }

    /** On PostgreSQL, migrations of one database take turns: a transaction-scoped advisory lock. */
    private static void lock(Connection c, Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement statement = c.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(7402361853190625347)");
            }
        }
    }

    /**
     * Reads the schema version of a database.
     *
     * @param connection a connection
     * @return the highest version applied, 0 if none
     * @throws SQLException if the version table cannot be read
     */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM coc_schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
