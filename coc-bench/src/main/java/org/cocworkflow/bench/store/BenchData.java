package org.cocworkflow.bench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ImmutableRecordBan;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.IncidentSpace;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.ReportChannel;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.StoreOptions;
import org.cocworkflow.store.Stores;
import org.cocworkflow.store.crypto.DataKey;
import org.cocworkflow.store.crypto.KeyRing;

/**
 * Keys, cases and prepared databases for the storage benchmarks.
 *
 * <p>Keys and the organization secret are derived from fixed labels, so a database built by one JMH fork can be
 * opened by the next. Databases that take long to build (100k bans, 1M cases) are built once into
 * {@code coc-bench/target/bench-data/<name>/} (or the directory in {@code -Dcoc.bench.data} or
 * {@code COC_BENCH_DATA}) and reused while their {@code ready.properties} records the same parameters; it also
 * records how long the build took. Delete the directory (or {@code mvn clean}) to build again.
 */
public final class BenchData {
    /** The moment the benchmarks screen and advise at; every prepared case is older. */
    public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** The reporter (and target) of every prepared case. */
    public static final PartyId REPORTER = PartyId.of("reporter");
    /** The accused of every prepared case. */
    public static final PartyId ACCUSED = PartyId.of("accused-1");
    /** The team member who receives every prepared case and records every action. */
    public static final PartyId RECEIVER = PartyId.of("team-0");

    /** Bumped when the shape of a prepared database changes, so old copies are not reused. */
    private static final String LAYOUT = "1";
    /** H2's page cache while a prepared database is built, in KiB. */
    private static final int BUILD_CACHE_KB = 512 * 1024;

    private BenchData() {
    }

    /**
     * Derives 32 bytes from a label.
     *
     * @param label the label
     * @return 32 bytes
     */
    public static byte[] bytes(String label) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the organization secret's bytes, as a hand-coded floor would hold them */
    public static byte[] secret() {
        return bytes("coc-bench organization secret");
    }

    /** @return the data keys of every benchmark store */
    public static KeyRing keys() {
        return KeyRing.of(DataKey.of("bench-1", bytes("coc-bench data key 1")));
    }

    /** @return the organization's identity keys, under {@link #secret()} */
    public static IdentityKeys identityKeys() {
        return new IdentityKeys(OrganizationSecret.of(secret()));
    }

    /** @return store options: a clock fixed at {@link #NOW}, no compaction on close (prepared files stay as built) */
    public static StoreOptions options() {
        return StoreOptions.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).compactOnClose(false).build();
    }

    /**
     * The opening of a case: a private harassment at a social event, reported by its target, against an accused
     * with an e-mail address and a name.
     *
     * @param id the case id
     * @param receivedAt when the report came in
     * @param accusedEmail the accused's address
     * @param accusedName the accused's name
     * @return the opening, ten minutes after the report
     */
    public static CaseOpened opened(String id, Instant receivedAt, String accusedEmail, String accusedName) {
        Report report = Report.builder()
                .receivedAt(receivedAt)
                .channel(ReportChannel.IN_PERSON)
                .description("At the evening social the accused kept commenting on my body after I asked them to stop.")
                .space(IncidentSpace.of(SpaceKind.SOCIAL_EVENT))
                .incidentAt(receivedAt.minus(Duration.ofHours(1)))
                .addCircumstances(Circumstance.CONTINUED_AFTER_REQUEST_TO_STOP)
                .addParties(Party.builder().id(REPORTER).addRoles(CaseRole.REPORTER, CaseRole.TARGET)
                        .displayName("Dana Reyes").contact("dana@mail.example").addStandings(Standing.ATTENDEE).build())
                .addParties(Party.builder().id(ACCUSED).addRoles(CaseRole.ACCUSED).displayName(accusedName)
                        .addIdentifiers(Identifier.email(accusedEmail)).addStandings(Standing.ATTENDEE).build())
                .build();
        return CaseOpened.builder()
                .at(receivedAt.plus(Duration.ofMinutes(10)))
                .caseId(CaseId.of(id))
                .edition(Editions.SHIPPED)
                .report(report)
                .receivedBy(Party.builder().id(RECEIVER).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                        .addStandings(Standing.RESPONSE_TEAM_MEMBER).build())
                .appealContact("appeals@events.example")
                .build();
    }

    /**
     * A case that ends in an indefinite ban of its accused, for every event, through the guards: opened, the accused
     * told and heard, a decision that bans them, then the {@code record_ban}.
     *
     * @param id the case id
     * @param accusedEmail the banned address
     * @param accusedName the banned person's name
     * @param receivedAt when the report came in
     * @return the case file, six events
     */
    public static CaseFile bannedCase(String id, String accusedEmail, String accusedName, Instant receivedAt) {
        CaseFile file = CaseFile.open(opened(id, receivedAt, accusedEmail, accusedName));
        Instant at = file.state().lastEventAt();
        file = file.append(Action.NotifyAccused.of(ACCUSED), RECEIVER, at.plus(Duration.ofMinutes(20)));
        file = file.append(Action.HearAccused.of(ACCUSED, "Their side."), RECEIVER, at.plus(Duration.ofMinutes(40)));
        file = file.append(Action.ConveneMeeting.of(Set.of(RECEIVER)), RECEIVER, at.plus(Duration.ofMinutes(45)));
        long meeting = file.state().meetings().get(0).sequence();
        file = file.append(Action.RecordDecision.inMeeting(meeting, Set.of(RECEIVER), Finding.VIOLATION, List.of(
                ImposedSanction.of(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED))), RECEIVER,
                at.plus(Duration.ofMinutes(50)));
        return file.append(ImmutableRecordBan.builder().accused(ACCUSED).build(), RECEIVER,
                at.plus(Duration.ofHours(1)));
    }

    /**
     * Stores cases built on the fly, {@code batch} at a time, each batch one {@code createAll} transaction, on as
     * many threads as there are processors.
     *
     * @param store the store
     * @param count how many cases
     * @param batch cases per transaction
     * @param caseAt builds case {@code i}
     */
    public static void createAll(CaseStore store, int count, int batch, IntFunction<CaseFile> caseAt) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int start = 0; start < count; start += batch) {
                int from = start;
                int to = Math.min(count, start + batch);
                done.add(pool.submit(() -> {
                    List<CaseFile> files = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) {
                        files.add(caseAt.apply(i));
                    }
                    store.createAll(files);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing cases", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("storing cases failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the directory of prepared databases */
    public static Path dataDirectory() {
        String given = Optional.ofNullable(System.getProperty("coc.bench.data"))
                .orElse(System.getenv("COC_BENCH_DATA"));
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        return Files.isDirectory(Path.of("coc-bench")) ? Path.of("coc-bench", "target", "bench-data")
                : Path.of("target", "bench-data");
    }

    /** @return H2's full version (the driver is a runtime dependency here, so read it reflectively) */
    private static String h2Version() {
        try {
            return String.valueOf(Class.forName("org.h2.engine.Constants").getField("FULL_VERSION").get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("H2 is not on the class path", e);
        }
    }

    /**
     * Returns the directory of a prepared embedded database, building it first unless a copy built with the same
     * parameters is there.
     *
     * @param name the database's name, a directory under {@link #dataDirectory()}
     * @param parameters what the content depends on
     * @param build fills a new, empty store
     * @return the directory, for {@link Stores#embedded}
     */
    public static synchronized Path prepared(String name, Map<String, String> parameters, Consumer<CaseStore> build) {
        Path directory = dataDirectory().resolve(name);
        Path ready = directory.resolve("ready.properties");
        Map<String, String> wanted = new TreeMap<>(parameters);
        wanted.put("layout", LAYOUT);
        // A file written by one H2 version may not open in another: a new H2 means a new database.
        wanted.put("h2", h2Version());
        try {
            if (Files.exists(ready)) {
                Properties found = new Properties();
                try (InputStream in = Files.newInputStream(ready)) {
                    found.load(in);
                }
                if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(found.getProperty(e.getKey())))) {
                    return directory;
                }
            }
            delete(directory);
            Files.createDirectories(directory);
            long start = System.nanoTime();
            // Built through the same H2 file with bulk-load settings: commits need not reach the disk one by one
            // (a failed build is thrown away: no ready.properties), and a large page cache. Then compacted, and
            // opened by the benchmarks with the store's own URL (Stores.embedded).
            Properties user = new Properties();
            user.setProperty("user", "coc");
            user.setProperty("password", "");
            String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(Stores.EMBEDDED_NAME)
                    + ";LOCK_TIMEOUT=10000;CACHE_SIZE=" + BUILD_CACHE_KB;
            try (CaseStore store = Stores.connect(url, user, keys(), identityKeys(), options())) {
                build.accept(store);
            }
            double built = (System.nanoTime() - start) / 1e9;
            try (Connection c = DriverManager.getConnection(url, user); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new IllegalStateException("could not compact the prepared database " + name, e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Properties done = new Properties();
            wanted.forEach(done::setProperty);
            done.setProperty("buildSeconds", String.format(java.util.Locale.ROOT, "%.1f", seconds));
            done.setProperty("insertSeconds", String.format(java.util.Locale.ROOT, "%.1f", built));
            done.setProperty("fileBytes", Long.toString(Files.size(directory.resolve(Stores.EMBEDDED_NAME
                    + ".mv.db"))));
            try (OutputStream out = Files.newOutputStream(ready)) {
                done.store(out, "prepared by " + BenchData.class.getName() + "; delete the directory to rebuild");
            }
            System.err.printf(java.util.Locale.ROOT, "prepared %s %s in %.1f s (inserts %.1f s, then compaction)%n",
                    name, wanted, seconds, built);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the database " + name, e);
        }
    }

    /**
     * Deletes a directory tree, if it exists.
     *
     * @param directory the directory
     */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }
}
