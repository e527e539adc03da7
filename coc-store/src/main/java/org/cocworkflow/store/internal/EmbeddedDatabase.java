package org.cocworkflow.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded H2 database open in this JVM, and who shuts it down. The store owns the database's life: its URL
 * turns H2's own exit hook off ({@code DB_CLOSE_ON_EXIT=FALSE}), and the database is shut down, compacted if a
 * store asked for that ({@code StoreOptions.compactOnClose}), either by the last store open on it when that store
 * closes, or by a JVM shutdown hook (SIGTERM, {@code System.exit}, the end of {@code main}) while any store is still
 * open on it. The hook is registered when the first store starts opening the database and removed when the last
 * one closes, so there is one per database, not one per store.
 *
 * <p>A store holds a {@link Lease} from the start of its opening to its close, so that a store closing meanwhile
 * does not shut the database down under another one's migration. At JVM shutdown the hook first closes the
 * connection pools of the stores still open (their next transaction fails with "the store is closed" instead of
 * opening the database again), then shuts the database down; the JVM exits when that is done.
 *
 * <p>Thread-safe: everything runs under one lock, the shutdown included, so a store opening the same database
 * waits until an earlier shutdown is over.
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Object LOCK = new Object();
    /** The databases with a store open or opening on them, by URL. */
    private static final Map<String, EmbeddedDatabase> OPEN = new HashMap<>();

    private final String url;
    private final Properties properties;
    private final Thread hook;
    private final List<Lease> leases = new ArrayList<>();
    private boolean shutDown;

    private EmbeddedDatabase(String url, Properties properties) {
        this.url = url;
        this.properties = new Properties();
        this.properties.putAll(properties);
        this.hook = new Thread(this::atExit, "coc-store: shut down the embedded database");
    }

    /**
     * Takes a store's hold on an embedded database, at the start of the store's opening; the first hold on a
     * database registers its shutdown hook.
     *
     * @param url the database's JDBC URL, as every store on it uses it
     * @param properties the driver's properties (user, password)
     * @param connections the store's connections, closed at JVM shutdown
     * @param compact whether the store wants the file compacted when the database shuts down
     * @return the hold, to release when the store closes or fails to open
     * @throws IllegalStateException if the JVM is already shutting down
     */
    public static Lease lease(String url, Properties properties, Connections connections, boolean compact) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connections, "connections");
        synchronized (LOCK) {
            EmbeddedDatabase database = OPEN.get(url);
            if (database == null) {
                database = new EmbeddedDatabase(url, properties);
                try {
                    Runtime.getRuntime().addShutdownHook(database.hook);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("the JVM is shutting down; an embedded store cannot be opened now",
                            e);
                }
                OPEN.put(url, database);
            }
            Lease lease = new Lease(database, connections, compact);
            database.leases.add(lease);
            return lease;
        }
    }

    /** One store's hold on an embedded database. Thread-safe. */
    public static final class Lease {
        private final EmbeddedDatabase database;
        private final Connections connections;
        private final boolean compact;
        private boolean released;

        private Lease(EmbeddedDatabase database, Connections connections, boolean compact) {
            this.database = database;
            this.connections = connections;
            this.compact = compact;
        }

        /**
         * Releases the hold of a store that closes: the last one shuts the database down, compacting the file if
         * this store asked for it, and removes the shutdown hook. Does nothing the second time, or if the JVM's
         * shutdown hook already shut the database down.
         */
        public void release() {
            end(compact, false);
        }

        /**
         * Releases the hold of a store that failed to open: the last one shuts the database down without
         * compacting, so that its file is not left locked. A database that cannot be reached (say, locked by
         * another process) is left as it is.
         */
        public void abandon() {
            end(false, true);
        }

        private void end(boolean compactNow, boolean failedOpen) {
            synchronized (LOCK) {
                if (released) {
                    return;
                }
                released = true;
                database.leases.remove(this);
                if (!database.leases.isEmpty() || database.shutDown) {
                    return;
                }
                database.shutDown = true;
                OPEN.remove(database.url, database);
                try {
                    Runtime.getRuntime().removeShutdownHook(database.hook);
                } catch (IllegalStateException e) {
                    // The JVM is shutting down: the hook waits for the lock and then finds the database shut down.
                }
                database.shutDown(compactNow, failedOpen);
            }
        }
    }

    /** The shutdown hook: closes the pools of the stores still open, then shuts the database down. */
    private void atExit() {
        synchronized (LOCK) {
            if (shutDown) {
                return;
            }
            shutDown = true;
            OPEN.remove(url, this);
            boolean compact = false;
            for (Lease lease : leases) {
                compact |= lease.compact;
                lease.connections.close();
            }
            shutDown(compact, false);
        }
    }

    /**
     * Runs H2's {@code SHUTDOWN} (or {@code SHUTDOWN COMPACT}, which rewrites the file with only the live data, so
     * the bytes of deleted rows do not stay in its free pages) on a connection of its own: it closes every other
     * connection to the database and the file.
     */
    private void shutDown(boolean compact, boolean failedOpen) {
        Connection connection;
        try {
            // IFEXISTS: never create a database only to shut it down (a store that failed before creating it).
            connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", properties);
        } catch (SQLException e) {
            if (failedOpen) {
                LOG.debug("the embedded database of a store that failed to open could not be reached to shut it "
                        + "down (SQL state {})", e.getSQLState());
            } else {
                LOG.warn("the embedded database could not be reached to shut it down; its file was not compacted "
                        + "(SQL state {}, H2 error {})", e.getSQLState(), e.getErrorCode());
            }
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("the embedded database reported an error while shutting down{} (SQL state {}, H2 error {})",
                    compact ? "; its file may not be compacted" : "", e.getSQLState(), e.getErrorCode());
        } finally {
            Connections.closeQuietly(connection);
        }
    }
}
