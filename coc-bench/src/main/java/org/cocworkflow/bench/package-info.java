/**
 * Benchmarks of the CoC workflow library, each measured beside its floor: the least work that could give the same
 * answer, run in the same JVM and the same run, so that the ratio means something on a noisy machine.
 *
 * <ul>
 *   <li>{@link org.cocworkflow.bench.rules} – JMH benchmarks of the advisor: warm advice, two threads, reload.</li>
 *   <li>{@link org.cocworkflow.bench.coldstart} – first advice in a fresh JVM, timed from the parent process.</li>
 *   <li>{@link org.cocworkflow.bench.store} – storage benchmarks: screening, history, appending and recording.</li>
 *   <li>{@link org.cocworkflow.bench.casefile} – replaying long case files against parsing their JSON.</li>
 *   <li>{@link org.cocworkflow.bench.report} – turns the results into {@code docs/performance.md}.</li>
 * </ul>
 *
 * <p>Run everything with {@code bash coc-bench/run}; nothing here runs during {@code mvn verify}.
 */
package org.cocworkflow.bench;
