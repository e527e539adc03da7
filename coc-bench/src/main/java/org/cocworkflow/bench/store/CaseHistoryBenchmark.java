package org.cocworkflow.bench.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cocworkflow.bench.TypicalCase;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.history.PriorCase;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm advice on {@link TypicalCase} with the case history of an embedded store, one thread, time per request:
 * {@code advisor.advise(file, context)} where the advisor's history is {@code store.history()}.
 *
 * <p>{@link #adviseLarge} advises with a store of {@link Large#largeCases} earlier cases (1,000,000 by default);
 * {@link #adviseSmall}, the floor, with a store of {@link Small#smallCases} (1,000). Both stores hold, beside cases
 * against other people, the same three earlier cases against the typical case's accused, so both advices are the
 * same (setup checks it) and the only difference is the size of the tables the history's indexed lookups search.
 * Target: the large store at most 1.3 times the small one, i.e. lookups by index, not scans.
 *
 * <p>Each store is built once into {@code coc-bench/target/bench-data/history-<n>/} and reused by later forks and
 * runs ({@link BenchData#prepared}, whose {@code ready.properties} records the build time); building a million
 * cases takes minutes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CaseHistoryBenchmark {
    /** The earlier cases against the typical case's accused, in every store. */
    static final int PRIOR = 3;

    /** An advisor over a store of many cases. */
    @State(Scope.Benchmark)
    public static class Large extends Setting {
        /** How many earlier cases the store holds. */
        @Param("1000000")
        public int largeCases;

        /** Opens the store and the advisor. */
        @Setup
        public void setUp() {
            open(largeCases);
        }

        /** Closes them. */
        @TearDown
        public void tearDown() {
            close();
        }
    }

    /** An advisor over a store of few cases. */
    @State(Scope.Benchmark)
    public static class Small extends Setting {
        /** How many earlier cases the store holds. */
        @Param("1000")
        public int smallCases;

        /** Opens the store and the advisor. */
        @Setup
        public void setUp() {
            open(smallCases);
        }

        /** Closes them. */
        @TearDown
        public void tearDown() {
            close();
        }
    }

    /** A store, an advisor over its history, the case and the moment. */
    public abstract static class Setting {
        CaseStore store;
        Advisor advisor;
        final CaseFile file = TypicalCase.file();
        final AdviceContext context = AdviceContext.at(TypicalCase.now());

        void open(int cases) {
            Path directory = BenchData.prepared("history-" + cases, Map.of("cases", Integer.toString(cases)),
                    s -> storeHistory(s, cases));
            store = Stores.embedded(directory, BenchData.keys(), BenchData.identityKeys(), BenchData.options());
            IdentityKeys keys = BenchData.identityKeys();
            List<PriorCase> prior = store.history().priorCases(keys.of(file.state().report().parties().stream()
                    .filter(p -> p.id().equals(BenchData.ACCUSED)).findFirst().orElseThrow()), file.id());
            if (prior.size() != PRIOR) {
                throw new IllegalStateException("the history finds " + prior.size() + " earlier cases against the "
                        + "accused, not " + PRIOR);
            }
            advisor = Advisor.create(AdvisorOptions.builder().history(store.history()).identityKeys(keys).build());
            Advice advice = advisor.advise(file, context);
            if (advice.suggestions().isEmpty() || !advice.defects().isEmpty()) {
                throw new IllegalStateException("the advice has " + advice.suggestions().size() + " suggestions and "
                        + advice.defects().size() + " defects");
            }
        }

        void close() {
            advisor.close();
            store.close();
        }
    }

    /**
     * @param large the advisor over the large store
     * @return the advice
     */
    @Benchmark
    public Advice adviseLarge(Large large) {
        return large.advisor.advise(large.file, large.context);
    }

    /**
     * @param small the advisor over the small store
     * @return the advice
     */
    @Benchmark
    public Advice adviseSmall(Small small) {
        return small.advisor.advise(small.file, small.context);
    }

    /**
     * Stores the earlier cases: {@link #PRIOR} against the typical case's accused ({@code lee.park@mail.example},
     * "Lee Park"), the rest each against someone else; all opened before the typical case. Transactions of 250
     * cases, on every processor.
     *
     * @param store an empty store
     * @param cases how many cases in all
     */
    public static void storeHistory(CaseStore store, int cases) {
        Instant first = TypicalCase.RECEIVED.minus(Duration.ofDays(3 * 365));
        long span = Duration.between(first, TypicalCase.RECEIVED.minus(Duration.ofDays(1))).toSeconds();
        int stride = Math.max(1, cases / PRIOR);
        BenchData.createAll(store, cases, 250, i -> {
            Instant at = first.plusSeconds(span * i / cases);
            boolean same = i % stride == stride / 2 && i / stride < PRIOR;
            return CaseFile.open(same
                    ? BenchData.opened("prior-" + i, at, "Lee.Park@mail.example", "Lee Park")
                    : BenchData.opened("history-" + i, at, "person-" + i + "@history.example", "History Person " + i));
        });
    }
}
