package org.cocworkflow.bench.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.RuleFile;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recompiling one edited edition in a warm JVM, as a rule author does after an edit: the shipped DRL files are
 * copied to a temporary directory, one rule's {@code @why} text is changed, and the directory is read once with
 * {@link Editions#fromDirectory}.
 *
 * <p>{@link #reload} is {@link Advisor#reload}: the rule index, the classic DRL compile, the metadata check, a new
 * session pool, the old edition closed. {@link #floor} compiles the same DRL text with a bare
 * {@link KnowledgeBuilder} (with the property-reactivity option the advisor uses, so both compile the same way) and
 * makes the KieBase. Target: reload at most 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReloadBenchmark {
    private static final PolicyEditionId EDITED = PolicyEditionId.of("bench-edited");

    private Path directory;
    private Advisor advisor;
    private Edition edition;
    private List<RuleFile> files;

    /** Writes the edited edition to a temporary directory, reads it back, and loads it once. */
    @Setup
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("coc-bench-edition");
        boolean edited = false;
        for (RuleFile file : Editions.shipped().files()) {
            String text = file.text();
            if (!edited && text.contains("@why(\"")) {
                text = text.replaceFirst("@why\\(\"", "@why(\"Edited for the reload benchmark. ");
                edited = true;
            }
            Path target = directory.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        Files.writeString(directory.resolve("edition.json"), "{\"format\": \"coc-edition/1\", \"id\": \"" + EDITED
                + "\", \"effectiveFrom\": \"2026-06-01T00:00:00Z\", \"base\": \"none\"}", StandardCharsets.UTF_8);
        edition = Editions.fromDirectory(directory);
        if (!edited || edition.shippedRules() || edition.files().size() != Editions.shipped().files().size()) {
            throw new IllegalStateException("the edited edition is not what the benchmark means to compile");
        }
        files = edition.files();
        advisor = Advisor.create(AdvisorOptions.defaults());
        reload();
        if (!advisor.editions().contains(EDITED) || advisor.rules(EDITED).size() != floor().getKiePackages()
                .stream().mapToInt(p -> p.getRules().size()).sum()) {
            throw new IllegalStateException("the reloaded edition and the floor's KieBase differ");
        }
    }

    /** Releases the sessions and deletes the directory. */
    @TearDown
    public void tearDown() throws IOException {
        advisor.close();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** @return the advisor, with the edition compiled again */
    @Benchmark
    public Advisor reload() {
        advisor.reload(edition);
        return advisor;
    }

    /** @return a KieBase compiled from the same DRL text */
    @Benchmark
    public KieBase floor() {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.path());
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException("the edited edition does not compile: " + builder.getErrors());
        }
        return builder.newKieBase();
    }
}
