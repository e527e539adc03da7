package org.cocworkflow.store.internal;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.cocworkflow.store.testing.StoreFixtures.REPORTER;
import static org.cocworkflow.store.testing.StoreFixtures.caseFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.view.ViewerRole;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.IntegrityProblem;
import org.cocworkflow.store.IntegrityProblem.Kind;
import org.cocworkflow.store.StoreException;
import org.cocworkflow.store.Verification;
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
 * DESIGN, "Guarded paths only", for the store: a case read back is re-checked by the guards at every event, an
 * imported history is stored with its mark and shown by {@code verify} and the views, and someone with write access
 * who removes the mark gets a case that no longer loads.
 */
@ParameterizedClass(name = "{0}")
@FieldSource("org.cocworkflow.store.testing.TestDatabase#ALL")
@ExtendWith(SkipPostgresOnRequest.class)
class GuardedReadTest implements OnDatabase {
    private static final CaseId ID = CaseId.of("case-imported");

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
        CaseFile opened = caseFile(ID.value(), NOW);
        Instant t = opened.state().lastEventAt();
        List<CaseEvent> history = new ArrayList<>(opened.events());
        history.add(ActionRecorded.of(1, t.plusSeconds(60), RECEIVER, Action.RecordNote.of("first call")));
        history.add(ActionRecorded.of(2, t.plusSeconds(120), RECEIVER,
                Action.SendMessage.of(REPORTER, MessageIntent.INVITE_WITHDRAWAL)));
        assertThrows(ActionRefusedException.class, () -> CaseFile.replay(history));
        store.createAll(List.of(CaseFile.importUnverified(history, RECEIVER, t.plusSeconds(600),
                Optional.of("the old tracker"))));
        store.close();
        store = db.open(); // nothing cached: everything below is read back from the rows
    }

    @AfterEach
    void close() {
        store.close();
        db.close();
    }

    @Test
    void an_imported_case_is_stored_with_its_mark_and_verify_and_every_view_show_it() {
        CaseFile loaded = store.load(ID, RECEIVER).orElseThrow();
        assertEquals(4, loaded.version());
        assertEquals(OptionalLong.of(2), loaded.state().unverifiedThrough());
        Verification v = store.verify(ID);
        assertTrue(v.intact(), v.problems()::toString);
        assertEquals(OptionalLong.of(2), v.unverifiedThrough());
        assertTrue(store.view(ID, ViewerRole.COMMUNITY).orElseThrow().importedUnverified());
        assertTrue(store.view(ID, ViewerRole.GLOBAL_ORGANIZATION).orElseThrow().importedUnverified());
        assertThrows(ActionRefusedException.class, () -> store.record(loaded,
                Action.SendMessage.of(REPORTER, MessageIntent.INVITE_WITHDRAWAL), RECEIVER,
                loaded.state().lastEventAt().plusSeconds(60)),
                "after the mark the store's path is guarded as usual");
    }

    @Test
    void a_case_whose_import_mark_was_removed_no_longer_loads_and_verify_names_the_refused_event()
            throws SQLException {
        byte[] chainOfSecond;
        try (Connection c = db.connect()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT chain FROM coc_event WHERE case_id = ? AND seq = 2")) {
                s.setString(1, ID.value());
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    chainOfSecond = r.getBytes(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM coc_event WHERE case_id = ? AND seq = 3")) {
                s.setString(1, ID.value());
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE coc_case SET head_hash = ?, version = 3 WHERE case_id = ?")) {
                s.setBytes(1, chainOfSecond);
                s.setString(2, ID.value());
                assertEquals(1, s.executeUpdate());
            }
        }

        Verification v = store.verify(ID);
        assertEquals(List.of(IntegrityProblem.at(Kind.REFUSED_BY_GUARDS, 2)), v.problems(),
                "the chain holds, but the history was never guarded");
        assertEquals(OptionalLong.empty(), v.unverifiedThrough());
        StoreException e = assertThrows(StoreException.class, () -> store.load(ID, RECEIVER));
        assertEquals(StoreException.Reason.INTEGRITY, e.reason());
        assertTrue(e.getMessage().contains("event #2"), e::getMessage);
        assertFalse(e.getMessage().contains("first call"), e::getMessage);
    }
}
