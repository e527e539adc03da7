package org.cocworkflow.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path (issue 12): a small application module, compiled here against coc-core, coc-rules
 * and coc-store as named modules and run in a child JVM with only a module path (Drools, Jackson, H2 and a logger
 * beside them, as automatic or named modules), records a case through the store's guards, advises it under the
 * shipped edition's precompiled model, compiles DRL at run time (the shipped files and an author's rule), and finds
 * the libraries' internal packages closed to it, at compile time and by reflection.
 *
 * <p>The module paths are those Maven resolves for this module (see the pom): compile and provided scope to
 * compile the application, compile and runtime scope to run it.
 */
class ModulePathTest {
    private static final String CONSUMER = "org.cocworkflow.example.modular";
    /** Long enough for a loaded machine; the child normally finishes in seconds. */
    private static final long CHILD_MINUTES = 5;

    private static String compilePath;
    private static String runPath;

    @BeforeAll
    static void readModulePaths() throws IOException {
        compilePath = modulePath("coc.modulePath.compile");
        runPath = modulePath("coc.modulePath.run");
    }

    private static String modulePath(String property) throws IOException {
        String file = System.getProperty(property);
        assertTrue(file != null && Files.isRegularFile(Path.of(file)), () -> "the system property " + property
                + " names the module path file that Maven writes in generate-test-resources; run the test "
                + "through Maven (mvn -pl coc-examples -am verify)");
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    }

    private static Path sources(String folder) throws URISyntaxException {
        URL url = ModulePathTest.class.getResource("modular/" + folder);
        assertTrue(url != null, "the application's sources are test resources under modular/" + folder);
        return Path.of(url.toURI());
    }

    private record Compiled(boolean success, String diagnostics) {
    }

    /** Compiles every source of a module source tree with the compile module path, as an application's build would. */
    private static Compiled compile(Path sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        StringWriter other = new StringWriter();
        boolean success;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ENGLISH,
                StandardCharsets.UTF_8)) {
            success = javac.getTask(other, fileManager, diagnostics, List.of("-Xlint:all", "-Werror", "-d",
                    out.toString(), "--module-source-path", sources.toString(), "--module-path", compilePath), null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        StringBuilder text = new StringBuilder(other.toString());
        diagnostics.getDiagnostics().forEach(d -> text.append(d.getKind()).append(": ")
                .append(d.getMessage(Locale.ENGLISH)).append('\n'));
        return new Compiled(success, text.toString());
    }

    private record Run(int exitCode, Map<String, String> values, String output, String errors) {
    }

    private static Run run(Path application, Path classLog, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(classLog.getParent(), "stdout", ".txt");
        Path err = Files.createTempFile(classLog.getParent(), "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog,
                "--module-path", runPath + File.pathSeparator + application,
                "-m", CONSUMER + "/" + CONSUMER + ".ModularConsumer"));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(CHILD_MINUTES, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            throw new AssertionError("the application on the module path did not finish within " + CHILD_MINUTES
                    + " minutes; its output so far:\n" + Files.readString(out) + Files.readString(err));
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1).strip());
            }
        }
        return new Run(child.exitValue(), values, output, Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void anApplicationOnTheModulePathRecordsAndAdvisesACaseThroughTheGuards(@TempDir Path work) throws Exception {
        Path application = work.resolve("application");
        Compiled compiled = compile(sources("consumer"), application);
        assertTrue(compiled.success(), () -> "the application compiles against the library's modules with "
                + "-Xlint:all -Werror:\n" + compiled.diagnostics());

        Path report = work.resolve("report.json");
        Files.writeString(report, SampleReports.json("03-private-harassment-at-the-social"));
        Path classLog = work.resolve("classes.log");
        Run run = run(application, classLog, report.toString(), work.resolve("data").toString());
        assertEquals(0, run.exitCode(), () -> "the application exits normally:\n" + run.output() + run.errors());
        Map<String, String> values = run.values();

        // The library's modules are named modules, not jars on a class path; Drools' jars are automatic modules.
        assertEquals("org.cocworkflow.core", values.get("module.core"), run.output());
        assertEquals("org.cocworkflow.rules", values.get("module.rules"), run.output());
        assertEquals("org.cocworkflow.store", values.get("module.store"), run.output());
        assertEquals("org.kie.api (automatic)", values.get("module.drools"), run.output());

        // The store records through the guards: an allowed action is appended, a coercive message refused (I2).
        assertEquals("2", values.get("recorded.events"), "opened, then the handler assigned");
        assertEquals("NO_COERCION", values.get("refused"), run.output());

        // The shipped edition advises from its precompiled model, and its first suggestion passes the guards.
        assertEquals("standard-2026", values.get("advice.edition"), run.output());
        assertNotEquals("0", values.get("advice.suggestions"), run.output());
        assertEquals("0", values.get("advice.defects"), run.output());
        assertFalse(values.getOrDefault("advice.first.rule", "").isBlank(), run.output());
        assertEquals("3", values.get("followed.events"), "the first suggestion recorded through the store's guards");
        Pattern modelClass = Pattern.compile("org\\.cocworkflow\\.rules\\.shipped\\.\\S+ source: \\S*coc-rules");
        try (Stream<String> lines = Files.lines(classLog)) {
            assertTrue(lines.anyMatch(line -> modelClass.matcher(line).find()),
                    "the executable model generated at build time is loaded from the coc-rules module");
        }

        // DRL compiles at run time on the module path: the shipped files, and an author's edition that advises.
        assertEquals("0", values.get("shipped.drl.problems"), run.output());
        assertEquals("modular-2020", values.get("authored.edition"), run.output());
        assertEquals("[An author's rule acknowledges the report]", values.get("authored.rules"), run.output());

        // Reflection cannot reach into any library's internal package, neither by calling nor by forcing access.
        assertEquals("refused", values.get("internal.core"), run.output());
        assertEquals("refused", values.get("internal.rules"), run.output());
        assertEquals("refused", values.get("internal.store"), run.output());
    }

    @Test
    void anApplicationOnTheModulePathCannotCompileAgainstTheLibrariesInternalPackages(@TempDir Path work)
            throws Exception {
        Compiled compiled = compile(sources("sneaky"), work.resolve("sneaky"));

        assertFalse(compiled.success(), "naming an internal class is a compile error");
        for (String hidden : List.of("org.cocworkflow.core.internal", "org.cocworkflow.rules.internal",
                "org.cocworkflow.store.internal")) {
            assertTrue(compiled.diagnostics().contains("package " + hidden + " is not visible"),
                    () -> hidden + " is not exported:\n" + compiled.diagnostics());
        }
    }
}
