package org.cocworkflow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store owns its database's shutdown (#12): whether the application closes its stores or is stopped
 * with SIGTERM while they are open, the database is shut down by the store and compacted, so no byte of a purged
 * case stays in the file's free pages. "The bytes of a case" are every byte string its rows held before the purge
 * ({@link PurgeFixture#storedBytes}); the events of the kept cases are the control that the search finds what is
 * in the file.
 */
class EmbeddedShutdownTest {
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path directory;

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.MAC}, disabledReason = "Process.destroy() sends SIGTERM on Unix only")
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void sigterm_after_a_purge_shuts_the_database_down_compacted_and_no_byte_of_the_purged_case_stays_in_the_file_12()
            throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path store = directory.resolve("store");
        Path errors = directory.resolve("child.err");
        Process child = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", classpath,
                ShutdownChild.class.getName(), store.toString()).redirectError(errors.toFile()).start();
        List<byte[]> purged = new ArrayList<>();
        List<byte[]> kept = new ArrayList<>();
        try {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null && !line.equals("PURGED")) {
                    if (line.startsWith("PURGED-BYTES ")) {
                        purged.add(HEX.parseHex(line.substring("PURGED-BYTES ".length())));
                    } else if (line.startsWith("KEPT-BYTES ")) {
                        kept.add(HEX.parseHex(line.substring("KEPT-BYTES ".length())));
                    }
                }
                assertEquals("PURGED", line, () -> "the child stopped before its purge: " + read(errors));
                child.destroy(); // SIGTERM: the JVM runs its shutdown hooks and exits
                assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child exits after SIGTERM");
            }
        } finally {
            child.destroyForcibly();
        }
        assertEquals(128 + 15, child.exitValue(), () -> "the child ended by SIGTERM: " + read(errors));
        // 8 events (each a sealed record and a chain link), the summary, the chain head, and the accused's two
        // identity keys (address and name)
        assertEquals(20, purged.size(), "the purged case's byte strings were read");
        assertEquals(PurgeFixture.KEPT.size() * 6, kept.size(), "the kept cases' records were read");

        assertNoPurgedBytes(store, purged, kept);
        try (CaseStore reopened = Stores.embedded(store, StoreFixtures.keys(), StoreFixtures.identityKeys(),
                StoreFixtures.options())) {
            assertEquals(RecordState.PURGED, reopened.summary(PurgeFixture.PURGED).orElseThrow().records());
            for (CaseId id : PurgeFixture.KEPT) {
                assertTrue(reopened.verify(id).intact(), "a kept case is whole after the shutdown");
            }
        }
    }

    @Test
    void the_last_of_several_stores_on_one_file_shuts_it_down_compacted_on_close_and_until_then_it_stays_open()
            throws Exception {
        CaseStore first = Stores.embedded(directory, StoreFixtures.keys(), StoreFixtures.identityKeys(),
                StoreFixtures.options());
        CaseStore second = Stores.embedded(directory, StoreFixtures.keys(), StoreFixtures.identityKeys(),
                StoreFixtures.options());
        PurgeFixture.store(first, second);
        List<byte[]> purged;
        List<byte[]> kept = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Stores.embeddedUrl(directory), "coc", "")) {
            purged = PurgeFixture.storedBytes(c, PurgeFixture.PURGED);
            for (CaseId id : PurgeFixture.KEPT) {
                kept.addAll(PurgeFixture.eventPayloads(c, id));
            }
        }
        PurgeFixture.purge(first);
        first.close();
        // The second store still works on the same, still open, database.
        assertTrue(second.load(PurgeFixture.KEPT.get(0), StoreFixtures.RECEIVER).isPresent());
        assertTrue(second.verify(PurgeFixture.KEPT.get(1)).intact());
        second.close();

        assertNoPurgedBytes(directory, purged, kept);
    }

    /** Reads every file of the store's directory (the database file and anything H2 left beside it). */
    private static void assertNoPurgedBytes(Path store, List<byte[]> purged, List<byte[]> kept) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(store)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.contains(store.resolve(Stores.EMBEDDED_NAME + ".mv.db")), "the database file is there");
        byte[] database = Files.readAllBytes(store.resolve(Stores.EMBEDDED_NAME + ".mv.db"));
        for (byte[] record : kept) {
            assertTrue(PurgeFixture.contains(database, record), "a kept case's record is found in the raw file");
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            int found = 0;
            for (byte[] needle : purged) {
                if (PurgeFixture.contains(bytes, needle)) {
                    found++;
                }
            }
            assertEquals(0, found, found + " of the purged case's " + purged.size() + " byte strings are still in "
                    + store.relativize(file));
        }
        assertFalse(purged.isEmpty());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no error output)";
        }
    }
}
