package org.cocworkflow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency of the embedded store: a child JVM appends as fast as it can and is killed with SIGKILL at
 * random points, at least 50 times ({@code -Dcoc.store.kills}). After each kill every acknowledged append is there,
 * no event is torn (every event decrypts, reads and replays), and every case's hash chain verifies.
 */
class CrashConsistencyTest {
    @TempDir
    Path directory;

    /** In which run each acknowledgement was printed, for the failure message. */
    private final Map<String, Integer> ackedIn = new ConcurrentHashMap<>();

    @Test
    void acknowledged_appends_survive_sigkill_at_random_points_and_every_case_verifies() throws Exception {
        int kills = Integer.getInteger("coc.store.kills", 50);
        Random random = new Random(20261122L);
        Map<CaseId, Long> acknowledged = new ConcurrentHashMap<>();
        ackedIn.clear();
        int duringStartup = 0;
        int acks = 0;
        long started = System.nanoTime();
        Writer next = Writer.start(directory, 0);
        for (int kill = 0; kill < kills; kill++) {
            Writer writer = next;
            // One run in ten is killed while the store opens (recovery, migrations, first writes).
            boolean early = random.nextInt(10) == 0;
            int delay = early ? random.nextInt(400) : 20 + random.nextInt(300);
            writer.go(early, delay);
            writer.kill();
            // The next writer starts its JVM while this run is checked; it opens the store only when told to.
            next = kill + 1 < kills ? Writer.start(directory, kill + 1) : null;
            if (!writer.ready()) {
                duringStartup++;
            }
            List<String> lines = writer.acks();
            for (String line : lines) {
                String[] parts = line.split(" ");
                acknowledged.merge(CaseId.of(parts[1]), Long.parseLong(parts[2]), Math::max);
                ackedIn.put(parts[1] + " " + parts[2], kill);
                acks++;
            }
            if (Boolean.getBoolean("coc.store.crash.debug")) {
                System.out.println("DEBUG kill " + kill + " early=" + early + " acks=" + lines.size() + " last="
                        + (lines.isEmpty() ? "-" : lines.get(lines.size() - 1)));
            }
            check(acknowledged, kill);
        }
        System.out.printf("crash consistency: %d SIGKILLs (%d while the store was opening), %d acknowledged appends, "
                + "%d cases, all present and verified, in %.1f s%n", kills, duringStartup, acks, acknowledged.size(),
                (System.nanoTime() - started) / 1e9);
        assertTrue(acks >= kills, "the writers wrote between kills");
    }

    /** One writer process and what it acknowledged. */
    private static final class Writer {
        private final Process process;
        private final Path errors;
        private final Thread reader;
        private final CountDownLatch warm = new CountDownLatch(1);
        private final CountDownLatch ready = new CountDownLatch(1);
        private final CountDownLatch firstAck = new CountDownLatch(1);
        private final List<String> acks = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile boolean killed;

        private Writer(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.reader = new Thread(this::read);
            reader.start();
        }

        static Writer start(Path directory, int kill) throws IOException {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path errors = directory.resolve("writer-" + kill + ".err");
            Process process = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", classpath,
                    CrashWriter.class.getName(), directory.toString(), Integer.toString(kill), "k" + kill)
                    .redirectError(errors.toFile()).start();
            return new Writer(process, errors);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.equals("WARM")) {
                        warm.countDown();
                    } else if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ACK ") && line.endsWith(" END")) {
                        acks.add(line); // a line cut by the kill has no END and was not acknowledged
                        firstAck.countDown();
                    }
                }
            } catch (IOException e) {
                if (!killed) {
                    throw new UncheckedIOException(e);
                }
                // killed: the pipe closed under the reader, and what was read before is what was acknowledged
            }
        }

        /** Lets the writer open the store, and waits until the moment to kill it. */
        void go(boolean early, int delayMillis) throws Exception {
            assertTrue(warm.await(60, TimeUnit.SECONDS), () -> "the writer did not start: " + errors());
            process.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            if (!early) {
                assertTrue(firstAck.await(60, TimeUnit.SECONDS), () -> "the writer did not write: " + errors());
            }
            Thread.sleep(delayMillis);
        }

        /** SIGKILL on Unix: no shutdown hooks, no flushing, no closing of the database. */
        void kill() throws InterruptedException {
            killed = true;
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            reader.join(30_000);
        }

        boolean ready() {
            return ready.getCount() == 0;
        }

        List<String> acks() {
            return List.copyOf(acks);
        }

        String errors() {
            try {
                return java.nio.file.Files.readString(errors);
            } catch (IOException e) {
                return "(no error output)";
            }
        }
    }

    private void check(Map<CaseId, Long> acknowledged, int kill) {
        StoreOptions options = ImmutableStoreOptions.copyOf(StoreFixtures.options()).withCompactOnClose(false);
        try (CaseStore store = Stores.embedded(directory, StoreFixtures.keys(), StoreFixtures.identityKeys(),
                options)) {
            for (Map.Entry<CaseId, Long> ack : acknowledged.entrySet()) {
                CaseFile file = store.load(ack.getKey(), StoreFixtures.RECEIVER).orElseThrow(
                        () -> new AssertionError("after kill " + kill + " an acknowledged case is missing"));
                assertTrue(file.version() >= ack.getValue(), () -> "after kill " + kill + ", case " + ack.getKey()
                        + " lost acknowledged events: version " + file.version() + " < " + ack.getValue()
                        + " (acknowledged in run " + ackedIn.get(ack.getKey() + " " + ack.getValue()) + ")");
                for (CaseEvent event : file.events()) {
                    if (event instanceof ActionRecorded recorded && recorded.action() instanceof Action.RecordNote n) {
                        assertTrue(n.note().startsWith("crash note " + file.id() + " #" + event.sequence()),
                                "the note stored at its own position");
                    }
                }
            }
            List<CaseSummary> all = new ArrayList<>();
            for (CaseStatus status : CaseStatus.values()) { // a banned case is decided, not open
                all.addAll(store.withStatus(status, Optional.empty(), 100_000));
            }
            assertTrue(all.size() >= acknowledged.size());
            for (CaseSummary summary : all) {
                Verification verification = store.verify(summary.caseId());
                assertTrue(verification.intact(), () -> "after kill " + kill + ": " + verification);
                assertEquals(summary.version(), verification.eventsChecked());
            }
            int banned = (int) acknowledged.keySet().stream().filter(id -> !store.load(id, StoreFixtures.RECEIVER)
                    .orElseThrow().state().bans().isEmpty()).count();
            assertEquals(banned, store.bans().size(), "the ban list matches the cases' bans");
        }
    }
}
