package org.cocworkflow.store.internal;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.cocworkflow.store.testing.StoreFixtures.caseFile;
import static org.cocworkflow.store.testing.StoreFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.IntegrityProblem;
import org.cocworkflow.store.IntegrityProblem.Kind;
import org.cocworkflow.store.StoreException;
import org.cocworkflow.store.Verification;
import org.cocworkflow.store.crypto.DecryptionException;
import org.cocworkflow.store.testing.OnDatabase;
import org.cocworkflow.store.testing.SkipPostgresOnRequest;
import org.cocworkflow.store.testing.StoreFixtures;
import org.cocworkflow.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Tamper evidence: someone with write access to the database edits, removes, reorders or transplants stored
 * events, or edits the indexes beside them; {@code verify} names what and where, and loading refuses the case.
 */
@ParameterizedClass(name = "{0}")
@FieldSource("org.cocworkflow.store.testing.TestDatabase#ALL")
@ExtendWith(SkipPostgresOnRequest.class)
class HashChainTest implements OnDatabase {
    private static final CaseId ID = CaseId.of("case-1");

    @Parameter
    String database;

    @Override
    public String database() {
        return database;
    }

    private TestDatabase db;
    private CaseStore store;

    @BeforeEach
    void open() {
        db = TestDatabase.create(database);
        store = db.open();
        CaseFile file = store.create(caseFile("case-1", NOW).opening());
        CaseFile closed = StoreFixtures.decideAndClose(file, Finding.VIOLATION,
                List.of(Sanction.BAN_FROM_FUTURE_EVENTS), Optional.of(Optional.empty()));
        store.append(file, closed); // 9 events: opening, handler, notify, hear, meeting, decide, ban, communicate, close
        CaseFile other = store.create(caseFile("case-2", NOW).opening());
        store.append(other, then(then(other, Action.RecordNote.of("a")), Action.RecordNote.of("b")));
        store.close();
        store = db.open(); // a fresh store: nothing cached
    }

    @AfterEach
    void close() {
        store.close();
        db.close();
    }

    private record Row(String keyId, byte[] payload, byte[] chain) {
    }

    private Row row(String caseId, long seq) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT key_id, payload, chain FROM coc_event WHERE case_id = ? AND seq = ?")) {
            s.setString(1, caseId);
            s.setLong(2, seq);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Row(r.getString(1), r.getBytes(2), r.getBytes(3));
            }
        }
    }

    private void write(String caseId, long seq, Row row) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE coc_event SET key_id = ?, payload = ?, chain = ? WHERE case_id = ? AND seq = ?")) {
            s.setString(1, row.keyId());
            s.setBytes(2, row.payload());
            s.setBytes(3, row.chain());
            s.setString(4, caseId);
            s.setLong(5, seq);
            assertEquals(1, s.executeUpdate());
        }
    }

    private void setHead(byte[] head, long version) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE coc_case SET head_hash = ?, version = ? WHERE case_id = ?")) {
            s.setBytes(1, head);
            s.setLong(2, version);
            s.setString(3, ID.value());
            s.executeUpdate();
        }
    }

    private Verification verify() {
        return store.verify(ID);
    }

    private void assertLoadRefused() {
        StoreException e = assertThrows(StoreException.class, () -> store.load(ID, RECEIVER));
        assertEquals(StoreException.Reason.INTEGRITY, e.reason());
    }

    @Test
    void an_untouched_case_verifies_intact() {
        Verification v = verify();
        assertTrue(v.intact(), v.problems()::toString);
        assertEquals(9, v.eventsChecked());
        assertTrue(store.verify(CaseId.of("case-2")).intact());
    }

    @Test
    void an_edited_event_is_detected_at_its_sequence_number() throws SQLException {
        Row third = row("case-1", 3);
        byte[] edited = third.payload().clone();
        edited[edited.length / 2] ^= 0x01;
        write("case-1", 3, new Row(third.keyId(), edited, third.chain()));

        Verification v = verify();
        assertEquals(List.of(IntegrityProblem.at(Kind.CHAIN_MISMATCH, 3), IntegrityProblem.at(Kind.UNREADABLE, 3)),
                v.problems());
        assertLoadRefused();
        assertTrue(store.verify(CaseId.of("case-2")).intact(), "other cases are untouched");
    }

    @Test
    void a_removed_event_is_detected() throws SQLException {
        db.sql("DELETE FROM coc_event WHERE case_id = 'case-1' AND seq = 4");
        Verification v = verify();
        assertTrue(v.problems().contains(IntegrityProblem.at(Kind.MISSING_EVENT, 4)), v.problems()::toString);
        assertTrue(v.problems().contains(IntegrityProblem.at(Kind.CHAIN_MISMATCH, 5)), v.problems()::toString);
        assertLoadRefused();
    }

    @Test
    void a_removed_last_event_is_detected() throws SQLException {
        db.sql("DELETE FROM coc_event WHERE case_id = 'case-1' AND seq = 8");
        Verification v = verify();
        assertEquals(List.of(IntegrityProblem.at(Kind.MISSING_EVENT, 8), IntegrityProblem.ofCase(Kind.HEAD_MISMATCH)),
                v.problems());
        assertLoadRefused();
    }

    @Test
    void reordered_events_are_detected() throws SQLException {
        Row two = row("case-1", 2);
        Row three = row("case-1", 3);
        write("case-1", 2, three);
        write("case-1", 3, two);
        Verification v = verify();
        assertTrue(v.problems().containsAll(List.of(IntegrityProblem.at(Kind.CHAIN_MISMATCH, 2),
                IntegrityProblem.at(Kind.CHAIN_MISMATCH, 3))), v.problems()::toString);
        assertLoadRefused();
    }

    @Test
    void an_event_transplanted_from_another_case_with_a_recomputed_chain_fails_authentication() throws SQLException {
        // The attacker knows the chain's algorithm and re-computes every link and the head; the AES-GCM tag, bound
        // to the case id and sequence number, still gives the transplant away.
        Row foreign = row("case-2", 1);
        byte[] prev = row("case-1", 0).chain();
        byte[] link = Chain.link(prev, "case-1", 1, foreign.keyId(), foreign.payload());
        write("case-1", 1, new Row(foreign.keyId(), foreign.payload(), link));
        for (long seq = 2; seq < 9; seq++) {
            Row r = row("case-1", seq);
            link = Chain.link(link, "case-1", seq, r.keyId(), r.payload());
            write("case-1", seq, new Row(r.keyId(), r.payload(), link));
        }
        setHead(link, 9);

        assertEquals(List.of(IntegrityProblem.at(Kind.UNREADABLE, 1)), verify().problems());
        assertThrows(DecryptionException.class, () -> store.load(ID, RECEIVER));
    }

    @Test
    void a_removed_ban_or_accused_key_beside_intact_events_is_detected() {
        db.sql("DELETE FROM coc_ban_key WHERE case_id = 'case-1'");
        assertEquals(List.of(IntegrityProblem.ofCase(Kind.INDEX_MISMATCH)), verify().problems());
    }

    @Test
    void a_changed_status_beside_intact_events_is_detected() {
        db.sql("UPDATE coc_case SET status = 'OPEN' WHERE case_id = 'case-1'");
        assertEquals(List.of(IntegrityProblem.ofCase(Kind.INDEX_MISMATCH)), verify().problems());
    }

    @Test
    void verifying_a_case_that_was_never_stored_is_an_error() {
        StoreException e = assertThrows(StoreException.class, () -> store.verify(CaseId.of("nope")));
        assertEquals(StoreException.Reason.CASE_NOT_FOUND, e.reason());
    }
}
