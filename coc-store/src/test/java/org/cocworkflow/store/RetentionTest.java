package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.ImmutableCaseOpened;
import org.cocworkflow.core.edition.EditionSettings;
import org.cocworkflow.core.edition.ImmutableEditionSettings;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.store.ban.Registration;
import org.cocworkflow.store.retention.PurgeRecord;
import org.cocworkflow.store.retention.PurgeReport;
import org.cocworkflow.store.retention.Retention;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention by outcome over thirty years of a fixed clock (seed 003, "Data retention"): each class is kept for its
 * edition's period after closing and then deleted, a ban's minimum outlives the case file while the ban lasts, a
 * legal hold overrides everything, and each purge records that it ran and how much it purged, not what.
 */
class RetentionTest extends OnEachDatabase {
    private static final Instant T0 = NOW;
    private static final EditionSettings SETTINGS = ImmutableEditionSettings.builder()
            .keepNoViolationFound(Period.ofYears(1))
            .keepMinor(Period.ofYears(2))
            .keepSanctioned(Period.ofYears(4))
            .keepAfterBanEnds(Period.ofYears(1))
            .build();
    private static final PolicyEditionId OTHER_EDITION = PolicyEditionId.of("edition-1999");

    private CaseStore store;
    private Retention retention;

    @BeforeEach
    void openStore() {
        StoreOptions options = ImmutableStoreOptions.copyOf(StoreFixtures.options())
                .withRetention(edition -> edition.equals(Samples.EDITION) ? Optional.of(SETTINGS) : Optional.empty());
        store = db.open(StoreFixtures.keys(), StoreFixtures.identityKeys(), options);
        retention = store.retention();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Instant years(double years) {
        return T0.atOffset(ZoneOffset.UTC).plusMonths(Math.round(years * 12)).toInstant();
    }

    private static String email(String id) {
        return id + "@mail.example";
    }

    private CaseFile open(String id) {
        return store.create(StoreFixtures.opened(id, StoreFixtures.report(T0, email(id), "Name " + id.replace("-", " "))));
    }

    private void closed(String id, Finding finding, List<Sanction> sanctions, Optional<Optional<Instant>> ban,
            Optional<RetentionClass> retentionClass) {
        CaseFile file = open(id);
        store.append(file, StoreFixtures.decideAndClose(file, finding, sanctions, ban));
        retentionClass.ifPresent(c -> retention.classify(CaseId.of(id), c));
    }

    private void setUpCases() {
        closed("nv", Finding.NO_VIOLATION, List.of(), Optional.empty(), Optional.of(RetentionClass.NO_VIOLATION_FOUND));
        closed("minor", Finding.VIOLATION, List.of(Sanction.WARNING), Optional.empty(),
                Optional.of(RetentionClass.MINOR));
        closed("sanctioned", Finding.VIOLATION, List.of(Sanction.EXPEL_FROM_EVENT), Optional.empty(),
                Optional.of(RetentionClass.SANCTIONED));
        closed("ban-fixed", Finding.VIOLATION, List.of(Sanction.BAN_FROM_FUTURE_EVENTS),
                Optional.of(Optional.of(years(5))), Optional.of(RetentionClass.BANNED));
        closed("ban-forever", Finding.VIOLATION, List.of(Sanction.BAN_FROM_FUTURE_EVENTS),
                Optional.of(Optional.empty()), Optional.of(RetentionClass.BANNED));
        closed("ban-short", Finding.VIOLATION, List.of(Sanction.BAN_FROM_FUTURE_EVENTS),
                Optional.of(Optional.of(years(1))), Optional.of(RetentionClass.BANNED));
        closed("held", Finding.NO_VIOLATION, List.of(), Optional.empty(), Optional.of(RetentionClass.NO_VIOLATION_FOUND));
        retention.placeLegalHold(CaseId.of("held"));
        closed("unclassified", Finding.NO_VIOLATION, List.of(), Optional.empty(), Optional.empty());
        open("still-open");
        CaseFile other = store.create(ImmutableCaseOpened.copyOf(StoreFixtures.opened("other-edition",
                StoreFixtures.report(T0, email("other-edition"), "Other Edition"))).withEdition(OTHER_EDITION));
        store.append(other, StoreFixtures.decideAndClose(other, Finding.NO_VIOLATION, List.of(), Optional.empty()));
        retention.classify(CaseId.of("other-edition"), RetentionClass.NO_VIOLATION_FOUND);
    }

    private static List<String> ids(List<CaseId> ids) {
        return ids.stream().map(CaseId::value).sorted().toList();
    }

    private RecordState records(String id) {
        return store.summary(CaseId.of(id)).orElseThrow().records();
    }

    private long rows(String table, String id) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE case_id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<MatchStrength> screen(String id, Instant at) {
        return store.bans().screen(Registration.builder().addIdentifiers(Identifier.email(email(id))).build(), at)
                .matches().stream().map(m -> m.strength()).toList();
    }

    @Test
    void each_outcome_is_kept_for_its_period_bans_keep_their_minimum_and_a_legal_hold_overrides_all()
            throws SQLException {
        setUpCases();
        Instant closedAt = store.summary(CaseId.of("nv")).orElseThrow().closedAt().orElseThrow();
        assertTrue(closedAt.isAfter(T0) && closedAt.isBefore(T0.plus(Duration.ofHours(1))));

        PurgeReport early = retention.purge(closedAt.atOffset(ZoneOffset.UTC).plusYears(1).toInstant().minusSeconds(1));
        assertEquals(List.of(), early.deleted());
        assertEquals(List.of(), early.reduced());
        assertEquals(1, early.unclassified());
        assertEquals(1, early.noPolicy());
        assertEquals(0, early.heldBack(), "the held case has not expired yet");

        PurgeReport year1 = retention.purge(years(1).plus(Duration.ofHours(1)));
        assertEquals(List.of("nv"), ids(year1.deleted()));
        assertEquals(1, year1.heldBack());
        assertEquals(RecordState.PURGED, records("nv"));
        StoreException gone = assertThrows(StoreException.class, () -> store.load(CaseId.of("nv"), RECEIVER));
        assertEquals(StoreException.Reason.CASE_PURGED, gone.reason());
        assertEquals(0, rows("coc_event", "nv"));
        assertEquals(0, rows("coc_accused_key", "nv"));
        CaseSummary tombstone = store.summary(CaseId.of("nv")).orElseThrow();
        assertTrue(tombstone.status().isEmpty() && tombstone.edition().isEmpty() && tombstone.closedAt().isEmpty()
                && tombstone.retention().isEmpty(), "a purged case keeps its id only");
        StoreException reuse = assertThrows(StoreException.class, () -> open("nv"));
        assertEquals(StoreException.Reason.CASE_EXISTS, reuse.reason());

        assertEquals(List.of("minor"), ids(retention.purge(years(2).plus(Duration.ofHours(1))).deleted()));
        assertEquals(List.of(MatchStrength.IDENTIFIER), screen("ban-short", years(0.5)));

        PurgeReport year4 = retention.purge(years(4).plus(Duration.ofHours(1)));
        assertEquals(List.of("ban-short", "sanctioned"), ids(year4.deleted()));
        assertEquals(List.of("ban-fixed", "ban-forever"), ids(year4.reduced()));
        assertEquals(1, year4.bansRemoved(), "ban-short's ban ended at year 1 and its keep-after period at year 2");
        for (String id : List.of("ban-fixed", "ban-forever")) {
            assertEquals(RecordState.BAN_MINIMUM, records(id));
            assertEquals(0, rows("coc_event", id), "the case file is gone");
            assertEquals(0, rows("coc_accused_key", id));
            assertEquals(1, rows("coc_ban", id), "the ban is kept");
            assertEquals(StoreException.Reason.CASE_PURGED,
                    assertThrows(StoreException.class, () -> store.load(CaseId.of(id), RECEIVER)).reason());
            assertEquals(RecordState.BAN_MINIMUM, store.verify(CaseId.of(id)).records());
        }
        assertEquals(List.of(MatchStrength.IDENTIFIER), screen("ban-fixed", years(4.5)));
        assertTrue(store.history().priorCases(Set.of(StoreFixtures.identityKeys().email(email("ban-forever"))),
                CaseId.of("x")).isEmpty(), "a reduced case is no longer a prior case");
        assertEquals(1, store.history().activeBans(Set.of(StoreFixtures.identityKeys().email(email("ban-forever"))),
                years(4.5)).size(), "but its ban still counts");

        PurgeReport year6 = retention.purge(years(6).plus(Duration.ofHours(1)));
        assertEquals(List.of("ban-fixed"), ids(year6.deleted()));
        assertEquals(1, year6.bansRemoved());
        assertEquals(RecordState.PURGED, records("ban-fixed"));
        assertEquals(0, rows("coc_ban", "ban-fixed"));
        assertEquals(0, rows("coc_ban_key", "ban-fixed"));

        PurgeReport year30 = retention.purge(years(30));
        assertEquals(List.of(), year30.deleted());
        assertEquals(RecordState.BAN_MINIMUM, records("ban-forever"), "an indefinite ban keeps its minimum for ever");
        assertEquals(List.of(MatchStrength.IDENTIFIER), screen("ban-forever", years(30)));
        assertEquals(RecordState.COMPLETE, records("held"));
        assertEquals(RecordState.COMPLETE, records("unclassified"));
        assertEquals(RecordState.COMPLETE, records("still-open"));
        assertEquals(RecordState.COMPLETE, records("other-edition"));
        assertEquals(1, year30.heldBack());

        retention.liftLegalHold(CaseId.of("held"));
        assertEquals(List.of("held"), ids(retention.purge(years(30).plusSeconds(1)).deleted()));

        List<PurgeRecord> log = retention.log();
        assertEquals(7, log.size(), "one record per run");
        assertEquals(years(4).plus(Duration.ofHours(1)), log.get(3).at());
        assertEquals(2, log.get(3).casesDeleted());
        assertEquals(2, log.get(3).casesReduced());
        assertEquals(1, log.get(3).bansRemoved());
        assertPurgeLogHoldsNoCaseIds();
    }

    private void assertPurgeLogHoldsNoCaseIds() throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("SELECT * FROM coc_purge_log");
                ResultSet r = s.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = String.valueOf(r.getObject(i));
                    assertTrue(value.matches("-?[0-9]+"), "the purge log records numbers only, not what was purged");
                }
            }
        }
    }

    @Test
    void a_legal_hold_placed_on_a_reduced_case_keeps_its_ban_past_the_end() {
        closed("ban-fixed", Finding.VIOLATION, List.of(Sanction.BAN_FROM_FUTURE_EVENTS),
                Optional.of(Optional.of(years(1))), Optional.of(RetentionClass.BANNED));
        retention.placeLegalHold(CaseId.of("ban-fixed"));
        assertEquals(List.of(), retention.purge(years(10)).deleted());
        assertEquals(RecordState.COMPLETE, records("ban-fixed"));
        retention.liftLegalHold(CaseId.of("ban-fixed"));
        assertEquals(List.of("ban-fixed"), ids(retention.purge(years(10)).deleted()));
    }

    @Test
    void classifying_checks_its_input() {
        open("case-1");
        assertThrows(IllegalArgumentException.class, () -> retention.classify(CaseId.of("case-1"),
                RetentionClass.LEGAL_HOLD));
        assertEquals(StoreException.Reason.CASE_NOT_FOUND, assertThrows(StoreException.class,
                () -> retention.classify(CaseId.of("nope"), RetentionClass.MINOR)).reason());
        retention.classify(CaseId.of("case-1"), RetentionClass.MINOR);
        assertEquals(Optional.of(RetentionClass.MINOR), store.summary(CaseId.of("case-1")).orElseThrow().retention());
        assertEquals(List.of(), retention.purge(years(50)).deleted(), "an open case is never purged");
    }
}
