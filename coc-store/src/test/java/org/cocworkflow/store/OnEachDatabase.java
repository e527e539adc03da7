package org.cocworkflow.store;

import org.cocworkflow.store.testing.OnDatabase;
import org.cocworkflow.store.testing.SkipPostgresOnRequest;
import org.cocworkflow.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Runs every test of a subclass once on each test database (H2, and PostgreSQL unless skipped), each time on a
 * fresh, empty one that is dropped afterwards. With {@code -Dcoc.store.postgres=skip} the PostgreSQL runs show as
 * skipped.
 */
@ParameterizedClass(name = "{0}")
@FieldSource("org.cocworkflow.store.testing.TestDatabase#ALL")
@ExtendWith(SkipPostgresOnRequest.class)
abstract class OnEachDatabase implements OnDatabase {
    @Parameter
    String database;

    @Override
    public String database() {
        return database;
    }

    /** The test's database. */
    TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(database);
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }
}
