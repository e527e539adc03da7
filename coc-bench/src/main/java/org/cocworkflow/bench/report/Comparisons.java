package org.cocworkflow.bench.report;

import java.util.List;

/**
 * Every JMH comparison the report shows: our benchmark, the floor it is measured against, and the target: the
 * rules advisor's ({@link org.cocworkflow.bench.rules}), the case store's ({@link org.cocworkflow.bench.store}) and
 * the case file's ({@link org.cocworkflow.bench.casefile}). A new benchmark area adds its rows here.
 */
public final class Comparisons {
    private static final String RULES = "org.cocworkflow.bench.rules.";
    private static final String STORE = "org.cocworkflow.bench.store.";
    private static final String CASEFILE = "org.cocworkflow.bench.casefile.";
    private static final String RECORD_UNCACHED = "The same `store.record`, on a case that a second store instance on "
            + "the same database first loads with `load(id, member)` (read, chain check, decryption and replay of "
            + "its events; about 32 events a case), as when another process or a restart wrote it last: the "
            + "uncached path. Against the same plain `INSERT` and commit of one event's bytes.";

    private static final String RECORD_UNCACHED_READ = "The uncached `store.record` above, against the least database "
            + "work a load and an append need: a plain JDBC `SELECT` of the bytes of every row of a case of the same "
            + "size (its opening's, then appended events'), then the same `INSERT`, one commit. No target: it shows "
            + "how much of the uncached path is ours (chain check, decryption, parsing and the guarded replay that "
            + "reading a case requires) rather than the database's.";

    private static final String APPEND_ROW = "The same `store.append`, against the database work of the store's "
            + "design without ours: the same `INSERT` into a table with the store's event indexes, and the store's "
            + "conditional `UPDATE` of a case row of the same shape and bytes as the store's (version, head, status, "
            + "times), as the store sends them (on PostgreSQL as one statement), one commit. No target: it shows how "
            + "much of an append is the database's work for the case row the design keeps up to date, and how much "
            + "is ours (encoding with its read-back, encryption, the chain).";

    private static final String RECORD_ROW = "The same `store.record` (guards, transition, fold, append), against "
            + "the same insert and case-row update, one commit. No target.";

    /** How a target reads. */
    public enum Kind {
        /** ours divided by the floor is at most the target */
        RATIO_AT_MOST,
        /** ours divided by the floor is at least the target (throughputs) */
        RATIO_AT_LEAST,
        /** ours is at most the target, in the benchmark's unit */
        AT_MOST,
        /** no target: the ratio is reported for what it shows */
        NONE
    }

    /**
     * One comparison.
     *
     * @param title the heading
     * @param ours our benchmark's full name
     * @param floor the floor's full name
     * @param kind how the target reads
     * @param target the target
     * @param meaning a sentence on what is measured and why the floor is the floor
     */
    public record Comparison(String title, String ours, String floor, Kind kind, double target, String meaning) {
    }

    /** The comparisons, in the order of the report. */
    public static final List<Comparison> ALL = List.of(
            new Comparison("Warm advice, typical case, whole shipped edition", RULES + "AdviseBenchmark.advise",
                    RULES + "AdviseBenchmark.floor", Kind.RATIO_AT_MOST, 1.2,
                    "`advisor.advise(file, AdviceContext.at(now))` (facts, pooled session, guards, sorting) against a "
                            + "bare pooled session of the same build-time model firing the same facts into a fresh "
                            + "`Suggestions` global (no guards, no sorting, no listener). Each JVM's Drools settles "
                            + "at its own speed, up to 20 % apart on the benchmark machine, so with five forks a side "
                            + "the ratio still moves by several per cent from run to run."),
            new Comparison("Two threads on one shared advisor", RULES + "AdviseThreadsBenchmark.twoThreads",
                    RULES + "AdviseThreadsBenchmark.oneThread", Kind.RATIO_AT_LEAST, 1.8,
                    "Throughput of `advise` with `@Threads(2)` against `@Threads(1)`, one `Advisor` shared; the "
                            + "ratio is two threads' requests per second over one thread's."),
            new Comparison("Reloading an edition after an edit of one file, warm JVM", RULES
                    + "ReloadBenchmark.reload", RULES + "ReloadBenchmark.floor", Kind.AT_MOST, 300,
                    "`advisor.reload(edition)` for the shipped DRL read from a directory as an edition of its own, "
                            + "each call with the first `@why` of sanctions.drl (the largest file) changed, so that "
                            + "file is compiled again and the other ten files' packages are reused; against a bare "
                            + "`KnowledgeBuilder` compile of the whole text and `newKieBase()`, which is what every "
                            + "reload cost before. The target is absolute (ms)."),
            new Comparison("Reloading an edition after an edit of every file, warm JVM", RULES
                    + "ReloadBenchmark.reloadEveryFile", RULES + "ReloadBenchmark.floor", Kind.RATIO_AT_MOST, 1.2,
                    "`advisor.reload(edition)` with every file changed, so every file is compiled on its own and "
                            + "the packages put together: what loading a new edition costs. Against the same bare "
                            + "compile of the whole text. The 1.2 bound is ours (the issue sets no target for this "
                            + "case): compiling file by file must not make a full load much dearer."),
            new Comparison("Screening 1M registrations against 100k bans", STORE + "ScreeningBenchmark.screenAll",
                    STORE + "ScreeningBenchmark.floor", Kind.RATIO_AT_MOST, 1.5,
                    "One operation screens a batch of 1,000,000 registrations (one e-mail address each, 1 % of them "
                            + "banned) with `store.bans().screenAll(batch, at)` on an embedded store of 100,000 bans "
                            + "(its ban list in memory), so the unit is time per million registrations. The floor "
                            + "normalizes and HMAC-SHA256s each address under the same organization secret and looks "
                            + "the key up in a `HashMap` of the 100,000 banned addresses' keys; setup checks that "
                            + "both find the same bans."),
            new Comparison("Advice with the case history of 1M earlier cases", STORE
                    + "CaseHistoryBenchmark.adviseLarge", STORE + "CaseHistoryBenchmark.adviseSmall",
                    Kind.RATIO_AT_MOST, 1.3,
                    "`advisor.advise(file, context)` on the typical case with `store.history()` as the advisor's "
                            + "history, the store holding 1,000,000 earlier cases, against the same advice with a "
                            + "store of 1,000; both stores hold the same three earlier cases against the accused, so "
                            + "the advice is the same and only the size of the indexed tables differs. The sizes are "
                            + "the `largeCases` and `smallCases` parameters in the table below."),
            new Comparison("Appending one action, H2 file", STORE + "AppendBenchmark.h2Append",
                    STORE + "AppendBenchmark.h2Floor", Kind.RATIO_AT_MOST, 1.5,
                    "`store.append(current, next)` of one `record_note` on an embedded H2 store (`WRITE_DELAY=0`): "
                            + "encrypted, hash-chained, the case row's version checked and updated, committed; "
                            + "against a plain JDBC `INSERT` of the same bytes into a table of the same column "
                            + "shape in an H2 file opened with the same URL settings, committed."),
            new Comparison("Recording one action through the guards, H2 file", STORE + "AppendBenchmark.h2Record",
                    STORE + "AppendBenchmark.h2Floor", Kind.RATIO_AT_MOST, 1.5,
                    "`store.record(current, note, by, at)` on the embedded H2 store: the path an organizer's action "
                            + "takes, `Guards.apply` (the guards, the transition check and the fold) and then the "
                            + "append above, on the case file the previous call returned (cached by the store). "
                            + "Against the same plain `INSERT` and commit."),
            new Comparison("Appending one action, H2 file, against inserting and updating the case row", STORE
                    + "AppendBenchmark.h2Append", STORE + "AppendBenchmark.h2RowFloor", Kind.NONE, 0, APPEND_ROW),
            new Comparison("Recording one action through the guards, H2 file, against inserting and updating the "
                    + "case row", STORE + "AppendBenchmark.h2Record", STORE + "AppendBenchmark.h2RowFloor", Kind.NONE,
                    0, RECORD_ROW),
            new Comparison("Recording one action on a case loaded by a second store, H2 file", STORE
                    + "AppendBenchmark.h2RecordUncached", STORE + "AppendBenchmark.h2Floor", Kind.RATIO_AT_MOST, 1.5,
                    RECORD_UNCACHED),
            new Comparison("Recording one action on a case loaded by a second store, H2 file, against reading and "
                    + "inserting", STORE + "AppendBenchmark.h2RecordUncached", STORE + "AppendBenchmark.h2ReadFloor",
                    Kind.NONE, 0, RECORD_UNCACHED_READ),
            new Comparison("Appending one action, PostgreSQL", STORE + "AppendBenchmark.postgresAppend",
                    STORE + "AppendBenchmark.postgresFloor", Kind.RATIO_AT_MOST, 1.5,
                    "The same append on a store on PostgreSQL (the server in `COC_STORE_POSTGRES_URL`, or the "
                            + "throwaway cluster `bash coc-bench/run` starts), against the plain `INSERT` and commit "
                            + "of the same bytes on the same server."),
            new Comparison("Recording one action through the guards, PostgreSQL", STORE
                    + "AppendBenchmark.postgresRecord", STORE + "AppendBenchmark.postgresFloor", Kind.RATIO_AT_MOST,
                    1.5, "`store.record(current, note, by, at)` (guards, transition, fold, append) on the store on "
                            + "PostgreSQL, on the case file the previous call returned, against the plain `INSERT` "
                            + "and commit on the same server."),
            new Comparison("Appending one action, PostgreSQL, against inserting and updating the case row", STORE
                    + "AppendBenchmark.postgresAppend", STORE + "AppendBenchmark.postgresRowFloor", Kind.NONE, 0,
                    APPEND_ROW),
            new Comparison("Recording one action through the guards, PostgreSQL, against inserting and updating the "
                    + "case row", STORE + "AppendBenchmark.postgresRecord", STORE + "AppendBenchmark.postgresRowFloor",
                    Kind.NONE, 0, RECORD_ROW),
            new Comparison("Recording one action on a case loaded by a second store, PostgreSQL", STORE
                    + "AppendBenchmark.postgresRecordUncached", STORE + "AppendBenchmark.postgresFloor",
                    Kind.RATIO_AT_MOST, 1.5, RECORD_UNCACHED),
            new Comparison("Recording one action on a case loaded by a second store, PostgreSQL, against reading and "
                    + "inserting", STORE + "AppendBenchmark.postgresRecordUncached", STORE
                    + "AppendBenchmark.postgresReadFloor", Kind.NONE, 0, RECORD_UNCACHED_READ),
            new Comparison("Replaying a 10,000-event case file", CASEFILE + "ReplayBenchmark.replay10k",
                    CASEFILE + "ReplayBenchmark.parse10k", Kind.RATIO_AT_MOST, 2,
                    "`CaseFile.replay(events)` of the 10,000 events of a long case file, against parsing its JSON: "
                            + "reading the document into a tree and binding its events to `List<CaseEvent>` with "
                            + "an `ObjectMapper` built with CocJson's settings (jdk8 and jsr310 modules, the same "
                            + "read constraints and features). The case file is opened as the typical case and then "
                            + "grows by rounds of organizer actions, every one through `Guards.apply`: notes, "
                            + "messages to the victim with allowed intents, deadlines, consent granted and revoked, "
                            + "accounts, the accused invited and heard, witnesses, team members and declared "
                            + "relationships, safety assessments, gravity and the victim's requests."),
            new Comparison("Replaying 10,000 events against 1,000", CASEFILE + "ReplayBenchmark.replay10k",
                    CASEFILE + "ReplayBenchmark.replay1k", Kind.RATIO_AT_MOST, 12,
                    "The same replay of 10,000 events against the replay of the 1,000-event case file built the "
                            + "same way (the first 1,000 events of the long one): linear work would give 10."),
            new Comparison("Reading a 10,000-event case file with CocJson", CASEFILE + "ReplayBenchmark.read10k",
                    CASEFILE + "ReplayBenchmark.parse10k", Kind.NONE,
                    0, "`CocJson.readCaseFile(json)` of the same document, as an embedder reads a case file: "
                            + "parsing, the format's shape checks and the replay, against the parsing alone. No "
                            + "target; it shows what reading costs beside the replay's."),
            new Comparison("Reading 10,000 events against 1,000 with CocJson", CASEFILE + "ReplayBenchmark.read10k",
                    CASEFILE + "ReplayBenchmark.read1k", Kind.NONE, 0,
                    "`CocJson.readCaseFile` of the 10,000-event document against the 1,000-event one. No target; "
                            + "linear work would give 10."));

    private Comparisons() {
    }
}
