package org.cocworkflow.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.store.CaseStore;
import org.cocworkflow.store.StoreOptions;
import org.cocworkflow.store.Stores;
import org.cocworkflow.store.crypto.KeyProvider;

/**
 * A fresh, empty database for one test: an H2 file in a new directory, or a new schema on the PostgreSQL test
 * server. Stores opened on it are the library's own ({@link Stores#embedded}, {@link Stores#connect}); a raw
 * connection lets tests tamper with the tables the way an attacker with database access could.
 */
public abstract class TestDatabase implements AutoCloseable {
    /** The databases every store test runs on. */
    public static final List<String> ALL = List.of("h2", "postgresql");

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    /**
     * Creates a fresh database.
     *
     * @param kind {@code h2} or {@code postgresql}
     * @return the database
     */
    public static TestDatabase create(String kind) {
        return switch (kind) {
            case "h2" -> new H2();
            case "postgresql" -> new Postgres();
            default -> throw new IllegalArgumentException("unknown test database " + kind);
        };
    }

    /** @return {@code h2} or {@code postgresql} */
    public abstract String kind();

    /**
     * Opens a store on this database.
     *
     * @param keys the keys
     * @param identityKeys the identity keys
     * @param options the options
     * @return the store
     */
    public abstract CaseStore open(KeyProvider keys, IdentityKeys identityKeys, StoreOptions options);

    /**
     * Opens a store with the fixtures' keys and options.
     *
     * @return the store
     */
    public CaseStore open() {
        return open(StoreFixtures.keys(), StoreFixtures.identityKeys(), StoreFixtures.options());
    }

    /**
     * Opens a raw connection to the same database, auto-commit on.
     *
     * @return the connection
     */
    public abstract Connection connect();

    /**
     * Runs SQL statements on a raw connection.
     *
     * @param statements the statements
     */
    public void sql(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public abstract void close();

    /** An embedded H2 file in a temporary directory. */
    public static final class H2 extends TestDatabase {
        private final Path directory;

        H2() {
            try {
                directory = Files.createTempDirectory("coc-store-h2-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return the directory of the H2 file */
        public Path directory() {
            return directory;
        }

        /** @return the H2 file */
        public Path file() {
            return directory.resolve(Stores.EMBEDDED_NAME + ".mv.db");
        }

        @Override
        public String kind() {
            return "h2";
        }

        @Override
        public CaseStore open(KeyProvider keys, IdentityKeys identityKeys, StoreOptions options) {
            return Stores.embedded(directory, keys, identityKeys, options);
        }

        @Override
        public Connection connect() {
            try {
                return DriverManager.getConnection(Stores.embeddedUrl(directory), "coc", "");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A schema of its own on the PostgreSQL test server. */
    public static final class Postgres extends TestDatabase {
        private final String server;
        private final String schema;

        Postgres() {
            server = PostgresServer.url();
            schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create a schema on the PostgreSQL test server", e);
            }
        }

        /** @return the schema of this database */
        public String schema() {
            return schema;
        }

        /** @return the JDBC URL of the server, without the schema */
        public String serverUrl() {
            return server;
        }

        /** @return the JDBC URL with this schema as the current one */
        public String url() {
            return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        @Override
        public String kind() {
            return "postgresql";
        }

        @Override
        public CaseStore open(KeyProvider keys, IdentityKeys identityKeys, StoreOptions options) {
            return Stores.connect(url(), new Properties(), keys, identityKeys, options);
        }

        @Override
        public Connection connect() {
            try {
                return DriverManager.getConnection(url());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
