/**
 * The storage benchmarks of coc-store, each benchmark beside its floor in the same class and each pair listed in
 * {@link org.cocworkflow.bench.report.Comparisons}:
 *
 * <ul>
 *   <li>{@link org.cocworkflow.bench.store.ScreeningBenchmark} – {@code store.bans().screenAll} of 1,000,000
 *       registrations against 100,000 bans, against a hand-coded HMAC-SHA256 and {@code HashMap} screen
 *       ({@link org.cocworkflow.bench.store.ScreeningFloor}); target at most 1.5 times the floor;</li>
 *   <li>{@link org.cocworkflow.bench.store.CaseHistoryBenchmark} – advice with {@code store.history()} over
 *       1,000,000 earlier cases, against the same advice over 1,000; target at most 1.3 times;</li>
 *   <li>{@link org.cocworkflow.bench.store.AppendBenchmark} – a committed, encrypted, chained append of one action,
 *       the same action recorded through the guards ({@code store.record}), and recorded on a case a second store
 *       instance loads first, each against a plain JDBC {@code INSERT} and commit of the same bytes, on an H2 file
 *       and on PostgreSQL (the server in {@code COC_STORE_POSTGRES_URL}; reported as not run without one); target
 *       at most 1.5 times.</li>
 * </ul>
 *
 * <p>{@link org.cocworkflow.bench.store.BenchData} holds the fixed keys and cases and builds the large databases
 * once into {@code coc-bench/target/bench-data}; {@link org.cocworkflow.bench.store.PrepareDatabases} builds them
 * ahead of a run.
 */
package org.cocworkflow.bench.store;
