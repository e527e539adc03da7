/**
 * Turns the results into {@code docs/performance.md}: {@link org.cocworkflow.bench.report.Comparisons} lists each
 * JMH benchmark with its floor and target, {@link org.cocworkflow.bench.report.PerformanceReport} reads JMH's JSON
 * and the cold-start driver's JSON and writes the tables.
 */
package org.cocworkflow.bench.report;
