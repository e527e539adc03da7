package org.cocworkflow.rules.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocworkflow.core.DocumentProblem;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.RuleFile;
import org.cocworkflow.rules.internal.Manifests;

/**
 * Reads scenario files ({@code coc-scenario/1}): one file, a directory of them, the scenarios shipped with the
 * standard edition (one file per DRL file, {@code scenarios/triage.json} for {@code triage.drl}), or those of an
 * author's edition directory, where a file named like a shipped one replaces it.
 */
public final class Scenarios {
    private static final String SHIPPED_FOLDER = "/org/cocworkflow/rules/shipped/scenarios/";
    private static final String DIRECTORY = "scenarios";

    private Scenarios() {
    }

    /**
     * Reads one scenario file, or every {@code .json} file under a directory, in name order.
     *
     * @param path the file or directory
     * @return the scenarios, in file order
     * @throws InvalidDocumentException listing every problem of every file, each path prefixed by its file
     * @throws UncheckedIOException if a file cannot be read
     */
    public static List<Scenario> read(Path path) {
        Map<String, String> texts = new LinkedHashMap<>();
        Path base = Files.isDirectory(path) ? path : path.getParent() == null ? Path.of(".") : path.getParent();
        for (Path file : jsonFiles(path)) {
            texts.put(base.relativize(file).toString().replace('\\', '/'), readFile(file));
        }
        return parse(texts);
    }

    /**
     * Reads scenarios from text.
     *
     * @param file the file's name, for messages
     * @param text the file's text
     * @return the scenarios
     * @throws InvalidDocumentException listing every problem
     */
    public static List<Scenario> read(String file, String text) {
        return ScenarioReader.read(file, text);
    }

    /**
     * Returns the scenarios shipped with the standard edition, which cover every one of its rules.
     *
     * @return the scenarios
     */
    public static List<Scenario> shipped() {
        return parse(shippedTexts());
    }

    /**
     * Returns the scenarios of an author's edition directory: those in its {@code scenarios} folder, on top of
     * the shipped ones unless its {@code edition.json} says {@code "base": "none"} (a file named like a shipped one
     * replaces it, as DRL files do).
     *
     * @param editionDirectory the edition's directory
     * @return the scenarios
     * @throws InvalidDocumentException listing every problem of every file
     * @throws org.cocworkflow.rules.edition.EditionException if the directory has no readable edition.json
     */
    public static List<Scenario> forEdition(Path editionDirectory) {
        Path manifest = editionDirectory.resolve(Manifests.FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new EditionException("the directory is not an edition", List.of(EditionProblem.of(Manifests.FILE,
                    0, "missing: an edition directory has an edition.json naming its id and effectiveFrom")));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (Manifests.read(readFile(manifest), Manifests.FILE).base().orElse("shipped").equals("shipped")) {
            texts.putAll(shippedTexts());
        }
        Path folder = editionDirectory.resolve(DIRECTORY);
        if (Files.isDirectory(folder)) {
            for (Path file : jsonFiles(folder)) {
                texts.put(folder.relativize(file).toString().replace('\\', '/'), readFile(file));
            }
        }
        return parse(texts);
    }

    private static Map<String, String> shippedTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (RuleFile drl : Editions.shipped().files()) {
            String name = drl.path().replaceFirst("\\.drl$", ".json");
            try (InputStream in = Scenarios.class.getResourceAsStream(SHIPPED_FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("the shipped scenarios are incomplete: " + name + " is missing");
                }
                texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the shipped scenarios", e);
            }
        }
        return texts;
    }

    private static List<Scenario> parse(Map<String, String> texts) {
        List<Scenario> scenarios = new ArrayList<>();
        List<DocumentProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            try {
                scenarios.addAll(ScenarioReader.read(text.getKey(), text.getValue()));
            } catch (InvalidDocumentException e) {
                e.problems().forEach(p -> problems.add(new DocumentProblem(text.getKey() + " " + p.path(),
                        p.problem())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException("scenario", problems);
        }
        return scenarios;
    }

    private static List<Path> jsonFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the scenario files", e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a scenario file", e);
        }
    }
}
