package org.cocworkflow.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.json.CocJson;

/**
 * The checks of invariant I9 that every case file a test builds must pass: the state is a pure function of the
 * events, replaying the events rebuilds the same file and state, and the JSON round trip is lossless.
 */
public final class CaseFileChecks {
    private static final CocJson JSON = CocJson.standard();

    private CaseFileChecks() {
    }

    /**
     * Asserts invariant I9 on a case file.
     *
     * @param file the case file
     */
    public static void assertPaperTrail(CaseFile file) {
        CaseFile replayed = CaseFile.replay(file.events());
        assertEquals(file, replayed, "I9: replaying the events gives the same case file");
        assertEquals(file.state(), replayed.state(), "I9: replaying the events gives the same state");
        CaseFile read = JSON.readCaseFile(JSON.writeCaseFile(file));
        assertEquals(file, read, "I9: the JSON round trip of the case file is lossless");
        assertEquals(file.state(), read.state(), "I9: the state read back from JSON is the same");
    }
}
