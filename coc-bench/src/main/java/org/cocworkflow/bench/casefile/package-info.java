/**
 * Benchmarks of coc-core's case file: replaying long case files against the JSON parsing that reads them, through
 * the public API only. {@link org.cocworkflow.bench.casefile.LongCase} builds the case files through the guards.
 */
package org.cocworkflow.bench.casefile;
