/**
 * The core of the CoC workflow library: the pure domain of Code of Conduct case handling.
 *
 * <p>This package holds what every other package shares: the one {@link org.cocworkflow.core.CocStyle value style}
 * and the small hierarchy of {@link org.cocworkflow.core.CocException exceptions}. The domain itself lives in
 * packages named for the concepts of the procedure ("Responding to CoC Violations", seed 003, and "Reporting
 * Harassment", seed 004):
 * <ul>
 *   <li>{@link org.cocworkflow.core.party} — the people in a case and their roles, standings and relationships;</li>
 *   <li>{@link org.cocworkflow.core.report} — what a reporter tells the organizers, including requested actions;</li>
 *   <li>{@link org.cocworkflow.core.response} — response paths, the gravity ladder and the other judgements;</li>
 *   <li>{@link org.cocworkflow.core.consent} — the victim's consent, per recipient class;</li>
 *   <li>{@link org.cocworkflow.core.sanction} — the sanctions catalogue with scopes, durations and preconditions;</li>
 *   <li>{@link org.cocworkflow.core.action} — every organizer action as a typed value;</li>
 *   <li>{@link org.cocworkflow.core.casefile} — the append-only case file and the state derived from it;</li>
 *   <li>{@link org.cocworkflow.core.identity} — keyed identity hashes for repeat reports and ban lists;</li>
 *   <li>{@link org.cocworkflow.core.edition} — policy edition identifiers;</li>
 *   <li>{@link org.cocworkflow.core.json} — the versioned JSON format for reports and case files.</li>
 * </ul>
 *
 * <p>Nothing in this module performs I/O, reads a clock or logs case content: time always comes in as an
 * {@link java.time.Instant} passed by the caller.
 */
package org.cocworkflow.core;
