package org.cocworkflow.store;

import static org.cocworkflow.store.testing.StoreFixtures.NOW;
import static org.cocworkflow.store.testing.StoreFixtures.RECEIVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.store.crypto.DataKey;
import org.cocworkflow.store.crypto.KeyProvider;
import org.cocworkflow.store.testing.StoreFixtures;
import org.cocworkflow.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Schema migrations: a new database gets every version, an older one is upgraded with its data intact, a newer one
 * is refused (see {@link BadInputTest}), and two processes opening a new database at once do not trip over each
 * other.
 */
class MigrationTest extends OnEachDatabase {
    private List<Integer> versions() throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM coc_schema_version ORDER BY version")) {
            while (r.next()) {
                versions.add(r.getInt(1));
            }
        }
        return versions;
    }

    @Test
    void a_new_database_gets_every_schema_version_once() throws SQLException {
        db.open().close();
        db.open().close();
        assertEquals(List.of(1, 2, 3), versions());
    }

    @Test
    void a_database_at_schema_version_1_is_upgraded_and_keeps_its_cases() throws SQLException {
        CaseFile stored;
        try (CaseStore store = db.open()) {
            CaseFile file = store.create(StoreFixtures.caseFile("case-1", NOW).opening());
            stored = store.append(file, StoreFixtures.then(file, Action.RecordNote.of("written at version 1")));
        }
        // What a database written by the release with schema version 1 looks like: without version 2's tables.
        db.sql("DROP TABLE coc_purge_log", "DROP TABLE coc_chapter_key", "DROP TABLE coc_pattern_told",
                "DELETE FROM coc_schema_version WHERE version IN (2, 3)");
        assertEquals(List.of(1), versions());

        try (CaseStore store = db.open()) {
            assertEquals(List.of(1, 2, 3), versions());
            assertEquals(stored, store.load(CaseId.of("case-1"), RECEIVER).orElseThrow());
            assertTrue(store.verify(CaseId.of("case-1")).intact());
            store.retention().classify(CaseId.of("case-1"), RetentionClass.MINOR);
            store.retention().purge(NOW);
            assertEquals(1, store.retention().log().size(), "version 2's purge log works");
            assertEquals(List.of(), store.patterns().patterns(), "version 2's chapter registry works");
            store.patterns().tell("berlin", StoreFixtures.identityKeys().email("lee.park@mail.example"), NOW);
            assertEquals(List.of(), store.patterns().toldTo("berlin").matchesElsewhere(Set.of(),
                    Set.of(CaseId.of("case-1"))), "version 3's told patterns work");
        }
    }

    @Test
    void stores_opening_a_new_database_at_the_same_time_apply_each_migration_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<CaseStore>> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<CaseStore> open = db::open;
            opened.add(pool.submit(open));
        }
        for (Future<CaseStore> store : opened) {
            store.get(2, TimeUnit.MINUTES).close();
        }
        pool.shutdown();
        assertEquals(List.of(1, 2, 3), versions());
    }

    @Test
    void a_store_closing_while_another_is_opening_leaves_the_database_to_it() throws Exception {
        CaseStore first = db.open();
        // The second store stops in the middle of opening (at its key check, after the migrations) until the first
        // has closed: the last store to close an embedded database shuts it down, and one still opening counts.
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch firstClosed = new CountDownLatch(1);
        AtomicBoolean held = new AtomicBoolean();
        KeyProvider keys = StoreFixtures.keys();
        KeyProvider holding = new KeyProvider() {
            @Override
            public DataKey current() {
                if (held.compareAndSet(false, true)) {
                    opening.countDown();
                    try {
                        assertTrue(firstClosed.await(2, TimeUnit.MINUTES));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                return keys.current();
            }

            @Override
            public Optional<DataKey> find(String keyId) {
                return keys.find(keyId);
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<CaseStore> second = pool.submit(() -> db.open(holding, StoreFixtures.identityKeys(),
                StoreFixtures.options()));
        assertTrue(opening.await(2, TimeUnit.MINUTES));
        first.close();
        firstClosed.countDown();
        try (CaseStore store = second.get(2, TimeUnit.MINUTES)) {
            CaseFile file = store.create(StoreFixtures.caseFile("case-1", NOW).opening());
            assertEquals(file, store.load(CaseId.of("case-1"), RECEIVER).orElseThrow());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_newer_schema_is_refused_with_the_versions_named() {
        db.open().close();
        db.sql("INSERT INTO coc_schema_version (version, description, applied_s) VALUES (4, 'next release', 0)");
        SchemaVersionException e = assertThrows(SchemaVersionException.class, db::open);
        assertEquals(4, e.found());
        assertEquals(3, e.supported());
    }

    @Test
    void a_database_that_refuses_to_open_is_released_and_opens_once_the_schema_is_known() throws Exception {
        db.open().close();
        db.sql("INSERT INTO coc_schema_version (version, description, applied_s) VALUES (4, 'next release', 0)");
        assertThrows(SchemaVersionException.class, db::open);
        if (db instanceof TestDatabase.H2 h2) {
            // H2 locks its file while the database is open in this JVM; a second lock from this JVM would overlap.
            try (FileChannel file = FileChannel.open(h2.file(), StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = file.tryLock()) {
                assertTrue(lock != null && lock.isValid(), "nothing holds the file once the store refused to open");
            }
        }
        db.sql("DELETE FROM coc_schema_version WHERE version = 4");
        db.open().close();
        assertEquals(List.of(1, 2, 3), versions());
    }
}
