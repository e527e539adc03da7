package org.cocworkflow.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.guard.Verdict;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.json.internal.Bindings;
import org.cocworkflow.core.json.internal.Problems;
import org.cocworkflow.core.json.internal.Shapes;
import org.cocworkflow.core.report.Report;

/**
 * Reads and writes the library's JSON documents: reports ({@value #REPORT_FORMAT}), case files
 * ({@value #CASE_FILE_FORMAT}) and single actions ({@value #ACTION_FORMAT}).
 *
 * <p>Reading is strict and total: a document is either read whole or refused with one
 * {@link InvalidDocumentException} listing every problem by JSON path, without the offending values. Limits on
 * size, depth and string length are applied while parsing ({@link JsonLimits}). A case file is replayed event by
 * event, so an impossible case file is refused like a malformed one. Writing produces the same format, with
 * instants in ISO-8601 and absent optional values left out; reading what was written gives an equal value.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class CocJson {
    /** The format of report documents. */
    public static final String REPORT_FORMAT = "coc-report/1";
    /** The format of case-file documents. */
    public static final String CASE_FILE_FORMAT = "coc-case-file/2";
    /** The format of single-action documents, as an embedding application submits an organizer's action. */
    public static final String ACTION_FORMAT = "coc-action/2";
    /** The first version of case-file documents, still read: it lacks what version 2 added. */
    public static final String CASE_FILE_FORMAT_1 = "coc-case-file/1";
    /** The first version of action documents, still read. */
    public static final String ACTION_FORMAT_1 = "coc-action/1";

    private static final String FORMAT = "format";
    private static final String EVENTS = "events";
    private static final String ACTION = "action";
    private static final TypeReference<List<CaseEvent>> EVENT_LIST = new TypeReference<>() {
    };

    private final JsonLimits limits;
    private final ObjectMapper mapper;

    private CocJson(JsonLimits limits) {
        this.limits = limits;
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
        this.mapper = JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                // Sets keep the order they were written in, so that writing what was read gives the same text.
                .addModule(new SimpleModule("coc-sets").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Only what the types declare with @JsonProperty is part of the format; helper methods such as
                // Report.isAnonymous() are not.
                .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                        MapperFeature.AUTO_DETECT_SETTERS, MapperFeature.AUTO_DETECT_FIELDS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
    }

    /**
     * Returns a reader and writer with the default limits.
     *
     * @return the instance
     */
    public static CocJson standard() {
        return new CocJson(JsonLimits.defaults());
    }

    /**
     * Returns a reader and writer with the given limits.
     *
     * @param limits the intake limits
     * @return the instance
     */
    public static CocJson withLimits(JsonLimits limits) {
        return new CocJson(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits applied when reading.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Reads a report document.
     *
     * @param json the document
     * @return the report
     * @throws InvalidDocumentException listing every problem of the document
     */
    public Report readReport(String json) {
        Problems problems = new Problems(limits.maxProblemsListed());
        ObjectNode root = open(json, REPORT_FORMAT, problems);
        if (root != null) {
            Shapes.checkTopLevel(Report.class, root, FORMAT, problems);
        }
        Report report = problems.any() ? null : bind(withoutFormat(root), Report.class, problems);
        throwIfAny("report", problems);
        return report;
    }

    /**
     * Writes a report document.
     *
     * @param report the report
     * @return the document
     */
    public String writeReport(Report report) {
        return write(REPORT_FORMAT, mapper.valueToTree(report));
    }

    /**
     * Reads an action document, as an embedding application submits an organizer's action.
     *
     * @param json the document: the format and an {@code action} field
     * @return the action
     * @throws InvalidDocumentException listing every problem of the document
     */
    public Action readAction(String json) {
        Problems problems = new Problems(limits.maxProblemsListed());
        ObjectNode root = open(json, List.of(ACTION_FORMAT, ACTION_FORMAT_1), problems);
        JsonNode action = null;
        if (root != null) {
            action = root.get(ACTION);
            if (action == null) {
                problems.add("$." + ACTION, "required field is missing");
            } else {
                Shapes.of(Action.class).check(action, "$." + ACTION, problems);
                if (ACTION_FORMAT_1.equals(root.path(FORMAT).textValue())) {
                    Version1.checkAction(action, "$." + ACTION, problems);
                }
            }
            onlyField(root, ACTION, problems);
        }
        Action result = problems.any() ? null : bind(action, Action.class, problems);
        throwIfAny("action", problems);
        return result;
    }

    /**
     * Writes an action document.
     *
     * @param action the action
     * @return the document
     */
    public String writeAction(Action action) {
        ObjectNode body = mapper.createObjectNode();
        body.set(ACTION, mapper.valueToTree(action));
        return write(ACTION_FORMAT, body);
    }

    /**
     * Reads a case-file document and replays its events, checking each one as it was appended: the case file's
     * transitions, and the guards for every recorded action at its moment (DESIGN, "Guarded paths only").
     *
     * @param json the document: the format and the {@code events}, the opening first
     * @return the case file
     * @throws InvalidDocumentException listing every problem of the document, impossible transitions and actions
     *     the guards refuse included (by the event's position, never its content)
     */
    public CaseFile readCaseFile(String json) {
        Problems problems = new Problems(limits.maxProblemsListed());
        List<CaseEvent> list = readEvents(json, problems);
        CaseFile file = list == null ? null : replay(list, problems, CaseFile::replay);
        throwIfAny("case file", problems);
        return file;
    }

    /**
     * Reads a case-file document kept elsewhere without the guards' check of its recorded actions: the explicit
     * way to bring in legacy data ({@link CaseFile#importUnverified}). The case file's transitions are still
     * checked; the result ends with an import mark that every view and the store's verification show.
     *
     * @param json the document: the format and the {@code events}, the opening first
     * @param by the response-team member who imports the case
     * @param at when it is imported
     * @param source where the document comes from, in the importer's words
     * @return the case file with its import mark
     * @throws InvalidDocumentException listing every problem of the document, impossible transitions included
     */
    public CaseFile importCaseFile(String json, PartyId by, Instant at, Optional<String> source) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Problems problems = new Problems(limits.maxProblemsListed());
        List<CaseEvent> list = readEvents(json, problems);
        CaseFile file = list == null ? null
                : replay(list, problems, events -> CaseFile.importUnverified(events, by, at, source));
        throwIfAny("case file", problems);
        return file;
    }

    /** Parses and binds a case-file document's events; null when there are problems. */
    private List<CaseEvent> readEvents(String json, Problems problems) {
        ObjectNode root = open(json, List.of(CASE_FILE_FORMAT, CASE_FILE_FORMAT_1), problems);
        JsonNode events = null;
        if (root != null) {
            events = root.get(EVENTS);
            if (events == null) {
                problems.add("$." + EVENTS, "required field is missing");
            } else if (events.isArray() && events.size() > limits.maxEvents()) {
                problems.add("$." + EVENTS, "a case file has " + events.size() + " events, over the limit of "
                        + limits.maxEvents());
            } else {
                Shapes.of(EVENT_LIST.getType()).check(events, "$." + EVENTS, problems);
                if (events.isArray() && events.isEmpty()) {
                    problems.add("$." + EVENTS, "a case file has at least its opening event");
                }
                if (CASE_FILE_FORMAT_1.equals(root.path(FORMAT).textValue())) {
                    Version1.checkEvents(events, "$." + EVENTS, problems);
                }
            }
            onlyField(root, EVENTS, problems);
        }
        return problems.any() ? null : bind(events, EVENT_LIST, problems);
    }

    /**
     * Writes a case-file document.
     *
     * @param file the case file
     * @return the document
     */
    public String writeCaseFile(CaseFile file) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode events = body.putArray(EVENTS);
        for (CaseEvent event : file.events()) {
            JsonNode node = mapper.valueToTree(event);
            events.add(node);
        }
        return write(CASE_FILE_FORMAT, body);
    }

    /** Parses the document and checks its format field; returns the top-level object, or null if unusable. */
    private ObjectNode open(String json, String format, Problems problems) {
        return open(json, List.of(format), problems);
    }

    /**
     * Parses the document and checks its format field against the versions read, the newest first; returns the
     * top-level object, or null if unusable.
     */
    private ObjectNode open(String json, List<String> formats, Problems problems) {
        String format = formats.get(0);
        Objects.requireNonNull(json, "json");
        if (json.length() > limits.maxDocumentChars()) {
            problems.add("$", "the document has " + json.length() + " characters, over the limit of "
                    + limits.maxDocumentChars());
            return null;
        }
        JsonNode root;
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                root = mapper.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    problems.add(where(parser.currentTokenLocation()), "the document goes on after its end");
                    return null;
                }
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                problems.add(where(location), parseProblem(e));
                return null;
            }
        } catch (IOException e) {
            // Parsing an in-memory string does no I/O; closing the parser cannot fail either.
            problems.add("$", "the document could not be parsed");
            return null;
        }
        if (root == null || root.isMissingNode()) {
            problems.add("$", "the document is empty");
            return null;
        }
        if (!root.isObject()) {
            problems.add("$", "expected an object with a \"format\" field");
            return null;
        }
        JsonNode declared = root.get(FORMAT);
        if (declared == null) {
            problems.add("$." + FORMAT, "required field is missing; expected \"" + format + "\"");
        } else if (!declared.isTextual() || !formats.contains(declared.textValue())) {
            problems.add("$." + FORMAT, "unsupported format; this reader accepts " + formats.stream()
                    .map(f -> "\"" + f + "\"").collect(java.util.stream.Collectors.joining(" or ")));
            return null;
        }
        return (ObjectNode) root;
    }

    private static ObjectNode withoutFormat(ObjectNode root) {
        ObjectNode body = root.deepCopy();
        body.remove(FORMAT);
        return body;
    }

    /** Records every field of the top-level object besides the format and the one the document carries. */
    private static void onlyField(ObjectNode root, String allowed, Problems problems) {
        int position = 0;
        for (String name : (Iterable<String>) root::fieldNames) {
            position++;
            if (!name.equals(allowed) && !name.equals(FORMAT)) {
                problems.unknownField("$", position, name, List.of(FORMAT, allowed));
            }
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "$" : "$ (line " + location.getLineNr() + ", column " + location.getColumnNr()
                + ")";
    }

    /** Names the parse failure from its kind; Jackson's messages can quote the input and are never passed on. */
    private String parseProblem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "the document is nested deeper than the limit of " + limits.maxNestingDepth() + " levels";
            }
            if (message.contains("String value length")) {
                return "a string is longer than the limit of " + limits.maxStringLength() + " characters";
            }
            if (message.contains("Name length")) {
                return "a field name is longer than the limit of " + limits.maxFieldNameLength() + " characters";
            }
            if (message.contains("Number value length")) {
                return "a number has more digits than the format allows";
            }
            return "the document exceeds an intake limit";
        }
        if (message.startsWith("Duplicate field")) {
            return "an object repeats a field";
        }
        if (message.startsWith("Trailing token")) {
            return "the document goes on after its end";
        }
        return "the document is not well-formed JSON";
    }

    private <T> T bind(JsonNode node, Class<T> type, Problems problems) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            Bindings.record(e, problems);
            return null;
        } catch (IllegalArgumentException e) {
            problems.add("$", "could not be read as the format describes");
            return null;
        }
    }

    private <T> T bind(JsonNode node, TypeReference<T> type, Problems problems) {
        try {
            return mapper.readerFor(type).readValue(node);
        } catch (JsonProcessingException e) {
            Bindings.record(e, problems);
            return null;
        } catch (IOException e) {
            // Reading from an in-memory tree does no I/O; any other failure is a binding failure.
            problems.add("$", "could not be read as the format describes");
            return null;
        }
    }

    private static CaseFile replay(List<CaseEvent> events, Problems problems,
            Function<List<CaseEvent>, CaseFile> rebuild) {
        if (!(events.get(0) instanceof CaseOpened)) {
            problems.add("$.events[0]", "a case file starts with its case_opened event");
            return null;
        }
        try {
            return rebuild.apply(events);
        } catch (CaseTransitionException e) {
            problems.add("$.events[" + e.sequence().orElse(0) + "]", "impossible in this case file: "
                    + e.reason().advice());
        } catch (ActionRefusedException e) {
            Verdict.Refused verdict = e.verdict();
            problems.add("$.events[" + e.sequence().orElse(0) + "]", "refused by the " + verdict.guard()
                    + " guard at its moment: " + verdict.reason() + " (" + verdict.citation() + ")");
        }
        return null;
    }

    private String write(String format, JsonNode body) {
        ObjectNode document = mapper.createObjectNode();
        document.put(FORMAT, format);
        document.setAll((ObjectNode) body);
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            // Writing a tree of plain nodes to a string cannot fail; this would be a bug in Jackson.
            throw new IllegalStateException("could not write a JSON tree", e);
        }
    }

    private static void throwIfAny(String document, Problems problems) {
        if (problems.any()) {
            throw new InvalidDocumentException(document, problems.list());
        }
    }

}
