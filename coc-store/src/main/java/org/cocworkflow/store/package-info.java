/**
 * Record keeping for Code of Conduct cases (seed 003, "Record Keeping": the paper trail that lets future staff deal
 * with a previous offender appropriately, and that is there if authorities ever get involved; "Data retention":
 * what is stored, how, who has access, how long).
 *
 * <p>A {@link org.cocworkflow.store.CaseStore} keeps case files as encrypted, hash-chained events in a relational
 * database over JDBC: H2 in file mode as the embedded default ({@link org.cocworkflow.store.Stores#embedded}),
 * PostgreSQL in production ({@link org.cocworkflow.store.Stores#open}). Around it:
 * <ul>
 *   <li>{@link org.cocworkflow.store.crypto} — the embedder's keys and AES-GCM encryption at rest;</li>
 *   <li>{@link org.cocworkflow.store.retention} — retention by outcome class and the purge;</li>
 *   <li>{@link org.cocworkflow.store.ban} — the ban list and registration screening;</li>
 *   <li>{@link org.cocworkflow.store.pattern} — cross-chapter pattern detection for a global organization.</li>
 * </ul>
 *
 * <p>The module uses {@code java.sql} only; the JDBC driver is the embedder's choice. It depends on coc-core alone,
 * never on coc-rules: the case history it implements for the advisor, the screening results of its ban list and the
 * edition settings its retention reads are coc-core types, so an application that only records cases carries no
 * rule engine. On the module path it is {@code org.cocworkflow.store}, exporting the packages above and keeping
 * {@code org.cocworkflow.store.internal} closed. See {@code docs/storage.md} for the schema, the encryption and the
 * procedures it serves.
 */
@CocStyle
package org.cocworkflow.store;

import org.cocworkflow.core.CocStyle;
