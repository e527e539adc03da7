package org.cocworkflow.bench.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.json.JsonLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replay is linear (issue 12, item 6): replaying the events of a 10,000-event case file costs at most twice parsing
 * its JSON, and replaying 10,000 events at most twelve times replaying 1,000. Public API only.
 *
 * <p>The case files are {@link LongCase}s of 1,000 and 10,000 events, every action recorded through the guards,
 * written with {@link CocJson#writeCaseFile}. <b>Parse</b> ({@link #parse10k}, the floor) reads the document into a
 * tree and binds its {@code events} to {@code List<CaseEvent>} with a Jackson {@link ObjectMapper} built with
 * CocJson's settings (the same read constraints, the jdk8 and jsr310 modules, insertion-ordered sets, strict
 * features), which is how CocJson binds a case file before replaying it. <b>Replay</b> ({@link #replay10k},
 * {@link #replay1k}) is {@link CaseFile#replay} of the bound events. <b>Read</b> ({@link #read10k}, {@link #read1k})
 * is {@link CocJson#readCaseFile}: parsing, the format's shape checks and the replay together, as an embedder
 * reads a case file. Setup checks that each path gives the case file that was written.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReplayBenchmark {
    /** The sizes compared. */
    static final int SMALL = 1_000;
    static final int LARGE = 10_000;
    private static final TypeReference<List<CaseEvent>> EVENT_LIST = new TypeReference<>() {
    };

    /** The two case files as documents and as bound events, and the readers. */
    @State(Scope.Benchmark)
    public static class Files {
        CocJson json;
        ObjectMapper mapper;
        ObjectReader events;
        String small;
        String large;
        List<CaseEvent> smallEvents;
        List<CaseEvent> largeEvents;

        /** Builds both case files, writes them, binds them, and checks that every path reads them back equal. */
        @Setup(Level.Trial)
        public void setUp() {
            CaseFile smallFile = LongCase.file(SMALL);
            CaseFile largeFile = LongCase.file(LARGE);
            // The shipped limits: the 10,000-event document has about 2.6 million characters, under the 4 million.
            json = CocJson.standard();
            mapper = mapperLike(json.limits());
            events = mapper.readerFor(EVENT_LIST);
            small = json.writeCaseFile(smallFile);
            large = json.writeCaseFile(largeFile);
            smallEvents = parse(small);
            largeEvents = parse(large);
            check(smallFile.equals(CaseFile.replay(smallEvents)) && largeFile.equals(CaseFile.replay(largeEvents)),
                    "replaying the bound events gives the case file written");
            check(smallFile.equals(json.readCaseFile(small)) && largeFile.equals(json.readCaseFile(large)),
                    "CocJson reads the case file written");
            check(largeFile.version() == LARGE && smallFile.version() == SMALL, "the case files have their sizes");
        }

        List<CaseEvent> parse(String document) {
            try {
                JsonNode root = mapper.readTree(document);
                return events.readValue(root.get("events"));
            } catch (IOException e) {
                throw new UncheckedIOException("the benchmark's case file does not parse", e);
            }
        }

        private static void check(boolean holds, String what) {
            if (!holds) {
                throw new IllegalStateException("benchmark set-up: not true that " + what);
            }
        }
    }

    /**
     * An object mapper with CocJson's settings, built from public Jackson API (CocJson keeps its own private).
     *
     * @param limits the intake limits the read constraints come from
     * @return the mapper
     */
    static ObjectMapper mapperLike(JsonLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxFieldNameLength())
                        .maxDocumentLength(limits.maxDocumentChars())
                        .maxNumberLength(40)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("coc-sets").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                        MapperFeature.AUTO_DETECT_SETTERS, MapperFeature.AUTO_DETECT_FIELDS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                        JsonInclude.Include.NON_ABSENT))
                .build();
    }

    /**
     * @param files the case files
     * @return the 10,000 bound events
     */
    @Benchmark
    public List<CaseEvent> parse10k(Files files) {
        return files.parse(files.large);
    }

    /**
     * @param files the case files
     * @return the 10,000-event case file
     */
    @Benchmark
    public CaseFile replay10k(Files files) {
        return CaseFile.replay(files.largeEvents);
    }

    /**
     * @param files the case files
     * @return the 1,000-event case file
     */
    @Benchmark
    public CaseFile replay1k(Files files) {
        return CaseFile.replay(files.smallEvents);
    }

    /**
     * @param files the case files
     * @return the 10,000-event case file
     */
    @Benchmark
    public CaseFile read10k(Files files) {
        return files.json.readCaseFile(files.large);
    }

    /**
     * @param files the case files
     * @return the 1,000-event case file
     */
    @Benchmark
    public CaseFile read1k(Files files) {
        return files.json.readCaseFile(files.small);
    }
}
