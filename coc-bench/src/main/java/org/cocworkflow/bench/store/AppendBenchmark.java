package org.cocworkflow.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending one organizer action to a stored case, committed, one thread, time per action; on an embedded H2 file
 * and on PostgreSQL.
 *
 * <p>Ours, three ways:
 * <ul>
 *   <li>{@link #h2Append}, {@link #postgresAppend}: {@code store.append(current, next)} where {@code next} is
 *       {@code current} with one {@code record_note} event, built outside the measured time: the event is encrypted
 *       (AES-GCM), chained to the case's head hash, and written with the case row's optimistic version update in
 *       one transaction;</li>
 *   <li>{@link #h2Record}, {@link #postgresRecord}: {@code store.record(current, note, by, at)}, the path an
 *       organizer's action takes: the guards, the transition check and the fold of {@code Guards.apply}, then the
 *       same append, on the case file the previous call returned (which the store has cached);</li>
 *   <li>{@link #h2RecordUncached}, {@link #postgresRecordUncached}: the same record on a case that a second store
 *       instance on the same database loads first ({@code load(id, member)}: read, chain check, decryption and
 *       replay of the case's events), as when another process, or a restart, wrote it last.</li>
 * </ul>
 *
 * <p>The floor ({@link #h2Floor}, {@link #postgresFloor}), for all three, is a plain JDBC {@code INSERT} of the same
 * bytes (key id, ciphertext and chain hash of a real appended event) into a table of the same column shape as the
 * store's event table, followed by a commit: one statement, one commit per operation, auto-commit off and
 * read-committed as the store's own connections. The uncached record also stands beside a second floor
 * ({@link #h2ReadFloor}, {@link #postgresReadFloor}): the least database work a load and an append need, a
 * {@code SELECT} of the bytes of every row of the case (the real opening's, then appended events'), then the same
 * {@code INSERT}, one commit; it shows how much of the uncached path is the database's and how much is ours
 * (decryption, parsing and the guarded replay). The appends also stand beside a third floor ({@link #h2RowFloor},
 * {@link #postgresRowFloor}): the database work of the store's design, the same {@code INSERT} into a table with the
 * store's event indexes plus the store's conditional {@code UPDATE} of a case row copied from the store's own (sent
 * as the store sends them, on PostgreSQL one statement), one commit; it shows what keeping the case row up to date
 * costs the database, apart from our work. The floor's table holds its cases as the store does, a fresh one
 * after 64 rows. Each benchmark rotates over 256 cases; a case that reached 64
 * events is replaced by a fresh one, so the cases a load reads have about 32 events. The next case file of
 * an append is built, and a replacement case created, in a per-invocation setup, outside the measured time (an
 * operation takes well over the microseconds JMH needs for that to be accurate).
 *
 * <p>H2: {@link Stores#embedded} in a new temporary directory; the floor's table is in an H2 file of its own
 * opened with the same URL settings ({@link Stores#embeddedUrl}: {@code WRITE_DELAY=0}, every commit written before
 * it returns). PostgreSQL: the JDBC URL in {@code -Dcoc.store.postgres.url} or {@code COC_STORE_POSTGRES_URL}
 * ({@code bash coc-bench/run} starts a throwaway cluster when it can); both sides get a new schema of their own on
 * that server, dropped after the trial. Without a URL the PostgreSQL benchmarks fail at setup with "not run: no
 * PostgreSQL", and the report says so. Target: ours at most 1.5 times the floor on each database.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class AppendBenchmark {
    private static final int CASES = 256;
    private static final String CASE_COLUMNS = "case_id, records, version, head_hash, status, edition, opened_s, "
            + "opened_n, last_s, last_n, closed_s, closed_n, retention_class, legal_hold, summary_key, summary";
    private static final int MAX_EVENTS = 64;
    private static final Action NOTE = Action.RecordNote.of(
            "Called the reporter back; they want to wait until after the conference before we talk to the accused.");
    private static final String PLAIN_TABLE = "bench_plain_event";
    private static final String ROW_EVENTS = "bench_row_event";
    private static final String ROW_CASES = "bench_row_case";
    /** The store's case-row update (JdbcCaseStore.tryAppend), on the row floor's case table. */
    private static final String ROW_UPDATE = "UPDATE " + ROW_CASES + " SET version = ?, head_hash = ?, status = ?, "
            + "last_s = ?, last_n = ?, closed_s = ?, closed_n = ? WHERE case_id = ? AND records = ? AND version = ? "
            + "AND head_hash = ?";
    private static final String ROW_INSERT = "INSERT INTO " + ROW_EVENTS
            + " (case_id, seq, key_id, payload, chain) VALUES (?, ?, ?, ?, ?)";

    /** A store and a plain table on one kind of database, with the cases and the bytes the operations append. */
    public abstract static class Target {
        CaseStore store;
        /** A second store instance on the same database, for the uncached record. */
        CaseStore second;
        Connection plain;
        PreparedStatement insert;
        PreparedStatement read;
        PreparedStatement rowUpdate;
        PreparedStatement rowInsert;
        PreparedStatement rowCase;
        PreparedStatement rowOpening;
        /** The first case's row in coc_case, in column order: the row floor's cases copy it. */
        private Object[] caseRow;
        private final List<CaseFile> cases = new ArrayList<>();
        // The floor's cases mirror the store's: an opening row, then appended rows, a fresh case after MAX_EVENTS.
        private final long[] plainSeq = new long[CASES];
        private final int[] plainGeneration = new int[CASES];
        private int slot;
        private int created;
        CaseFile current;
        CaseFile next;
        /** The bytes of one real appended event, which every floor inserts. */
        StoredEvent appended;
        StoredEvent opening;

        /**
         * Opens the store, on an empty database.
         *
         * @return the store
         */
        abstract CaseStore openStore();

        /** Removes what {@link #openStore} made. */
        abstract void drop();

        /**
         * Opens everything, stores the cases and takes the bytes of one real append for the floor.
         *
         * @param binary the SQL type of byte columns: {@code VARBINARY} or {@code BYTEA}
         * @param storeConnection a raw connection to the store's own database, to read back one event
         */
        void start(String binary, Connection storeConnection, boolean oneStatement) throws SQLException {
            List<CaseFile> files = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                files.add(newCase());
            }
            store.createAll(files);
            cases.addAll(files);
            CaseFile first = cases.get(0);
            CaseFile noted = note(first);
            store.append(first, noted);
            cases.set(0, noted);
            try (PreparedStatement select = storeConnection.prepareStatement(
                    "SELECT key_id, payload, chain FROM coc_event WHERE case_id = ? AND seq = ?")) {
                select.setString(1, first.id().value());
                appended = storedEvent(select, first.version());
                opening = storedEvent(select, 0);
            }
            try (PreparedStatement select = storeConnection.prepareStatement(
                    "SELECT " + CASE_COLUMNS + " FROM coc_case WHERE case_id = ?")) {
                select.setString(1, first.id().value());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("the first case is not in coc_case");
                    }
                    caseRow = new Object[CASE_COLUMNS.split(", ").length];
                    for (int i = 0; i < caseRow.length; i++) {
                        caseRow[i] = row.getObject(i + 1);
                    }
                }
            }
            plain.setAutoCommit(false);
            plain.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (Statement s = plain.createStatement()) {
                s.execute("CREATE TABLE " + PLAIN_TABLE + " (case_id VARCHAR(64) NOT NULL, seq BIGINT NOT NULL, "
                        + "key_id VARCHAR(64) NOT NULL, payload " + binary + " NOT NULL, chain " + binary
                        + " NOT NULL, PRIMARY KEY (case_id, seq))");
                // The row floor's tables: the store's event and case tables with their indexes (Schema, version 1).
                s.execute("CREATE TABLE " + ROW_EVENTS + " (case_id VARCHAR(64) NOT NULL, seq BIGINT NOT NULL, "
                        + "key_id VARCHAR(64) NOT NULL, payload " + binary + " NOT NULL, chain " + binary
                        + " NOT NULL, PRIMARY KEY (case_id, seq))");
                s.execute("CREATE INDEX " + ROW_EVENTS + "_key ON " + ROW_EVENTS + " (key_id)");
                s.execute("CREATE TABLE " + ROW_CASES + " (case_id VARCHAR(64) PRIMARY KEY, records VARCHAR(16) NOT "
                        + "NULL, version BIGINT NOT NULL, head_hash " + binary + ", status VARCHAR(16), edition "
                        + "VARCHAR(64), opened_s BIGINT, opened_n INTEGER, last_s BIGINT, last_n INTEGER, closed_s "
                        + "BIGINT, closed_n INTEGER, retention_class VARCHAR(32), legal_hold BOOLEAN NOT NULL, "
                        + "summary_key VARCHAR(64), summary " + binary + ")");
                s.execute("CREATE INDEX " + ROW_CASES + "_status ON " + ROW_CASES + " (status, case_id)");
            }
            plain.commit();
            insert = plain.prepareStatement("INSERT INTO " + PLAIN_TABLE
                    + " (case_id, seq, key_id, payload, chain) VALUES (?, ?, ?, ?, ?)");
            read = plain.prepareStatement("SELECT key_id, payload, chain FROM " + PLAIN_TABLE
                    + " WHERE case_id = ? ORDER BY seq");
            // As the store sends it: on PostgreSQL the update and the insert as one statement.
            rowUpdate = plain.prepareStatement(oneStatement ? "WITH moved AS (" + ROW_UPDATE + " RETURNING case_id) "
                    + "INSERT INTO " + ROW_EVENTS + " (case_id, seq, key_id, payload, chain) SELECT case_id, ?, ?, ?, ? "
                    + "FROM moved" : ROW_UPDATE);
            rowInsert = oneStatement ? null : plain.prepareStatement(ROW_INSERT);
            rowOpening = plain.prepareStatement(ROW_INSERT);
            rowCase = plain.prepareStatement("INSERT INTO " + ROW_CASES + " (" + CASE_COLUMNS + ") VALUES ("
                    + "?, ".repeat(caseRow.length - 1) + "?)");
        }

        /** The bytes of one row of the store's event table. */
        private record StoredEvent(String keyId, byte[] payload, byte[] chain) {
        }

        private static StoredEvent storedEvent(PreparedStatement select, long sequence) throws SQLException {
            select.setLong(2, sequence);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("event #" + sequence + " of the first case is not in coc_event");
                }
                return new StoredEvent(row.getString(1), row.getBytes(2), row.getBytes(3));
            }
        }

        private CaseFile newCase() {
            return CaseFile.open(opening());
        }

        private CaseOpened opening() {
            int n = created++;
            return BenchData.opened("append-" + n, BenchData.NOW.minus(Duration.ofDays(30)),
                    "accused-" + n + "@append.example", "Appended Person " + n);
        }

        private static Instant nextAt(CaseFile file) {
            return file.state().lastEventAt().plus(Duration.ofMinutes(1));
        }

        private static CaseFile note(CaseFile file) {
            return Guards.apply(file, NOTE, BenchData.RECEIVER, nextAt(file)).file();
        }

        /** Picks the next case and builds its next version, outside the measured time. */
        @Setup(Level.Invocation)
        public void nextCase() {
            slot = (slot + 1) % CASES;
            CaseFile file = cases.get(slot);
            if (file.version() >= MAX_EVENTS) {
                file = store.create(opening());
                cases.set(slot, file);
            }
            current = file;
            next = note(file);
            try {
                if (plainSeq[slot] == 0 || plainSeq[slot] >= MAX_EVENTS) {
                    startPlainCase();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not start a case in the floor's table", e);
            }
        }

        private String plainCase() {
            return "plain-" + slot + "-" + plainGeneration[slot];
        }

        private void startPlainCase() throws SQLException {
            if (plainSeq[slot] != 0) {
                plainGeneration[slot]++;
            }
            bindEvent(insert, 0, opening);
            insert.executeUpdate();
            rowCase.setString(1, plainCase());
            for (int i = 1; i < caseRow.length; i++) {
                rowCase.setObject(i + 1, caseRow[i]);
            }
            rowCase.setLong(3, 1);
            rowCase.setBytes(4, opening.chain());
            rowCase.executeUpdate();
            bindEvent(rowOpening, 0, opening);
            rowOpening.executeUpdate();
            plain.commit();
            plainSeq[slot] = 1;
        }

        /** Binds an event row of the current floor case: case id, sequence number, key id, payload, chain. */
        private void bindEvent(PreparedStatement statement, long seq, StoredEvent event) throws SQLException {
            statement.setString(1, plainCase());
            bindEventAfterCase(statement, 2, seq, event);
        }

        /**
         * Binds the columns after the case id, from a parameter on: the one-statement append takes the id from the
         * updated case row.
         */
        private static void bindEventAfterCase(PreparedStatement statement, int from, long seq, StoredEvent event)
                throws SQLException {
            statement.setLong(from, seq);
            statement.setString(from + 1, event.keyId());
            statement.setBytes(from + 2, event.payload());
            statement.setBytes(from + 3, event.chain());
        }

        CaseFile append() {
            store.append(current, next);
            cases.set(slot, next);
            return next;
        }

        CaseFile record() {
            CaseFile recorded = store.record(current, NOTE, BenchData.RECEIVER, nextAt(current)).file();
            cases.set(slot, recorded);
            return recorded;
        }

        CaseFile recordUncached() {
            CaseFile loaded = second.load(current.id(), BenchData.RECEIVER).orElseThrow();
            CaseFile recorded = second.record(loaded, NOTE, BenchData.RECEIVER, nextAt(loaded)).file();
            cases.set(slot, recorded);
            return recorded;
        }

        int plainInsert() throws SQLException {
            int rows = insertOne();
            plain.commit();
            return rows;
        }

        private int insertOne() throws SQLException {
            bindEvent(insert, plainSeq[slot]++, appended);
            return insert.executeUpdate();
        }

        int plainUpdateAndInsert() throws SQLException {
            long seq = plainSeq[slot]++;
            byte[] previous = seq == 1 ? opening.chain() : appended.chain();
            int i = 1;
            rowUpdate.setLong(i++, seq + 1);
            rowUpdate.setBytes(i++, appended.chain());
            rowUpdate.setObject(i++, caseRow[4]);
            rowUpdate.setLong(i++, 1_700_000_000L + seq);
            rowUpdate.setInt(i++, 0);
            rowUpdate.setObject(i++, caseRow[10]);
            rowUpdate.setObject(i++, caseRow[11]);
            rowUpdate.setString(i++, plainCase());
            rowUpdate.setObject(i++, caseRow[1]);
            rowUpdate.setLong(i++, seq);
            rowUpdate.setBytes(i++, previous);
            if (rowInsert == null) {
                bindEventAfterCase(rowUpdate, i, seq, appended);
            }
            if (rowUpdate.executeUpdate() != 1) {
                throw new IllegalStateException("the row floor's case row did not match its version and head");
            }
            if (rowInsert != null) {
                bindEvent(rowInsert, seq, appended);
                rowInsert.executeUpdate();
            }
            plain.commit();
            return 1;
        }

        int plainReadAndInsert() throws SQLException {
            int bytes = 0;
            read.setString(1, plainCase());
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    bytes += rows.getString(1).length() + rows.getBytes(2).length + rows.getBytes(3).length;
                }
            }
            bytes += insertOne();
            plain.commit();
            return bytes;
        }

        /** Closes the store and the connection and removes the databases. */
        @TearDown
        public void tearDown() throws SQLException {
            try {
                if (insert != null) {
                    insert.close();
                }
                if (read != null) {
                    read.close();
                }
                for (PreparedStatement statement : new PreparedStatement[] {rowUpdate, rowInsert, rowCase,
                    rowOpening}) {
                    if (statement != null) {
                        statement.close();
                    }
                }
                if (plain != null) {
                    plain.close();
                }
                if (second != null) {
                    second.close();
                }
                if (store != null) {
                    store.close();
                }
            } finally {
                drop();
            }
        }
    }

    /** An embedded store in a temporary directory, and the floor's H2 file beside it with the same settings. */
    @State(Scope.Benchmark)
    public static class H2 extends Target {
        private Path root;

        /** Creates both databases. */
        @Setup(Level.Trial)
        public void setUp() throws SQLException {
            try {
                root = Files.createTempDirectory("coc-bench-append-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = openStore();
            second = openStore();
            try (Connection own = DriverManager.getConnection(Stores.embeddedUrl(root.resolve("store")), "coc", "")) {
                plain = DriverManager.getConnection(Stores.embeddedUrl(root.resolve("plain")), "coc", "");
                start("VARBINARY", own, false);
            }
        }

        @Override
        CaseStore openStore() {
            return Stores.embedded(root.resolve("store"), BenchData.keys(), BenchData.identityKeys(),
                    BenchData.options());
        }

        @Override
        void drop() {
            BenchData.delete(root);
        }
    }

    /** A store on PostgreSQL in a schema of its own, and the floor's table in another. */
    @State(Scope.Benchmark)
    public static class Postgres extends Target {
        private String server;
        private String schema;

        /** Creates both schemas; fails with "not run: no PostgreSQL" without a server. */
        @Setup(Level.Trial)
        public void setUp() throws SQLException {
            server = postgresUrl().orElseThrow(() -> new IllegalStateException("not run: no PostgreSQL (set "
                    + "COC_STORE_POSTGRES_URL to a JDBC URL, or pass -jvmArgsAppend -Dcoc.store.postgres.url=... to "
                    + "JMH, or run bash coc-bench/run where PostgreSQL's binaries are installed)"));
            schema = "bench_append_" + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
                s.execute("CREATE SCHEMA " + schema + "_plain");
            }
            store = openStore();
            second = openStore();
            try (Connection own = DriverManager.getConnection(inSchema(schema))) {
                plain = DriverManager.getConnection(inSchema(schema + "_plain"));
                start("BYTEA", own, true);
            }
        }

        private String inSchema(String name) {
            return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }

        @Override
        CaseStore openStore() {
            return Stores.connect(inSchema(schema), new Properties(), BenchData.keys(), BenchData.identityKeys(),
                    BenchData.options());
        }

        @Override
        void drop() {
            if (schema == null) {
                return;
            }
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("DROP SCHEMA IF EXISTS " + schema + "_plain CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the benchmark's schemas", e);
            }
        }
    }

    /**
     * The PostgreSQL server to measure on, if one is given.
     *
     * @return the JDBC URL from {@code -Dcoc.store.postgres.url} or {@code COC_STORE_POSTGRES_URL}
     */
    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getProperty("coc.store.postgres.url")).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv("COC_STORE_POSTGRES_URL")).filter(s -> !s.isBlank()));
    }

    /**
     * @param h2 the embedded store
     * @return the appended case file
     */
    @Benchmark
    public CaseFile h2Append(H2 h2) {
        return h2.append();
    }

    /**
     * @param h2 the floor's H2 file
     * @return rows inserted
     * @throws SQLException if the insert fails
     */
    @Benchmark
    public int h2Floor(H2 h2) throws SQLException {
        return h2.plainInsert();
    }

    /**
     * @param h2 the embedded store
     * @return the case file with the action recorded
     */
    @Benchmark
    public CaseFile h2Record(H2 h2) {
        return h2.record();
    }

    /**
     * @param h2 the embedded store and a second instance on its database
     * @return the case file with the action recorded
     */
    @Benchmark
    public CaseFile h2RecordUncached(H2 h2) {
        return h2.recordUncached();
    }

    /**
     * @param pg the store on PostgreSQL
     * @return the appended case file
     */
    @Benchmark
    public CaseFile postgresAppend(Postgres pg) {
        return pg.append();
    }

    /**
     * @param pg the store on PostgreSQL
     * @return the case file with the action recorded
     */
    @Benchmark
    public CaseFile postgresRecord(Postgres pg) {
        return pg.record();
    }

    /**
     * @param pg the store on PostgreSQL and a second instance on its schema
     * @return the case file with the action recorded
     */
    @Benchmark
    public CaseFile postgresRecordUncached(Postgres pg) {
        return pg.recordUncached();
    }

    /**
     * @param pg the floor's schema on PostgreSQL
     * @return rows inserted
     * @throws SQLException if the insert fails
     */
    @Benchmark
    public int postgresFloor(Postgres pg) throws SQLException {
        return pg.plainInsert();
    }

    /**
     * @param h2 the floor's H2 file
     * @return rows inserted
     * @throws SQLException if the update or the insert fails
     */
    @Benchmark
    public int h2RowFloor(H2 h2) throws SQLException {
        return h2.plainUpdateAndInsert();
    }

    /**
     * @param pg the floor's schema on PostgreSQL
     * @return rows inserted
     * @throws SQLException if the statement fails
     */
    @Benchmark
    public int postgresRowFloor(Postgres pg) throws SQLException {
        return pg.plainUpdateAndInsert();
    }

    /**
     * @param h2 the floor's H2 file
     * @return the bytes read, plus the rows inserted
     * @throws SQLException if the select or the insert fails
     */
    @Benchmark
    public int h2ReadFloor(H2 h2) throws SQLException {
        return h2.plainReadAndInsert();
    }

    /**
     * @param pg the floor's schema on PostgreSQL
     * @return the bytes read, plus the rows inserted
     * @throws SQLException if the select or the insert fails
     */
    @Benchmark
    public int postgresReadFloor(Postgres pg) throws SQLException {
        return pg.plainReadAndInsert();
    }
}
