package org.cocworkflow.bench.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Recompiling an edited edition in a warm JVM, as a rule author does after an edit: the shipped DRL files are copied
 * to a temporary directory as an edition of their own and read back with {@link Editions#fromDirectory}.
 *
 * <p>{@link #reload} is {@link Advisor#reload} after one edit: each call loads the edition with the first
 * {@code @why} of sanctions.drl (the largest file, 23 rules) changed, alternating between two texts, so every call
 * compiles that file again and reuses the other files' packages; then the rule index, the metadata check, a new
 * session pool, the old edition closed. {@link #reloadEveryFile} alternates between two editions that differ in every
 * file, so every file is compiled: what loading a new edition costs. {@link #floor} compiles the whole DRL text of the
 * edition with one bare {@link KnowledgeBuilder} (with the property-reactivity option the advisor uses, so both
 * compile the same way) and makes the KieBase. Target: reload after one edit at most 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReloadBenchmark {
    private static final PolicyEditionId EDITED = PolicyEditionId.of("bench-edited");
    private static final String EDITED_FILE = "sanctions.drl";

    private Path directory;
    private Advisor advisor;
    /** The edition with sanctions.drl edited two ways. */
    private Edition[] oneFileEdited;
    /** The edition with every file edited, two ways. */
    private Edition[] everyFileEdited;
    private int next;
    private List<RuleFile> files;

    /** Writes the edited editions to a temporary directory, reads them back, and loads one. */
    @Setup
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("coc-bench-edition");
        oneFileEdited = new Edition[] {write("one-a", "Edited for the reload benchmark. ", true),
                write("one-b", "Edited again for the reload benchmark. ", true)};
        everyFileEdited = new Edition[] {write("every-a", "Edited for the reload benchmark. ", false),
                write("every-b", "Edited again for the reload benchmark. ", false)};
        files = oneFileEdited[0].files();
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).equals(oneFileEdited[1].files().get(i))) {
                differ.add(files.get(i).path());
            }
            if (everyFileEdited[0].files().get(i).equals(everyFileEdited[1].files().get(i))) {
                throw new IllegalStateException(files.get(i).path() + " is not edited in every-file editions");
            }
        }
        if (!differ.equals(List.of(EDITED_FILE)) || files.size() != Editions.shipped().files().size()) {
            throw new IllegalStateException("the one-file editions differ in " + differ);
        }
        advisor = Advisor.create(AdvisorOptions.defaults());
        reload();
        if (!advisor.editions().contains(EDITED) || advisor.rules(EDITED).size() != floor().getKiePackages()
                .stream().mapToInt(p -> p.getRules().size()).sum()) {
            throw new IllegalStateException("the reloaded edition and the floor's KieBase differ");
        }
    }

    /**
     * Writes the shipped files to a directory of their own with the first {@code @why} of sanctions.drl, or of every
     * file, prefixed, and reads the directory as an edition.
     */
    private Edition write(String name, String prefix, boolean oneFile) throws IOException {
        Path edition = directory.resolve(name);
        for (RuleFile file : Editions.shipped().files()) {
            String text = file.text();
            if (!oneFile || file.path().equals(EDITED_FILE)) {
                String edited = text.replaceFirst("@why\\(\"", "@why(\"" + prefix);
                if (edited.equals(text)) {
                    throw new IllegalStateException(file.path() + " has no @why to edit");
                }
                text = edited;
            }
            Path target = edition.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        Files.writeString(edition.resolve("edition.json"), "{\"format\": \"coc-edition/1\", \"id\": \"" + EDITED
                + "\", \"effectiveFrom\": \"2026-06-01T00:00:00Z\", \"base\": \"none\"}", StandardCharsets.UTF_8);
        Edition read = Editions.fromDirectory(edition);
        if (read.shippedRules()) {
            throw new IllegalStateException("the edited edition reads as the shipped one");
        }
        return read;
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

    /** @return the advisor, with the edition reloaded after an edit of one file */
    @Benchmark
    public Advisor reload() {
        advisor.reload(oneFileEdited[next++ & 1]);
        return advisor;
    }

    /** @return the advisor, with the edition reloaded after an edit of every file */
    @Benchmark
    public Advisor reloadEveryFile() {
        advisor.reload(everyFileEdited[next++ & 1]);
        return advisor;
    }

    /** @return a KieBase compiled from the same DRL text by one bare builder */
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
