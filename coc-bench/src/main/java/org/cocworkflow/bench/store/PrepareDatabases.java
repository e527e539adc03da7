package org.cocworkflow.bench.store;

import java.util.Map;

/**
 * Builds the prepared databases of the storage benchmarks ahead of a run, and says how long each took (also
 * recorded in its {@code ready.properties}). A database already built with the same parameters is kept.
 *
 * <p>Usage: {@code PrepareDatabases [bans <n>] [history <n>] ...}, e.g. {@code bans 100000 history 1000000}.
 */
public final class PrepareDatabases {
    private PrepareDatabases() {
    }

    /**
     * Builds the databases named.
     *
     * @param args pairs of a kind ({@code bans} or {@code history}) and a size
     */
    public static void main(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            int n = Integer.parseInt(args[i + 1]);
            long start = System.nanoTime();
            switch (args[i]) {
                case "bans" -> BenchData.prepared("bans-" + n, Map.of("bans", Integer.toString(n)),
                        s -> ScreeningBenchmark.storeBans(s, n));
                case "history" -> BenchData.prepared("history-" + n, Map.of("cases", Integer.toString(n)),
                        s -> CaseHistoryBenchmark.storeHistory(s, n));
                default -> throw new IllegalArgumentException("unknown database kind " + args[i]
                        + "; use bans or history");
            }
            System.out.printf(java.util.Locale.ROOT, "%s-%d ready (%.1f s in this call)%n", args[i], n,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
