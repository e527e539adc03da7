package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.testing.Procedures;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions from authors' directories, side by side with the shipped one, each case under its own. */
class EditionsTest {
    private static final String ADDED_RULE = RuleTesting.checkInRule("Our meetup checks in with the reporter the same evening",
            "our meetup's handbook, section 2", "We always check in with the reporter on the evening of the report.");

    @TempDir
    Path dir;

    @Test
    void anEditionOnTheShippedBaseAddsFilesAndReplacesThoseNamedLikeShippedOnes() throws IOException {
        manifest("meetup-2027", "2027-01-01T00:00:00Z", ", \"settings\": {\"responseOtherwise\": \"P3D\"}");
        Files.writeString(dir.resolve("local.drl"), ADDED_RULE);
        Files.writeString(dir.resolve("screening.drl"), "package org.cocworkflow.rules.shipped;\n");

        Edition edition = Editions.fromDirectory(dir);

        assertEquals(PolicyEditionId.of("meetup-2027"), edition.id());
        assertEquals(Duration.ofDays(3), edition.settings().responseOtherwise());
        assertEquals(Editions.shipped().files().size() + 1, edition.files().size());
        assertTrue(edition.files().contains(RuleFile.of("screening.drl", "package org.cocworkflow.rules.shipped;\n")));
        assertFalse(edition.shippedRules(), "a changed edition is compiled from its DRL");
        assertEquals(List.of(), Editions.check(dir));

        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(edition).build())) {
            CaseFile file = RuleTesting.under(Samples.caseFile(Samples.privateHarassment()), edition.id());
            Instant now = Instant.parse("2027-02-01T10:00:00Z");
            Advice advice = advisor.advise(file, AdviceContext.at(now));
            assertTrue(advice.rulesFired().contains("Our meetup checks in with the reporter the same evening"));
            assertTrue(advice.suggestions().stream().anyMatch(s -> s.action().equals(
                    Action.SetDeadline.of(DeadlineKind.RESPONSE,
                            file.state().report().receivedAt().plus(Duration.ofDays(3))))),
                    "the edition's own response time, counted from the report's arrival");
            assertTrue(advisor.rules(edition.id()).stream().noneMatch(r -> r.startsWith("A registration that matches a ban")),
                    "the replaced screening rules are gone");
        }
    }

    @Test
    void theGravityLadderIsANamedEditionSettingWithItsSource_13() throws IOException {
        assertEquals("Contributor Covenant 2.1, Enforcement Guidelines",
                Editions.shipped().settings().gravityLadderSource());
        assertTrue(Editions.shipped().settings().gravityLadder().startsWith("community impact ladder"));
        manifest("meetup-2027", "2027-01-01T00:00:00Z", ", \"settings\": {\"gravityLadder\": \"our own ladder\", "
                + "\"gravityLadderSource\": \"our meetup's handbook, section 4\"}");

        Edition edition = Editions.fromDirectory(dir);

        assertEquals("our own ladder", edition.settings().gravityLadder());
        assertEquals("our meetup's handbook, section 4", edition.settings().gravityLadderSource());
        manifest("meetup-2027", "2027-01-01T00:00:00Z", ", \"settings\": {\"gravityLadderSource\": \" \"}");
        EditionException blank = assertThrows(EditionException.class, () -> Editions.fromDirectory(dir));
        assertTrue(blank.getMessage().contains("gravityLadderSource"), blank.getMessage());
    }

    @Test
    void anEditionWithoutABaseIsOnlyItsOwnFiles() throws IOException {
        manifest("tiny-2027", "2027-01-01T00:00:00Z", ", \"base\": \"none\"");
        Files.writeString(dir.resolve("local.drl"), ADDED_RULE);

        Edition edition = Editions.fromDirectory(dir);

        assertEquals(List.of("local.drl"), edition.files().stream().map(RuleFile::path).toList());
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(edition).build())) {
            assertEquals(List.of("Our meetup checks in with the reporter the same evening"),
                    advisor.rules(edition.id()));
        }
    }

    @Test
    void casesAreAdvisedUnderTheEditionInForceAtTheirIncident() throws IOException {
        manifest("standard-2025", "2025-01-01T00:00:00Z", ", \"settings\": {\"responseWhileEventRuns\": \"PT24H\"}");
        Edition older = Editions.fromDirectory(dir);
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(older, Editions.shipped())
                .build())) {
            assertEquals(List.of(older.id(), Editions.SHIPPED), advisor.editions());
            assertEquals(older.id(), advisor.editionFor(Instant.parse("2025-09-01T12:00:00Z")));
            assertEquals(Editions.SHIPPED, advisor.editionFor(Instant.parse("2026-02-01T12:00:00Z")));
            assertThrows(EditionException.class, () -> advisor.editionFor(Instant.parse("2024-12-31T23:59:59Z")));

            CaseFile lastYear = RuleTesting.under(Samples.caseFile(Samples.privateHarassment()), older.id());
            Instant now = Instant.parse("2026-05-14T20:00:00Z");
            Advice advice = advisor.advise(lastYear, AdviceContext.at(now).during(EventPhase.DURING_EVENT));
            assertEquals(older.id(), advice.edition());
            assertTrue(advice.suggestions().stream().anyMatch(s -> s.action().equals(
                    Action.SetDeadline.of(DeadlineKind.RESPONSE,
                            lastYear.state().report().receivedAt().plus(Duration.ofHours(24))))),
                    "last year's case keeps last year's response time, counted from the report's arrival");
        }
    }

    @Test
    void anIncidentFromBeforeEveryEditionIsOpenedUnderTheEarliestAndItsAdviceSaysSo_issue15() {
        Report old = ImmutableReport.copyOf(Samples.privateHarassment())
                .withIncidentAt(Instant.parse("2019-03-02T21:00:00Z"));
        try (Advisor advisor = Advisor.create(AdvisorOptions.defaults())) {
            assertThrows(EditionException.class, () -> advisor.editionFor(old.incidentAt().orElseThrow()),
                    "no edition was in force then");
            assertEquals(Editions.SHIPPED, advisor.editionFor(old));
            Instant now = old.receivedAt().plus(Duration.ofMinutes(30));
            CaseFile file = advisor.open(CaseId.of("case-2019"), old, Samples.receiver(), now);
            Advice advice = advisor.advise(file, AdviceContext.at(now));
            assertEquals(Editions.SHIPPED, advice.edition());
            assertEquals(List.of("An incident from before the edition is advised under it, with a note"),
                    advice.notes().stream().map(Note::rule).toList());
            assertTrue(advice.notes().get(0).reason().contains("load the edition of the incident's time"));
            assertFalse(advice.suggestions().isEmpty(), "the case is advised all the same");

            CaseFile current = advisor.open(CaseId.of("case-2026"), Samples.privateHarassment(), Samples.receiver(),
                    now);
            assertEquals(List.of(), advisor.advise(current, AdviceContext.at(now)).notes());
        }
    }

    @Test
    void theEditionForAnIncidentIsTheOneInForceOrElseTheEarliest() throws IOException {
        manifest("standard-2025", "2025-01-01T00:00:00Z", "");
        Edition older = Editions.fromDirectory(dir);
        List<Edition> both = List.of(Editions.shipped(), older);
        assertEquals(older.id(), Editions.forIncidentAt(both, Instant.parse("2020-01-01T00:00:00Z")).id());
        assertEquals(older.id(), Editions.forIncidentAt(both, Instant.parse("2025-06-01T00:00:00Z")).id());
        assertEquals(Editions.SHIPPED, Editions.forIncidentAt(both, Instant.parse("2026-06-01T00:00:00Z")).id());
        assertThrows(EditionException.class, () -> Editions.forIncidentAt(List.of(), Instant.EPOCH));
    }

    @Test
    void aCaseWhoseEditionIsNotLoadedIsRefusedWithTheReason() {
        try (Advisor advisor = Advisor.create(AdvisorOptions.defaults())) {
            CaseFile file = Samples.caseFile(Samples.threat());
            EditionException e = assertThrows(EditionException.class, () -> advisor.advise(file));
            assertTrue(e.getMessage().contains("edition-2026") && e.getMessage().contains("not loaded"),
                    e.getMessage());
        }
    }

    @Test
    void howHeavilyUnwantedContactWeighsIsTheEditionsSetting_issue15() throws IOException {
        manifest("meetup-2027", "2027-01-01T00:00:00Z",
                ", \"settings\": {\"weighUnwantedPhysicalContact\": \"WARNING\"}");
        Edition edition = Editions.fromDirectory(dir);
        assertEquals(org.cocworkflow.core.response.Gravity.WARNING, edition.settings().weighUnwantedPhysicalContact());
        assertEquals(org.cocworkflow.core.response.Gravity.TEMPORARY_BAN,
                Editions.shipped().settings().weighUnwantedPhysicalContact(), "the shipped edition's weighing");
        org.cocworkflow.core.report.Report touched = org.cocworkflow.core.report.ImmutableReport.copyOf(
                Samples.privateHarassment()).withCircumstances(
                org.cocworkflow.core.report.Circumstance.UNWANTED_PHYSICAL_CONTACT);
        Action weighed = Action.AssessGravity.of(org.cocworkflow.core.response.Gravity.WARNING);
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(edition).build())) {
            // The weighing is offered to confirm once the accused was heard (#13).
            CaseFile file = Procedures.heard(RuleTesting.under(Samples.caseFile(touched), edition.id()),
                    Samples.ACCUSED);
            Advice advice = advisor.advise(file, AdviceContext.at(Instant.parse("2027-02-01T10:00:00Z")));
            assertTrue(advice.suggestions().stream().anyMatch(x -> x.action().equals(weighed)), advice::toString);
        }
        Advice shipped = RuleTesting.shipped().advise(
                Procedures.heard(RuleTesting.onShipped(touched), Samples.ACCUSED),
                AdviceContext.at(Instant.parse("2026-06-01T10:00:00Z")));
        assertTrue(shipped.suggestions().stream().anyMatch(x -> x.action().equals(
                Action.AssessGravity.of(org.cocworkflow.core.response.Gravity.TEMPORARY_BAN))), shipped::toString);

        manifest("meetup-2027", "2027-01-01T00:00:00Z",
                ", \"settings\": {\"weighUnambiguousOnlineOffence\": \"VERY_BAD\"}");
        EditionException e = assertThrows(EditionException.class, () -> Editions.fromDirectory(dir));
        assertTrue(e.getMessage().contains("weighUnambiguousOnlineOffence") && !e.getMessage().contains("VERY_BAD"),
                e::getMessage);
    }

    @Test
    void aDirectoryWithoutAManifestIsNotAnEdition() {
        EditionException e = assertThrows(EditionException.class, () -> Editions.fromDirectory(dir));
        assertEquals("edition.json", e.problems().get(0).file());
    }

    @Test
    void aManifestWithAWrongFieldIsReportedWithItsLine() throws IOException {
        Files.writeString(dir.resolve("edition.json"), """
                {
                  "format": "coc-edition/1",
                  "id": "meetup-2027",
                  "effectiveFrom": "next year"
                }
                """);
        List<EditionProblem> problems = Editions.check(dir);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("edition.json", problems.get(0).file());
        assertEquals(4, problems.get(0).line());
        assertFalse(problems.get(0).message().contains("next year"), "the value is not quoted back");
    }

    @Test
    void reloadingAnEditionReplacesItsRules() throws IOException {
        manifest("meetup-2027", "2027-01-01T00:00:00Z", ", \"base\": \"none\"");
        Files.writeString(dir.resolve("local.drl"), ADDED_RULE);
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(Editions.fromDirectory(dir))
                .build())) {
            Files.writeString(dir.resolve("local.drl"), ADDED_RULE.replace("the same evening", "within the hour"));
            advisor.reload(Editions.fromDirectory(dir));
            assertEquals(List.of("Our meetup checks in with the reporter within the hour"),
                    advisor.rules(PolicyEditionId.of("meetup-2027")));

            Files.writeString(dir.resolve("local.drl"), ADDED_RULE.replace("then", "than"));
            assertThrows(EditionException.class, () -> advisor.reload(Editions.fromDirectory(dir)));
            assertEquals(List.of("Our meetup checks in with the reporter within the hour"),
                    advisor.rules(PolicyEditionId.of("meetup-2027")), "a failed reload keeps the old rules");
        }
    }

    private void manifest(String id, String effectiveFrom, String more) throws IOException {
        Files.writeString(dir.resolve("edition.json"), "{\"format\": \"coc-edition/1\", \"id\": \"" + id
                + "\", \"effectiveFrom\": \"" + effectiveFrom + "\", \"description\": \"a test edition\"" + more
                + "}");
    }
}
