package org.cocworkflow.store.testing;

/**
 * A test class that runs once per test database ({@link TestDatabase#ALL}), with the kind of this run as its
 * parameter; {@link SkipPostgresOnRequest} reads it.
 */
public interface OnDatabase {
    /** @return {@code h2} or {@code postgresql}: the database this instance of the test class runs on */
    String database();
}
