package org.cocworkflow.core.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The growing lists of a case file (I9: one version never changes when a later one is made). */
class LogTest {
    private static Log<Integer> upTo(int n) {
        Log<Integer> log = Log.empty();
        for (int i = 0; i < n; i++) {
            log = log.plus(i);
        }
        return log;
    }

    @Test
    void aLogHoldsWhatWasAddedInOrderAndEveryEarlierVersionStaysAsItWas() {
        Log<Integer> three = upTo(3);
        Log<Integer> four = three.plus(3);
        assertEquals(List.of(0, 1, 2), three);
        assertEquals(List.of(0, 1, 2, 3), four);
        assertEquals(3, four.last());
        assertThrows(IndexOutOfBoundsException.class, () -> three.get(3));
        assertThrows(UnsupportedOperationException.class, () -> four.add(9));
    }

    @Test
    void twoVersionsMadeFromTheSameLogDoNotSeeEachOther() {
        Log<Integer> base = upTo(5);
        Log<Integer> left = base.plus(100);
        Log<Integer> right = base.plus(200);
        assertEquals(List.of(0, 1, 2, 3, 4, 100), left);
        assertEquals(List.of(0, 1, 2, 3, 4, 200), right);
        assertEquals(List.of(0, 1, 2, 3, 4, 100, 101), left.plus(101));
        assertEquals(List.of(0, 1, 2, 3, 4, 200, 201), right.plus(201));
        assertEquals(List.of(0, 1, 2, 3, 4), base);
    }

    @Test
    void aLogMadeFromAListCopiesItAndALogIsTakenAsItIs() {
        List<Integer> source = new ArrayList<>(List.of(1, 2, 3));
        Log<Integer> log = Log.of(source);
        source.add(4);
        assertEquals(List.of(1, 2, 3), log);
        assertSame(log, Log.of(log));
        assertEquals(List.of(), Log.of(List.of()));
    }

    @Test
    void threadsExtendingTheSameVersionEachGetTheirOwnList() throws Exception {
        Log<Integer> base = upTo(7);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Log<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int mine = 1_000 + t;
                results.add(pool.submit(() -> {
                    start.await();
                    Log<Integer> log = base;
                    for (int i = 0; i < 200; i++) {
                        log = log.plus(mine);
                    }
                    return log;
                }));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                Log<Integer> log = results.get(t).get(30, TimeUnit.SECONDS);
                assertEquals(207, log.size());
                assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), log.subList(0, 7));
                for (int i = 7; i < 207; i++) {
                    assertEquals(1_000 + t, log.get(i), "thread " + t + " sees only its own elements");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
