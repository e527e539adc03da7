package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.cocworkflow.store.testing.StoreFixtures.caseFile;
import static org.cocworkflow.store.testing.StoreFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.json.JsonLimits;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.store.crypto.DataKey;
import org.cocworkflow.store.crypto.DecryptionException;
import org.cocworkflow.store.crypto.KeyException;
import org.cocworkflow.store.crypto.KeyRing;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input: oversized fields, a wrong or missing key, damaged ciphertext, a schema from a newer version. Each gives a
 * typed error whose message holds no content, and nothing stored before is lost.
 */
class BadInputTest extends OnEachStore {
    private static final CaseId ID = CaseId.of("case-1");
    private static final String SECRET_TEXT = "Secret-Words-Of-The-Victim";

    private CaseFile stored;

    @BeforeEach
    void storeACase() {
        CaseFile file = store.create(caseFile("case-1", NOW).opening());
        stored = store.append(file, then(then(file, Action.AssignHandler.of(RECEIVER)),
                Action.RecordNote.of(SECRET_TEXT)));
    }

    /** Nothing was lost: a fresh store with the right key reads the case as it was, and it verifies. */
    private void assertNothingLost() {
        try (CaseStore fresh = db.open()) {
            assertEquals(stored, fresh.load(ID, RECEIVER).orElseThrow());
            assertTrue(fresh.verify(ID).intact());
        }
    }

    private static void assertNoContent(Exception e) {
        assertFalse(String.valueOf(e.getMessage()).contains(SECRET_TEXT), "no content in the message");
        assertFalse(String.valueOf(e.getMessage()).contains("Lee Park"), "no content in the message");
    }

    @Test
    void a_free_text_field_over_the_string_limit_is_refused_and_nothing_is_written() {
        String huge = "x".repeat(JsonLimits.defaults().maxStringLength() + 1);
        StoreException e = assertThrows(StoreException.class,
                () -> store.append(stored, then(stored, Action.RecordNote.of(huge))));
        assertEquals(StoreException.Reason.EVENT_TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("event #3 of case case-1 (record_note)"), e.getMessage());
        assertNoContent(e);
        assertNothingLost();
        // the case takes the next event as usual
        store.append(stored, then(stored, Action.RecordNote.of("short")));
    }

    @Test
    void an_oversized_report_is_refused_before_anything_of_the_case_is_written() {
        CaseOpened opened = caseFile("case-2", NOW).opening();
        CaseOpened huge = ImmutableCaseOpened.copyOf(opened).withReport(ImmutableReport.copyOf(opened.report())
                .withDescription("y".repeat(300_000)));
        StoreException e = assertThrows(StoreException.class, () -> store.create(huge));
        assertEquals(StoreException.Reason.EVENT_TOO_LARGE, e.reason());
        assertTrue(store.summary(CaseId.of("case-2")).isEmpty());
    }

    @Test
    void an_event_over_the_configured_document_limit_is_refused() {
        store.close();
        store = db.open(StoreFixtures.keys(), StoreFixtures.identityKeys(), ImmutableStoreOptions
                .copyOf(StoreFixtures.options()).withEventLimits(JsonLimits.builder().maxDocumentChars(2_000).build()));
        CaseFile current = store.load(ID, RECEIVER).orElseThrow();
        StoreException e = assertThrows(StoreException.class,
                () -> store.append(current, then(current, Action.RecordNote.of("z".repeat(3_000)))));
        assertEquals(StoreException.Reason.EVENT_TOO_LARGE, e.reason());
        assertNothingLost();
    }

    @Test
    void a_wrong_key_under_the_right_id_is_a_decryption_error_and_changes_nothing() {
        store.close();
        KeyRing wrong = KeyRing.of(DataKey.of("k1", StoreFixtures.bytes("not the key")));
        store = db.open(wrong, StoreFixtures.identityKeys(), StoreFixtures.options());
        DecryptionException e = assertThrows(DecryptionException.class, () -> store.load(ID, RECEIVER));
        assertTrue(e.getMessage().contains("event #0 of case case-1"), e.getMessage());
        assertNoContent(e);
        // an append on the case file seen earlier must not write under the wrong key either
        assertThrows(DecryptionException.class,
                () -> store.append(stored, then(stored, Action.RecordNote.of("under a wrong key"))));
        assertEquals(3, store.summary(ID).orElseThrow().version());
        assertNothingLost();
    }

    @Test
    void a_missing_key_is_a_key_error_and_verify_reports_it() {
        store.close();
        store = db.open(KeyRing.of(StoreFixtures.key2()), StoreFixtures.identityKeys(), StoreFixtures.options());
        KeyException e = assertThrows(KeyException.class, () -> store.load(ID, RECEIVER));
        assertEquals("k1", e.keyId());
        assertEquals(IntegrityProblem.Kind.KEY_MISSING, store.verify(ID).problems().get(0).kind());
        assertNothingLost();
    }

    private byte[] payload(long seq) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT payload FROM coc_event WHERE case_id = 'case-1' AND seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    private void setPayload(long seq, byte[] payload) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE coc_event SET payload = ? WHERE case_id = 'case-1' AND seq = ?")) {
            s.setBytes(1, payload);
            s.setLong(2, seq);
            s.executeUpdate();
        }
    }

    @Test
    void corrupted_ciphertext_is_refused_and_the_case_reads_again_once_restored() throws SQLException {
        byte[] original = payload(2);
        byte[] damaged = original.clone();
        damaged[damaged.length - 1] ^= (byte) 0x80;
        setPayload(2, damaged);
        try (CaseStore fresh = db.open()) {
            StoreException e = assertThrows(StoreException.class, () -> fresh.load(ID, RECEIVER));
            assertEquals(StoreException.Reason.INTEGRITY, e.reason());
            assertNoContent(e);
            assertTrue(fresh.verify(ID).problems().contains(IntegrityProblem.at(IntegrityProblem.Kind.UNREADABLE, 2)));
            CaseFile seen = stored;
            assertThrows(StoreException.class, () -> fresh.append(seen, then(seen, Action.RecordNote.of("n"))));
        }
        setPayload(2, original);
        assertNothingLost();
    }

    @Test
    void truncated_ciphertext_is_refused() throws SQLException {
        setPayload(1, new byte[] {1, 2, 3});
        try (CaseStore fresh = db.open()) {
            assertThrows(StoreException.class, () -> fresh.load(ID, RECEIVER));
            assertEquals(List.of(IntegrityProblem.at(IntegrityProblem.Kind.CHAIN_MISMATCH, 1),
                    IntegrityProblem.at(IntegrityProblem.Kind.UNREADABLE, 1)), fresh.verify(ID).problems());
        }
    }

    @Test
    void a_schema_from_a_newer_version_is_refused_and_left_as_it_was() {
        store.close();
        db.sql("INSERT INTO coc_schema_version (version, description, applied_s) VALUES (99, 'from the future', 0)");
        SchemaVersionException e = assertThrows(SchemaVersionException.class, () -> db.open());
        assertEquals(99, e.found());
        assertEquals(3, e.supported());
        assertTrue(e.getMessage().contains("upgrade coc-store"), e.getMessage());
        db.sql("DELETE FROM coc_schema_version WHERE version = 99");
        store = db.open();
        assertNothingLost();
    }

    @Test
    void a_lone_surrogate_in_free_text_is_stored_and_read_back_unchanged() {
        String odd = "before \ud800 after \udc00 end \ud83d\ude00";
        CaseFile next = store.append(stored, then(stored, Action.RecordNote.of(odd)));
        try (CaseStore fresh = db.open()) {
            CaseFile loaded = fresh.load(ID, RECEIVER).orElseThrow();
            assertEquals(next, loaded);
        }
    }
}
