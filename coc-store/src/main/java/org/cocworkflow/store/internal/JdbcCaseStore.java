package org.cocworkflow.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseImported;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.guard.Applied;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.history.CaseHistory;
import org.cocworkflow.core.identity.IdentityKey;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.core.view.CaseView;
import org.cocworkflow.core.view.ViewerRole;
import org.cocworkflow.store.AccessDeniedException;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.CaseSummary;
import org.cocworkflow.store.ImmutableCaseSummary;
import org.cocworkflow.store.ImmutableVerification;
import org.cocworkflow.store.IntegrityProblem;
import org.cocworkflow.store.IntegrityProblem.Kind;
import org.cocworkflow.store.RecordState;
import org.cocworkflow.store.StaleCaseVersionException;
import org.cocworkflow.store.StoreException;
import org.cocworkflow.store.StoreException.Reason;
import org.cocworkflow.store.StoreOptions;
import org.cocworkflow.store.Verification;
import org.cocworkflow.store.ban.Ban;
import org.cocworkflow.store.ban.BanList;
import org.cocworkflow.store.crypto.DecryptionException;
import org.cocworkflow.store.crypto.KeyException;
import org.cocworkflow.store.crypto.KeyProvider;
import org.cocworkflow.store.pattern.ChapterShare;
import org.cocworkflow.store.pattern.ImmutableChapterShare;
import org.cocworkflow.store.pattern.PatternRegistry;
import org.cocworkflow.store.retention.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CaseStore} over JDBC. See {@code docs/storage.md} for the schema. Thread-safe.
 */
public final class JdbcCaseStore implements CaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCaseStore.class);

    static final String EVENT = "event";
    static final String SUMMARY = "summary";
    private static final String COMPLETE = RecordState.COMPLETE.name();

    private static final String SUMMARY_COLUMNS = "case_id, records, version, status, edition, opened_s, opened_n, "
            + "last_s, last_n, closed_s, closed_n, retention_class, legal_hold";

    private final Jdbc jdbc;
    private final Connections connections;
    private final Dialect dialect;
    private final StoreOptions options;
    private final Crypto crypto;
    private final EventCodec codec;
    private final IdentityKeys identityKeys;
    private final CaseCache cache;
    private final BanIndex banIndex;
    private final JdbcBanList bans;
    private final JdbcRetention retention;
    private final JdbcPatternRegistry patterns;
    private final JdbcCaseHistory history;
    private final Optional<EmbeddedDatabase.Lease> embedded;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcCaseStore(Connections connections, Dialect dialect, KeyProvider keys, IdentityKeys identityKeys,
            StoreOptions options, Optional<EmbeddedDatabase.Lease> embedded) {
        this.connections = connections;
        this.jdbc = new Jdbc(connections);
        this.dialect = dialect;
        this.options = options;
        this.crypto = new Crypto(keys);
        this.codec = new EventCodec(options.eventLimits());
        this.identityKeys = identityKeys;
        this.cache = new CaseCache(options.cacheSize());
        this.banIndex = new BanIndex(jdbc, options.banListMaxAge());
        this.bans = new JdbcBanList(banIndex, identityKeys, options.clock());
        this.retention = new JdbcRetention(this);
        this.patterns = new JdbcPatternRegistry(jdbc);
        this.history = new JdbcCaseHistory(this);
        this.embedded = embedded;
    }

    /**
     * Opens a store: recognizes the database, brings its schema up to date, and checks that the current key works.
     *
     * @param connections the connections
     * @param keys the key provider
     * @param identityKeys the organization's identity keys
     * @param options the options
     * @param embedded the store's hold on the embedded H2 database it owns, taken before opening and released on
     *     close (or here, if opening fails); empty for a database the embedder runs
     * @return the store
     */
    public static JdbcCaseStore open(Connections connections, KeyProvider keys, IdentityKeys identityKeys,
            StoreOptions options, Optional<EmbeddedDatabase.Lease> embedded) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(identityKeys, "identityKeys");
        Objects.requireNonNull(options, "options");
        Jdbc jdbc = new Jdbc(connections);
        try {
            Dialect dialect = jdbc.inTransaction("the database", Dialect::of);
            Schema.migrate(jdbc, dialect, options.clock());
            JdbcCaseStore store = new JdbcCaseStore(connections, dialect, keys, identityKeys, options, embedded);
            store.crypto.seal(new byte[0], "probe", "probe", 0); // fail now, not at the first write, on a bad key
            return store;
        } catch (RuntimeException e) {
            connections.close();
            embedded.ifPresent(EmbeddedDatabase.Lease::abandon); // release the file if no other store holds it
            throw e;
        }
    }

    Jdbc jdbc() {
        return jdbc;
    }

    Dialect dialect() {
        return dialect;
    }

    Crypto crypto() {
        return crypto;
    }

    StoreOptions options() {
        return options;
    }

    BanIndex banIndex() {
        return banIndex;
    }

    CaseCache cache() {
        return cache;
    }

    // ------------------------------------------------------------------------------------------------- writing

    /** A case's events sealed and chained, ready to insert. */
    private record SealedEvent(long sequence, String keyId, byte[] payload, byte[] chain) {
    }

    private List<SealedEvent> seal(CaseFile file, long from, byte[] previous) {
        String caseId = file.id().value();
        List<SealedEvent> sealed = new ArrayList<>((int) (file.version() - from));
        byte[] prev = previous;
        for (CaseEvent event : file.events().subList((int) from, file.events().size())) {
            String where = "event #" + event.sequence() + " of case " + caseId + " (" + typeOf(event) + ")";
            byte[] plain = codec.encode(event, where);
            Crypto.Sealed box = crypto.seal(plain, EVENT, caseId, event.sequence());
            byte[] link = Chain.link(prev, caseId, event.sequence(), box.keyId(), box.bytes());
            sealed.add(new SealedEvent(event.sequence(), box.keyId(), box.bytes(), link));
            prev = link;
        }
        return sealed;
    }

    private static String typeOf(CaseEvent event) {
        return event instanceof CaseOpened ? "case_opened" : event instanceof CaseImported ? "case_imported"
                : ((ActionRecorded) event).action().typeName();
    }

    @Override
    public CaseFile create(CaseOpened opened) {
        CaseFile file = CaseFile.open(opened);
        createAll(List.of(file));
        return file;
    }

    @Override
    public void createAll(Collection<CaseFile> files) {
        checkOpen();
        record Prepared(CaseFile file, List<SealedEvent> events, CaseRows rows, Crypto.Sealed summary) {
        }
        List<Prepared> prepared = new ArrayList<>(files.size());
        Set<CaseId> ids = new HashSet<>();
        for (CaseFile file : files) {
            if (!ids.add(file.id())) {
                throw new IllegalArgumentException("two case files to create share the id " + file.id());
            }
            List<SealedEvent> events = seal(file, 0, Chain.START);
            CaseRows rows = CaseRows.of(file, identityKeys);
            prepared.add(new Prepared(file, events, rows, sealSummary(file.id(), rows)));
        }
        if (prepared.isEmpty()) {
            return;
        }
        String where = prepared.size() == 1 ? "case " + prepared.get(0).file().id() : prepared.size() + " cases";
        Written written;
        try {
            written = jdbc.inTransaction("storing " + where, c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO coc_case (case_id, records, version, "
                        + "head_hash, status, edition, opened_s, opened_n, last_s, last_n, closed_s, closed_n, "
                        + "retention_class, legal_hold, summary_key, summary) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, FALSE, ?, ?)")) {
                    for (Prepared p : prepared) {
                        CaseFile file = p.file();
                        insert.setString(1, file.id().value());
                        insert.setString(2, COMPLETE);
                        insert.setLong(3, file.version());
                        insert.setBytes(4, p.events().get(p.events().size() - 1).chain());
                        insert.setString(5, p.rows().status().name());
                        insert.setString(6, file.state().edition().value());
                        Times.set(insert, 7, p.rows().openedAt());
                        Times.set(insert, 9, p.rows().lastEventAt());
                        Times.set(insert, 11, p.rows().closedAt());
                        insert.setString(13, p.summary().keyId());
                        insert.setBytes(14, p.summary().bytes());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                List<Ban> added = new ArrayList<>();
                try (PreparedStatement events = c.prepareStatement(INSERT_EVENT)) {
                    for (Prepared p : prepared) {
                        addEvents(events, p.file().id().value(), p.events());
                    }
                    events.executeBatch();
                }
                for (Prepared p : prepared) {
                    String id = p.file().id().value();
                    insertDeadlines(c, id, p.rows().deadlines());
                    insertAccusedKeys(c, id, p.rows().accusedKeys());
                    added.addAll(insertBans(c, id, p.rows().bans()));
                }
                long generation = added.isEmpty() ? -1 : bumpBanGeneration(c);
                return new Written(generation, added, List.of());
            });
        } catch (Jdbc.Conflict conflict) {
            throw whichExists(prepared.stream().map(p -> p.file().id()).toList(), conflict);
        }
        for (Prepared p : prepared) {
            byte[] head = p.events().get(p.events().size() - 1).chain();
            cache.put(new CaseCache.Known(p.file(), head, p.rows()));
        }
        if (written.generation() >= 0) {
            banIndex.applied(written.generation(), written.added(), written.removed());
        }
    }

    private record Written(long generation, List<Ban> added, List<BanIndex.BanId> removed) {
    }

    private StoreException whichExists(List<CaseId> ids, Jdbc.Conflict conflict) {
        Map<String, String> states = jdbc.inTransaction("looking up case ids", c -> {
            Map<String, String> found = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT records FROM coc_case WHERE case_id = ?")) {
                for (CaseId id : ids) {
                    select.setString(1, id.value());
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            found.put(id.value(), rows.getString(1));
                        }
                    }
                }
            }
            return found;
        });
        if (states.isEmpty()) {
            // The conflicting case was created and removed again meanwhile, or the conflict was elsewhere.
            return StoreException.of(Reason.DATABASE, "storing new cases", "a concurrent change conflicted; retry",
                    conflict.getCause());
        }
        Map.Entry<String, String> first = states.entrySet().iterator().next();
        return StoreException.of(Reason.CASE_EXISTS, "case " + first.getKey(),
                RecordState.PURGED.name().equals(first.getValue()) ? "the id belonged to a case that was purged; ids "
                        + "of purged cases are not reused" : "nothing of the new cases was stored", null);
    }

    private static final String INSERT_EVENT =
            "INSERT INTO coc_event (case_id, seq, key_id, payload, chain) VALUES (?, ?, ?, ?, ?)";

    private static void addEvents(PreparedStatement insert, String caseId, List<SealedEvent> events)
            throws SQLException {
        for (SealedEvent event : events) {
            insert.setString(1, caseId);
            insert.setLong(2, event.sequence());
            insert.setString(3, event.keyId());
            insert.setBytes(4, event.payload());
            insert.setBytes(5, event.chain());
            insert.addBatch();
        }
    }

    private static void insertDeadlines(Connection c, String caseId, Map<DeadlineKind, Instant> deadlines)
            throws SQLException {
        if (deadlines.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO coc_deadline (case_id, kind, due_s, due_n) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<DeadlineKind, Instant> deadline : deadlines.entrySet()) {
                insert.setString(1, caseId);
                insert.setString(2, deadline.getKey().name());
                Times.set(insert, 3, deadline.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertAccusedKeys(Connection c, String caseId, Collection<IdentityKey> keys)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO coc_accused_key (key_text, case_id) VALUES (?, ?)")) {
            for (IdentityKey key : keys) {
                insert.setString(1, key.text());
                insert.setString(2, caseId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Ban> insertBans(Connection c, String caseId, List<CaseRows.BanRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Ban> added = new ArrayList<>(rows.size());
        try (PreparedStatement ban = c.prepareStatement("INSERT INTO coc_ban (case_id, seq, starts_s, starts_n, "
                + "until_s, until_n, scopes) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement key = c.prepareStatement(
                        "INSERT INTO coc_ban_key (key_text, case_id, seq) VALUES (?, ?, ?)")) {
            for (CaseRows.BanRow row : rows) {
                ban.setString(1, caseId);
                ban.setLong(2, row.sequence());
                Times.set(ban, 3, row.starts());
                Times.set(ban, 5, row.until());
                ban.setString(7, BanIndex.scopes(row.scopes()));
                ban.addBatch();
                for (IdentityKey k : row.keys()) {
                    key.setString(1, k.text());
                    key.setString(2, caseId);
                    key.setLong(3, row.sequence());
                    key.addBatch();
                }
                if (row.keys().isEmpty()) {
                    LOG.warn("the ban recorded at event #{} of case {} has no identity keys (the banned party has no "
                            + "usable e-mail address, handle or name): registrations cannot be screened against it",
                            row.sequence(), caseId);
                }
                added.add(BanIndex.ban(caseId, row));
            }
            ban.executeBatch();
            key.executeBatch();
        }
        return added;
    }

    /** Deletes ban-list entries that a later entry of the same case replaced (a ban lifted or changed). */
    private static List<BanIndex.BanId> deleteBans(Connection c, String caseId, List<CaseRows.BanRow> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<BanIndex.BanId> removed = new ArrayList<>(rows.size());
        try (PreparedStatement key = c.prepareStatement("DELETE FROM coc_ban_key WHERE case_id = ? AND seq = ?");
                PreparedStatement ban = c.prepareStatement("DELETE FROM coc_ban WHERE case_id = ? AND seq = ?")) {
            for (CaseRows.BanRow row : rows) {
                for (PreparedStatement delete : List.of(key, ban)) {
                    delete.setString(1, caseId);
                    delete.setLong(2, row.sequence());
                    delete.addBatch();
                }
                removed.add(new BanIndex.BanId(caseId, row.sequence()));
            }
            key.executeBatch();
            ban.executeBatch();
        }
        return removed;
    }

    static long bumpBanGeneration(Connection c) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE coc_counter SET counter_value = counter_value + 1 WHERE name = 'ban_generation'")) {
            update.executeUpdate();
        }
        return BanIndex.generation(c);
    }

    private Crypto.Sealed sealSummary(CaseId id, CaseRows rows) {
        return crypto.seal(rows.summary().getBytes(java.nio.charset.StandardCharsets.UTF_8), SUMMARY, id.value(), 0);
    }

    @Override
    public Applied record(CaseFile current, Action action, PartyId by, Instant at) {
        Applied applied = Guards.apply(current, action, by, at);
        append(current, applied.file());
        return applied;
    }

    @Override
    public CaseFile append(CaseFile current, CaseFile next) {
        checkOpen();
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(next, "next");
        if (!next.id().equals(current.id()) || next.version() <= current.version()
                || !next.events().subList(0, (int) current.version()).equals(current.events())) {
            throw new IllegalArgumentException("the new case file must be the current one with events appended");
        }
        for (int attempt = 1; ; attempt++) {
            CaseCache.Known base = base(current);
            Optional<StaleCaseVersionException> stale = tryAppend(base, next);
            if (stale.isEmpty()) {
                return next;
            }
            if (stale.get().actualVersion() != current.version() || attempt >= 3) {
                throw stale.get();
            }
            // Same version, another head: the chain was re-computed (key rotation); read it again and retry.
            cache.remove(current.id());
        }
    }

    /** The stored state the caller's case file stands for: from the cache, or read again. */
    private CaseCache.Known base(CaseFile current) {
        CaseCache.Known known = cache.get(current.id());
        if (known != null && known.file().version() == current.version()
                && (known.file() == current || known.file().equals(current))) {
            return known;
        }
        CaseCache.Known loaded = loadKnown(current.id())
                .orElseThrow(() -> StoreException.of(Reason.CASE_NOT_FOUND, "case " + current.id()));
        if (loaded.file().version() != current.version()) {
            throw new StaleCaseVersionException(current.id(), current.version(), loaded.file().version());
        }
        if (!loaded.file().equals(current)) {
            throw new IllegalArgumentException("the case file passed in is not the stored case " + current.id()
                    + " at its version; load the case from the store and apply the action to that");
        }
        return loaded;
    }

    private Optional<StaleCaseVersionException> tryAppend(CaseCache.Known base, CaseFile next) {
        CaseFile current = base.file();
        String caseId = current.id().value();
        CaseRows before = base.rows() != null ? base.rows() : CaseRows.of(current, identityKeys);
        CaseRows after = CaseRows.next(before, current, next, identityKeys);
        List<SealedEvent> events = seal(next, current.version(), base.head());
        byte[] head = events.get(events.size() - 1).chain();
        boolean summaryChanged = !after.summary().equals(before.summary());
        Crypto.Sealed summary = summaryChanged ? sealSummary(next.id(), after) : null;
        Set<IdentityKey> newKeys = new LinkedHashSet<>(after.accusedKeys());
        newKeys.removeAll(before.accusedKeys());
        List<CaseRows.BanRow> newBans = new ArrayList<>(after.bans());
        newBans.removeAll(before.bans());
        List<CaseRows.BanRow> replacedBans = new ArrayList<>(before.bans());
        replacedBans.removeAll(after.bans());
        Written written;
        try {
            written = jdbc.inTransaction("appending to case " + caseId, c -> {
                String sql = "UPDATE coc_case SET version = ?, head_hash = ?, status = ?, last_s = ?, last_n = ?, "
                        + "closed_s = ?, closed_n = ?" + (summaryChanged ? ", summary_key = ?, summary = ?" : "")
                        + " WHERE case_id = ? AND records = ? AND version = ? AND head_hash = ?";
                // On PostgreSQL every statement is a round trip: the case row's update and the first event's insert
                // go as one statement, which inserts nothing when the update matched no row.
                boolean together = dialect == Dialect.POSTGRESQL;
                if (together) {
                    sql = "WITH moved AS (" + sql + " RETURNING case_id) INSERT INTO coc_event (case_id, seq, key_id, "
                            + "payload, chain) SELECT case_id, ?, ?, ?, ? FROM moved";
                }
                try (PreparedStatement update = c.prepareStatement(sql)) {
                    int i = 1;
                    update.setLong(i++, next.version());
                    update.setBytes(i++, head);
                    update.setString(i++, after.status().name());
                    Times.set(update, i, after.lastEventAt());
                    i += 2;
                    Times.set(update, i, after.closedAt());
                    i += 2;
                    if (summaryChanged) {
                        update.setString(i++, summary.keyId());
                        update.setBytes(i++, summary.bytes());
                    }
                    update.setString(i++, caseId);
                    update.setString(i++, COMPLETE);
                    update.setLong(i++, current.version());
                    update.setBytes(i++, base.head());
                    if (together) {
                        SealedEvent first = events.get(0);
                        update.setLong(i++, first.sequence());
                        update.setString(i++, first.keyId());
                        update.setBytes(i++, first.payload());
                        update.setBytes(i, first.chain());
                    }
                    if (update.executeUpdate() != 1) {
                        return null; // someone else changed the case first: nothing written, roll back
                    }
                }
                List<SealedEvent> rest = together ? events.subList(1, events.size()) : events;
                if (!rest.isEmpty()) {
                    try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT)) {
                        addEvents(insert, caseId, rest);
                        insert.executeBatch();
                    }
                }
                if (!after.deadlines().equals(before.deadlines())) {
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM coc_deadline WHERE case_id = ?")) {
                        delete.setString(1, caseId);
                        delete.executeUpdate();
                    }
                    insertDeadlines(c, caseId, after.deadlines());
                }
                insertAccusedKeys(c, caseId, newKeys);
                List<BanIndex.BanId> removed = deleteBans(c, caseId, replacedBans);
                List<Ban> added = insertBans(c, caseId, newBans);
                boolean changed = !added.isEmpty() || !removed.isEmpty();
                return new Written(changed ? bumpBanGeneration(c) : -1, added, removed);
            });
        } catch (Jdbc.Conflict conflict) {
            written = null;
        }
        if (written == null) {
            return Optional.of(staleOrGone(current));
        }
        cache.put(new CaseCache.Known(next, head, after));
        if (written.generation() >= 0) {
            banIndex.applied(written.generation(), written.added(), written.removed());
        }
        return Optional.empty();
    }

    private StaleCaseVersionException staleOrGone(CaseFile current) {
        cache.remove(current.id());
        record Row(String records, long version) {
        }
        Row row = jdbc.inTransaction("reading case " + current.id(), c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT records, version FROM coc_case WHERE case_id = ?")) {
                select.setString(1, current.id().value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? new Row(rows.getString(1), rows.getLong(2)) : null;
                }
            }
        });
        if (row == null) {
            throw StoreException.of(Reason.CASE_NOT_FOUND, "case " + current.id());
        }
        if (!COMPLETE.equals(row.records())) {
            throw StoreException.of(Reason.CASE_PURGED, "case " + current.id());
        }
        return new StaleCaseVersionException(current.id(), current.version(), row.version());
    }

    // ------------------------------------------------------------------------------------------------- reading

    /** One stored event row. */
    record EventRow(long sequence, String keyId, byte[] payload, byte[] chain) {
    }

    /** A case row with its event rows, read in one statement so that they agree. */
    record StoredCase(String records, long version, byte[] head, List<EventRow> events) {
    }

    Optional<StoredCase> read(Connection c, CaseId id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT c.records, c.version, c.head_hash, e.seq, "
                + "e.key_id, e.payload, e.chain FROM coc_case c LEFT JOIN coc_event e ON e.case_id = c.case_id "
                + "WHERE c.case_id = ? ORDER BY e.seq")) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                StoredCase stored = null;
                List<EventRow> events = new ArrayList<>();
                while (rows.next()) {
                    if (stored == null) {
                        stored = new StoredCase(rows.getString(1), rows.getLong(2), rows.getBytes(3), events);
                    }
                    long seq = rows.getLong(4);
                    if (!rows.wasNull()) {
                        events.add(new EventRow(seq, rows.getString(5), rows.getBytes(6), rows.getBytes(7)));
                    }
                }
                return Optional.ofNullable(stored);
            }
        }
    }

    /**
     * Reads, checks and replays a stored case.
     *
     * @param id the case
     * @return the case file with its head, empty if no such case was ever stored
     * @throws StoreException {@code CASE_PURGED}, {@code INTEGRITY}
     */
    Optional<CaseCache.Known> loadKnown(CaseId id) {
        checkOpen();
        Optional<StoredCase> read = jdbc.inTransaction("reading case " + id, c -> read(c, id));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        StoredCase stored = read.get();
        if (!COMPLETE.equals(stored.records())) {
            throw StoreException.of(Reason.CASE_PURGED, "case " + id);
        }
        String caseId = id.value();
        byte[] prev = Chain.START;
        List<CaseEvent> events = new ArrayList<>(stored.events().size());
        for (int i = 0; i < stored.events().size(); i++) {
            EventRow row = stored.events().get(i);
            String where = "event #" + row.sequence() + " of case " + caseId;
            if (row.sequence() != i) {
                throw integrity(id, i, "an event is missing or out of place");
            }
            byte[] link = Chain.link(prev, caseId, row.sequence(), row.keyId(), row.payload());
            if (!Arrays.equals(link, row.chain())) {
                throw integrity(id, i, "the hash chain breaks at this event");
            }
            prev = link;
            byte[] plain = crypto.open(row.keyId(), row.payload(), EVENT, caseId, row.sequence(), where);
            try {
                events.add(codec.decode(plain, row.sequence()));
            } catch (InvalidDocumentException | IllegalArgumentException e) {
                throw StoreException.of(Reason.INTEGRITY, where, "the event decrypted but could not be read back; "
                        + "if the store's event limits were lowered, raise them again", null);
            }
        }
        if (events.size() != stored.version() || !Arrays.equals(prev, stored.head())) {
            throw integrity(id, events.size(), "the case has fewer or other events than its recorded version and "
                    + "head");
        }
        CaseFile file;
        try {
            file = CaseFile.replay(events);
        } catch (CaseTransitionException | IllegalArgumentException e) {
            throw integrity(id, e instanceof CaseTransitionException t ? t.sequence().orElse(-1) : 0,
                    "the stored events do not replay to a possible case file");
        } catch (ActionRefusedException e) {
            throw integrity(id, e.sequence().orElse(-1), "the stored events hold an action the guards refuse at its "
                    + "moment (the " + e.verdict().guard() + " guard); the case is not read");
        }
        if (!file.id().equals(id)) {
            throw integrity(id, 0, "the opening event belongs to another case");
        }
        CaseCache.Known known = new CaseCache.Known(file, prev, null);
        cache.put(known);
        return Optional.of(known);
    }

    private static StoreException integrity(CaseId id, long sequence, String detail) {
        LOG.warn("case {} failed its integrity check at event #{}: {}", id, sequence, detail);
        return StoreException.of(Reason.INTEGRITY, "event #" + sequence + " of case " + id, detail, null);
    }

    /** Loads a raw case file for the store's own use (views, shares, history), never handed out unchecked. */
    Optional<CaseFile> loadRaw(CaseId id) {
        return loadKnown(id).map(CaseCache.Known::file);
    }

    @Override
    public Optional<CaseFile> load(CaseId caseId, PartyId member) {
        Objects.requireNonNull(member, "member");
        Optional<CaseFile> file = loadRaw(caseId);
        file.ifPresent(f -> {
            CaseState state = f.state();
            if (!state.rolesOf(member).contains(CaseRole.RESPONSE_TEAM_MEMBER)) {
                throw new AccessDeniedException("party " + member + " is not on the response team of case " + caseId
                        + ": only the team reads the case file; read a role view (CaseStore.view) instead");
            }
            if (state.hasConflictOfInterest(member)) {
                throw new AccessDeniedException("team member " + member + " has a conflict of interest in case "
                        + caseId + " and may only see that it exists (CaseStore.view with CONFLICTED_MEMBER)");
            }
        });
        return file;
    }

    @Override
    public Optional<CaseView> view(CaseId caseId, ViewerRole role) {
        if (role == ViewerRole.ACCUSED) {
            throw new IllegalArgumentException("the accused's view depends on which accused looks; use "
                    + "view(caseId, role, viewer)");
        }
        return loadRaw(caseId).map(file -> CaseView.of(file, role));
    }

    @Override
    public Optional<CaseView> view(CaseId caseId, ViewerRole role, PartyId viewer) {
        Objects.requireNonNull(viewer, "viewer");
        return loadRaw(caseId).map(file -> {
            try {
                return CaseView.of(file, role, viewer);
            } catch (IllegalArgumentException e) {
                throw new AccessDeniedException("party " + viewer + " does not hold the role " + role + " in case "
                        + caseId + "; ask for the view of a role the party holds");
            }
        });
    }

    // ------------------------------------------------------------------------------------------------- listing

    /** Cases by status: the index {@code coc_case_status (status, case_id)}. */
    static final String STATUS_SQL = "SELECT " + SUMMARY_COLUMNS + " FROM coc_case WHERE status = ? "
            + "AND records = 'COMPLETE' AND case_id > ? ORDER BY case_id LIMIT ?";
    /** Cases by deadline: the index {@code coc_deadline_due (due_s, due_n)}. */
    static final String DUE_SQL = "SELECT case_id FROM coc_deadline WHERE due_s <= ? AND (due_s < ? OR due_n <= ?) "
            + "ORDER BY due_s, due_n, case_id LIMIT ?";
    /** Cases by accused: the primary key of {@code coc_accused_key (key_text, case_id)}. */
    static final String ACCUSED_SQL = "SELECT c." + SUMMARY_COLUMNS.replace(", ", ", c.")
            + " FROM coc_accused_key a JOIN coc_case c ON c.case_id = a.case_id WHERE a.key_text = ? "
            + "AND c.records = 'COMPLETE' ORDER BY c.opened_s, c.opened_n, c.case_id";

    @Override
    public Optional<CaseSummary> summary(CaseId caseId) {
        List<CaseSummary> found = summaries("reading case " + caseId, "SELECT " + SUMMARY_COLUMNS
                + " FROM coc_case WHERE case_id = ?", s -> s.setString(1, caseId.value()));
        return found.stream().findFirst();
    }

    @Override
    public List<CaseSummary> withStatus(CaseStatus status, Optional<CaseId> after, int limit) {
        requirePositive(limit);
        return summaries("listing cases by status", STATUS_SQL, s -> {
                    s.setString(1, status.name());
                    s.setString(2, after.map(CaseId::value).orElse(""));
                    s.setInt(3, limit);
                });
    }

    @Override
    public List<CaseSummary> dueBefore(Instant before, int limit) {
        requirePositive(limit);
        List<String> ids = jdbc.inTransaction("listing cases by deadline", c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(DUE_SQL)) {
                select.setLong(1, before.getEpochSecond());
                select.setLong(2, before.getEpochSecond());
                select.setInt(3, before.getNano());
                select.setLong(4, (long) limit * DeadlineKind.values().length);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next() && found.size() < limit) {
                        String id = rows.getString(1);
                        if (!found.contains(id)) {
                            found.add(id);
                        }
                    }
                }
            }
            return found;
        });
        Map<String, CaseSummary> byId = new LinkedHashMap<>();
        for (CaseSummary summary : byIds(ids)) {
            byId.put(summary.caseId().value(), summary);
        }
        List<CaseSummary> ordered = new ArrayList<>();
        for (String id : ids) {
            Optional.ofNullable(byId.get(id)).ifPresent(ordered::add);
        }
        return ordered;
    }

    @Override
    public List<CaseSummary> withAccused(IdentityKey key) {
        Objects.requireNonNull(key, "key");
        return summaries("listing cases by accused", ACCUSED_SQL, s -> s.setString(1, key.text()));
    }

    private List<CaseSummary> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        return summaries("listing cases", "SELECT " + SUMMARY_COLUMNS + " FROM coc_case WHERE case_id IN (" + marks
                + ")", s -> {
                    for (int i = 0; i < ids.size(); i++) {
                        s.setString(i + 1, ids.get(i));
                    }
                });
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<CaseSummary> summaries(String where, String sql, Binder binder) {
        checkOpen();
        return jdbc.inTransaction(where, c -> {
            Map<String, ImmutableCaseSummary.BuildFinal> builders = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                binder.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString("case_id");
                        builders.put(id, summaryOf(rows));
                    }
                }
            }
            if (!builders.isEmpty()) {
                String marks = String.join(", ", java.util.Collections.nCopies(builders.size(), "?"));
                try (PreparedStatement select = c.prepareStatement("SELECT case_id, kind, due_s, due_n "
                        + "FROM coc_deadline WHERE case_id IN (" + marks + ")")) {
                    int i = 1;
                    for (String id : builders.keySet()) {
                        select.setString(i++, id);
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        Map<String, Map<DeadlineKind, Instant>> deadlines = new TreeMap<>();
                        while (rows.next()) {
                            deadlines.computeIfAbsent(rows.getString(1), k -> new EnumMap<>(DeadlineKind.class))
                                    .put(DeadlineKind.valueOf(rows.getString(2)),
                                            Instant.ofEpochSecond(rows.getLong(3), rows.getInt(4)));
                        }
                        deadlines.forEach((id, map) -> builders.get(id).putAllDeadlines(map));
                    }
                }
            }
            List<CaseSummary> summaries = new ArrayList<>(builders.size());
            builders.values().forEach(b -> summaries.add(b.build()));
            return summaries;
        });
    }

    private static ImmutableCaseSummary.BuildFinal summaryOf(ResultSet rows) throws SQLException {
        RecordState records = RecordState.valueOf(rows.getString("records"));
        ImmutableCaseSummary.BuildFinal summary = ImmutableCaseSummary.builder()
                .caseId(CaseId.of(rows.getString("case_id")))
                .records(records)
                .version(records == RecordState.COMPLETE ? rows.getLong("version") : 0)
                .legalHold(rows.getBoolean("legal_hold"));
        Optional.ofNullable(rows.getString("status")).map(CaseStatus::valueOf).ifPresent(summary::status);
        Optional.ofNullable(rows.getString("edition")).map(PolicyEditionId::of).ifPresent(summary::edition);
        Optional.ofNullable(rows.getString("retention_class")).map(RetentionClass::valueOf)
                .ifPresent(summary::retention);
        summary.openedAt(Times.get(rows, "opened_s", "opened_n"));
        summary.lastEventAt(Times.get(rows, "last_s", "last_n"));
        summary.closedAt(Times.get(rows, "closed_s", "closed_n"));
        return summary;
    }

    // ----------------------------------------------------------------------------------------------- integrity

    @Override
    public Verification verify(CaseId caseId) {
        checkOpen();
        record Indexed(String status, Set<String> accusedKeys, Set<String> bans) {
        }
        record Read(Optional<StoredCase> stored, Indexed indexed) {
        }
        Read read = jdbc.inTransaction("verifying case " + caseId, c -> {
            Optional<StoredCase> stored = read(c, caseId);
            if (stored.isEmpty()) {
                return new Read(stored, null);
            }
            String status;
            try (PreparedStatement select = c.prepareStatement("SELECT status FROM coc_case WHERE case_id = ?")) {
                select.setString(1, caseId.value());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    status = rows.getString(1);
                }
            }
            Set<String> keys = strings(c, "SELECT key_text FROM coc_accused_key WHERE case_id = ?", caseId);
            Set<String> bans = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT b.seq, b.starts_s, b.starts_n, b.until_s, "
                    + "b.until_n, b.scopes, k.key_text FROM coc_ban b LEFT JOIN coc_ban_key k "
                    + "ON k.case_id = b.case_id AND k.seq = b.seq WHERE b.case_id = ?")) {
                select.setString(1, caseId.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString("key_text");
                        bans.add(banString(rows.getLong("seq"), Times.get(rows, "starts_s", "starts_n").orElseThrow(),
                                Times.get(rows, "until_s", "until_n"), rows.getString("scopes"),
                                key == null ? "-" : key));
                    }
                }
            }
            return new Read(stored, new Indexed(status, keys, bans));
        });
        if (read.stored().isEmpty()) {
            throw StoreException.of(Reason.CASE_NOT_FOUND, "case " + caseId);
        }
        StoredCase stored = read.stored().get();
        ImmutableVerification.EventsCheckedBuildStage result = ImmutableVerification.builder().caseId(caseId)
                .records(RecordState.valueOf(stored.records()));
        if (!COMPLETE.equals(stored.records())) {
            return result.eventsChecked(0).build();
        }
        String id = caseId.value();
        List<IntegrityProblem> problems = new ArrayList<>();
        List<CaseEvent> events = new ArrayList<>();
        boolean readable = true;
        byte[] prev = Chain.START;
        long expected = 0;
        for (EventRow row : stored.events()) {
            if (row.sequence() > expected) {
                for (long missing = expected; missing < row.sequence(); missing++) {
                    problems.add(IntegrityProblem.at(Kind.MISSING_EVENT, missing));
                }
                readable = false;
            } else if (row.sequence() < expected) {
                problems.add(IntegrityProblem.at(Kind.UNEXPECTED_EVENT, row.sequence()));
                readable = false;
            }
            expected = row.sequence() + 1;
            byte[] link = Chain.link(prev, id, row.sequence(), row.keyId(), row.payload());
            if (!Arrays.equals(link, row.chain())) {
                problems.add(IntegrityProblem.at(Kind.CHAIN_MISMATCH, row.sequence()));
            }
            // Go on from the stored link, so that one edited event is reported once, not for every later event.
            prev = row.chain();
            try {
                byte[] plain = crypto.open(row.keyId(), row.payload(), EVENT, id, row.sequence(), "event #"
                        + row.sequence() + " of case " + id);
                events.add(codec.decode(plain, row.sequence()));
            } catch (KeyException e) {
                problems.add(IntegrityProblem.at(Kind.KEY_MISSING, row.sequence()));
                readable = false;
            } catch (DecryptionException e) {
                problems.add(IntegrityProblem.at(Kind.UNREADABLE, row.sequence()));
                readable = false;
            } catch (InvalidDocumentException | IllegalArgumentException e) {
                problems.add(IntegrityProblem.at(Kind.IMPOSSIBLE, row.sequence()));
                readable = false;
            }
        }
        if (expected < stored.version()) {
            for (long missing = expected; missing < stored.version(); missing++) {
                problems.add(IntegrityProblem.at(Kind.MISSING_EVENT, missing));
            }
        } else if (expected > stored.version()) {
            problems.add(IntegrityProblem.at(Kind.UNEXPECTED_EVENT, stored.version()));
        }
        if (!Arrays.equals(prev, stored.head())) {
            problems.add(IntegrityProblem.ofCase(Kind.HEAD_MISMATCH));
        }
        if (readable && problems.isEmpty()) {
            try {
                CaseFile file = CaseFile.replay(events);
                CaseRows rows = CaseRows.of(file, identityKeys);
                Indexed indexed = read.indexed();
                Set<String> keys = new HashSet<>();
                rows.accusedKeys().forEach(k -> keys.add(k.text()));
                if (!file.id().equals(caseId) || !rows.status().name().equals(indexed.status())
                        || !keys.equals(indexed.accusedKeys()) || !banStrings(rows).equals(indexed.bans())) {
                    problems.add(IntegrityProblem.ofCase(Kind.INDEX_MISMATCH));
                }
            } catch (CaseTransitionException e) {
                problems.add(IntegrityProblem.at(Kind.IMPOSSIBLE, e.sequence().orElse(0)));
            } catch (ActionRefusedException e) {
                problems.add(IntegrityProblem.at(Kind.REFUSED_BY_GUARDS, e.sequence().orElse(0)));
            }
        }
        if (!problems.isEmpty()) {
            LOG.warn("case {} failed verification: {} problem(s), the first {} ", caseId, problems.size(),
                    problems.get(0).kind());
        }
        // Shown even when the case fails: the mark is read from the events, not from a replay that may not finish.
        OptionalLong unverified = OptionalLong.empty();
        for (CaseEvent event : events) {
            if (event instanceof CaseImported mark) {
                unverified = OptionalLong.of(mark.unverifiedThrough());
            }
        }
        return result.eventsChecked(stored.events().size()).addAllProblems(problems).unverifiedThrough(unverified)
                .build();
    }

    private static Set<String> banStrings(CaseRows rows) {
        Set<String> strings = new HashSet<>();
        for (CaseRows.BanRow ban : rows.bans()) {
            String scopes = BanIndex.scopes(ban.scopes());
            if (ban.keys().isEmpty()) {
                strings.add(banString(ban.sequence(), ban.starts(), ban.until(), scopes, "-"));
            }
            ban.keys().forEach(k -> strings.add(banString(ban.sequence(), ban.starts(), ban.until(), scopes, k.text())));
        }
        return strings;
    }

    private static String banString(long sequence, Instant starts, Optional<Instant> until, String scopes, String key) {
        return sequence + "|" + starts + "|" + until.map(Instant::toString).orElse("-") + "|" + scopes + "|" + key;
    }

    private static Set<String> strings(Connection c, String sql, CaseId id) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    // ----------------------------------------------------------------------------------------------- the rest

    @Override
    public CaseHistory history() {
        return history;
    }

    @Override
    public BanList bans() {
        return bans;
    }

    @Override
    public Retention retention() {
        return retention;
    }

    @Override
    public PatternRegistry patterns() {
        return patterns;
    }

    @Override
    public Optional<ChapterShare> shareForGlobal(CaseId caseId, String chapter, IdentityKeys globalKeys) {
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(globalKeys, "globalKeys");
        return loadRaw(caseId).map(file -> {
            // What the global organization may see of the accused decides what is shared about them.
            CaseView view = CaseView.of(file, ViewerRole.GLOBAL_ORGANIZATION);
            Set<IdentityKey> keys = new LinkedHashSet<>();
            for (Party party : view.parties()) {
                if (party.has(CaseRole.ACCUSED)) {
                    keys.addAll(globalKeys.of(party));
                }
            }
            return ImmutableChapterShare.builder().chapter(chapter).caseRef(caseId).sharedAt(options.clock().instant())
                    .addAllKeys(keys).build();
        });
    }

    @Override
    public long reencryptUnderCurrentKey() {
        checkOpen();
        String current = crypto.currentKeyId();
        List<String> ids = jdbc.inTransaction("finding records under old keys", c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT case_id FROM coc_event WHERE key_id "
                    + "<> ? UNION SELECT case_id FROM coc_case WHERE summary_key <> ? ORDER BY 1")) {
                select.setString(1, current);
                select.setString(2, current);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return found;
        });
        long total = 0;
        for (String id : ids) {
            total += reencrypt(CaseId.of(id), current);
        }
        if (total > 0) {
            LOG.info("re-encrypted {} record(s) of {} case(s) under key {}", total, ids.size(), current);
        }
        return total;
    }

    private long reencrypt(CaseId id, String current) {
        String caseId = id.value();
        long count = jdbc.inTransaction("re-encrypting case " + id, c -> {
            String summaryKey;
            byte[] summary;
            try (PreparedStatement lock = c.prepareStatement("SELECT summary_key, summary FROM coc_case WHERE "
                    + "case_id = ? AND records = 'COMPLETE' FOR UPDATE")) {
                lock.setString(1, caseId);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        return 0L; // purged meanwhile
                    }
                    summaryKey = rows.getString(1);
                    summary = rows.getBytes(2);
                }
            }
            StoredCase stored = read(c, id).orElseThrow();
            byte[] prev = Chain.START;
            byte[] newPrev = Chain.START;
            long changed = 0;
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE coc_event SET key_id = ?, payload = ?, chain = ? WHERE case_id = ? AND seq = ?")) {
                for (int i = 0; i < stored.events().size(); i++) {
                    EventRow row = stored.events().get(i);
                    byte[] link = Chain.link(prev, caseId, row.sequence(), row.keyId(), row.payload());
                    if (row.sequence() != i || !Arrays.equals(link, row.chain())) {
                        throw integrity(id, i, "the hash chain breaks at this event; the case was not re-encrypted");
                    }
                    prev = link;
                    String keyId = row.keyId();
                    byte[] payload = row.payload();
                    if (!keyId.equals(current)) {
                        byte[] plain = crypto.open(keyId, payload, EVENT, caseId, row.sequence(), "event #"
                                + row.sequence() + " of case " + caseId);
                        Crypto.Sealed box = crypto.seal(plain, EVENT, caseId, row.sequence());
                        keyId = box.keyId();
                        payload = box.bytes();
                        changed++;
                    }
                    byte[] newLink = Chain.link(newPrev, caseId, row.sequence(), keyId, payload);
                    if (!Arrays.equals(newLink, row.chain())) {
                        update.setString(1, keyId);
                        update.setBytes(2, payload);
                        update.setBytes(3, newLink);
                        update.setString(4, caseId);
                        update.setLong(5, row.sequence());
                        update.addBatch();
                    }
                    newPrev = newLink;
                }
                if (stored.events().size() != stored.version() || !Arrays.equals(prev, stored.head())) {
                    throw integrity(id, stored.events().size(), "the case has fewer or other events than its "
                            + "recorded version and head; the case was not re-encrypted");
                }
                update.executeBatch();
            }
            String newSummaryKey = summaryKey;
            byte[] newSummary = summary;
            if (summaryKey != null && !summaryKey.equals(current)) {
                byte[] plain = crypto.open(summaryKey, summary, SUMMARY, caseId, 0, "the summary of case " + caseId);
                Crypto.Sealed box = crypto.seal(plain, SUMMARY, caseId, 0);
                newSummaryKey = box.keyId();
                newSummary = box.bytes();
                changed++;
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE coc_case SET head_hash = ?, summary_key = ?, summary = ? WHERE case_id = ?")) {
                update.setBytes(1, newPrev);
                update.setString(2, newSummaryKey);
                update.setBytes(3, newSummary);
                update.setString(4, caseId);
                update.executeUpdate();
            }
            return changed;
        });
        cache.remove(id);
        return count;
    }

    @Override
    public Map<String, Long> recordsByKey() {
        checkOpen();
        return jdbc.inTransaction("counting records by key", c -> {
            Map<String, Long> counts = new TreeMap<>();
            try (Statement statement = c.createStatement()) {
                for (String sql : List.of("SELECT key_id, COUNT(*) FROM coc_event GROUP BY key_id",
                        "SELECT summary_key, COUNT(*) FROM coc_case WHERE summary_key IS NOT NULL "
                                + "GROUP BY summary_key")) {
                    try (ResultSet rows = statement.executeQuery(sql)) {
                        while (rows.next()) {
                            counts.merge(rows.getString(1), rows.getLong(2), Long::sum);
                        }
                    }
                }
            }
            return counts;
        });
    }

    void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the store is closed");
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        cache.clear();
        connections.close();
        embedded.ifPresent(EmbeddedDatabase.Lease::release); // the last store on the database shuts it down
    }
}
