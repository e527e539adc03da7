package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.ACCUSED;
import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.cocworkflow.store.testing.StoreFixtures.caseFile;
import static org.cocworkflow.store.testing.StoreFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ReopenReason;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.view.CaseView;
import org.cocworkflow.core.view.ViewerRole;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.Test;

/** The case store's writes, reads, listings and access rules, on H2 and on PostgreSQL. */
class CaseStoreTest extends OnEachStore {
    @Test
    void I9_a_stored_case_loads_back_equal_with_the_same_state() {
        CaseFile file = caseFile("case-1", NOW);
        store.create(file.opening());
        file = store.append(file, then(then(file, Action.AssignHandler.of(RECEIVER)),
                Action.SetDeadline.of(DeadlineKind.RESPONSE, NOW.plus(Duration.ofDays(7)))));
        try (CaseStore other = db.open()) {
            CaseFile loaded = other.load(CaseId.of("case-1"), RECEIVER).orElseThrow();
            assertEquals(file, loaded);
            assertEquals(file.state(), loaded.state());
            assertEquals(3, loaded.version());
        }
    }

    @Test
    void an_append_on_a_stale_case_file_is_refused_and_nothing_of_it_is_written() {
        CaseFile v1 = store.create(caseFile("case-1", NOW).opening());
        CaseFile v2 = store.append(v1, then(v1, Action.AssignHandler.of(RECEIVER)));
        CaseFile late = then(v1, Action.RecordNote.of("written on the old version"));

        StaleCaseVersionException stale = assertThrows(StaleCaseVersionException.class,
                () -> store.append(v1, late));
        assertEquals(1, stale.expectedVersion());
        assertEquals(2, stale.actualVersion());
        try (CaseStore other = db.open()) {
            assertEquals(v2, other.load(CaseId.of("case-1"), RECEIVER).orElseThrow());
            assertTrue(other.verify(CaseId.of("case-1")).intact());
        }
    }

    @Test
    void a_stale_append_is_refused_even_when_another_store_instance_wrote_first() {
        CaseFile v1 = store.create(caseFile("case-1", NOW).opening());
        try (CaseStore other = db.open()) {
            CaseFile seen = other.load(CaseId.of("case-1"), RECEIVER).orElseThrow();
            other.append(seen, then(seen, Action.RecordNote.of("first")));
        }
        assertThrows(StaleCaseVersionException.class,
                () -> store.append(v1, then(v1, Action.RecordNote.of("second"))));
        assertEquals(2, store.summary(CaseId.of("case-1")).orElseThrow().version());
    }

    @Test
    void one_append_stores_several_events_in_one_transaction() {
        CaseFile v1 = store.create(caseFile("case-1", NOW).opening());
        CaseFile v4 = then(then(then(v1, Action.AssignHandler.of(RECEIVER)), Action.RecordNote.of("a")),
                Action.RecordNote.of("b"));
        store.append(v1, v4);
        assertEquals(v4, store.load(CaseId.of("case-1"), RECEIVER).orElseThrow());
    }

    @Test
    void record_checks_the_guards_and_stores_nothing_they_refuse() {
        CaseFile v1 = store.create(caseFile("case-1", NOW).opening());
        // I6: no violation is found before the accused was told and heard.
        assertThrows(ActionRefusedException.class, () -> store.record(v1,
                Action.RecordDecision.of(Finding.VIOLATION, List.of()), RECEIVER, NOW.plusSeconds(900)));
        assertEquals(1, store.summary(CaseId.of("case-1")).orElseThrow().version());

        CaseFile v2 = store.record(v1, Action.AssignHandler.of(RECEIVER), RECEIVER, NOW.plusSeconds(900)).file();
        assertEquals(v2, store.load(CaseId.of("case-1"), RECEIVER).orElseThrow());
    }

    @Test
    void creating_a_case_whose_id_is_taken_is_refused() {
        store.create(caseFile("case-1", NOW).opening());
        StoreException e = assertThrows(StoreException.class, () -> store.create(caseFile("case-1", NOW).opening()));
        assertEquals(StoreException.Reason.CASE_EXISTS, e.reason());
    }

    @Test
    void create_all_stores_all_cases_or_none() {
        store.create(caseFile("case-2", NOW).opening());
        List<CaseFile> batch = List.of(caseFile("case-1", NOW), caseFile("case-2", NOW), caseFile("case-3", NOW));
        StoreException e = assertThrows(StoreException.class, () -> store.createAll(batch));
        assertEquals(StoreException.Reason.CASE_EXISTS, e.reason());
        assertTrue(store.summary(CaseId.of("case-1")).isEmpty());
        assertTrue(store.summary(CaseId.of("case-3")).isEmpty());

        store.createAll(List.of(batch.get(0), batch.get(2)));
        assertEquals(batch.get(2), store.load(CaseId.of("case-3"), RECEIVER).orElseThrow());
    }

    @Test
    void appending_to_a_case_that_was_never_stored_is_refused() {
        CaseFile file = caseFile("case-9", NOW);
        StoreException e = assertThrows(StoreException.class,
                () -> store.append(file, then(file, Action.RecordNote.of("n"))));
        assertEquals(StoreException.Reason.CASE_NOT_FOUND, e.reason());
    }

    @Test
    void a_case_file_that_does_not_extend_the_current_one_is_refused() {
        CaseFile a = store.create(caseFile("case-1", NOW).opening());
        CaseFile b = caseFile("case-2", NOW);
        assertThrows(IllegalArgumentException.class, () -> store.append(a, then(b, Action.RecordNote.of("n"))));
        assertThrows(IllegalArgumentException.class, () -> store.append(a, a));
    }

    @Test
    void loading_a_case_that_was_never_stored_gives_nothing() {
        assertTrue(store.load(CaseId.of("nope"), RECEIVER).isEmpty());
        assertTrue(store.summary(CaseId.of("nope")).isEmpty());
    }

    @Test
    void cases_are_listed_by_status_with_paging() {
        for (int i = 1; i <= 5; i++) {
            CaseFile f = store.create(caseFile("case-" + i, NOW).opening());
            if (i % 2 == 0) {
                store.append(f, StoreFixtures.decideAndClose(f, Finding.NO_VIOLATION, List.of(), Optional.empty()));
            }
        }
        List<CaseSummary> open = store.withStatus(CaseStatus.OPEN, Optional.empty(), 2);
        assertEquals(List.of("case-1", "case-3"), open.stream().map(s -> s.caseId().value()).toList());
        List<CaseSummary> next = store.withStatus(CaseStatus.OPEN, Optional.of(CaseId.of("case-3")), 2);
        assertEquals(List.of("case-5"), next.stream().map(s -> s.caseId().value()).toList());
        List<CaseSummary> closed = store.withStatus(CaseStatus.CLOSED, Optional.empty(), 10);
        assertEquals(List.of("case-2", "case-4"), closed.stream().map(s -> s.caseId().value()).toList());
        assertTrue(closed.get(0).closedAt().isPresent());
    }

    @Test
    void a_case_reopened_after_closing_as_not_identified_is_listed_open_again_without_a_closing_time_15() {
        CaseFile file = store.create(caseFile("case-1", NOW).opening());
        CaseFile closed = store.append(file, then(file, Action.CloseCase.of(Resolution.NOT_IDENTIFIED)));
        assertTrue(store.summary(CaseId.of("case-1")).orElseThrow().closedAt().isPresent());
        CaseFile reopened = store.append(closed, then(closed, Action.ReopenCase.of(ReopenReason.PERSON_IDENTIFIED)));
        CaseSummary summary = store.summary(CaseId.of("case-1")).orElseThrow();
        assertEquals(Optional.of(CaseStatus.OPEN), summary.status());
        assertEquals(Optional.empty(), summary.closedAt());
        assertEquals(List.of("case-1"), store.withStatus(CaseStatus.OPEN, Optional.empty(), 10).stream()
                .map(s -> s.caseId().value()).toList());
        assertEquals(List.of(), store.withStatus(CaseStatus.CLOSED, Optional.empty(), 10));
        try (CaseStore other = db.open()) {
            CaseFile loaded = other.load(CaseId.of("case-1"), RECEIVER).orElseThrow();
            assertEquals(reopened, loaded);
            assertEquals(reopened.state(), loaded.state());
        }
    }

    @Test
    void cases_are_listed_by_deadline_earliest_first_and_closed_ones_drop_out() {
        Instant day = Instant.parse("2026-06-10T09:00:00.000000001Z");
        for (int i = 1; i <= 4; i++) {
            CaseFile f = store.create(caseFile("case-" + i, NOW).opening());
            store.append(f, then(then(f, Action.SetDeadline.of(DeadlineKind.RESPONSE, day.plus(Duration.ofDays(4 - i)))),
                    Action.SetDeadline.of(DeadlineKind.ACKNOWLEDGEMENT, day.plus(Duration.ofDays(10)))));
        }
        List<CaseSummary> due = store.dueBefore(day.plus(Duration.ofDays(2)), 10);
        assertEquals(List.of("case-4", "case-3", "case-2"), due.stream().map(s -> s.caseId().value()).toList());
        assertEquals(day, due.get(0).nextDeadline().orElseThrow());
        assertEquals(day.plus(Duration.ofDays(10)), due.get(0).deadlines().get(DeadlineKind.ACKNOWLEDGEMENT));
        // exact to the nanosecond: one nanosecond earlier, case-4's deadline is not yet due
        assertEquals(List.of(), store.dueBefore(day.minusNanos(1), 10));
        assertEquals(List.of("case-4"), store.dueBefore(day, 10).stream().map(s -> s.caseId().value()).toList());

        CaseFile four = store.load(CaseId.of("case-4"), RECEIVER).orElseThrow();
        store.append(four, StoreFixtures.decideAndClose(four, Finding.NO_VIOLATION, List.of(), Optional.empty()));
        assertEquals(List.of("case-3", "case-2"),
                store.dueBefore(day.plus(Duration.ofDays(2)), 10).stream().map(s -> s.caseId().value()).toList());
        assertEquals(List.of("case-3"),
                store.dueBefore(day.plus(Duration.ofDays(2)), 1).stream().map(s -> s.caseId().value()).toList());
    }

    @Test
    void cases_are_listed_by_an_identity_key_of_the_accused_oldest_first() {
        store.create(StoreFixtures.opened("case-b", StoreFixtures.report(NOW, "lee.park@mail.example", "Lee Park")));
        store.create(StoreFixtures.opened("case-a", StoreFixtures.report(NOW.plusSeconds(60),
                "Lee.Park+coc@Mail.Example", "Someone Else")));
        store.create(StoreFixtures.opened("case-c", StoreFixtures.report(NOW, "other@mail.example", "Lee Park")));

        var keys = StoreFixtures.identityKeys();
        assertEquals(List.of("case-b", "case-a"), store.withAccused(keys.email("lee.park@mail.example")).stream()
                .map(s -> s.caseId().value()).toList());
        assertEquals(List.of("case-b", "case-c"), store.withAccused(keys.name("Park, Lee")).stream()
                .map(s -> s.caseId().value()).toList());
        assertEquals(List.of(), store.withAccused(keys.email("nobody@mail.example")));
    }

    @Test
    void the_raw_case_file_goes_only_to_an_unconflicted_team_member() {
        CaseFile file = store.create(caseFile("case-1", NOW).opening());
        Party friend = Party.builder().id(PartyId.of("team-friend")).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                .addRelationships(Relationship.of(ACCUSED, RelationshipKind.CLOSE_FRIEND)).build();
        store.append(file, then(file, Action.AddTeamMember.of(friend)));
        CaseId id = CaseId.of("case-1");

        assertTrue(store.load(id, RECEIVER).isPresent());
        AccessDeniedException conflicted = assertThrows(AccessDeniedException.class,
                () -> store.load(id, PartyId.of("team-friend")));
        assertTrue(conflicted.getMessage().contains("conflict of interest"));
        assertThrows(AccessDeniedException.class, () -> store.load(id, ACCUSED));
        assertThrows(AccessDeniedException.class, () -> store.load(id, PartyId.of("stranger")));

        CaseView friendView = store.view(id, ViewerRole.RESPONSE_TEAM_MEMBER, PartyId.of("team-friend"))
                .orElseThrow();
        assertEquals(ViewerRole.CONFLICTED_MEMBER, friendView.role());
        assertTrue(friendView.events().isEmpty());
        assertTrue(friendView.description().isEmpty());
    }

    @Test
    void other_roles_read_their_views_and_never_more() {
        CaseFile file = store.create(caseFile("case-1", NOW).opening());
        CaseId id = CaseId.of("case-1");

        CaseView global = store.view(id, ViewerRole.GLOBAL_ORGANIZATION).orElseThrow();
        assertTrue(global.events().isEmpty());
        assertTrue(global.description().isEmpty(), "no consent to the global organization: no details");
        CaseView community = store.view(id, ViewerRole.COMMUNITY).orElseThrow();
        assertTrue(community.parties().isEmpty());

        CaseView accusedBefore = store.view(id, ViewerRole.ACCUSED, ACCUSED).orElseThrow();
        assertTrue(accusedBefore.status().isEmpty(), "an accused not yet told sees nothing");
        store.append(file, then(then(file, Action.AssignHandler.of(RECEIVER)), Action.NotifyAccused.of(ACCUSED)));
        CaseView accusedAfter = store.view(id, ViewerRole.ACCUSED, ACCUSED).orElseThrow();
        assertEquals(Optional.of(CaseStatus.OPEN), accusedAfter.status());
        assertFalse(accusedAfter.parties().stream().anyMatch(p -> p.displayName().isPresent()
                && p.has(CaseRole.REPORTER)), "the reporter is not identified to the accused without consent");

        assertThrows(AccessDeniedException.class, () -> store.view(id, ViewerRole.ACCUSED, RECEIVER));
        assertThrows(IllegalArgumentException.class, () -> store.view(id, ViewerRole.ACCUSED));
    }
}
