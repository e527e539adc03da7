package org.cocworkflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.store.retention.PurgeReport;
import org.cocworkflow.store.testing.StoreFixtures;

/**
 * The cases of the shutdown tests: one closed case that retention purges, and open cases kept beside it, and what
 * "the bytes of a case" are in an embedded database whose content is encrypted: every stored byte string of its
 * rows, as a raw connection reads them before the purge. That is each event's sealed record (IV, ciphertext and
 * tag) and chain link, the case row's sealed summary and chain head, and the unencrypted index text of its accused
 * (HMACs of their address and name, unique to this case's accused).
 *
 * <p>Beside them, {@value #OTHER_CASES} other open cases make the database the size of one in use. That matters:
 * H2's own close compacts for a short time only, which rewrites a database of a few cases whole (the purged bytes
 * go with any close) but left every purged byte string in one of this size when H2's exit hook closed it.
 */
final class PurgeFixture {
    /** The case the purge deletes. */
    static final CaseId PURGED = CaseId.of("purged-1");
    /** When to purge: two years after the case closed, past the default year of a case without a violation. */
    static final Instant PURGE_AT = StoreFixtures.NOW.atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
    /** The cases that stay (open cases are never purged) and whose records the tests look for. */
    static final List<CaseId> KEPT = List.of(CaseId.of("kept-1"), CaseId.of("kept-2"), CaseId.of("kept-3"));
    /** How many more open cases, of six events each, the database holds. */
    static final int OTHER_CASES = 2_000;
    private static final int BATCH = 250;

    private PurgeFixture() {
    }

    /**
     * Stores the cases: the one to purge, decided and closed and classified, through one store, and the kept ones
     * and the others, each with a few notes, through another (or the same).
     *
     * @param purgedThrough the store that writes the case to purge
     * @param keptThrough the store that writes the kept cases
     */
    static void store(CaseStore purgedThrough, CaseStore keptThrough) {
        CaseFile purged = purgedThrough.create(StoreFixtures.opened(PURGED.value(),
                StoreFixtures.report(StoreFixtures.NOW, "purged.person@mail.example", "Purged Person")));
        purgedThrough.append(purged, StoreFixtures.decideAndClose(purged, Finding.NO_VIOLATION, List.of(),
                Optional.empty()));
        purgedThrough.retention().classify(PURGED, RetentionClass.NO_VIOLATION_FOUND);
        for (CaseId id : KEPT) {
            CaseFile kept = keptThrough.create(StoreFixtures.opened(id.value(),
                    StoreFixtures.report(StoreFixtures.NOW, id.value() + "@mail.example", "Kept Person")));
            CaseFile next = kept;
            for (int i = 0; i < 5; i++) {
                next = StoreFixtures.then(next, Action.RecordNote.of("kept note " + i));
            }
            keptThrough.append(kept, next);
        }
        for (int start = 0; start < OTHER_CASES; start += BATCH) {
            List<CaseFile> batch = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(OTHER_CASES, start + BATCH); i++) {
                CaseFile other = StoreFixtures.caseFile("other-" + i, StoreFixtures.NOW);
                for (int n = 0; n < 5; n++) {
                    other = StoreFixtures.then(other, Action.RecordNote.of("note " + n + " on another case"));
                }
                batch.add(other);
            }
            keptThrough.createAll(batch);
        }
    }

    /**
     * Purges, and checks that the purge deleted exactly the case to purge.
     *
     * @param store the store
     */
    static void purge(CaseStore store) {
        PurgeReport report = store.retention().purge(PURGE_AT);
        if (!report.deleted().equals(List.of(PURGED)) || !report.reduced().isEmpty()) {
            throw new AssertionError("the purge deleted " + report.deleted() + " and reduced " + report.reduced()
                    + ", not just " + PURGED);
        }
    }

    /**
     * Reads every stored byte string of a case: its events' sealed records and chain links, its summary and chain
     * head, and its accused's identity keys as stored text.
     *
     * @param c a raw connection to the database
     * @param caseId the case
     * @return the byte strings, at least one per event
     * @throws SQLException if reading fails
     */
    static List<byte[]> storedBytes(Connection c, CaseId caseId) throws SQLException {
        List<byte[]> found = new ArrayList<>();
        read(c, "SELECT payload, chain FROM coc_event WHERE case_id = ? ORDER BY seq", caseId, found);
        read(c, "SELECT summary, head_hash FROM coc_case WHERE case_id = ?", caseId, found);
        try (PreparedStatement select = c.prepareStatement("SELECT key_text FROM coc_accused_key WHERE case_id = ?")) {
            select.setString(1, caseId.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return found;
    }

    /**
     * Reads the sealed records of a case's events only.
     *
     * @param c a raw connection to the database
     * @param caseId the case
     * @return one sealed record per event
     * @throws SQLException if reading fails
     */
    static List<byte[]> eventPayloads(Connection c, CaseId caseId) throws SQLException {
        List<byte[]> found = new ArrayList<>();
        read(c, "SELECT payload FROM coc_event WHERE case_id = ? ORDER BY seq", caseId, found);
        return found;
    }

    private static void read(Connection c, String sql, CaseId caseId, List<byte[]> into) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, caseId.value());
            try (ResultSet rows = select.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        byte[] bytes = rows.getBytes(i);
                        if (bytes != null) {
                            into.add(bytes);
                        }
                    }
                }
            }
        }
    }

    /**
     * Tells whether a byte string occurs in another.
     *
     * @param haystack where to look
     * @param needle what to look for
     * @return whether it occurs
     */
    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
