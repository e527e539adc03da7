package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.cocworkflow.store.testing.StoreFixtures.caseFile;
import static org.cocworkflow.store.testing.StoreFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.Theories;
import org.cocworkflow.store.crypto.KeyException;
import org.cocworkflow.store.crypto.KeyRing;
import org.cocworkflow.store.testing.PostgresServer;
import org.cocworkflow.store.testing.StoreFixtures;
import org.cocworkflow.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Encryption at rest: no content in the database without the key (a canary planted in every content field is found
 * neither in the raw H2 file nor in a plain PostgreSQL dump, as text or as hex, while a control planted in the clear
 * is), and keys rotate without losing a record.
 */
class EncryptionTest extends OnEachDatabase {
    private static final String CANARY = "CANARY-7f3a9c51e2d84b06";
    private static final String CONTROL = "CONTROL-41d0b8e6a27c93f5";

    /** Case files with the canary in every name, contact, identifier and free text, under fresh ids. */
    private static List<CaseFile> canaryCases() {
        List<CaseFile> files = new ArrayList<>();
        int n = 0;
        for (CaseFile file : Theories.sample(CocGenerators.withContent(CANARY).caseFiles(5, 30), 12)) {
            List<CaseEvent> events = new ArrayList<>(file.events());
            events.set(0, ImmutableCaseOpened.copyOf(file.opening()).withCaseId(CaseId.of("canary-" + n++)));
            files.add(CaseFile.replay(events));
        }
        return files;
    }

    private List<CaseFile> storeCanaries(CaseStore store) {
        List<CaseFile> files = canaryCases();
        assertTrue(CocJson.standard().writeCaseFile(files.get(0)).contains(CANARY), "the canary is in the content");
        // Half stored whole, half opened and then appended to, as organizers would.
        store.createAll(files.subList(0, files.size() / 2));
        for (CaseFile file : files.subList(files.size() / 2, files.size())) {
            CaseFile current = store.create(file.opening());
            store.append(current, file);
        }
        return files;
    }

    private void plantControl() throws SQLException {
        String binary = db.kind().equals("h2") ? "VARBINARY" : "BYTEA";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE canary_control (t VARCHAR(100), b " + binary + ")");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO canary_control VALUES (?, ?)")) {
                insert.setString(1, CONTROL);
                insert.setBytes(2, (CONTROL + "-bytes").getBytes(StandardCharsets.UTF_8));
                insert.executeUpdate();
            }
        }
    }

    /** Every way the text could appear in stored bytes or a dump: UTF-8, UTF-16, and hex in either case. */
    private static List<byte[]> forms(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        String hex = HexFormat.of().formatHex(utf8);
        return List.of(utf8, text.getBytes(StandardCharsets.UTF_16BE), text.getBytes(StandardCharsets.UTF_16LE),
                hex.getBytes(StandardCharsets.US_ASCII), hex.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void assertNoForm(byte[] bytes, String text, String what) {
        for (byte[] form : forms(text)) {
            assertFalse(contains(bytes, form), "the canary is readable in " + what);
        }
    }

    private byte[] snapshot() throws IOException {
        if (db instanceof TestDatabase.H2 h2) {
            return Files.readAllBytes(h2.file());
        }
        TestDatabase.Postgres pg = (TestDatabase.Postgres) db;
        List<String> c = PostgresServer.connection(pg.serverUrl());
        Optional<String> pgDump = PostgresServer.program("pg_dump");
        String dump = pgDump.isPresent()
                ? PostgresServer.run(List.of(pgDump.get(), "-h", c.get(0), "-p", c.get(1), "-U", c.get(3), "-d",
                        c.get(2), "--schema=" + pg.schema(), "--format=plain", "--no-owner"),
                        List.of("PGPASSWORD=" + c.get(4)))
                : copyDump(pg);
        assertTrue(dump.contains("coc_event"), "the dump holds the store's tables");
        return dump.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Without {@code pg_dump} (the server unpacked from Maven Central has none): every table of the schema in
     * PostgreSQL's COPY text format, the format of a plain dump's data, {@code bytea} as hex.
     */
    private static String copyDump(TestDatabase.Postgres pg) throws IOException {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = pg.connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name")) {
                list.setString(1, pg.schema());
                try (ResultSet rows = list.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class)
                    .getCopyAPI();
            for (String table : tables) {
                StringWriter out = new StringWriter();
                copy.copyOut("COPY " + pg.schema() + "." + table + " TO STDOUT", out);
                dump.append("-- ").append(table).append('\n').append(out);
            }
        } catch (SQLException e) {
            throw new IOException("could not copy the schema's tables", e);
        }
        return dump.toString();
    }

    @Test
    void a_canary_in_every_content_field_is_not_readable_in_the_database_while_a_clear_control_is()
            throws Exception {
        CaseStore store = db.open();
        List<CaseFile> files = storeCanaries(store);
        plantControl();

        byte[] live = snapshot();
        assertNoForm(live, CANARY, db.kind() + " (open)");
        String where = db.kind().equals("h2") ? "the raw H2 file" : "the plain pg_dump (or COPY of every table)";
        assertTrue(forms(CONTROL).stream().anyMatch(f -> contains(live, f)), "the control text is found in " + where);
        assertTrue(forms(CONTROL + "-bytes").stream().anyMatch(f -> contains(live, f)),
                "the control bytes are found in " + where + (db.kind().equals("h2") ? "" : " (as hex)"));
        store.close();

        byte[] closed = snapshot();
        assertNoForm(closed, CANARY, db.kind() + " (closed)");
        try (CaseStore again = db.open()) {
            for (CaseFile file : files) {
                // Every record still decrypts, replays and verifies: the content is there, only encrypted.
                assertTrue(again.verify(file.id()).intact());
                assertEquals(file.version(), again.summary(file.id()).orElseThrow().version());
            }
        }
    }

    @Test
    void keys_rotate_old_records_stay_readable_and_re_encryption_retires_the_old_key() {
        KeyRing first = KeyRing.of(StoreFixtures.key1());
        KeyRing rotated = first.rotateTo(StoreFixtures.key2());
        CaseStore store = db.open(first, StoreFixtures.identityKeys(), StoreFixtures.options());
        for (int i = 1; i <= 3; i++) {
            CaseFile f = store.create(caseFile("case-" + i, NOW).opening());
            store.append(f, then(then(f, Action.AssignHandler.of(RECEIVER)), Action.RecordNote.of("note " + i)));
        }
        store.close();

        store = db.open(rotated, StoreFixtures.identityKeys(), StoreFixtures.options());
        CaseFile one = store.load(CaseId.of("case-1"), RECEIVER).orElseThrow();
        one = store.append(one, then(one, Action.RecordNote.of("under the new key")));
        assertEquals(Map.of("k1", 12L, "k2", 1L), store.recordsByKey());

        CaseStore other = db.open(rotated, StoreFixtures.identityKeys(), StoreFixtures.options());
        CaseFile two = other.load(CaseId.of("case-2"), RECEIVER).orElseThrow();
        assertEquals(12, store.reencryptUnderCurrentKey());
        assertEquals(Map.of("k2", 13L), store.recordsByKey());
        // A case file read before the re-encryption still appends: the store re-reads the re-chained case.
        CaseFile twoLater = other.append(two, then(two, Action.RecordNote.of("after re-encryption")));
        other.close();
        store.close();

        try (CaseStore retired = db.open(KeyRing.of(StoreFixtures.key2()), StoreFixtures.identityKeys(),
                StoreFixtures.options())) {
            assertEquals(one, retired.load(CaseId.of("case-1"), RECEIVER).orElseThrow());
            assertEquals(twoLater, retired.load(CaseId.of("case-2"), RECEIVER).orElseThrow());
            for (int i = 1; i <= 3; i++) {
                assertTrue(retired.verify(CaseId.of("case-" + i)).intact());
            }
            assertTrue(retired.history().priorCases(java.util.Set.of(StoreFixtures.identityKeys()
                    .email("lee.park@mail.example")), CaseId.of("none")).size() == 3,
                    "the case summaries were re-encrypted too");
        }
        try (CaseStore old = db.open(KeyRing.of(StoreFixtures.key1()), StoreFixtures.identityKeys(),
                StoreFixtures.options())) {
            KeyException missing = assertThrows(KeyException.class, () -> old.load(CaseId.of("case-1"), RECEIVER));
            assertEquals("k2", missing.keyId());
        }
    }
}
