package org.cocworkflow.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.store.testing.StoreFixtures;

/**
 * The child process of {@link CrashConsistencyTest}: appends to an embedded store as fast as it can and prints an
 * acknowledgement after each append returns, until it is killed.
 *
 * <p>Arguments: the store's directory, a seed, and a name for the cases this process opens. It first warms up
 * (loads and exercises the JSON and JDBC classes) and prints {@code WARM}, then waits for a line on its standard
 * input before it opens the store, so that its start-up can overlap the parent's checks. Output lines after that:
 * {@code READY} once the store is open, then {@code ACK <case> <version> END} per append.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    /**
     * Runs the writer.
     *
     * @param args directory, seed, prefix
     */
    public static void main(String[] args) throws java.io.IOException, ClassNotFoundException {
        warmUp();
        System.out.println("WARM");
        System.out.flush();
        if (new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                .readLine() == null) {
            return; // the parent went away
        }
        Path directory = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        String prefix = args[2];
        PrintStream out = System.out;
        StoreOptions options = ImmutableStoreOptions.copyOf(StoreFixtures.options()).withCompactOnClose(false);
        CaseStore store = Stores.embedded(directory, StoreFixtures.keys(), StoreFixtures.identityKeys(), options);
        List<CaseFile> open = new ArrayList<>();
        for (CaseSummary summary : store.withStatus(CaseStatus.OPEN, Optional.empty(), 5)) {
            open.add(store.load(summary.caseId(), StoreFixtures.RECEIVER).orElseThrow());
        }
        out.println("READY");
        out.flush();
        int created = 0;
        while (true) {
            int dice = random.nextInt(100);
            if (open.isEmpty() || dice < 8) {
                CaseFile file = store.create(StoreFixtures.caseFile(prefix + "-" + created++, StoreFixtures.NOW)
                        .opening());
                open.add(file);
                ack(out, file);
                continue;
            }
            int index = random.nextInt(open.size());
            CaseFile current = open.get(index);
            CaseFile next = current;
            int events = 1 + random.nextInt(3);
            for (int i = 0; i < events; i++) {
                boolean big = random.nextInt(20) == 0;
                String text = "crash note " + next.id() + " #" + next.version() + (big ? " " + "x".repeat(30_000) : "");
                next = StoreFixtures.then(next, Action.RecordNote.of(text));
            }
            if (dice < 11 && next.state().bans().isEmpty()) {
                next = StoreFixtures.decidedBan(next, java.util.Optional.empty(), java.util.List.of());
            }
            store.append(current, next);
            open.set(index, next);
            ack(out, next);
        }
    }

    /** Exercises what the first append needs, so that the kill lands among appends at full speed. */
    private static void warmUp() throws ClassNotFoundException {
        Class.forName("org.h2.Driver");
        org.cocworkflow.core.json.CocJson json = org.cocworkflow.core.json.CocJson.standard();
        CaseFile file = StoreFixtures.then(StoreFixtures.caseFile("warm-up", StoreFixtures.NOW),
                Action.RecordNote.of("warm-up"));
        for (int i = 0; i < 20; i++) {
            json.readCaseFile(json.writeCaseFile(file));
            json.readAction(json.writeAction(Action.RecordNote.of("warm-up " + i)));
        }
    }

    private static void ack(PrintStream out, CaseFile file) {
        out.println("ACK " + file.id() + " " + file.version() + " END");
        out.flush();
    }
}
