package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.history.MatchElsewhere;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.store.pattern.ChapterShare;
import org.cocworkflow.store.pattern.ImmutableChapterCase;
import org.cocworkflow.store.pattern.PatternMatch;
import org.cocworkflow.store.pattern.PatternRegistry;
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
 * Cross-chapter pattern detection (seed 003, "Informing PyLadies Global": a repeat harasser who moves locations):
 * two chapters, each with its own store and its own organization secret, share identity keys under the global
 * organization's secret; the global organization learns that both have reports about the same person, and nothing
 * of either report.
 */
@ParameterizedClass(name = "{0}")
@FieldSource("org.cocworkflow.store.testing.TestDatabase#ALL")
@ExtendWith(SkipPostgresOnRequest.class)
class PatternTest implements OnDatabase {
    private static final IdentityKeys GLOBAL = new IdentityKeys(OrganizationSecret.of(
            StoreFixtures.bytes("the global organization's sharing secret")));

    @Parameter
    String database;

    @Override
    public String database() {
        return database;
    }

    private TestDatabase berlinDb;
    private TestDatabase lagosDb;
    private TestDatabase globalDb;
    private CaseStore berlin;
    private CaseStore lagos;
    private CaseStore global;

    private static CaseStore chapter(TestDatabase db, String secret) {
        return db.open(StoreFixtures.keys(), new IdentityKeys(OrganizationSecret.of(StoreFixtures.bytes(secret))),
                StoreFixtures.options());
    }

    @BeforeEach
    void open() {
        berlinDb = TestDatabase.create(database);
        lagosDb = TestDatabase.create(database);
        globalDb = TestDatabase.create(database);
        berlin = chapter(berlinDb, "berlin's own secret");
        lagos = chapter(lagosDb, "lagos's own secret");
        global = globalDb.open();
    }

    @AfterEach
    void close() {
        for (CaseStore store : List.of(berlin, lagos, global)) {
            store.close();
        }
        for (TestDatabase db : List.of(berlinDb, lagosDb, globalDb)) {
            db.close();
        }
    }

    @Test
    void two_chapters_reporting_the_same_person_show_up_as_a_pattern_and_nothing_else_does() throws Exception {
        berlin.create(StoreFixtures.opened("b-17", StoreFixtures.report(NOW, "lee.park@mail.example", "Lee Park")));
        berlin.create(StoreFixtures.opened("b-18", StoreFixtures.report(NOW, "kim@mail.example", "Kim Ito")));
        lagos.create(StoreFixtures.opened("l-3", StoreFixtures.report(NOW, "Lee.Park+lagos@mail.example",
                "Ada Obi")));
        lagos.create(StoreFixtures.opened("l-4", StoreFixtures.report(NOW, "someone@mail.example", "Kim Ito")));

        ChapterShare b17 = berlin.shareForGlobal(CaseId.of("b-17"), "berlin", GLOBAL).orElseThrow();
        assertFalse(b17.keys().contains(StoreFixtures.identityKeys().email("lee.park@mail.example")));
        assertTrue(b17.keys().contains(GLOBAL.email("lee.park@mail.example")), "keys under the global secret");
        assertFalse(b17.keys().contains(GLOBAL.name("Dana Reyes")), "nothing about the reporter or victim");

        ObjectMapper mapper = JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule()).build();
        String sent = mapper.writeValueAsString(b17);
        for (String content : List.of("Lee", "Park", "lee.park", "Dana", "evening social", "commenting")) {
            assertFalse(sent.contains(content), "the share carries no content: " + sent);
        }
        PatternRegistry registry = global.patterns();
        registry.submit(mapper.readValue(sent, ChapterShare.class));
        registry.submit(berlin.shareForGlobal(CaseId.of("b-18"), "berlin", GLOBAL).orElseThrow());
        registry.submit(lagos.shareForGlobal(CaseId.of("l-3"), "lagos", GLOBAL).orElseThrow());
        registry.submit(lagos.shareForGlobal(CaseId.of("l-4"), "lagos", GLOBAL).orElseThrow());

        List<PatternMatch> patterns = registry.patterns();
        assertEquals(2, patterns.size(), patterns::toString);
        PatternMatch sameAddress = patterns.get(0);
        assertEquals(MatchStrength.IDENTIFIER, sameAddress.strength());
        assertEquals(GLOBAL.email("lee.park@mail.example"), sameAddress.key());
        assertEquals(List.of(ImmutableChapterCase.of("berlin", CaseId.of("b-17")),
                ImmutableChapterCase.of("lagos", CaseId.of("l-3"))), sameAddress.cases());
        PatternMatch sameName = patterns.get(1);
        assertEquals(MatchStrength.NAME_ONLY, sameName.strength(), "a shared name is only a reason to look");
        assertEquals(List.of(ImmutableChapterCase.of("berlin", CaseId.of("b-18")),
                ImmutableChapterCase.of("lagos", CaseId.of("l-4"))), sameName.cases());

        assertEquals(List.of(sameAddress), registry.patternsOf("lagos", CaseId.of("l-3")));
        assertEquals(List.of(), registry.patternsOf("berlin", CaseId.of("nope")));

        registry.withdraw("lagos", CaseId.of("l-3"));
        assertEquals(List.of(sameName), registry.patterns());
    }

    @Test
    void two_cases_of_one_chapter_about_the_same_person_are_not_a_cross_chapter_pattern() {
        berlin.create(StoreFixtures.opened("b-1", StoreFixtures.report(NOW, "lee.park@mail.example", "Lee Park")));
        berlin.create(StoreFixtures.opened("b-2", StoreFixtures.report(NOW, "lee.park@mail.example", "Lee Park")));
        for (String id : List.of("b-1", "b-2")) {
            global.patterns().submit(berlin.shareForGlobal(CaseId.of(id), "berlin", GLOBAL).orElseThrow());
        }
        assertEquals(List.of(), global.patterns().patterns());
        // a share submitted again replaces the earlier one
        global.patterns().submit(berlin.shareForGlobal(CaseId.of("b-1"), "berlin", GLOBAL).orElseThrow());
        assertEquals(List.of(), global.patterns().patterns());
        assertEquals(Set.of(), Set.copyOf(global.patterns().patternsOf("berlin", CaseId.of("b-1"))));
    }

    @Test
    void the_global_organization_reviews_a_new_pattern_and_a_chapter_it_tells_sees_a_match_without_content_issue13() {
        berlin.create(StoreFixtures.opened("b-17", StoreFixtures.report(NOW, "lee.park@mail.example", "Lee Park")));
        lagos.create(StoreFixtures.opened("l-3", StoreFixtures.report(NOW, "lee.park@mail.example", "Ada Obi")));
        PatternRegistry registry = global.patterns();
        ChapterShare b17 = berlin.shareForGlobal(CaseId.of("b-17"), "berlin", GLOBAL).orElseThrow();
        registry.submit(b17);
        IdentityKey lee = GLOBAL.email("lee.park@mail.example");
        assertEquals(List.of(), registry.history().matchesElsewhere(Set.of(lee), Set.of()),
                "one chapter alone is no pattern");
        registry.submit(lagos.shareForGlobal(CaseId.of("l-3"), "lagos", GLOBAL).orElseThrow());

        List<MatchElsewhere> review = registry.history().matchesElsewhere(Set.of(lee, GLOBAL.name("Lee Park")),
                Set.of());
        assertEquals(1, review.size(), review::toString);
        assertEquals(lee, review.get(0).matchedKey());
        assertEquals(2, review.get(0).otherChapters());
        assertFalse(review.get(0).told(), "a pattern nobody was told about is new");
        assertEquals(List.of(), registry.toldTo("lagos").matchesElsewhere(Set.of(), Set.of(CaseId.of("l-3"))),
                "a chapter learns nothing before the global organization decides to tell it");

        registry.tell("lagos", lee, NOW.plusSeconds(60));
        registry.tell("lagos", lee, NOW.plusSeconds(120));
        assertTrue(registry.history().matchesElsewhere(Set.of(lee), Set.of()).get(0).told());
        List<MatchElsewhere> told = registry.toldTo("lagos").matchesElsewhere(Set.of(),
                Set.of(CaseId.of("l-3"), CaseId.of("l-unknown")));
        assertEquals(1, told.size(), told::toString);
        assertEquals(1, told.get(0).otherChapters(), "lagos's own case does not count");
        assertEquals(b17.sharedAt(), told.get(0).since());
        assertTrue(told.get(0).told());
        for (String other : List.of("b-17", "berlin", "Lee", "lee.park")) {
            assertFalse(told.toString().contains(other), "a match only: " + told);
        }
        assertEquals(List.of(), registry.toldTo("berlin").matchesElsewhere(Set.of(), Set.of(CaseId.of("b-17"))),
                "only the chapter told learns of the match");
        assertEquals(List.of(), registry.toldTo("lagos").priorCases(Set.of(lee), CaseId.of("l-3")));

        registry.withdraw("berlin", CaseId.of("b-17"));
        assertEquals(List.of(), registry.toldTo("lagos").matchesElsewhere(Set.of(), Set.of(CaseId.of("l-3"))),
                "a withdrawn case is no longer a match elsewhere");
        assertEquals(List.of(), registry.history().matchesElsewhere(Set.of(lee), Set.of()));
    }

    @Test
    void a_chapter_combines_its_own_history_with_what_it_was_told() {
        lagos.create(StoreFixtures.opened("l-3", StoreFixtures.report(NOW, "lee.park@mail.example", "Ada Obi")));
        berlin.create(StoreFixtures.opened("b-17", StoreFixtures.report(NOW, "lee.park@mail.example", "Lee Park")));
        PatternRegistry registry = global.patterns();
        registry.submit(berlin.shareForGlobal(CaseId.of("b-17"), "berlin", GLOBAL).orElseThrow());
        registry.submit(lagos.shareForGlobal(CaseId.of("l-3"), "lagos", GLOBAL).orElseThrow());
        registry.tell("lagos", GLOBAL.email("lee.park@mail.example"), NOW);

        CaseHistory combined = lagos.history().withMatchesFrom(registry.toldTo("lagos"));
        IdentityKey ownKey = new IdentityKeys(OrganizationSecret.of(StoreFixtures.bytes("lagos's own secret")))
                .email("lee.park@mail.example");
        assertEquals(lagos.history().priorCases(Set.of(ownKey), CaseId.of("l-new")),
                combined.priorCases(Set.of(ownKey), CaseId.of("l-new")));
        assertEquals(1, combined.matchesElsewhere(Set.of(ownKey), Set.of(CaseId.of("l-new"), CaseId.of("l-3")))
                .size(), "a new case of the same accused sees the match through the earlier case it was told about");
    }
}
