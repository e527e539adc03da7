package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.ACCUSED;
import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ImmutableRecordBan;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.history.ActiveBan;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.core.screening.ScreeningMatch;
import org.cocworkflow.store.ban.Ban;
import org.cocworkflow.store.ban.ImmutableRegistration;
import org.cocworkflow.store.ban.Registration;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.Test;

/**
 * The ban list and registration screening (seed 003, "Data retention"): identifier matches are bans, name-only
 * matches are flags for review; expired bans and bans for other events do not match; the list stays current.
 */
class BanListTest extends OnEachStore {
    /** Records a ban on a new case against an accused with an address and a name; returns when it starts. */
    private Instant ban(CaseStore on, String id, String email, String name, Optional<Instant> until,
            List<String> scopes) {
        CaseFile file = on.create(StoreFixtures.opened(id, StoreFixtures.report(NOW, email, name)));
        CaseFile banned = StoreFixtures.decidedBan(file, until, scopes);
        on.append(file, banned);
        return banned.state().bans().get(0).at();
    }

    private static Registration registration(String email, String name, String scope) {
        ImmutableRegistration.Builder b = Registration.builder();
        Optional.ofNullable(email).ifPresent(e -> b.addIdentifiers(Identifier.email(e)));
        Optional.ofNullable(name).ifPresent(b::displayName);
        Optional.ofNullable(scope).ifPresent(b::scope);
        return b.build();
    }

    private static List<MatchStrength> strengths(Screening screening) {
        return screening.matches().stream().map(ScreeningMatch::strength).toList();
    }

    @Test
    void an_identifier_match_is_a_ban_and_a_name_alone_only_a_flag_for_review() {
        Instant start = ban(store, "case-1", "lee.park@mail.example", "Lee Park", Optional.empty(), List.of());
        Instant at = start.plus(Duration.ofDays(30));

        Screening byAddress = store.bans().screen(registration("Lee.Park+pycon@Mail.Example", null, null), at);
        assertEquals(List.of(MatchStrength.IDENTIFIER), strengths(byAddress));
        assertEquals(CaseId.of("case-1"), byAddress.matches().get(0).caseRef());
        assertEquals(Optional.empty(), byAddress.matches().get(0).until());

        assertEquals(List.of(MatchStrength.NAME_ONLY),
                strengths(store.bans().screen(registration("someone@mail.example", "park, LEE", null), at)));
        assertEquals(List.of(MatchStrength.IDENTIFIER),
                strengths(store.bans().screen(registration("lee.park@mail.example", "Lee Park", null), at)),
                "one match per ban, the strongest");
        assertEquals(List.of(), store.bans().screen(registration("kim@mail.example", "Kim Ito", null), at).matches());
        Screening handle = store.bans().screen(Registration.builder()
                .addIdentifiers(Identifier.handle("github", "@nobody")).build(), at);
        assertEquals(List.of(), handle.matches());
        assertEquals(at, handle.at());
    }

    @Test
    void a_ban_matches_from_its_start_until_not_including_its_end() {
        Instant end = NOW.plus(Duration.ofDays(365));
        Instant start = ban(store, "case-1", "lee.park@mail.example", "Lee Park", Optional.of(end), List.of());
        Registration lee = registration("lee.park@mail.example", null, null);
        assertEquals(List.of(), store.bans().screen(lee, start.minusNanos(1)).matches());
        assertEquals(1, store.bans().screen(lee, start).matches().size());
        assertEquals(1, store.bans().screen(lee, end.minusNanos(1)).matches().size());
        assertEquals(List.of(), store.bans().screen(lee, end).matches(), "an expired ban does not match");
        assertEquals(List.of(), store.bans().inForce(end));
        assertEquals(1, store.bans().inForce(start).size());
    }

    @Test
    void a_scoped_ban_matches_only_registrations_for_its_events() {
        Instant start = ban(store, "case-1", "lee.park@mail.example", "Lee Park", Optional.empty(),
                List.of("pycon-2027", "meetup-space"));
        Instant at = start.plusSeconds(1);
        assertEquals(1, store.bans().screen(registration("lee.park@mail.example", null, "pycon-2027"), at)
                .matches().size());
        Screening elsewhere = store.bans().screen(registration("lee.park@mail.example", null, "djangocon-2027"), at);
        assertEquals(List.of(), elsewhere.matches());
        assertEquals(Optional.of("djangocon-2027"), elsewhere.eventId());
        assertEquals(List.of(), store.bans().screen(registration("lee.park@mail.example", null, null), at).matches());
        assertEquals(List.of("pycon-2027", "meetup-space"), store.bans().screen(
                registration("lee.park@mail.example", null, "meetup-space"), at).matches().get(0).scopes());
        // the advisor's history sees the ban whatever its scope, with the scopes for its rules to weigh
        List<ActiveBan> active = store.history().activeBans(Set.of(StoreFixtures.identityKeys()
                .email("lee.park@mail.example")), at);
        assertEquals(List.of("pycon-2027", "meetup-space"), active.get(0).scopes());
    }

    @Test
    void a_whole_attendee_list_is_screened_in_order() {
        Instant start = ban(store, "case-1", "lee.park@mail.example", "Lee Park", Optional.empty(), List.of());
        ban(store, "case-2", "rob.stone@mail.example", "Rob Stone", Optional.empty(), List.of());
        List<Registration> attendees = List.of(
                registration("ana@mail.example", "Ana Silva", "pycon-2027"),
                registration("rob.stone@mail.example", "Robert Stone", "pycon-2027"),
                registration("mei@mail.example", "Lee Park", "pycon-2027"),
                registration("tomasz@mail.example", null, "pycon-2027"));
        List<Screening> screened = store.bans().screenAll(attendees, start.plusSeconds(60));
        assertEquals(4, screened.size());
        assertEquals(List.of(List.of(), List.of(MatchStrength.IDENTIFIER), List.of(MatchStrength.NAME_ONLY),
                List.of()), screened.stream().map(BanListTest::strengths).toList());
        assertEquals(CaseId.of("case-2"), screened.get(1).matches().get(0).caseRef());
    }

    @Test
    void the_screening_holds_no_identifier_of_the_registrant_or_of_the_banned_person() {
        Instant start = ban(store, "case-1", "lee.park@mail.example", "Lee Park", Optional.empty(), List.of());
        Screening screening = store.bans().screen(registration("lee.park@mail.example", "Lee Park", "pycon-2027"),
                start.plusSeconds(1));
        String text = screening.toString();
        assertFalse(text.contains("lee.park") || text.contains("Lee Park") || text.contains("email:"), text);
        for (Ban ban : store.bans().inForce(start)) {
            assertFalse(ban.toString().contains("lee.park"), "bans hold identity keys only");
            assertTrue(ban.keys().stream().allMatch(k -> k.hash().length() == 64));
        }
    }

    @Test
    void bans_recorded_through_the_store_are_screened_at_once_and_other_stores_see_them() {
        StoreOptions lazy = ImmutableStoreOptions.copyOf(StoreFixtures.options()).withBanListMaxAge(Duration.ofHours(1));
        try (CaseStore eager = db.open(); CaseStore stale = db.open(StoreFixtures.keys(),
                StoreFixtures.identityKeys(), lazy)) {
            Registration lee = registration("lee.park@mail.example", null, null);
            Instant later = NOW.plus(Duration.ofDays(1));
            assertEquals(0, eager.bans().size());
            assertEquals(0, stale.bans().size());

            ban(store, "case-1", "lee.park@mail.example", "Lee Park", Optional.empty(), List.of());
            assertEquals(1, store.bans().screen(lee, later).matches().size(), "the writing store sees it at once");
            assertEquals(1, eager.bans().screen(lee, later).matches().size(), "a store checking every time sees it");
            assertEquals(0, stale.bans().screen(lee, later).matches().size(), "within its max age a store may lag");
            stale.bans().refresh();
            assertEquals(1, stale.bans().screen(lee, later).matches().size(), "refresh catches up");

            // further bans recorded by this store are added in place, without a reload
            ban(store, "case-2", "rob.stone@mail.example", "Rob Stone", Optional.empty(), List.of());
            ban(store, "case-3", "kim.ito@mail.example", "Kim Ito", Optional.empty(), List.of());
            assertEquals(3, store.bans().size());
            assertEquals(1, store.bans().screen(registration("kim.ito@mail.example", null, null), later)
                    .matches().size());
        }
    }

    @Test
    void a_lifted_ban_stops_matching_at_once_and_after_the_store_is_opened_again() {
        CaseFile file = store.create(StoreFixtures.opened("case-1",
                StoreFixtures.report(NOW, "lee.park@mail.example", "Lee Park")));
        CaseFile banned = StoreFixtures.decidedBan(file, Optional.empty(), List.of());
        store.append(file, banned);
        CaseFile lifted = then(StoreFixtures.overturned(banned), Action.LiftBan.of(ACCUSED));
        Instant liftedAt = lifted.state().lastEventAt();
        Registration lee = registration("lee.park@mail.example", null, null);
        assertEquals(1, store.bans().screen(lee, liftedAt).matches().size(), "in force until lifted");

        store.append(banned, lifted);
        assertEquals(List.of(), store.bans().screen(lee, liftedAt).matches(), "the writing store");
        assertEquals(1, store.bans().size(), "one entry per banned party: the one that ended when lifted");
        assertEquals(List.of(), store.history().activeBans(Set.of(StoreFixtures.identityKeys()
                .email("lee.park@mail.example")), liftedAt));
        assertTrue(store.verify(CaseId.of("case-1")).intact());
        try (CaseStore reopened = db.open()) {
            assertEquals(List.of(), reopened.bans().screen(lee, liftedAt).matches(), "a store opened afterwards");
            assertEquals(1, reopened.bans().size());
        }

        // banned again later: the new entry is the one in force
        CaseFile again = StoreFixtures.decidedBan(lifted, Optional.empty(), List.of());
        store.append(lifted, again);
        assertEquals(1, store.bans().screen(lee, again.state().lastEventAt()).matches().size());
        assertEquals(1, store.bans().size());
        assertTrue(store.verify(CaseId.of("case-1")).intact());
    }

    @Test
    void a_ban_on_someone_without_identifiers_is_listed_but_cannot_match() {
        CaseFile file = store.create(StoreFixtures.opened("case-1", org.cocworkflow.core.testing.Samples.threat()));
        CaseFile banned = StoreFixtures.decidedBan(file, Optional.empty(), List.of());
        store.append(file, banned);
        List<Ban> bans = store.bans().inForce(NOW.plus(Duration.ofDays(1)));
        assertEquals(1, bans.size());
        assertEquals(Set.of(), bans.get(0).keys());
    }
}
