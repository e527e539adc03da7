package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.ACCUSED;
import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.cocworkflow.store.testing.StoreFixtures.then;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ImmutableRecordBan;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.BanRecord;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.CaseStatus;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.testing.Procedures;
import org.cocworkflow.store.ban.Ban;
import org.cocworkflow.store.testing.StoreFixtures;
import org.junit.jupiter.api.Test;

/**
 * Organizers append to the same cases and to their own at once, through two store instances (as two application
 * servers would), mixing notes, deadlines, bans decided and put on the ban list, appeals, bans changed or overturned on
 * appeal and lifted from the list, and closings; an append refused as stale is retried on the case as it now stands.
 * Afterwards every acknowledged append is stored once at the version it was acknowledged with, every case verifies,
 * the indexes ({@code dueBefore}, {@code withAccused}, {@code withStatus}) agree with the case files as loaded, and
 * the ban list holds exactly the bans that the case files' ban entries say are in force.
 */
class ConcurrencyTest extends OnEachDatabase {
    private static final int THREADS = 6;
    private static final int APPENDS_PER_THREAD = 20;
    private static final List<CaseId> SHARED = List.of(CaseId.of("shared-1"), CaseId.of("shared-2"));
    /** Accused addresses: some people are accused in several cases, so that withAccused finds more than one. */
    private static final List<String> ACCUSED_EMAILS = List.of("lee.park@mail.example", "kim.ito@mail.example",
            "sam.oneil@mail.example");

    /** One append acknowledged by the store: the events it added to a case at a version. */
    private record Acknowledged(CaseId caseId, long fromVersion, List<CaseEvent> events) {
    }

    private static CaseId own(int thread) {
        return CaseId.of("own-" + thread);
    }

    private static List<CaseId> allCases() {
        List<CaseId> all = new ArrayList<>(SHARED);
        for (int t = 0; t < THREADS; t++) {
            all.add(own(t));
        }
        return all;
    }

    private static String accusedEmail(CaseId id) {
        return ACCUSED_EMAILS.get(Math.floorMod(allCases().indexOf(id), ACCUSED_EMAILS.size()));
    }

    /**
     * The next thing an organizer does on a case, drawn against the case as it stands: the procedure's next step where
     * an appeal waits, else a deadline, a ban decided and listed, an appeal, a ban overturned and lifted, or a note.
     */
    private static CaseFile nextStep(CaseFile file, Random random, String note) {
        CaseState s = file.state();
        if (s.pendingAppeal().isPresent()) {
            int outcome = random.nextInt(3);
            if (outcome == 0) {
                CaseFile overturned = Procedures.decideAppeal(file, AppealOutcome.OVERTURNED, List.of());
                return overturned.state().bansToLift().isEmpty() ? overturned
                        : then(overturned, Action.LiftBan.of(ACCUSED));
            }
            if (outcome == 1 && s.sanctionInForce(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED)) {
                // Shortened on appeal: the ban list gets the new end.
                Instant shorter = s.lastEventAt().plus(Duration.ofDays(30 + random.nextInt(60)));
                CaseFile modified = Procedures.decideAppeal(file, AppealOutcome.MODIFIED,
                        List.of(ImposedSanction.until(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, shorter)));
                return then(modified, ImmutableRecordBan.builder().accused(ACCUSED).until(shorter).build());
            }
            return Procedures.decideAppeal(file, AppealOutcome.UPHELD, List.of());
        }
        int pick = random.nextInt(100);
        if (pick < 30) {
            DeadlineKind kind = List.of(DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.RESPONSE,
                    DeadlineKind.REPORTER_FOLLOW_UP).get(random.nextInt(3));
            return then(file, Action.SetDeadline.of(kind, NOW.plus(Duration.ofHours(1 + random.nextInt(400)))));
        }
        if (pick < 50) {
            Optional<Instant> until = random.nextBoolean() ? Optional.empty()
                    : Optional.of(s.lastEventAt().plus(Duration.ofDays(100 + random.nextInt(300))));
            List<String> scopes = random.nextBoolean() ? List.of() : List.of("event-" + random.nextInt(3));
            return StoreFixtures.decidedBan(file, until, scopes);
        }
        if (pick < 65 && s.banListEntryRunning(ACCUSED, s.lastEventAt())
                && s.sanctionInForce(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED)) {
            return then(StoreFixtures.overturned(file), Action.LiftBan.of(ACCUSED));
        }
        if (pick < 75 && s.hasDecision()) {
            return then(file, Action.RecordAppeal.of(ACCUSED));
        }
        return then(file, Action.RecordNote.of(note));
    }

    /** The case closed, its pending appeal decided first and the latest decision told to every accused (I6). */
    private static CaseFile closed(CaseFile file) {
        CaseFile decided = file.state().pendingAppeal().isEmpty() ? file
                : Procedures.decideAppeal(file, AppealOutcome.UPHELD, List.of());
        for (PartyId accused : decided.state().accusedAwaitingDecision()) {
            decided = then(decided, Action.CommunicateDecision.of(accused, decided.state().appealContact()));
        }
        return then(decided, Action.CloseCase.of(Resolution.ACTION_TAKEN));
    }

    @Test
    void concurrent_deadlines_bans_and_lifted_bans_are_stored_once_and_leave_every_case_index_and_the_ban_list_true()
            throws Exception {
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger stale = new AtomicInteger();
        try (CaseStore shared = db.open(); CaseStore second = db.open()) {
            for (CaseId id : allCases()) {
                String email = accusedEmail(id);
                shared.create(StoreFixtures.opened(id.value(), StoreFixtures.report(NOW, email, "Accused "
                        + email.substring(0, email.indexOf('.')))));
            }
            CyclicBarrier start = new CyclicBarrier(THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                CaseStore store = t % 2 == 0 ? shared : second;
                workers.add(pool.submit(() -> {
                    Random random = new Random(thread);
                    start.await();
                    int done = 0;
                    while (done < APPENDS_PER_THREAD) {
                        // Most appends go to the cases every thread works on, the rest to the thread's own case;
                        // half the threads close their own case with their last append.
                        boolean closing = done == APPENDS_PER_THREAD - 1 && thread % 2 == 0;
                        boolean onShared = !closing && random.nextInt(100) < 60;
                        CaseId id = onShared ? SHARED.get(random.nextInt(SHARED.size())) : own(thread);
                        CaseFile current = store.load(id, RECEIVER).orElseThrow();
                        CaseFile next = closing ? closed(current)
                                : nextStep(current, random, "thread " + thread + " append " + done);
                        try {
                            store.append(current, next);
                            acknowledged.add(new Acknowledged(id, current.version(),
                                    List.copyOf(next.events().subList((int) current.version(), (int) next.version()))));
                            done++;
                        } catch (StaleCaseVersionException e) {
                            // Another organizer got there first: the next round loads the case again and retries.
                            assertEquals(current.version(), e.expectedVersion());
                            assertTrue(e.actualVersion() > e.expectedVersion());
                            stale.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            System.out.printf("concurrency on %s: %d appends stored, %d refused as stale%n", database,
                    acknowledged.size(), stale.get());
            assertEquals(THREADS * APPENDS_PER_THREAD, acknowledged.size());
            assertTrue(stale.get() > 0, "the threads did contend for the same cases");
            // The writing stores (one of them saw the other's appends only through the database) and a new one agree.
            try (CaseStore fresh = db.open()) {
                Map<CaseId, CaseFile> files = storedOnce(fresh, acknowledged);
                assertMixed(files.values());
                for (CaseStore store : List.of(shared, second, fresh)) {
                    assertIndexes(store, files);
                    assertBanList(store, files);
                }
            }
        }
    }

    /** Every case verifies, and holds exactly the acknowledged appends, each at its version. */
    private static Map<CaseId, CaseFile> storedOnce(CaseStore store, List<Acknowledged> acknowledged) {
        Map<CaseId, Map<Long, CaseEvent>> expected = new HashMap<>();
        for (Acknowledged ack : acknowledged) {
            for (int i = 0; i < ack.events().size(); i++) {
                CaseEvent previous = expected.computeIfAbsent(ack.caseId(), k -> new HashMap<>())
                        .put(ack.fromVersion() + i, ack.events().get(i));
                assertEquals(null, previous, () -> "two acknowledged appends claim one position of " + ack.caseId());
            }
        }
        Map<CaseId, CaseFile> files = new LinkedHashMap<>();
        for (CaseId id : allCases()) {
            CaseFile file = store.load(id, RECEIVER).orElseThrow();
            Verification verification = store.verify(id);
            assertTrue(verification.intact(), () -> id + " verifies: " + verification);
            Map<Long, CaseEvent> acked = expected.getOrDefault(id, Map.of());
            assertEquals(acked.size(), file.version() - 1, () -> "every acknowledged append of " + id
                    + " is stored, once, and nothing else");
            for (CaseEvent event : file.events().subList(1, file.events().size())) {
                assertEquals(acked.get(event.sequence()), event, "stored as acknowledged at its version");
            }
            files.put(id, file);
        }
        return files;
    }

    /** The appends really mixed what the test is about. */
    private void assertMixed(Iterable<CaseFile> files) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (CaseFile file : files) {
            for (CaseEvent event : file.events()) {
                if (event instanceof ActionRecorded recorded) {
                    kinds.merge(recorded.action().typeName(), 1, Integer::sum);
                }
            }
        }
        for (String kind : List.of("set_deadline", "record_decision", "record_ban", "record_appeal", "decide_appeal",
                "lift_ban", "record_note", "close_case")) {
            assertTrue(kinds.getOrDefault(kind, 0) > 0, () -> "no " + kind + " among " + kinds);
        }
        System.out.printf("concurrency on %s: the cases hold %s%n", database, kinds);
    }

    /** dueBefore, withAccused and withStatus list exactly the cases the loaded files say they should. */
    private static void assertIndexes(CaseStore store, Map<CaseId, CaseFile> files) {
        for (CaseStatus status : CaseStatus.values()) {
            Set<CaseId> expected = files.values().stream().filter(f -> f.state().status() == status)
                    .map(CaseFile::id).collect(Collectors.toCollection(TreeSet::new));
            Set<CaseId> listed = store.withStatus(status, Optional.empty(), 1_000).stream()
                    .map(CaseSummary::caseId).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, listed, () -> "withStatus(" + status + ")");
        }
        for (int hours : List.of(0, 50, 150, 300, 500)) {
            Instant before = NOW.plus(Duration.ofHours(hours));
            Map<CaseId, Instant> expected = new HashMap<>();
            for (CaseFile file : files.values()) {
                Optional<Instant> earliest = file.state().deadlines().values().stream().min(Comparator.naturalOrder());
                if (!file.state().isClosed() && earliest.filter(due -> !due.isAfter(before)).isPresent()) {
                    expected.put(file.id(), earliest.get());
                }
            }
            List<CaseSummary> due = store.dueBefore(before, 1_000);
            assertEquals(new TreeSet<>(expected.keySet()), due.stream().map(CaseSummary::caseId)
                    .collect(Collectors.toCollection(TreeSet::new)), () -> "dueBefore(" + before + ")");
            for (int i = 0; i < due.size(); i++) {
                CaseSummary summary = due.get(i);
                assertEquals(files.get(summary.caseId()).state().deadlines(), summary.deadlines(),
                        "a listed case's deadlines");
                assertEquals(Optional.of(expected.get(summary.caseId())), summary.nextDeadline());
                if (i > 0) {
                    assertTrue(!summary.nextDeadline().get().isBefore(due.get(i - 1).nextDeadline().get()),
                            "dueBefore lists the earliest first");
                }
            }
        }
        IdentityKeys keys = StoreFixtures.identityKeys();
        for (String email : ACCUSED_EMAILS) {
            Set<CaseId> expected = files.values().stream().filter(f -> f.state().parties().stream()
                    .filter(p -> p.has(CaseRole.ACCUSED))
                    .flatMap(p -> p.identifiers().stream()).anyMatch(i -> i.value().equals(email)))
                    .map(CaseFile::id).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(expected.size() > 1, "the same person is accused in several cases");
            Set<CaseId> listed = store.withAccused(keys.email(email)).stream().map(CaseSummary::caseId)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, listed, () -> "withAccused of one person");
        }
    }

    /** A ban-list entry as the test compares them: case, the event that made it, start, end, scopes. */
    private record Entry(CaseId caseRef, long sequence, Instant starts, Optional<Instant> until, List<String> scopes) {
    }

    /**
     * The ban list holds one entry per case and banned party, the latest recorded (a lift records one that ended), and
     * lists as in force exactly the entries that run at the moment.
     */
    private static void assertBanList(CaseStore store, Map<CaseId, CaseFile> files) {
        Instant after = files.values().stream().map(f -> f.state().lastEventAt()).max(Comparator.naturalOrder())
                .orElseThrow().plusSeconds(1);
        List<Entry> latest = new ArrayList<>();
        for (CaseFile file : files.values()) {
            Map<PartyId, BanRecord> byParty = new LinkedHashMap<>();
            for (BanRecord entry : file.state().bans()) {
                byParty.put(entry.accused(), entry);
            }
            byParty.values().forEach(e -> latest.add(new Entry(file.id(), e.sequence(), e.at(), e.until(),
                    List.copyOf(e.scopes()))));
        }
        assertEquals(latest.size(), store.bans().size(), "one ban-list entry per case and banned party");
        for (Instant at : List.of(NOW.plusSeconds(1), after, after.plus(Duration.ofDays(200)))) {
            Set<Entry> expected = latest.stream().filter(e -> !at.isBefore(e.starts())
                    && e.until().map(at::isBefore).orElse(true)).collect(Collectors.toSet());
            Set<Entry> listed = new HashSet<>();
            for (Ban ban : store.bans().inForce(at)) {
                listed.add(new Entry(ban.caseRef(), ban.sequence(), ban.starts(), ban.until(),
                        List.copyOf(ban.scopes())));
                Party accused = files.get(ban.caseRef()).state().party(ACCUSED).orElseThrow();
                assertEquals(StoreFixtures.identityKeys().of(accused), ban.keys(), "a ban's identity keys");
            }
            assertEquals(expected, listed, () -> "the bans in force at " + at);
        }
    }
}
