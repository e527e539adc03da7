package org.cocworkflow.bench.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times {@link FirstAdvice} from the parent, {@link System#nanoTime()} from {@link ProcessBuilder#start()} to the
 * first byte of the advice on the child's standard output (the advice printed) and to {@link Process#waitFor()}
 * (the exit), every variant once per round and the rounds interleaved, so that the machine's load falls on every
 * variant alike. The floor is {@link Hello}.
 *
 * <p>Variants: the embedder's class path (every runtime jar of coc-rules); the slim class path (only the jars that
 * a first run loaded classes from); slim with C1 only; slim with an AppCDS archive that this driver creates first
 * ({@code -XX:ArchiveClassesAtExit}, or a static dump from a class list if that fails); both; the JDK's own CDS
 * archive switched off; the shipped DRL compiled at run time instead of loading the build-time model; and, as an
 * experiment, the shipped edition put together without reading its {@code edition.json}. One untimed
 * run per variant logs class loading, to count the classes and those mapped from CDS; the default variant's log is
 * also split by phase and origin. Every run must print the same advice, or the driver fails.
 *
 * <p>Usage: {@code ColdStartDriver <coc-bench/target> <rounds>}; writes {@code <target>/coldstart.json}.
 */
public final class ColdStartDriver {
    private static final String FIRST_ADVICE = FirstAdvice.class.getName();
    private static final Pattern LOADED = Pattern.compile("^\\[[^]]*]\\S* (\\S+) source: (.*)$");
    private static final Pattern PHASE = Pattern.compile("(\\w+)=([0-9]+)");

    private final Path target;
    private final Path work;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private String expected;
    private String archiveMethod = "no archive could be created";

    private ColdStartDriver(Path target) {
        this.target = target;
        this.work = target.resolve("coldstart");
    }

    private record Variant(String name, String description, List<String> command) {
    }

    private record Outcome(int exit, long printedNanos, long nanos, String output, String error) {
    }

    /**
     * Runs the cold-start comparison.
     *
     * @param args the target directory of coc-bench (default {@code coc-bench/target}) and the number of rounds
     *     (default 11)
     * @throws Exception if a run fails or prints other advice than the first
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "coc-bench/target").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        new ColdStartDriver(target).run(rounds);
    }

    private void run(int rounds) throws IOException, InterruptedException {
        Files.createDirectories(work);
        List<String> full = new ArrayList<>(List.of(benchJar()));
        full.addAll(Arrays.asList(Files.readString(target.resolve("classpath.txt")).strip().split(":")));

        // A first run on the whole class path gives the expected advice and the jars that are really used.
        Path log = work.resolve("reference.classes.log");
        Outcome reference = launch(List.of(java, "-Xlog:class+load=info:file=" + log, "-cp", String.join(":", full),
                FIRST_ADVICE));
        expected = reference.output();
        if (reference.exit() != 0 || !expected.startsWith("advice for ") || expected.lines().count() < 2) {
            throw new IllegalStateException("the first advice failed:\n" + expected + reference.error());
        }
        Set<String> used = new LinkedHashSet<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = LOADED.matcher(line);
            if (m.matches() && m.group(2).startsWith("file:")) {
                used.add(m.group(2).substring("file:".length()));
            }
        }
        List<String> slim = full.stream().filter(used::contains).toList();
        String archive = createArchive(String.join(":", slim));
        List<Variant> variants = variants(full.get(0), String.join(":", full), String.join(":", slim), archive);

        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        for (Variant variant : variants) {
            results.put(variant.name(), describe(variant, full, slim));
        }
        for (int round = 1; round <= rounds; round++) {
            for (Variant variant : variants) {
                Outcome outcome = checked(variant);
                Map<String, Object> result = results.get(variant.name());
                add(result, "printedMs", outcome.printedNanos() / 1e6);
                add(result, "wallMs", outcome.nanos() / 1e6);
                Matcher m = PHASE.matcher(outcome.error());
                while (m.find()) {
                    add(result, "phase." + m.group(1), Long.parseLong(m.group(2)) / 1e3);
                }
            }
            System.out.printf("cold start: round %d of %d%n", round, rounds);
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("rounds", rounds);
        report.put("fullJars", full.size() - 1);
        report.put("slimJars", slim.stream().skip(1).map(p -> p.substring(p.lastIndexOf('/') + 1)).toList());
        report.put("archive", archiveMethod);
        report.put("variants", List.copyOf(results.values()));
        report.put("defaultClassesByPhase", classesByPhase(work.resolve("default.classes.log")));
        Path json = target.resolve("coldstart.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
        System.out.println("cold start: wrote " + json);
    }

    private String benchJar() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("coc-bench-[0-9][^/]*\\.jar")
                    && !p.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar")).map(Path::toString)
                    .findFirst().orElseThrow(() -> new IllegalStateException("coc-bench's jar is missing: build it"));
        }
    }

    private List<Variant> variants(String benchJar, String full, String slim, String archive) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("hello", "floor: a JVM that prints one line",
                List.of(java, "-cp", benchJar, Hello.class.getName())));
        variants.add(new Variant("default", "the embedder's class path, no JVM options",
                List.of(java, "-cp", full, FIRST_ADVICE)));
        variants.add(new Variant("slim", "only the jars the first advice loads classes from",
                List.of(java, "-cp", slim, FIRST_ADVICE)));
        variants.add(new Variant("slim-c1", "slim, C1 only",
                List.of(java, "-XX:TieredStopAtLevel=1", "-cp", slim, FIRST_ADVICE)));
        if (archive != null) {
            variants.add(new Variant("slim-cds", "slim, AppCDS archive",
                    List.of(java, "-XX:SharedArchiveFile=" + archive, "-cp", slim, FIRST_ADVICE)));
            variants.add(new Variant("slim-cds-c1", "slim, AppCDS archive, C1 only",
                    List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-cp", slim,
                            FIRST_ADVICE)));
        }
        variants.add(new Variant("default-no-json", "default, the shipped edition put together without reading "
                + "its edition.json (an experiment: what Jackson costs)",
                List.of(java, "-cp", full, FIRST_ADVICE, "--edition-without-json")));
        if (archive != null) {
            variants.add(new Variant("slim-cds-c1-no-json", "slim-cds-c1 and no-json together",
                    List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-cp", slim,
                            FIRST_ADVICE, "--edition-without-json")));
        }
        variants.add(new Variant("default-xshare-off", "default without the JDK's own CDS archive",
                List.of(java, "-Xshare:off", "-cp", full, FIRST_ADVICE)));
        variants.add(new Variant("default-compile-drl", "default, but the shipped DRL compiled at run time instead "
                + "of loading the build-time model", List.of(java, "-cp", full, FIRST_ADVICE, "--compile-drl")));
        return variants;
    }

    /** Creates the AppCDS archive for the slim class path: dynamically if the JVM can, else from a class list. */
    private String createArchive(String slim) throws IOException, InterruptedException {
        Path archive = work.resolve("first-advice.jsa");
        Files.deleteIfExists(archive);
        Outcome dynamic = launch(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", slim, FIRST_ADVICE));
        if (dynamic.exit() == 0 && Files.isRegularFile(archive)) {
            archiveMethod = "dynamic archive (-XX:ArchiveClassesAtExit)";
            return archive.toString();
        }
        // Debian's 17.0.15 has crashed in dynamic dumps (JDK-8274944); a static dump from a class list avoids it.
        Path list = work.resolve("first-advice.classlist");
        launch(List.of(java, "-XX:DumpLoadedClassList=" + list, "-cp", slim, FIRST_ADVICE));
        if (Files.isRegularFile(list)) {
            Files.write(list, Files.readAllLines(list).stream().filter(l -> !l.startsWith("@")).toList());
            Outcome dump = launch(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + archive, "-cp", slim));
            if (dump.exit() == 0 && Files.isRegularFile(archive)) {
                archiveMethod = "static archive from a class list (-Xshare:dump)";
                return archive.toString();
            }
        }
        System.out.println("cold start: no AppCDS archive could be created; its variants are left out");
        return null;
    }

    /** Names a variant, shows its command, and counts its classes in one untimed, logged run. */
    private Map<String, Object> describe(Variant variant, List<String> full, List<String> slim)
            throws IOException, InterruptedException {
        Path log = work.resolve(variant.name() + ".classes.log");
        List<String> command = new ArrayList<>(variant.command());
        command.add(1, "-Xlog:class+load=info:file=" + log);
        checked(new Variant(variant.name(), variant.description(), command));
        List<String> lines = Files.readAllLines(log);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", variant.name());
        result.put("description", variant.description());
        result.put("command", String.join(" ", variant.command()).replace(String.join(":", full), "<default class path>")
                .replace(String.join(":", slim), "<slim class path>").replace(java, "java")
                .replace(Path.of("").toAbsolutePath() + "/", ""));
        result.put("classesLoaded", lines.size());
        result.put("classesFromCds", lines.stream().filter(l -> l.contains("source: shared objects file")).count());
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> result, String key, double value) {
        ((List<Double>) result.computeIfAbsent(key, k -> new ArrayList<Double>())).add(value);
    }

    /** Splits the classes of a logged run by phase (FirstAdvice's marker classes) and by origin. */
    private static Map<String, Map<String, Integer>> classesByPhase(Path log) throws IOException {
        Map<String, Map<String, Integer>> byPhase = new LinkedHashMap<>();
        String phase = "jvm start";
        for (String line : Files.readAllLines(log)) {
            Matcher m = LOADED.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            Optional<String> next = name.startsWith(FIRST_ADVICE + "$")
                    ? FirstAdvice.phaseAfter(name.substring(FIRST_ADVICE.length() + 1)) : Optional.empty();
            if (next.isPresent()) {
                phase = next.get();
                continue;
            } else if (name.equals(FIRST_ADVICE)) {
                phase = "edition";
            }
            byPhase.computeIfAbsent(phase, p -> new TreeMap<>()).merge(origin(name, m.group(2)), 1, Integer::sum);
        }
        return byPhase;
    }

    private static String origin(String name, String source) {
        if (name.startsWith("org.cocworkflow.rules.shipped.")) {
            return "rules model (generated)";
        } else if (name.startsWith("com.fasterxml.jackson.")) {
            return "Jackson";
        } else if (name.startsWith("org.drools.") || name.startsWith("org.kie.") || name.startsWith("org.mvel2.")) {
            return "Drools and KIE";
        } else if (name.startsWith("org.cocworkflow.core.")) {
            return "coc-core";
        } else if (name.startsWith("org.cocworkflow.")) {
            return "coc-rules and coc-bench";
        } else if (source.startsWith("shared objects file") || source.startsWith("jrt:")) {
            return "JDK";
        }
        return "other (lambdas, proxies, slf4j)";
    }

    /** Runs a variant and fails unless it exits normally with the expected output. */
    private Outcome checked(Variant variant) throws IOException, InterruptedException {
        Outcome outcome = launch(variant.command());
        String wanted = variant.name().equals("hello") ? "hello\n" : expected;
        if (outcome.exit() != 0 || !outcome.output().equals(wanted)) {
            throw new IllegalStateException("the variant " + variant.name() + " exited with " + outcome.exit()
                    + " and printed:\n" + outcome.output() + outcome.error());
        }
        return outcome;
    }

    private Outcome launch(List<String> command) throws IOException, InterruptedException {
        Path err = work.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        long printed;
        try (InputStream in = process.getInputStream()) {
            // The program prints the advice only once it is complete, in one go: its first byte arriving is the
            // moment the issue's target names ("process start to advice printed"); the exit comes after.
            int first = in.read();
            printed = System.nanoTime() - start;
            if (first >= 0) {
                output.write(first);
                in.transferTo(output);
            }
        }
        int exit = process.waitFor();
        long nanos = System.nanoTime() - start;
        return new Outcome(exit, printed, nanos, output.toString(StandardCharsets.UTF_8), Files.readString(err));
    }
}
