package org.cocworkflow.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.cocworkflow.rules.edition.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * One test per deliberately broken DRL: the problem names the file and the line an author has to look at. The
 * broken file sits beside two shipped files, so the file name must come from the right one.
 */
class BrokenEditionTest {
    /** Lines 1 to 7; a rule written after it starts on line 8, its {@code when} is line 11, its pattern line 12. */
    private static final String HEADER = """
            package org.cocworkflow.rules.shipped;

            import org.cocworkflow.core.action.Action;
            import org.cocworkflow.core.casefile.CaseState;
            import org.cocworkflow.rules.Priority;

            global org.cocworkflow.rules.facts.Suggestions suggest;
            """;

    @Test
    void aMissingEndIsReportedAtTheNextRule() {
        String drl = HEADER + """
                rule "First"
                    @cite("test") @why("test")
                when
                    CaseState( closed == false )
                then
                    suggest.note(drools);

                rule "Second"
                    @cite("test") @why("test")
                when
                    CaseState( closed == true )
                then
                    suggest.note(drools);
                end
                """;
        EditionProblem problem = onlyProblem(drl);
        assertEquals("local/broken.drl", problem.file());
        assertTrue(problem.line() >= 15 && problem.line() <= 20, "at or after the second rule, was " + problem.line());
    }

    @Test
    void anUnknownFactTypeIsReportedAtItsPattern() {
        EditionProblem problem = onlyProblem(HEADER + """
                rule "Uses a type that does not exist"
                    @cite("test") @why("test")
                when
                    CaseStat( closed == false )
                then
                    suggest.note(drools);
                end
                """);
        assertEquals("local/broken.drl", problem.file());
        assertEquals(11, problem.line());
        assertTrue(problem.message().contains("CaseStat"), problem.message());
    }

    @Test
    void anUnknownFieldIsReportedAtItsPattern() {
        EditionProblem problem = onlyProblem(HEADER + """
                rule "Reads a field that does not exist"
                    @cite("test") @why("test")
                when
                    CaseState( closed == false,
                               clsoed == false )
                then
                    suggest.note(drools);
                end
                """);
        assertEquals("local/broken.drl", problem.file());
        assertEquals(11, problem.line());
        assertTrue(problem.message().contains("clsoed"), problem.message());
    }

    @Test
    void anErrorInAConsequenceIsReportedAtTheRuleHeader() {
        EditionProblem problem = onlyProblem(HEADER + """
                rule "Calls a method that does not exist"
                    @cite("test") @why("test")
                when
                    CaseState( closed == false )
                then
                    suggest.nothing(drools);
                end
                """);
        assertEquals("local/broken.drl", problem.file());
        assertEquals(8, problem.line());
    }

    @Test
    void aRuleWithoutItsCitationIsAProblemAtItsHeader() {
        EditionProblem problem = onlyProblem(HEADER + """
                rule "Cites nothing"
                    @why("test")
                when
                    CaseState( closed == false )
                then
                    suggest.note(drools);
                end
                """);
        assertEquals("local/broken.drl", problem.file());
        assertEquals(8, problem.line());
        assertTrue(problem.message().contains("@cite"), problem.message());
    }

    @Test
    void aRuleNameUsedTwiceIsAProblemAtTheSecondDeclaration() {
        List<EditionProblem> problems = check(HEADER + """
                rule "The report is acknowledged"
                    @cite("test") @why("test")
                when
                    CaseState( closed == false )
                then
                    suggest.note(drools);
                end
                """);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("local/broken.drl") && p.line() == 8
                && p.message().contains("declared twice")), problems.toString());
    }

    @Test
    void aBrokenEditionCannotBeLoadedAndTheAdvisorSaysWhere() {
        EditionException e = assertThrows(EditionException.class, () -> Advisor.create(AdvisorOptions.builder()
                .addEditions(edition(HEADER + "rule \"Unfinished\"\n")).build()));
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("local/broken.drl")), e.problems()::toString);
        assertTrue(e.getMessage().contains("broken-2027"), e.getMessage());
    }

    @Test
    void theShippedEditionHasNoProblems() {
        assertEquals(List.of(), Editions.check(Editions.shipped()));
    }

    private static EditionProblem onlyProblem(String drl) {
        List<EditionProblem> problems = check(drl);
        List<EditionProblem> real = problems.stream().filter(p -> !p.message().contains("Parser returned a null"))
                .toList();
        assertEquals(1, real.size(), problems::toString);
        return real.get(0);
    }

    private static List<EditionProblem> check(String drl) {
        return Editions.check(edition(drl));
    }

    private static Edition edition(String brokenDrl) {
        List<RuleFile> files = new ArrayList<>(Editions.shipped().files().stream()
                .filter(f -> f.path().equals("triage.drl") || f.path().equals("procedure.drl")).toList());
        files.add(RuleFile.of("local/broken.drl", brokenDrl));
        return ImmutableEdition.builder().id(PolicyEditionId.of("broken-2027"))
                .effectiveFrom(Instant.parse("2027-01-01T00:00:00Z")).settings(EditionSettings.defaults())
                .addAllFiles(files).build();
    }
}
