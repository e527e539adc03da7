package org.cocworkflow.bench.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.Stores;
import org.cocworkflow.store.ban.Registration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening a batch of registrations against the ban list, one thread, time per batch (one operation screens
 * every registration of the batch: 1,000,000 by default, so the score is milliseconds per million registrations).
 *
 * <p>{@link #screenAll} is what an embedder calls for a batch: {@code store.bans().screenAll(registrations, at)} on
 * an embedded store holding {@link #bans} bans (100,000 by default), each recorded by a case of its own against an
 * accused with an e-mail address and a name; the ban list is in memory, loaded before the measurement. Each
 * registration gives one e-mail address and a scope, and {@link #hitPercent} percent of them (1 % by default) are
 * banned addresses. {@link #floor} is {@link ScreeningFloor}: normalize and HMAC-SHA256 each address under the
 * same organization secret and look the hex key up in a {@code HashMap} of the banned addresses' keys. Setup
 * checks that both find the same bans. Target: screenAll at most 1.5 times the floor.
 *
 * <p>The database of bans is built once into {@code coc-bench/target/bench-data/bans-<n>/} and reused by later
 * forks and runs (see {@link BenchData#prepared}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScreeningBenchmark {
    /** How many bans the list holds. */
    @Param("100000")
    public int bans;

    /** How many registrations one operation screens. */
    @Param("1000000")
    public int registrations;

    /** The percentage of registrations that give a banned address. */
    @Param("1")
    public int hitPercent;

    private CaseStore store;
    private List<Registration> batch;
    private ScreeningFloor floor;

    /** Opens (building it the first time) the store of bans, makes the registrations and the floor's map. */
    @Setup
    public void setUp() {
        Path directory = BenchData.prepared("bans-" + bans, Map.of("bans", Integer.toString(bans)),
                s -> storeBans(s, bans));
        store = Stores.embedded(directory, BenchData.keys(), BenchData.identityKeys(), BenchData.options());
        if (store.bans().size() != bans) {
            throw new IllegalStateException("the prepared store holds " + store.bans().size() + " bans, not " + bans);
        }
        batch = registrations(registrations, bans, hitPercent);
        floor = floorOver(bans);
        long ours = matches(screenAll());
        long theirs = floor().stream().filter(Objects::nonNull).count();
        long expected = expectedHits(registrations, hitPercent);
        if (ours != expected || theirs != expected) {
            throw new IllegalStateException("screenAll found " + ours + " banned registrations and the floor "
                    + theirs + ", expected " + expected);
        }
    }

    /** Closes the store. */
    @TearDown
    public void tearDown() {
        store.close();
    }

    /** @return one screening per registration */
    @Benchmark
    public List<Screening> screenAll() {
        return store.bans().screenAll(batch, BenchData.NOW);
    }

    /** @return per registration, the case of the ban it matched or {@code null} */
    @Benchmark
    public List<CaseId> floor() {
        return floor.screen(batch);
    }

    /**
     * The address banned by ban {@code j}.
     *
     * @param j the ban's number
     * @return the address
     */
    public static String bannedEmail(int j) {
        return "banned.person-" + j + "@mail.example";
    }

    /**
     * The case that records ban {@code j}.
     *
     * @param j the ban's number
     * @return the case id
     */
    public static CaseId banCase(int j) {
        return CaseId.of("ban-" + j);
    }

    /**
     * Stores {@code n} bans, one case each, in transactions of 250 cases (H2 slows down in larger ones).
     *
     * @param store an empty store
     * @param n how many bans
     */
    public static void storeBans(CaseStore store, int n) {
        BenchData.createAll(store, n, 250, j -> BenchData.bannedCase(banCase(j).value(), bannedEmail(j),
                "Banned Person " + j, BenchData.NOW.minus(Duration.ofDays(1 + j % 1_000))));
    }

    /**
     * The floor over the same bans.
     *
     * @param n how many bans
     * @return the floor
     */
    public static ScreeningFloor floorOver(int n) {
        List<String> emails = new ArrayList<>(n);
        List<CaseId> cases = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            emails.add(bannedEmail(j));
            cases.add(banCase(j));
        }
        return new ScreeningFloor(BenchData.secret(), emails, cases);
    }

    /**
     * Registrations for an event; every {@code 100 / hitPercent}-th gives a banned address (written with other
     * capitals, as people type), the rest addresses nobody banned.
     *
     * @param n how many
     * @param bans how many bans there are
     * @param hitPercent the percentage of banned registrants
     * @return the registrations
     */
    public static List<Registration> registrations(int n, int bans, int hitPercent) {
        int every = hitPercent <= 0 ? Integer.MAX_VALUE : Math.max(1, 100 / hitPercent);
        List<Registration> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String email = i % every == 0 ? bannedEmail((int) ((long) i * 7_919 % bans)).replace("banned", "Banned")
                    : "registrant-" + i + "@attendees.example";
            list.add(Registration.builder().scope("pycon-north-2027").addIdentifiers(Identifier.email(email))
                    .build());
        }
        return list;
    }

    /**
     * How many of {@link #registrations} are banned.
     *
     * @param n how many registrations
     * @param hitPercent the percentage of banned registrants
     * @return the count
     */
    public static long expectedHits(int n, int hitPercent) {
        int every = hitPercent <= 0 ? Integer.MAX_VALUE : Math.max(1, 100 / hitPercent);
        return (n + every - 1L) / every;
    }

    private static long matches(List<Screening> screenings) {
        return screenings.stream().filter(s -> !s.matches().isEmpty()).count();
    }
}
