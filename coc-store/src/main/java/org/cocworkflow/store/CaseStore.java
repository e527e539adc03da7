package org.cocworkflow.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.core.guard.Applied;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.view.CaseView;
import org.cocworkflow.core.view.ViewerRole;
import org.cocworkflow.store.ban.BanList;
import org.cocworkflow.store.pattern.ChapterShare;
import org.cocworkflow.store.pattern.PatternRegistry;
import org.cocworkflow.store.retention.Retention;

/**
 * The organization's record of its Code of Conduct cases (seed 003, "Record Keeping": anything done in relation to
 * an incident is documented, so that a later organizer can deal with a previous offender appropriately and a record
 * exists if authorities get involved; "Data retention": what is stored, how, who has access, for how long).
 *
 * <p>Each case is its case file's events, stored one row per event, encrypted with AES-GCM under the embedder's
 * key and hash-chained; beside them, unencrypted indexes hold only what lists and lookups need (status, deadlines,
 * the accused's identity keys, bans). Every write is one transaction: an organizer's action is stored whole or not
 * at all, and an append made on a stale case file is refused ({@link StaleCaseVersionException}).
 *
 * <p>Access follows the role views of coc-core: the raw case file goes only to a member of the case's response team
 * without a conflict of interest ({@link #load}); everyone else reads a {@link CaseView} ({@link #view}).
 *
 * <p>Create one store per database with {@link Stores} and share it: it is thread-safe. Close it to release its
 * connections.
 */
public interface CaseStore extends AutoCloseable {
    /**
     * Stores a new case from its opening event.
     *
     * @param opened the opening
     * @return the case file, version 1
     * @throws StoreException {@code CASE_EXISTS} if a case with the id is stored or was purged,
     *     {@code EVENT_TOO_LARGE} if the report does not fit the store's limits
     * @throws org.cocworkflow.core.CaseTransitionException if the opening is impossible
     */
    CaseFile create(CaseOpened opened);

    /**
     * Stores new cases whose files were built elsewhere (imported from JSON, moved from another store), all in one
     * transaction: all are stored or none.
     *
     * @param files the case files
     * @throws StoreException {@code CASE_EXISTS} if any id is taken; nothing is stored then
     */
    void createAll(Collection<CaseFile> files);

    /**
     * Checks an organizer's action with the guards and, if they allow it, appends it to the case in one
     * transaction (DESIGN, "The flow of one case").
     *
     * @param current the case file as the organizer saw it
     * @param action the action
     * @param by the response-team member recording it
     * @param at when it happened
     * @return the guards' verdict with the new case file and any new incidents to open as cases
     * @throws org.cocworkflow.core.ActionRefusedException if a guard refuses; nothing is stored
     * @throws org.cocworkflow.core.CaseTransitionException if the case file cannot take the action
     * @throws StaleCaseVersionException if the stored case changed since {@code current} was loaded
     */
    Applied record(CaseFile current, Action action, PartyId by, Instant at);

    /**
     * Appends the events that {@code next} has beyond {@code current}, in one transaction. Use it when the caller
     * applied the guards itself ({@code Guards.apply}).
     *
     * @param current the case file as stored, as loaded or returned by the store
     * @param next the same case file with one or more events appended
     * @return {@code next}, now stored
     * @throws StaleCaseVersionException if the stored case is no longer at {@code current}'s version
     * @throws StoreException {@code CASE_NOT_FOUND}, {@code CASE_PURGED}, {@code EVENT_TOO_LARGE}
     * @throws IllegalArgumentException if {@code next} does not extend {@code current}
     */
    CaseFile append(CaseFile current, CaseFile next);

    /**
     * Loads the raw case file for a member of its response team without a conflict of interest.
     *
     * @param caseId the case
     * @param member the team member who will work on it
     * @return the case file, replayed from the stored events (invariant I9); empty if no such case is stored
     * @throws AccessDeniedException if the member is not on the case's team or has a conflict of interest
     * @throws StoreException {@code CASE_PURGED} if the case's file was purged, {@code INTEGRITY} if the stored events
     *     fail their hash chain or replay
     * @throws org.cocworkflow.store.crypto.KeyException if an event's key is missing
     * @throws org.cocworkflow.store.crypto.DecryptionException if an event fails to decrypt
     */
    Optional<CaseFile> load(CaseId caseId, PartyId member);

    /**
     * Returns the view of a case for a role that does not depend on who looks: the global organization or the
     * community.
     *
     * @param caseId the case
     * @param role the role; not the accused, whose view depends on which accused looks
     * @return the view, empty if no such case is stored
     * @throws IllegalArgumentException for {@link ViewerRole#ACCUSED}
     * @throws StoreException {@code CASE_PURGED} if the case's file was purged
     */
    Optional<CaseView> view(CaseId caseId, ViewerRole role);

    /**
     * Returns the view of a case for a particular party in a role: a team member (handler, member, or conflicted
     * member, computed from the case) or an accused party.
     *
     * @param caseId the case
     * @param role the role asked for
     * @param viewer the party who looks
     * @return the view, empty if no such case is stored
     * @throws AccessDeniedException if the viewer does not hold the role in the case
     */
    Optional<CaseView> view(CaseId caseId, ViewerRole role, PartyId viewer);

    /**
     * Returns what the indexes know of a case, without its content.
     *
     * @param caseId the case
     * @return the summary, empty if no such case was ever stored
     */
    Optional<CaseSummary> summary(CaseId caseId);

    /**
     * Lists cases with a status, by case id.
     *
     * @param status the status
     * @param after list only cases whose id sorts after this one (for paging), or empty for the first page
     * @param limit the most cases to return
     * @return the summaries
     */
    List<CaseSummary> withStatus(CaseStatus status, Optional<CaseId> after, int limit);

    /**
     * Lists cases not closed that have a deadline at or before a moment, the earliest first (seed 003, "Forming a
     * Response"; invariant I10).
     *
     * @param before the moment
     * @param limit the most cases to return
     * @return the summaries
     */
    List<CaseSummary> dueBefore(Instant before, int limit);

    /**
     * Lists the cases whose accused have an identity key, oldest first (seed 003, "Record Keeping": a complaint
     * about a previous offender).
     *
     * @param key the key, e.g. {@code identityKeys.email(address)}
     * @return the summaries of cases whose files are held
     */
    List<CaseSummary> withAccused(IdentityKey key);

    /**
     * Checks a stored case against its hash chain, its key, its replay and its indexes.
     *
     * @param caseId the case
     * @return what was found; never throws for damage, only reports it
     * @throws StoreException {@code CASE_NOT_FOUND} if no such case was ever stored
     */
    Verification verify(CaseId caseId);

    /**
     * Returns the case history over this store, for {@code AdvisorOptions.history}: earlier cases and bans by
     * identity key, through indexed lookups.
     *
     * @return the history
     */
    CaseHistory history();

    /**
     * Returns the ban list and registration screening.
     *
     * @return the ban list
     */
    BanList bans();

    /**
     * Returns retention: classes, legal holds and the purge.
     *
     * @return retention
     */
    Retention retention();

    /**
     * Returns the registry of chapter shares kept in this store: used by a global organization's store.
     *
     * @return the registry
     */
    PatternRegistry patterns();

    /**
     * Makes what a chapter shares with its global organization about a case: the identity keys of the accused as
     * the global organization's view shows them, under the global organization's secret, and the case reference.
     *
     * @param caseId the case
     * @param chapter this chapter's id in the global organization
     * @param globalKeys identity keys under the secret the global organization gave its chapters
     * @return the share, empty if no such case is stored
     * @throws StoreException {@code CASE_PURGED} if the case's file was purged
     */
    Optional<ChapterShare> shareForGlobal(CaseId caseId, String chapter, IdentityKeys globalKeys);

    /**
     * Re-encrypts every record that is not under the key provider's current key, case by case, each in its own
     * transaction, re-computing the hash chain over the new ciphertext after checking the old one.
     *
     * @return how many records were re-encrypted
     * @throws org.cocworkflow.store.crypto.KeyException if a record's old key is missing
     * @throws StoreException {@code INTEGRITY} if a case fails its hash chain; it is left as it was
     */
    long reencryptUnderCurrentKey();

    /**
     * Counts the stored records (events and case summaries) per key id, to tell when an old key can be retired.
     *
     * @return the counts by key id
     */
    Map<String, Long> recordsByKey();

    /** Closes the store's own connections; an embedded H2 database is shut down (and compacted, by default). */
    @Override
    void close();
}
