package org.cocworkflow.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.cocworkflow.store.StoreException;

/**
 * Runs work in transactions on the store's connections: commit on success, roll back on any failure, and translate
 * the driver's exceptions (whose messages can quote values) into typed ones that do not.
 */
final class Jdbc {
    /** SQL states that mean another transaction changed the same rows first. */
    private static final Set<String> CONFLICTS = Set.of(
            "23505", // unique violation: someone else inserted the same key
            "40001", // serialization failure (PostgreSQL SERIALIZABLE, H2 some paths)
            "40P01", // deadlock detected (PostgreSQL)
            "HYT00", // lock timeout (H2)
            "90131"); // concurrent update in another transaction (H2)

    /** Work to do with a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Another transaction changed the same rows first; the caller decides what that means. */
    static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict(SQLException cause) {
            super(null, cause, false, false);
        }
    }

    private final Connections connections;

    Jdbc(Connections connections) {
        this.connections = connections;
    }

    /**
     * Runs work in one transaction.
     *
     * @param where what the work concerns, for error messages; without case content
     * @param work the work
     * @param <T> its result
     * @return the result, once committed
     * @throws Conflict if another transaction changed the same rows first; nothing was written
     * @throws StoreException with {@code DATABASE} for any other database failure; nothing was written
     */
    <T> T inTransaction(String where, Work<T> work) {
        Connection connection;
        try {
            connection = connections.acquire();
        } catch (SQLException e) {
            throw translate(where, e);
        }
        boolean broken = false;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            broken = !rollback(connection) || isConnectionFailure(e);
            if (isConflict(e)) {
                throw new Conflict(e);
            }
            throw translate(where, e);
        } catch (RuntimeException | Error e) {
            broken = !rollback(connection);
            throw e;
        } finally {
            connections.release(connection, broken);
        }
    }

    static boolean isConflict(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null && CONFLICTS.contains(next.getSQLState())) {
                return true;
            }
            if (next.getCause() instanceof SQLException cause && cause != next && isConflict(cause)) {
                return true;
            }
            if (next.getNextException() == next) {
                break;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private static boolean rollback(Connection connection) {
        try {
            connection.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static StoreException translate(String where, SQLException e) {
        String state = e.getSQLState() == null ? "unknown" : e.getSQLState();
        String detail = switch (state) {
            case "90020" -> "the H2 file is in use by another process; an embedded store is opened by one process at "
                    + "a time (use PostgreSQL for several)";
            case "08001" -> "no connection could be made: check the JDBC URL, that the driver is on the class path "
                    + "and that the database is running";
            default -> "SQL state " + state;
        };
        return StoreException.of(StoreException.Reason.DATABASE, where, detail, e);
    }
}
