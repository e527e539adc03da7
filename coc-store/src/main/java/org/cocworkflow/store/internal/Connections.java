package org.cocworkflow.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Where the store's transactions get their connections: the embedder's {@link DataSource} (usually a pool), or a
 * small pool of the store's own over {@link DriverManager}. Every connection handed out has auto-commit off and
 * READ COMMITTED isolation. Thread-safe.
 */
public abstract class Connections implements AutoCloseable {
    Connections() {
    }

    /**
     * Takes a connection for one transaction.
     *
     * @return the connection, auto-commit off
     * @throws SQLException if none can be had
     */
    abstract Connection acquire() throws SQLException;

    /**
     * Gives a connection back after its transaction ended.
     *
     * @param connection the connection
     * @param broken true if it must not be reused
     */
    abstract void release(Connection connection, boolean broken);

    @Override
    public abstract void close();

    /**
     * Uses the embedder's data source; each transaction borrows a connection and closes it again.
     *
     * @param dataSource the data source
     * @return the connections
     */
    public static Connections of(DataSource dataSource) {
        return new FromDataSource(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Keeps a pool of the store's own connections.
     *
     * @param url the JDBC URL
     * @param properties the driver's properties (user, password, ...)
     * @param size the most connections open at once
     * @return the connections
     */
    public static Connections pool(String url, Properties properties, int size) {
        return new Pool(url, properties, size);
    }

    static void prepare(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is being discarded; nothing more can be done with it
        }
    }

    private static final class FromDataSource extends Connections {
        private final DataSource dataSource;

        FromDataSource(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        Connection acquire() throws SQLException {
            Connection connection = dataSource.getConnection();
            try {
                prepare(connection);
                return connection;
            } catch (SQLException e) {
                closeQuietly(connection);
                throw e;
            }
        }

        @Override
        void release(Connection connection, boolean broken) {
            try {
                if (!broken) {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException ignored) {
                // the pool behind the data source decides what to do with a connection in a bad state
            }
            closeQuietly(connection);
        }

        @Override
        public void close() {
            // the data source belongs to the embedder
        }
    }

    private static final class Pool extends Connections {
        private static final long WAIT_SECONDS = 60;

        private final String url;
        private final Properties properties;
        private final BlockingQueue<Connection> idle;
        private final Semaphore permits;
        private volatile boolean closed;

        Pool(String url, Properties properties, int size) {
            this.url = Objects.requireNonNull(url, "url");
            this.properties = new Properties();
            this.properties.putAll(properties);
            this.idle = new ArrayBlockingQueue<>(size);
            this.permits = new Semaphore(size, true);
        }

        @Override
        Connection acquire() throws SQLException {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            try {
                if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new SQLException("every connection of the store's pool stayed busy for " + WAIT_SECONDS
                            + " seconds; raise StoreOptions.poolSize or look for transactions that do not end",
                            "08001");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a connection", "08001", e);
            }
            Connection connection = idle.poll();
            try {
                if (connection == null) {
                    connection = DriverManager.getConnection(url, properties);
                    prepare(connection);
                }
                return connection;
            } catch (SQLException | RuntimeException e) {
                if (connection != null) {
                    closeQuietly(connection);
                }
                permits.release();
                throw e;
            }
        }

        @Override
        void release(Connection connection, boolean broken) {
            try {
                if (broken || closed || !idle.offer(connection)) {
                    closeQuietly(connection);
                }
            } finally {
                permits.release();
            }
        }

        @Override
        public void close() {
            closed = true;
            Connection connection;
            while ((connection = idle.poll()) != null) {
                closeQuietly(connection);
            }
        }
    }
}
