package org.cocworkflow.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link OnEachDatabase} with a store open on the database, with the fixtures' keys and options. */
abstract class OnEachStore extends OnEachDatabase {
    /** The test's store, closed after the test. */
    CaseStore store;

    @BeforeEach
    void openStore() {
        store = db.open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
