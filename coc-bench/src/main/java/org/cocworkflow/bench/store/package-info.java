/**
 * The place for the storage benchmarks of coc-store, none yet. Planned, one class per area, each benchmark beside
 * its floor in the same class and each pair listed in {@link org.cocworkflow.bench.report.Comparisons}:
 *
 * <ul>
 *   <li>{@code ScreeningIndexBenchmark} – checking registrations against the ban list's identity keys, against a
 *       bare indexed {@code SELECT} on the same table;</li>
 *   <li>{@code CaseHistoryBenchmark} – the prior cases and active bans of an accused, against the bare queries;</li>
 *   <li>{@code AppendBenchmark} – appending events with the optimistic version check and the hash chain, against a
 *       bare {@code INSERT}, on an H2 file and on PostgreSQL (the database given by a system property, the
 *       benchmark skipped without one).</li>
 * </ul>
 */
package org.cocworkflow.bench.store;
