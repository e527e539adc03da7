package org.cocworkflow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.Theories;
import org.cocworkflow.core.view.CaseView;
import org.cocworkflow.core.view.ViewerRole;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * I9 through the store: a generated case file, stored whole or in chunks of appends, loads back equal, replays to
 * the same state, verifies, and its indexes agree with its state.
 */
class ReplayProperties extends OnEachStore {
    private static final AtomicInteger IDS = new AtomicInteger();

    /** The same case file under a new, unique id, so that examples (and shrinking) never collide. */
    private static CaseFile renamed(CaseFile file) {
        List<CaseEvent> events = new ArrayList<>(file.events());
        CaseOpened opened = ImmutableCaseOpened.copyOf(file.opening())
                .withCaseId(CaseId.of("p-" + IDS.incrementAndGet()));
        events.set(0, opened);
        return CaseFile.replay(events);
    }

    @Test
    void I9_stored_case_files_load_back_equal_with_the_same_state_and_verify() {
        Gen<CaseFile> files = CocGenerators.standard().caseFiles(0, 40).map(ReplayProperties::renamed);
        Theories.qt(5).forAll(files, SourceDSL.integers().between(0, 3)).checkAssert((file, chunks) -> {
            // Store a prefix with create, the rest in up to three appends, as organizers would.
            int total = (int) file.version();
            int stored = Math.max(1, total - chunks * Math.max(1, total / 4));
            CaseFile current = CaseFile.replay(file.events().subList(0, stored));
            store.createAll(List.of(current));
            while (current.version() < total) {
                int next = (int) Math.min(total, current.version() + Math.max(1, total / 4));
                CaseFile longer = CaseFile.replay(file.events().subList(0, next));
                current = store.append(current, longer);
            }
            Optional<PartyId> member = file.state().partiesWith(CaseRole.RESPONSE_TEAM_MEMBER).stream()
                    .filter(p -> !file.state().hasConflictOfInterest(p.id())).findFirst().map(p -> p.id());

            try (CaseStore fresh = db.open()) {
                if (member.isPresent()) {
                    CaseFile loaded = fresh.load(file.id(), member.get()).orElseThrow();
                    assertEquals(file, loaded);
                    assertEquals(file.state(), loaded.state());
                } else {
                    // Every member is conflicted: nobody gets the raw file, and the view says only that it exists.
                    PartyId receiver = file.state().receivedBy();
                    assertThrows(AccessDeniedException.class, () -> fresh.load(file.id(), receiver));
                    assertEquals(CaseView.of(file, ViewerRole.RESPONSE_TEAM_MEMBER, receiver),
                            fresh.view(file.id(), ViewerRole.RESPONSE_TEAM_MEMBER, receiver).orElseThrow());
                }
                Verification verification = fresh.verify(file.id());
                assertTrue(verification.intact(), () -> verification.problems().toString());
                CaseSummary summary = fresh.summary(file.id()).orElseThrow();
                assertEquals(file.version(), summary.version());
                assertEquals(file.state().status(), summary.status().orElseThrow());
                assertEquals(file.state().isClosed() ? Map.of() : file.state().deadlines(), summary.deadlines());
                assertEquals(file.state().openedAt(), summary.openedAt().orElseThrow());
            }
        });
    }
}
