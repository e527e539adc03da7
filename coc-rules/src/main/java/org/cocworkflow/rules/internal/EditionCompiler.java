package org.cocworkflow.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;
import org.cocworkflow.rules.edition.RuleFile;
import org.cocworkflow.rules.facts.Suggestions;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an edition into a {@link CompiledEdition}: the shipped rules from the executable model generated at build
 * time (no DRL is compiled), anything else by compiling its DRL with the classic builder, whose errors carry file
 * and line. A new builder serves every compilation (a reused one would keep the old rules).
 *
 * <p>DRL is compiled file by file where the files stand alone (each one's own imports and globals, no type, function
 * or query declared for the others, no rule extending another, no rule name used twice), and the files' packages
 * are put together in one KieBase. An author's edit then costs the edited file's compilation only: {@link
 * #recompile} reuses the packages of every file whose text did not change. Files that depend on each other, or any
 * file that does not compile alone, send the whole edition through one builder, the reference compilation, whose
 * errors name the right file and line.
 *
 * <p>Every KieBase it makes hands a consequence that throws to {@link ContainedConsequences}, so that the advice
 * engine can report the rule and go on; and a failure of the rule engine itself while compiling is reported as an
 * {@link EditionException} naming the edition, never passed on raw.
 */
public final class EditionCompiler {
    /** Where kie-maven-plugin lists the model classes it generated for the shipped edition. */
    static final String MODEL_INDEX = "META-INF/kie/org.cocworkflow/coc-rules/drools-model";
    private static final Logger LOG = LoggerFactory.getLogger(EditionCompiler.class);
    /** Declarations one file makes for the others; a file with one is not compiled alone. */
    private static final Pattern SHARED_DECLARATION = Pattern.compile(
            "^\\s*(declare|function|query|unit|window)\\b", Pattern.MULTILINE);
    private static final Pattern RULE_EXTENDS = Pattern.compile(
            "^\\s*rule\\s+(\"[^\"]*\"|\\S+)\\s+extends\\b", Pattern.MULTILINE);
    private static final ConsequenceExceptionHandlerOption CONTAINED = ConsequenceExceptionHandlerOption.get(
            ContainedConsequences.class);

    private EditionCompiler() {
    }

    /**
     * Compiles or loads an edition.
     *
     * @param edition the edition
     * @param poolSize the session pool's size
     * @return the edition, ready to fire
     * @throws EditionException listing every problem if it does not compile or a rule lacks its metadata
     */
    public static CompiledEdition compile(Edition edition, int poolSize) {
        return compile(edition, poolSize, Map.of(), false);
    }

    /**
     * Compiles an edition that replaces another, e.g. after an author's edit: the files whose path and text are
     * those of the replaced edition keep their compiled packages, only the others are compiled.
     *
     * @param edition the edition
     * @param poolSize the session pool's size
     * @param replaced the edition it replaces
     * @return the edition, ready to fire
     * @throws EditionException listing every problem if it does not compile or a rule lacks its metadata
     */
    public static CompiledEdition recompile(Edition edition, int poolSize, CompiledEdition replaced) {
        return compile(edition, poolSize, replaced.packagesByFile(), false);
    }

    /**
     * Compiles an edition's DRL through one builder, never file by file and never from the build-time model: the
     * reference the other paths are tested against.
     *
     * @param edition the edition
     * @param poolSize the session pool's size
     * @return the edition, ready to fire
     * @throws EditionException listing every problem if it does not compile or a rule lacks its metadata
     */
    static CompiledEdition compileWhole(Edition edition, int poolSize) {
        return compile(edition, poolSize, Map.of(), true);
    }

    private static CompiledEdition compile(Edition edition, int poolSize,
            Map<RuleFile, List<KiePackage>> compiledBefore, boolean whole) {
        try {
            return compileOrFail(edition, poolSize, compiledBefore, whole);
        } catch (EditionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw engineFailed("the edition " + edition.id() + " could not be compiled", e);
        }
    }

    private static CompiledEdition compileOrFail(Edition edition, int poolSize,
            Map<RuleFile, List<KiePackage>> compiledBefore, boolean whole) {
        List<RuleIndex.Declared> declared = RuleIndex.of(edition.files());
        if (edition.shippedRules() && !whole) {
            Optional<KieBase> model = precompiled();
            if (model.isPresent()) {
                return new CompiledEdition(edition, model.get(), poolSize, declared, true, Map.of(), Set.of());
            }
            LOG.info("the build-time model of the shipped rules is not on the class path; compiling their DRL");
        }
        Optional<ByFile> byFile = whole || !standAlone(edition.files(), declared) ? Optional.empty()
                : byFile(edition.files(), compiledBefore);
        KieBase kieBase;
        List<EditionProblem> problems = new ArrayList<>();
        if (byFile.isPresent()) {
            kieBase = byFile.get().kieBase();
        } else {
            Built built = build(edition.files());
            kieBase = built.kieBase();
            problems.addAll(built.problems());
        }
        if (kieBase != null) {
            problems.addAll(metadataProblems(kieBase, declared));
        }
        if (!problems.isEmpty()) {
            throw new EditionException("the edition " + edition.id() + " cannot be used", problems);
        }
        return byFile.map(b -> new CompiledEdition(edition, b.kieBase(), poolSize, declared, false, b.packages(),
                b.compiled())).orElseGet(() -> new CompiledEdition(edition, kieBase, poolSize, declared, false,
                Map.of(), edition.files().stream().map(RuleFile::path).collect(Collectors.toSet())));
    }

    /**
     * Checks an edition without keeping it: compile errors, rules without metadata, rule names used twice.
     *
     * @param files the edition's files
     * @return every problem, none if the edition is sound
     */
    public static List<EditionProblem> check(List<RuleFile> files) {
        try {
            return checkOrFail(files);
        } catch (RuntimeException e) {
            throw engineFailed("the edition's files could not be checked", e);
        }
    }

    /** The rule engine failed in a way it does not report as a problem of a file: name its class, not its text. */
    private static EditionException engineFailed(String what, RuntimeException e) {
        LOG.debug("{}: the rule engine failed with {}", what, e.getClass().getName());
        return new EditionException(what + ": the rule engine failed with " + e.getClass().getName(), List.of());
    }

    private static List<EditionProblem> checkOrFail(List<RuleFile> files) {
        Built built = build(files);
        List<EditionProblem> problems = new ArrayList<>(built.problems());
        List<RuleIndex.Declared> declared = RuleIndex.of(files);
        Map<String, RuleIndex.Declared> seen = new HashMap<>();
        for (RuleIndex.Declared rule : declared) {
            RuleIndex.Declared first = seen.putIfAbsent(rule.rule(), rule);
            if (first != null) {
                problems.add(EditionProblem.of(rule.file(), rule.line(), "the rule \"" + rule.rule()
                        + "\" is declared twice (also at " + first.file() + ":" + first.line() + "); one would "
                        + "silently replace the other"));
            }
        }
        if (built.kieBase() != null) {
            problems.addAll(metadataProblems(built.kieBase(), declared));
        }
        return problems;
    }

    private record Built(KieBase kieBase, List<EditionProblem> problems) {
    }

    private static Built build(List<RuleFile> files) {
        KnowledgeBuilder builder = newBuilder();
        files.forEach(file -> add(builder, file));
        List<EditionProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            String file = result.getResource() == null ? "(edition)" : result.getResource().getSourcePath();
            int[] lines = result.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
            problems.add(EditionProblem.of(file, line, result.getMessage().strip()));
        }
        if (!problems.isEmpty()) {
            return new Built(null, problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration());
        kieBase.addPackages(builder.getKnowledgePackages());
        return new Built(kieBase, problems);
    }

    /** Whether every file can be compiled on its own and the packages put together mean what the whole would. */
    private static boolean standAlone(List<RuleFile> files, List<RuleIndex.Declared> declared) {
        for (RuleFile file : files) {
            if (SHARED_DECLARATION.matcher(file.text()).find() || RULE_EXTENDS.matcher(file.text()).find()) {
                return false;
            }
        }
        // Which of two rules of the same name wins would depend on the order the packages are put together.
        return declared.stream().map(RuleIndex.Declared::rule).distinct().count() == declared.size();
    }

    private record ByFile(KieBase kieBase, Map<RuleFile, List<KiePackage>> packages, Set<String> compiled) {
    }

    /**
     * Compiles the files not compiled before, one builder each, and puts every file's packages in one KieBase; empty
     * if a file does not compile alone or the packages do not go together, which the whole compilation then reports
     * (or, for a file that needs another, gets right).
     */
    private static Optional<ByFile> byFile(List<RuleFile> files, Map<RuleFile, List<KiePackage>> compiledBefore) {
        Map<RuleFile, List<KiePackage>> packages = new LinkedHashMap<>();
        Set<String> compiled = new TreeSet<>();
        for (RuleFile file : files) {
            List<KiePackage> before = compiledBefore.get(file);
            if (before != null) {
                packages.put(file, before);
                continue;
            }
            KnowledgeBuilder builder = newBuilder();
            add(builder, file);
            if (builder.hasErrors()) {
                return Optional.empty();
            }
            packages.put(file, List.copyOf(builder.getKnowledgePackages()));
            compiled.add(file.path());
        }
        List<KiePackage> all = new ArrayList<>();
        packages.values().forEach(all::addAll);
        try {
            // A package already in another KieBase is deep-copied by Drools, so the edition this one replaces keeps
            // its own and both can serve at once.
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(configuration());
            kieBase.addPackages(all);
            return Optional.of(new ByFile(kieBase, Collections.unmodifiableMap(packages), Set.copyOf(compiled)));
        } catch (RuntimeException e) {
            LOG.debug("the edition's files do not go together file by file ({}); compiling them whole",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The configuration of every KieBase compiled from DRL: consequences that throw are contained. */
    private static KieBaseConfiguration configuration() {
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setOption(CONTAINED);
        return configuration;
    }

    private static KnowledgeBuilder newBuilder() {
        // Facts are immutable values, never modified in a session, so property reactivity has nothing to track;
        // without this, every constraint that reads another pattern's variable logs a warning about it.
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(PropertySpecificOption.ALLOWED);
        return KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    }

    private static void add(KnowledgeBuilder builder, RuleFile file) {
        Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(file.path());
        builder.add(resource, ResourceType.DRL);
    }

    private static List<EditionProblem> metadataProblems(KieBase kieBase, List<RuleIndex.Declared> declared) {
        Map<String, RuleIndex.Declared> where = new HashMap<>();
        declared.forEach(d -> where.putIfAbsent(d.rule(), d));
        List<EditionProblem> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleIndex.Declared at = where.get(rule.getName());
                String file = at == null ? "(edition)" : at.file();
                int line = at == null ? 0 : at.line();
                for (String key : List.of(Suggestions.CITE, Suggestions.WHY)) {
                    Object value = rule.getMetaData().get(key);
                    if (!(value instanceof String text) || text.isBlank()) {
                        problems.add(EditionProblem.of(file, line, "the rule \"" + rule.getName() + "\" needs @"
                                + key + "(\"...\") with one double-quoted string: " + (key.equals(Suggestions.CITE)
                                ? "the procedure section it follows" : "the reason shown with its suggestions")));
                    }
                }
            }
        }
        return problems;
    }

    /** Loads the model kie-maven-plugin generated for the shipped rules, if it is on the class path. */
    private static Optional<KieBase> precompiled() {
        ClassLoader loader = EditionCompiler.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            RuntimeWarmUp.start();
            List<Model> models = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
            }
            return models.isEmpty() ? Optional.empty() : Optional.of(KieBaseBuilder.createKieBaseFromModel(models, CONTAINED));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the shipped rules' model index", e);
        } catch (ReflectiveOperationException e) {
            // A stale or partial model is not worth a failure: the DRL is there to compile instead.
            LOG.warn("the build-time model of the shipped rules could not be loaded; compiling their DRL instead");
            return Optional.empty();
        }
    }
}
