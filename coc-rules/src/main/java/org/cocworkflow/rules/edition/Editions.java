package org.cocworkflow.rules.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.rules.internal.EditionCompiler;
import org.cocworkflow.rules.internal.EditionManifest;
import org.cocworkflow.rules.internal.Manifests;

/**
 * Where editions come from: the shipped edition, and authors' editions in directories.
 *
 * <p>An edition directory holds an {@code edition.json} ({@code {"format": "coc-edition/1", "id": "my-2027",
 * "effectiveFrom": "2027-01-01T00:00:00Z", "description": "...", "base": "shipped", "settings": {...}}}) and DRL
 * files. With the shipped base (the default) a DRL file named like a shipped file replaces it, and any other file
 * is added; with {@code "base": "none"} the directory's files are the whole edition. See
 * {@code docs/rule-authoring.md}.
 */
public final class Editions {
    /** The id of the edition shipped with this version of the library. */
    public static final PolicyEditionId SHIPPED = PolicyEditionId.of("standard-2026");

    private static final String SHIPPED_FOLDER = "/org/cocworkflow/rules/shipped/";

    private Editions() {
    }

    /**
     * Returns the shipped edition, as written in the DRL files of this library.
     *
     * @return the edition
     */
    public static Edition shipped() {
        EditionManifest manifest = Manifests.read(resource(SHIPPED_FOLDER + Manifests.FILE), Manifests.FILE);
        List<RuleFile> files = new ArrayList<>();
        for (String name : manifest.files()) {
            files.add(RuleFile.of(name, resource(SHIPPED_FOLDER + name)));
        }
        return ImmutableEdition.builder().id(PolicyEditionId.of(manifest.id())).effectiveFrom(manifest.effectiveFrom())
                .settings(manifest.settings().orElse(EditionSettings.defaults()))
                .description(manifest.description()).addAllFiles(files).shippedRules(true).build();
    }

    /**
     * Loads an author's edition from a directory: its {@code edition.json} and its DRL files, on top of the
     * shipped files unless it says {@code "base": "none"}. Nothing is compiled yet; see {@link #check(Path)}.
     *
     * @param directory the edition's directory
     * @return the edition
     * @throws EditionException if the manifest is missing or wrong
     * @throws UncheckedIOException if the directory cannot be read
     */
    public static Edition fromDirectory(Path directory) {
        Path manifestFile = directory.resolve(Manifests.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new EditionException("the directory is not an edition", List.of(EditionProblem.of(Manifests.FILE,
                    0, "missing: an edition directory has an edition.json naming its id and effectiveFrom")));
        }
        EditionManifest manifest = Manifests.read(read(manifestFile), Manifests.FILE);
        boolean onShipped = manifest.base().orElse("shipped").equals("shipped");
        Edition base = onShipped ? shipped() : null;
        Map<String, RuleFile> files = new LinkedHashMap<>();
        if (base != null) {
            base.files().forEach(f -> files.put(f.path(), f));
        }
        for (Path drl : drlFiles(directory)) {
            String name = directory.relativize(drl).toString().replace('\\', '/');
            String key = files.containsKey(drl.getFileName().toString()) ? drl.getFileName().toString() : name;
            files.put(key, RuleFile.of(name, read(drl)));
        }
        boolean unchanged = base != null && files.values().stream().allMatch(base.files()::contains);
        return ImmutableEdition.builder().id(PolicyEditionId.of(manifest.id())).effectiveFrom(manifest.effectiveFrom())
                .settings(manifest.settings().orElse(base == null ? EditionSettings.defaults() : base.settings()))
                .description(manifest.description()).addAllFiles(files.values()).shippedRules(unchanged).build();
    }

    /**
     * Checks an edition: every DRL error with its file and line, rules without their {@code @cite} and
     * {@code @why}, rule names declared twice.
     *
     * @param edition the edition
     * @return every problem; none means the edition can be loaded
     */
    public static List<EditionProblem> check(Edition edition) {
        return EditionCompiler.check(edition.files());
    }

    /**
     * Checks an edition directory: its manifest, then its rules.
     *
     * @param directory the edition's directory
     * @return every problem; none means the edition can be loaded
     */
    public static List<EditionProblem> check(Path directory) {
        try {
            return check(fromDirectory(directory));
        } catch (EditionException e) {
            return e.problems();
        }
    }

    /**
     * Finds the edition in force at a moment: the latest whose {@code effectiveFrom} is not after it.
     *
     * @param editions the editions to choose from
     * @param at the moment, usually an incident's time
     * @return the edition in force
     * @throws EditionException if every edition comes into force later
     */
    public static Edition inForceAt(List<Edition> editions, Instant at) {
        return editions.stream().filter(e -> !e.effectiveFrom().isAfter(at))
                .max(java.util.Comparator.comparing(Edition::effectiveFrom))
                .orElseThrow(() -> new EditionException("no loaded edition is in force at the incident's time; load "
                        + "an edition whose effectiveFrom is earlier", List.of()));
    }

    /**
     * Finds the edition to judge an incident under: the one in force at the incident, or, for an incident before
     * every edition came into force, the earliest (seed 003, "Evaluation"). A case advised under an edition that
     * came into force after its incident gets a note that says so.
     *
     * @param editions the editions to choose from
     * @param incident the incident's time, usually {@code Report.judgedAt()}
     * @return the edition
     * @throws EditionException if there is no edition to choose from
     */
    public static Edition forIncidentAt(List<Edition> editions, Instant incident) {
        return editions.stream().filter(e -> !e.effectiveFrom().isAfter(incident))
                .max(java.util.Comparator.comparing(Edition::effectiveFrom))
                .or(() -> editions.stream().min(java.util.Comparator.comparing(Edition::effectiveFrom)))
                .orElseThrow(() -> new EditionException("no edition is loaded; load at least one edition", List.of()));
    }

    private static List<Path> drlFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".drl")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the edition directory", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a file of the edition", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Editions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the shipped edition is incomplete: a file is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the shipped edition", e);
        }
    }
}
