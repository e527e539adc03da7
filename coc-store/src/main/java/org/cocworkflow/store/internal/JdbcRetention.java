package org.cocworkflow.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.store.RecordState;
import org.cocworkflow.store.StoreException;
import org.cocworkflow.store.StoreException.Reason;
import org.cocworkflow.store.retention.ImmutablePurgeRecord;
import org.cocworkflow.store.retention.ImmutablePurgeReport;
import org.cocworkflow.store.retention.PurgeRecord;
import org.cocworkflow.store.retention.PurgeReport;
import org.cocworkflow.store.retention.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention over the store's tables; see {@link Retention} for the periods. Each case is purged in its own
 * transaction, guarded so that a case changed meanwhile (a legal hold placed, a class changed) is left alone.
 * Thread-safe.
 */
final class JdbcRetention implements Retention {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcRetention.class);

    private final JdbcCaseStore store;

    JdbcRetention(JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public void classify(CaseId caseId, RetentionClass outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == RetentionClass.LEGAL_HOLD) {
            throw new IllegalArgumentException("a legal hold is not an outcome; use placeLegalHold, which keeps the "
                    + "outcome's class for when the hold is lifted");
        }
        update(caseId, "classifying case " + caseId,
                "UPDATE coc_case SET retention_class = ? WHERE case_id = ? AND records = 'COMPLETE'", outcome.name());
    }

    @Override
    public void placeLegalHold(CaseId caseId) {
        update(caseId, "placing a legal hold on case " + caseId,
                "UPDATE coc_case SET legal_hold = TRUE WHERE case_id = ? AND records <> 'PURGED'", null);
    }

    @Override
    public void liftLegalHold(CaseId caseId) {
        update(caseId, "lifting the legal hold on case " + caseId,
                "UPDATE coc_case SET legal_hold = FALSE WHERE case_id = ?", null);
    }

    private void update(CaseId caseId, String where, String sql, String value) {
        store.checkOpen();
        int updated = store.jdbc().inTransaction(where, c -> {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                int i = 1;
                if (value != null) {
                    update.setString(i++, value);
                }
                update.setString(i, caseId.value());
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            Optional<RecordState> records = records(caseId);
            throw StoreException.of(records.isPresent() ? Reason.CASE_PURGED : Reason.CASE_NOT_FOUND,
                    "case " + caseId);
        }
    }

    private Optional<RecordState> records(CaseId caseId) {
        return store.jdbc().inTransaction("reading case " + caseId, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT records FROM coc_case WHERE case_id = ?")) {
                select.setString(1, caseId.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(RecordState.valueOf(rows.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** A closed case the purge looks at. */
    private record Candidate(String caseId, RecordState records, PolicyEditionId edition, Instant closedAt,
            Optional<RetentionClass> retention, boolean held) {
    }

    /** A ban of a candidate: when it ends, if ever. */
    private record BanEnd(long sequence, Optional<Instant> until) {
    }

    @Override
    public PurgeReport purge(Instant now) {
        Objects.requireNonNull(now, "now");
        store.checkOpen();
        List<Candidate> candidates = store.jdbc().inTransaction("finding expired records", c -> {
            List<Candidate> found = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT case_id, records, edition, closed_s, closed_n, "
                    + "retention_class, legal_hold FROM coc_case WHERE status = 'CLOSED' AND records <> 'PURGED' "
                    + "ORDER BY case_id")) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Candidate(rows.getString("case_id"),
                                RecordState.valueOf(rows.getString("records")),
                                PolicyEditionId.of(rows.getString("edition")),
                                Times.get(rows, "closed_s", "closed_n").orElseThrow(),
                                Optional.ofNullable(rows.getString("retention_class")).map(RetentionClass::valueOf),
                                rows.getBoolean("legal_hold")));
                    }
                }
            }
            return found;
        });
        List<CaseId> deleted = new ArrayList<>();
        List<CaseId> reduced = new ArrayList<>();
        int held = 0;
        int unclassified = 0;
        int noPolicy = 0;
        int bansRemoved = 0;
        for (Candidate candidate : candidates) {
            if (candidate.records() == RecordState.COMPLETE && candidate.retention().isEmpty()) {
                unclassified++;
                continue;
            }
            Optional<EditionSettings> settings = store.options().retention().settingsFor(candidate.edition());
            if (settings.isEmpty()) {
                noPolicy++;
                continue;
            }
            Outcome outcome = decide(candidate, settings.get(), now);
            if (outcome == Outcome.KEEP) {
                continue;
            }
            if (candidate.held()) {
                held++;
                continue;
            }
            Applied applied = apply(candidate, outcome);
            if (applied == null) {
                continue; // the case changed meanwhile (a hold was placed): left alone
            }
            CaseId id = CaseId.of(candidate.caseId());
            store.cache().remove(id);
            (outcome == Outcome.REDUCE ? reduced : deleted).add(id);
            bansRemoved += applied.bans().size();
            if (applied.generation() >= 0) {
                store.banIndex().applied(applied.generation(), List.of(), applied.bans());
            }
        }
        PurgeReport done = ImmutablePurgeReport.builder().at(now).bansRemoved(bansRemoved).heldBack(held)
                .unclassified(unclassified).noPolicy(noPolicy).addAllDeleted(deleted).addAllReduced(reduced).build();
        store.jdbc().inTransaction("recording the purge", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO coc_purge_log (ran_s, ran_n, "
                    + "cases_deleted, cases_reduced, bans_removed) VALUES (?, ?, ?, ?, ?)")) {
                Times.set(insert, 1, now);
                insert.setInt(3, done.deleted().size());
                insert.setInt(4, done.reduced().size());
                insert.setInt(5, done.bansRemoved());
                insert.executeUpdate();
            }
            return null;
        });
        LOG.info("purge for {}: {} case(s) deleted, {} reduced to their bans, {} ban(s) removed; kept {} under legal "
                + "hold, {} unclassified, {} without a retention policy", now, done.deleted().size(),
                done.reduced().size(), done.bansRemoved(), held, unclassified, noPolicy);
        return done;
    }

    private enum Outcome {
        KEEP,
        /** Delete the case file, keep the bans while they last. */
        REDUCE,
        /** Delete everything but the case id. */
        DELETE
    }

    private Outcome decide(Candidate candidate, EditionSettings settings, Instant now) {
        if (candidate.records() == RecordState.COMPLETE) {
            RetentionClass retention = candidate.retention().orElseThrow();
            // A banned case's file is kept as long as a sanctioned one's; its bans then keep their minimum.
            Period keep = retention == RetentionClass.BANNED ? settings.keepSanctioned() : settings.keep(retention);
            if (now.isBefore(plus(candidate.closedAt(), keep))) {
                return Outcome.KEEP;
            }
        }
        Optional<Instant> bansEnd = bansNeededUntil(candidate.caseId(), settings, now);
        boolean bansNeeded = bansEnd.map(now::isBefore).orElse(true);
        if (bansNeeded) {
            return candidate.records() == RecordState.COMPLETE ? Outcome.REDUCE : Outcome.KEEP;
        }
        return Outcome.DELETE;
    }

    /**
     * Until when the case's bans need their minimum: the latest end plus the keep-after period; empty (for ever)
     * if a ban is indefinite; a moment in the past if the case has no ban.
     */
    private Optional<Instant> bansNeededUntil(String caseId, EditionSettings settings, Instant now) {
        List<BanEnd> ends = store.jdbc().inTransaction("reading the bans of case " + caseId, c -> bans(c, caseId));
        Instant latest = Instant.MIN;
        for (BanEnd end : ends) {
            if (end.until().isEmpty()) {
                return Optional.empty();
            }
            Instant needed = plus(end.until().get(), settings.keepAfterBanEnds());
            if (needed.isAfter(latest)) {
                latest = needed;
            }
        }
        return Optional.of(ends.isEmpty() ? now.minusSeconds(1) : latest);
    }

    private static List<BanEnd> bans(Connection c, String caseId) throws SQLException {
        List<BanEnd> ends = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT seq, until_s, until_n FROM coc_ban WHERE case_id = ?")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ends.add(new BanEnd(rows.getLong("seq"), Times.get(rows, "until_s", "until_n")));
                }
            }
        }
        return ends;
    }

    private static Instant plus(Instant instant, Period period) {
        return instant.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }

    private record Applied(List<BanIndex.BanId> bans, long generation) {
    }

    private Applied apply(Candidate candidate, Outcome outcome) {
        String caseId = candidate.caseId();
        return store.jdbc().inTransaction("purging case " + caseId, c -> {
            String sql = outcome == Outcome.REDUCE
                    ? "UPDATE coc_case SET records = 'BAN_MINIMUM', version = 0, head_hash = NULL, opened_s = NULL, "
                            + "opened_n = NULL, last_s = NULL, last_n = NULL, summary_key = NULL, summary = NULL "
                            + "WHERE case_id = ? AND records = ? AND legal_hold = FALSE"
                    : "UPDATE coc_case SET records = 'PURGED', version = 0, head_hash = NULL, status = NULL, "
                            + "edition = NULL, opened_s = NULL, opened_n = NULL, last_s = NULL, last_n = NULL, "
                            + "closed_s = NULL, closed_n = NULL, retention_class = NULL, summary_key = NULL, "
                            + "summary = NULL WHERE case_id = ? AND records = ? AND legal_hold = FALSE";
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setString(1, caseId);
                update.setString(2, candidate.records().name());
                if (update.executeUpdate() != 1) {
                    c.rollback();
                    return null;
                }
            }
            for (String table : List.of("coc_event", "coc_deadline", "coc_accused_key")) {
                delete(c, table, caseId);
            }
            List<BanIndex.BanId> removed = new ArrayList<>();
            long generation = -1;
            if (outcome == Outcome.DELETE) {
                for (BanEnd ban : bans(c, caseId)) {
                    removed.add(new BanIndex.BanId(caseId, ban.sequence()));
                }
                delete(c, "coc_ban_key", caseId);
                delete(c, "coc_ban", caseId);
                if (!removed.isEmpty()) {
                    generation = JdbcCaseStore.bumpBanGeneration(c);
                }
            }
            return new Applied(removed, generation);
        });
    }

    private static void delete(Connection c, String table, String caseId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE case_id = ?")) {
            delete.setString(1, caseId);
            delete.executeUpdate();
        }
    }

    @Override
    public List<PurgeRecord> log() {
        store.checkOpen();
        return store.jdbc().inTransaction("reading the purge log", c -> {
            List<PurgeRecord> records = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT ran_s, ran_n, cases_deleted, cases_reduced, "
                    + "bans_removed FROM coc_purge_log ORDER BY id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(ImmutablePurgeRecord.builder()
                            .at(Times.get(rows, "ran_s", "ran_n").orElseThrow())
                            .casesDeleted(rows.getInt("cases_deleted"))
                            .casesReduced(rows.getInt("cases_reduced"))
                            .bansRemoved(rows.getInt("bans_removed"))
                            .build());
                }
            }
            return records;
        });
    }
}
