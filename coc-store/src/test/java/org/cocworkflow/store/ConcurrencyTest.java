package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.Test;

/**
 * Eight organizers append to the same few cases at once: every append is either stored exactly once at the version
 * it was acknowledged with, or refused as stale; nothing is lost, nothing is stored twice, and every case still
 * verifies.
 */
class ConcurrencyTest extends OnEachDatabase {
    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 25;
    private static final List<CaseId> CASES = List.of(CaseId.of("shared-1"), CaseId.of("shared-2"),
            CaseId.of("shared-3"));

    private record Acknowledged(CaseId caseId, long sequence, String note) {
    }

    @Test
    void every_concurrent_append_is_stored_once_or_refused_as_stale_and_none_is_lost() throws Exception {
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger stale = new AtomicInteger();
        try (CaseStore shared = db.open(); CaseStore second = db.open()) {
            for (CaseId id : CASES) {
                shared.create(StoreFixtures.caseFile(id.value(), NOW).opening());
            }
            CyclicBarrier start = new CyclicBarrier(THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                // Half the threads share one store instance (and its cache), half another: as two app servers would.
                CaseStore store = t % 2 == 0 ? shared : second;
                workers.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    start.await();
                    int done = 0;
                    while (done < APPENDS_PER_THREAD) {
                        CaseId id = CASES.get(random.nextInt(CASES.size()));
                        CaseFile current = store.load(id, RECEIVER).orElseThrow();
                        String note = "thread " + thread + " append " + done;
                        CaseFile next = current.append(Action.RecordNote.of(note), RECEIVER,
                                current.state().lastEventAt().plusMillis(1));
                        try {
                            store.append(current, next);
                            acknowledged.add(new Acknowledged(id, current.version(), note));
                            done++;
                        } catch (StaleCaseVersionException e) {
                            assertEquals(current.version(), e.expectedVersion());
                            assertTrue(e.actualVersion() > e.expectedVersion());
                            stale.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }

        System.out.printf("concurrency on %s: %d appends stored, %d refused as stale%n", database,
                acknowledged.size(), stale.get());
        assertEquals(THREADS * APPENDS_PER_THREAD, acknowledged.size());
        assertTrue(stale.get() > 0, "the threads did contend for the same cases");
        try (CaseStore store = db.open()) {
            Map<String, Integer> seen = new HashMap<>();
            int total = 0;
            for (CaseId id : CASES) {
                CaseFile file = store.load(id, RECEIVER).orElseThrow();
                assertTrue(store.verify(id).intact());
                for (CaseEvent event : file.events().subList(1, file.events().size())) {
                    Action.RecordNote note = (Action.RecordNote) ((ActionRecorded) event).action();
                    assertEquals(null, seen.put(id + "#" + event.sequence(), 1));
                    Acknowledged ack = new Acknowledged(id, event.sequence(), note.note());
                    assertTrue(acknowledged.contains(ack), "every stored append was acknowledged: " + ack);
                }
                total += file.version() - 1;
            }
            assertEquals(acknowledged.size(), total, "every acknowledged append is stored, once");
        }
    }
}
