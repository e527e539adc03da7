package org.cocworkflow.rules.internal;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.RuleTesting;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.ImmutableEdition;
import org.cocworkflow.rules.edition.RuleFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiling file by file and reloading after an edit give the edition that compiling every file through one builder
 * gives: the same rules with the same metadata, the same advice. A reload compiles only the edited files; files that
 * need each other are compiled whole.
 */
class IncrementalCompileTest {
    private static final Edition SHIPPED_DRL = ImmutableEdition.copyOf(Editions.shipped()).withShippedRules(false);
    private static CompiledEdition whole;
    private static CompiledEdition byFile;
    private static CompiledEdition reloaded;

    @BeforeAll
    static void compileTheShippedDrlThreeWays() {
        whole = EditionCompiler.compileWhole(SHIPPED_DRL, 2);
        byFile = EditionCompiler.compile(SHIPPED_DRL, 2);
        try (CompiledEdition edited = EditionCompiler.recompile(RuleTesting.edited(SHIPPED_DRL, "sanctions.drl"), 2,
                byFile)) {
            reloaded = EditionCompiler.recompile(SHIPPED_DRL, 2, edited);
        }
    }

    @AfterAll
    static void close() {
        whole.close();
        byFile.close();
        reloaded.close();
    }

    private static Map<String, Map<String, Object>> rulesWithMetadata(KieBase kieBase) {
        Map<String, Map<String, Object>> rules = new TreeMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules.put(kiePackage.getName() + "/" + rule.getName(), new TreeMap<>(rule.getMetaData()));
            }
        }
        return rules;
    }

    @Test
    void theShippedFilesCompiledOneByOneHoldTheRulesOfTheWholeCompilation() {
        Set<String> paths = SHIPPED_DRL.files().stream().map(RuleFile::path).collect(Collectors.toSet());
        assertEquals(paths, byFile.compiledFiles());
        assertEquals(paths, byFile.packagesByFile().keySet().stream().map(RuleFile::path).collect(Collectors.toSet()));
        assertEquals(Map.of(), whole.packagesByFile(), "the whole compilation keeps nothing to reuse");
        Map<String, Map<String, Object>> expected = rulesWithMetadata(whole.kieBase());
        assertEquals(148, expected.size(), "the shipped edition's rules");
        assertEquals(expected, rulesWithMetadata(byFile.kieBase()));
        assertEquals(expected, rulesWithMetadata(reloaded.kieBase()));
    }

    @Test
    void aReloadAfterAnEditCompilesTheEditedFileAndReusesTheOthers() {
        assertEquals(Set.of("sanctions.drl"), reloaded.compiledFiles());
        for (Map.Entry<RuleFile, List<KiePackage>> file : reloaded.packagesByFile().entrySet()) {
            if (file.getKey().path().equals("sanctions.drl")) {
                assertNotSame(byFile.packagesByFile().get(file.getKey()), file.getValue());
            } else {
                assertSame(byFile.packagesByFile().get(file.getKey()), file.getValue(), file.getKey().path());
            }
        }
        try (CompiledEdition same = EditionCompiler.recompile(SHIPPED_DRL, 1, reloaded)) {
            assertEquals(Set.of(), same.compiledFiles(), "nothing changed, nothing compiled");
            assertEquals(rulesWithMetadata(whole.kieBase()), rulesWithMetadata(same.kieBase()));
        }
    }

    @Test
    void theWholeTheFileByFileAndTheReloadedEditionGiveTheSameAdvice() {
        AdvisorOptions defaults = AdvisorOptions.defaults();
        AtomicInteger compared = new AtomicInteger();
        qt(20).forAll(CocGenerators.standard().workflows(0, 30), RuleTesting.moments()).checkAssert((workflow, m) -> {
            List<CaseFile> states = RuleTesting.states(workflow, Editions.SHIPPED);
            CaseFile file = states.get(states.size() - 1);
            AdviceContext context = m.at(file.state());
            Instant now = context.now().orElseThrow();
            AdviceEngine.Setting setting = new AdviceEngine.Setting(context.phase().orElseThrow(),
                    defaults.organization(), CaseHistory.none(), Optional.empty());
            Advice expected = AdviceEngine.advise(whole, file, now, setting, AdviceEngine.Limits.of(defaults));
            compared.addAndGet(expected.suggestions().size());
            for (CompiledEdition edition : List.of(byFile, reloaded)) {
                Advice advice = AdviceEngine.advise(edition, file, now, setting, AdviceEngine.Limits.of(defaults));
                assertEquals(expected.suggestions(), advice.suggestions());
                assertEquals(expected.defects(), advice.defects());
                assertEquals(expected.retention(), advice.retention());
                assertEquals(expected.rulesFired().stream().sorted().toList(),
                        advice.rulesFired().stream().sorted().toList());
            }
        });
        assertTrue(compared.get() > 200, "suggestions compared: " + compared.get());
    }

    @Test
    void aRuleOrAFileRemovedByTheEditIsGoneAfterTheReload() {
        Edition local = local(RuleFile.of("a.drl", RuleTesting.checkInRule("Rule A", "test", "test")),
                RuleFile.of("b.drl", RuleTesting.checkInRule("Rule B", "test", "test")));
        try (CompiledEdition first = EditionCompiler.compile(local, 1);
                CompiledEdition renamed = EditionCompiler.recompile(local(local.files().get(0),
                        RuleFile.of("b.drl", RuleTesting.checkInRule("Rule B2", "test", "test"))), 1, first);
                CompiledEdition dropped = EditionCompiler.recompile(local(local.files().get(0)), 1, renamed)) {
            assertEquals(Set.of("Rule A", "Rule B"), ruleNames(first.kieBase()));
            assertEquals(Set.of("Rule A", "Rule B2"), ruleNames(renamed.kieBase()));
            assertEquals(Set.of("b.drl"), renamed.compiledFiles());
            assertEquals(Set.of("Rule A"), ruleNames(dropped.kieBase()));
            assertEquals(Set.of(), dropped.compiledFiles());
            assertEquals(Set.of("Rule A", "Rule B"), ruleNames(first.kieBase()), "the replaced edition is untouched");
        }
    }

    @Test
    void filesThatShareADeclaredTypeAreCompiledWhole() {
        String declares = """
                package org.cocworkflow.rules.local;

                declare Reminder
                    text : String
                end
                """;
        String uses = """
                package org.cocworkflow.rules.local;

                import org.cocworkflow.core.casefile.CaseState;

                global org.cocworkflow.rules.facts.Suggestions suggest;

                rule "A reminder is noted"
                    @cite("test") @why("test")
                when
                    CaseState( closed == false )
                    Reminder()
                then
                    suggest.note(drools);
                end
                """;
        Edition local = local(RuleFile.of("types.drl", declares), RuleFile.of("uses.drl", uses));
        try (CompiledEdition first = EditionCompiler.compile(local, 1);
                CompiledEdition again = EditionCompiler.recompile(local, 1, first)) {
            assertEquals(Set.of("A reminder is noted"), ruleNames(first.kieBase()));
            assertEquals(Map.of(), first.packagesByFile());
            assertEquals(Set.of("types.drl", "uses.drl"), again.compiledFiles(), "nothing to reuse: compiled whole");
        }
    }

    @Test
    void aFileThatNeedsAnotherFilesGlobalIsCompiledWhole() {
        String withoutGlobal = RuleTesting.checkInRule("Rule B", "test", "test")
                .replace("global org.cocworkflow.rules.facts.Suggestions suggest;", "");
        Edition local = local(RuleFile.of("a.drl", RuleTesting.checkInRule("Rule A", "test", "test")),
                RuleFile.of("b.drl", withoutGlobal));
        try (CompiledEdition compiled = EditionCompiler.compile(local, 1)) {
            assertEquals(Set.of("Rule A", "Rule B"), ruleNames(compiled.kieBase()));
            assertEquals(Map.of(), compiled.packagesByFile(), "b.drl does not compile alone");
        }
    }

    @Test
    void aRuleNameUsedInTwoFilesIsRefusedAtTheSecondAsTheWholeCompilationRefusesIt() {
        Edition local = local(RuleFile.of("a.drl", RuleTesting.checkInRule("Same", "test", "from a")),
                RuleFile.of("b.drl", RuleTesting.checkInRule("Same", "test", "from b")));
        List<EditionProblem> expected = assertThrows(EditionException.class,
                () -> EditionCompiler.compileWhole(local, 1)).problems();
        assertEquals(List.of("b.drl"), expected.stream().map(EditionProblem::file).toList(), expected::toString);
        assertEquals(expected, assertThrows(EditionException.class, () -> EditionCompiler.compile(local, 1))
                .problems());
    }

    @Test
    void anEditThatBreaksAFileIsReportedAtItsFileAndLine() {
        Edition local = local(RuleFile.of("a.drl", RuleTesting.checkInRule("Rule A", "test", "test")),
                RuleFile.of("b.drl", RuleTesting.checkInRule("Rule B", "test", "test")));
        String broken = RuleTesting.checkInRule("Rule B", "test", "test").replace("closed == false",
                "closed == false, noSuchProperty == 1");
        try (CompiledEdition first = EditionCompiler.compile(local, 1)) {
            EditionException e = assertThrows(EditionException.class, () -> EditionCompiler.recompile(
                    local(local.files().get(0), RuleFile.of("b.drl", broken)), 1, first));
            List<EditionProblem> problems = e.problems();
            assertTrue(problems.stream().allMatch(p -> p.file().equals("b.drl")), problems::toString);
            int line = lineOf(broken, "noSuchProperty");
            assertTrue(problems.stream().anyMatch(p -> p.line() == line), "line " + line + ": " + problems);
        }
    }

    private static int lineOf(String text, String what) {
        return text.substring(0, text.indexOf(what)).split("\n", -1).length;
    }

    private static Edition local(RuleFile... files) {
        return ImmutableEdition.copyOf(SHIPPED_DRL).withFiles(new ArrayList<>(List.of(files)));
    }

    private static Set<String> ruleNames(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName)
                .collect(Collectors.toSet());
    }
}
