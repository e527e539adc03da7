package org.cocworkflow.bench.report;

import java.util.List;

/**
 * Every JMH comparison the report shows: our benchmark, the floor it is measured against, and the target. A new
 * benchmark area (the storage benchmarks of {@link org.cocworkflow.bench.store}, say) adds its rows here.
 */
public final class Comparisons {
    private static final String RULES = "org.cocworkflow.bench.rules.";

    /** How a target reads. */
    public enum Kind {
        /** ours divided by the floor is at most the target */
        RATIO_AT_MOST,
        /** ours divided by the floor is at least the target (throughputs) */
        RATIO_AT_LEAST,
        /** ours is at most the target, in the benchmark's unit */
        AT_MOST
    }

    /**
     * One comparison.
     *
     * @param title the heading
     * @param ours our benchmark's full name
     * @param floor the floor's full name
     * @param kind how the target reads
     * @param target the target
     * @param meaning a sentence on what is measured and why the floor is the floor
     */
    public record Comparison(String title, String ours, String floor, Kind kind, double target, String meaning) {
    }

    /** The comparisons, in the order of the report. */
    public static final List<Comparison> ALL = List.of(
            new Comparison("Warm advice, typical case, whole shipped edition", RULES + "AdviseBenchmark.advise",
                    RULES + "AdviseBenchmark.floor", Kind.RATIO_AT_MOST, 1.2,
                    "`advisor.advise(file, AdviceContext.at(now))` (facts, pooled session, guards, sorting) against a "
                            + "bare pooled session of the same build-time model firing the same facts into a fresh "
                            + "`Suggestions` global (no guards, no sorting, no listener)."),
            new Comparison("Two threads on one shared advisor", RULES + "AdviseThreadsBenchmark.twoThreads",
                    RULES + "AdviseThreadsBenchmark.oneThread", Kind.RATIO_AT_LEAST, 1.8,
                    "Throughput of `advise` with `@Threads(2)` against `@Threads(1)`, one `Advisor` shared; the "
                            + "ratio is two threads' requests per second over one thread's."),
            new Comparison("Reloading one edited edition in a warm JVM", RULES + "ReloadBenchmark.reload",
                    RULES + "ReloadBenchmark.floor", Kind.AT_MOST, 300,
                    "`advisor.reload(edition)` for the shipped DRL read from a directory with one rule's text "
                            + "changed, against a bare `KnowledgeBuilder` compile of the same text and "
                            + "`newKieBase()`. The target is absolute (ms)."));
    // Storage comparisons (screening index, case-history queries, appends on H2 and PostgreSQL) join here.

    private Comparisons() {
    }
}
