package org.cocworkflow.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * Instants in index columns, exactly: epoch seconds and nanoseconds in two columns, so that nothing is rounded
 * (database timestamps keep microseconds at best) and comparisons in SQL stay exact.
 */
final class Times {
    private Times() {
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setLong(index, instant.getEpochSecond());
        statement.setInt(index + 1, instant.getNano());
    }

    static void set(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            set(statement, index, instant.get());
        } else {
            statement.setNull(index, Types.BIGINT);
            statement.setNull(index + 1, Types.INTEGER);
        }
    }

    static Optional<Instant> get(ResultSet rows, String seconds, String nanos) throws SQLException {
        long s = rows.getLong(seconds);
        if (rows.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(s, rows.getInt(nanos)));
    }
}
