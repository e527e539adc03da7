package org.cocworkflow.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The SQL databases the store speaks: the few places where H2 and PostgreSQL differ. */
public enum Dialect {
    /** H2 2.x, the embedded default. */
    H2("VARBINARY"),
    /** PostgreSQL 12 or newer, the production target. */
    POSTGRESQL("BYTEA");

    private final String binary;

    Dialect(String binary) {
        this.binary = binary;
    }

    /**
     * Returns the column type for byte strings of any length.
     *
     * @return the SQL type
     */
    public String binary() {
        return binary;
    }

    /**
     * Recognizes the database behind a connection.
     *
     * @param connection an open connection
     * @return the dialect
     * @throws SQLException if the metadata cannot be read
     * @throws IllegalArgumentException for a database the store does not support
     */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("coc-store supports H2 and PostgreSQL; the connection is to another "
                + "database");
    }
}
