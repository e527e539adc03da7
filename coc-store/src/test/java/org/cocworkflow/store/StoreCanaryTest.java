package org.cocworkflow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.AnnouncementKind;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.json.JsonLimits;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.Theories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the store throws and reports holds no case content (DESIGN, I9): a canary planted in every name, contact,
 * identifier and free text of the stored cases, and in the actions of the failing calls, appears in
 * no exception's message or string form and in no verification result.
 */
class StoreCanaryTest extends OnEachDatabase {
    private static final String CANARY = "Canary5d1eWalrus";

    private CaseStore store;

    @BeforeEach
    void open() {
        store = db.open();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static void assertClean(Object shown) {
        assertFalse(String.valueOf(shown).contains(CANARY), () -> "case content leaked into: " + shown);
    }

    private static void assertCleanError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertClean(t.getMessage());
            assertClean(t.toString());
        }
    }

    @Test
    void the_stores_exceptions_and_verifications_show_no_case_content() {
        List<CaseFile> files = new ArrayList<>();
        int n = 0;
        for (CaseFile file : Theories.sample(CocGenerators.withContent(CANARY).caseFiles(5, 25), 12)) {
            if (file.state().isClosed() || file.state().unconflictedTeam().isEmpty() || files.size() == 6) {
                continue;
            }
            List<CaseEvent> events = new ArrayList<>(file.events());
            events.set(0, ImmutableCaseOpened.copyOf(file.opening()).withCaseId(CaseId.of("canary-" + n++)));
            files.add(CaseFile.replay(events));
        }
        assertTrue(CocJson.standard().writeCaseFile(files.get(0)).contains(CANARY), "the canary is in the content");
        store.createAll(files);
        List<Throwable> errors = new ArrayList<>();
        for (CaseFile file : files) {
            CaseId id = file.id();
            PartyId speaker = file.state().speaker();
            errors.add(assertThrows(StoreException.class, () -> store.create(file.opening())));
            CaseFile stale = file.append(Action.RecordNote.of("written late " + CANARY), speaker,
                    file.state().lastEventAt().plusSeconds(60));
            store.append(file, file.append(Action.RecordNote.of("first " + CANARY), speaker,
                    file.state().lastEventAt().plusSeconds(30)));
            errors.add(assertThrows(StaleCaseVersionException.class, () -> store.append(file, stale)));
            PartyId reader = file.state().unconflictedTeam().iterator().next();
            CaseFile current = store.load(id, reader).orElseThrow();
            errors.add(assertThrows(StoreException.class, () -> store.append(current, current.append(
                    Action.RecordNote.of(CANARY.repeat(JsonLimits.defaults().maxStringLength() / CANARY.length() + 1)),
                    speaker, current.state().lastEventAt().plusSeconds(60)))));
            // An announcement that names the canary, by someone who is not on the case: refused. (Party ids are
            // positions such as "reporter", never names or contacts, and may appear in messages.)
            errors.add(assertThrows(RuntimeException.class, () -> store.record(current, Action.Announce.of(
                    AnnouncementKind.COMMUNITY_CHANNEL, "What happened: " + CANARY), PartyId.of("stranger"),
                    current.state().lastEventAt().plusSeconds(60))));
            errors.add(assertThrows(AccessDeniedException.class, () -> store.load(id, PartyId.of("stranger"))));
        }
        // A damaged case: an event removed behind the store's back.
        db.sql("DELETE FROM coc_event WHERE case_id = 'canary-0' AND seq = 2");
        try (CaseStore fresh = db.open()) {
            CaseFile first = files.get(0);
            StoreException damaged = assertThrows(StoreException.class,
                    () -> fresh.load(first.id(), first.state().unconflictedTeam().iterator().next()));
            assertEquals(StoreException.Reason.INTEGRITY, damaged.reason());
            errors.add(damaged);
            Verification verification = fresh.verify(first.id());
            assertFalse(verification.intact());
            assertClean(verification);
            verification.problems().forEach(StoreCanaryTest::assertClean);
        }
        assertTrue(errors.stream().anyMatch(e -> e instanceof ActionRefusedException),
                "a refusal by the guards is among the errors checked");
        errors.forEach(StoreCanaryTest::assertCleanError);
    }
}
