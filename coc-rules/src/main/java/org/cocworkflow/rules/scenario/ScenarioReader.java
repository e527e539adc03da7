package org.cocworkflow.rules.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.DocumentProblem;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.InvalidValueException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.screening.ImmutableScreening;
import org.cocworkflow.core.screening.ImmutableScreeningMatch;
import org.cocworkflow.core.screening.MatchStrength;
import org.cocworkflow.core.screening.Screening;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.OrganizationSettings;
import org.cocworkflow.rules.SupportService;
import org.cocworkflow.rules.screening.Recommendation;

/**
 * Reads {@code coc-scenario/1} files strictly: an unknown field, a wrong type or a missing requirement is a
 * problem with its JSON path, and every problem of a file is reported at once. Reports and actions inside a
 * scenario are read by {@link CocJson}, with the same checks as anywhere else.
 */
final class ScenarioReader {
    static final String FORMAT = "coc-scenario/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    /**
     * What a present or absent pattern may name: a suggestion's (with the rules whose waiting actions it serves,
     * {@code waitingRules}), a decision option's ({@code option}), or an action waiting for consent's
     * ({@code waiting}).
     */
    private static final Set<String> SUGGESTION_FIELDS = Set.of("rule", "priority", "action", "deadline", "option",
            "waiting", "waitingRules");

    private final String file;
    private final CocJson json = CocJson.standard();
    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Map<String, JsonNode> reports = new HashMap<>();
    private final Map<String, JsonNode> stepLists = new HashMap<>();
    private final Map<String, Optional<Report>> readReports = new HashMap<>();

    private ScenarioReader(String file) {
        this.file = file;
    }

    /**
     * Reads one scenario file.
     *
     * @param file the file's name, for messages
     * @param text its text
     * @return its scenarios
     * @throws InvalidDocumentException listing every problem
     */
    static List<Scenario> read(String file, String text) {
        ScenarioReader reader = new ScenarioReader(file);
        List<Scenario> scenarios = reader.file(text);
        if (!reader.problems.isEmpty()) {
            throw new InvalidDocumentException("scenario file " + file, reader.problems);
        }
        return scenarios;
    }

    private List<Scenario> file(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            problem("$", "the file is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
            return List.of();
        }
        if (!fields(root, "$", Set.of("format", "reports", "stepLists", "scenarios"), Set.of("format", "scenarios"))) {
            return List.of();
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            problem("$.format", "expected \"" + FORMAT + "\"");
        }
        named(root.get("reports"), "$.reports", reports);
        named(root.get("stepLists"), "$.stepLists", stepLists);
        List<Scenario> scenarios = new ArrayList<>();
        JsonNode list = root.get("scenarios");
        if (!list.isArray() || list.isEmpty()) {
            problem("$.scenarios", "expected an array of at least one scenario");
            return scenarios;
        }
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.scenarios[" + i + "]";
            Scenario scenario = scenario(list.get(i), path);
            if (scenario != null && !names.add(scenario.name())) {
                problem(path + ".name", "another scenario of this file has the same name");
            } else if (scenario != null) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }

    private void named(JsonNode node, String path, Map<String, JsonNode> into) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            problem(path, "expected an object of named entries");
            return;
        }
        node.properties().forEach(e -> into.put(e.getKey(), e.getValue()));
    }

    private Scenario scenario(JsonNode node, String path) {
        Set<String> allowed = Set.of("name", "kind", "now", "phase", "organization", "history", "case", "cases",
                "screening", "expect");
        boolean complete = fields(node, path, allowed, Set.of("name", "now", "expect"));
        if (!node.isObject()) {
            return null;
        }
        String name = text(node, path, "name").orElse("");
        ScenarioKind kind = enumValue(node, path, "kind", ScenarioKind.class).orElse(ScenarioKind.ADVISE);
        Instant now = instant(node, path, "now").orElse(Instant.EPOCH);
        EventPhase phase = enumValue(node, path, "phase", EventPhase.class).orElse(EventPhase.NO_EVENT);
        OrganizationSettings organization = organization(node.get("organization"), path + ".organization");
        List<ScenarioSpec.KnownCase> prior = new ArrayList<>();
        List<ScenarioSpec.KnownBan> bans = new ArrayList<>();
        List<ScenarioSpec.KnownMatch> elsewhere = new ArrayList<>();
        history(node.get("history"), path + ".history", prior, bans, elsewhere);
        List<ScenarioSpec.CaseSpec> cases = new ArrayList<>();
        Optional<Screening> screening = Optional.empty();
        switch (kind) {
            case ADVISE -> {
                require(node, path, "case", kind);
                forbid(node, path, kind, "cases", "screening");
                if (node.has("case")) {
                    caseSpec(node.get("case"), path + ".case", now).ifPresent(cases::add);
                }
            }
            case EVALUATE -> {
                require(node, path, "cases", kind);
                forbid(node, path, kind, "case", "screening");
                JsonNode list = node.get("cases");
                if (list != null && list.isArray()) {
                    for (int i = 0; i < list.size(); i++) {
                        caseSpec(list.get(i), path + ".cases[" + i + "]", now).ifPresent(cases::add);
                    }
                } else if (list != null) {
                    problem(path + ".cases", "expected an array of cases");
                }
            }
            case SCREEN -> {
                require(node, path, "screening", kind);
                forbid(node, path, kind, "case", "cases");
                if (node.has("screening")) {
                    screening = screening(node.get("screening"), path + ".screening", now);
                }
            }
            case PREPARE -> forbid(node, path, kind, "case", "cases", "screening");
        }
        ScenarioSpec.Expectations expect = node.has("expect")
                ? expectations(node.get("expect"), path + ".expect", kind) : null;
        if (expect == null || !complete) {
            return null;
        }
        return new Scenario(file, name, kind, new ScenarioSpec(now, phase, organization, prior, bans, elsewhere, cases,
                screening, expect));
    }

    // ------------------------------------------------------------------------------------------------ inputs

    private Optional<ScenarioSpec.CaseSpec> caseSpec(JsonNode node, String path, Instant now) {
        if (!fields(node, path, Set.of("caseId", "report", "receivedBy", "openedAt", "appealContact", "event",
                "steps"), Set.of("report"))) {
            return Optional.empty();
        }
        Optional<CaseId> caseId = id(node, path, "caseId", CaseId::of);
        Optional<Party> receivedBy = receiver(node.get("receivedBy"), path + ".receivedBy");
        Report report = report(node.get("report"), path + ".report");
        Optional<Instant> openedAt = instant(node, path, "openedAt");
        Optional<String> appealContact = text(node, path, "appealContact");
        Optional<EventWindow> event = Optional.empty();
        JsonNode window = node.get("event");
        if (window != null && report != null) {
            if (fields(window, path + ".event", Set.of("start", "end"), Set.of("start", "end"))) {
                Optional<Instant> start = instant(window, path + ".event", "start");
                Optional<Instant> end = instant(window, path + ".event", "end");
                if (start.isPresent() && end.isPresent()) {
                    try {
                        event = Optional.of(EventWindow.of(report.space().eventId().orElse("event"), start.get(),
                                end.get()));
                    } catch (InvalidValueException e) {
                        problem(path + ".event", e.getMessage());
                    }
                }
            }
        }
        List<ScenarioSpec.Step> steps = new ArrayList<>();
        JsonNode list = node.get("steps");
        if (list != null) {
            if (list.isArray()) {
                steps(list, path + ".steps", steps, new ArrayList<>());
            } else {
                problem(path + ".steps", "expected an array of steps");
            }
        }
        if (report == null) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioSpec.CaseSpec(path, caseId.orElse(CaseId.of("case-1")), report,
                receivedBy.orElseGet(() -> Party.builder().id(PartyId.of("team-1"))
                        .addRoles(CaseRole.RESPONSE_TEAM_MEMBER).addStandings(Standing.RESPONSE_TEAM_MEMBER).build()),
                openedAt.orElse(report.receivedAt().plusSeconds(300)), appealContact, event, steps));
    }

    /** The member who receives the report: a party id, or a party object (to make them a mandatory reporter). */
    private Optional<Party> receiver(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            try {
                return Optional.of(Party.builder().id(PartyId.of(node.asText())).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                        .addStandings(Standing.RESPONSE_TEAM_MEMBER).build());
            } catch (InvalidValueException e) {
                problem(path, e.getMessage());
                return Optional.empty();
            }
        }
        if (!node.isObject()) {
            problem(path, "expected a party id or a party object");
            return Optional.empty();
        }
        ObjectNode member = ((ObjectNode) node).deepCopy();
        if (!member.has("roles")) {
            member.putArray("roles").add(CaseRole.RESPONSE_TEAM_MEMBER.name());
        }
        ObjectNode action = MAPPER.createObjectNode().put("type", "add_team_member");
        action.set("member", member);
        // A party object is read as the member of an add_team_member action, with the same checks.
        return action(action, path).map(a -> ((Action.AddTeamMember) a).member());
    }

    private Report report(JsonNode node, String path) {
        if (node != null && node.isTextual()) {
            String name = node.asText();
            if (!reports.containsKey(name)) {
                problem(path, "no report of that name in this file's \"reports\"");
                return null;
            }
            // A named report is read once, so its problems are listed once however often it is used.
            return readReports.computeIfAbsent(name, n -> Optional.ofNullable(report(reports.get(n),
                    "$.reports." + n))).orElse(null);
        }
        JsonNode body = node;
        String where = path;
        if (body == null || !body.isObject()) {
            problem(path, "expected a report (the fields of coc-report/1) or the name of one in \"reports\"");
            return null;
        }
        ObjectNode document = ((ObjectNode) body).deepCopy();
        document.put("format", CocJson.REPORT_FORMAT);
        try {
            return json.readReport(document.toString());
        } catch (InvalidDocumentException e) {
            relocate(e, where);
            return null;
        }
    }

    /** Expands a list of steps; a string names a list of {@code stepLists}, which may name others in turn. */
    private void steps(JsonNode list, String path, List<ScenarioSpec.Step> into, List<String> expanding) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String itemPath = path + "[" + i + "]";
            if (item.isTextual()) {
                String name = item.asText();
                JsonNode named = stepLists.get(name);
                if (named == null || !named.isArray()) {
                    problem(itemPath, "no step list of that name in this file's \"stepLists\"");
                } else if (expanding.contains(name)) {
                    problem(itemPath, "the step list refers to itself");
                } else {
                    expanding.add(name);
                    steps(named, "$.stepLists." + name, into, expanding);
                    expanding.remove(expanding.size() - 1);
                }
            } else if (item.isObject() && item.has("type")) {
                boolean latest = latestMeeting(item);
                action(item, itemPath).ifPresent(a -> into.add(new ScenarioSpec.Step(itemPath, a, Optional.empty(),
                        Optional.empty(), latest)));
            } else if (item.isObject()) {
                if (fields(item, itemPath, Set.of("action", "at", "by"), Set.of("action"))) {
                    Optional<Instant> at = instant(item, itemPath, "at");
                    Optional<PartyId> by = id(item, itemPath, "by", PartyId::of);
                    boolean latest = item.get("action").isObject() && latestMeeting(item.get("action"));
                    action(item.get("action"), itemPath + ".action").ifPresent(a -> into.add(
                            new ScenarioSpec.Step(itemPath, a, at, by, latest)));
                }
            } else {
                problem(itemPath, "expected an action (an object with a \"type\"), {\"action\", \"at\", \"by\"}, "
                        + "or the name of a step list");
            }
        }
    }

    /** Tells whether a decision step names the latest meeting instead of a sequence number. */
    private static boolean latestMeeting(JsonNode action) {
        JsonNode meeting = action.get("meeting");
        return "record_decision".equals(action.path("type").asText()) && meeting != null && meeting.isTextual()
                && meeting.asText().equals("latest");
    }

    private Optional<Action> action(JsonNode node, String path) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("format", CocJson.ACTION_FORMAT);
        JsonNode body = node;
        if (node.isObject() && latestMeeting(node)) {
            // "latest" is resolved when the step is taken; the action itself is read without it.
            body = node.deepCopy();
            ((ObjectNode) body).remove("meeting");
        }
        document.set("action", body);
        try {
            return Optional.of(json.readAction(document.toString()));
        } catch (InvalidDocumentException e) {
            for (DocumentProblem p : e.problems()) {
                String inner = p.path().startsWith("$.action") ? p.path().substring("$.action".length())
                        : p.path().substring(1);
                problem(path + inner, p.problem());
            }
            return Optional.empty();
        }
    }

    private OrganizationSettings organization(JsonNode node, String path) {
        if (node == null) {
            return OrganizationSettings.none();
        }
        if (!fields(node, path, Set.of("globalOrganizationContact", "globalOrganizationAlternativeContact",
                "escalationContact", "appealContact", "attendeeConcernsContact", "emergencyResources",
                "confidentialServices", "reportingFormPublished", "responseTeamNamed"), Set.of())) {
            return OrganizationSettings.none();
        }
        return OrganizationSettings.builder()
                .globalOrganizationContact(text(node, path, "globalOrganizationContact"))
                .globalOrganizationAlternativeContact(text(node, path, "globalOrganizationAlternativeContact"))
                .escalationContact(text(node, path, "escalationContact"))
                .appealContact(text(node, path, "appealContact"))
                .attendeeConcernsContact(text(node, path, "attendeeConcernsContact"))
                .addAllEmergencyResources(services(node, path, "emergencyResources"))
                .addAllConfidentialServices(services(node, path, "confidentialServices"))
                .reportingFormPublished(bool(node, path, "reportingFormPublished"))
                .responseTeamNamed(bool(node, path, "responseTeamNamed"))
                .build();
    }

    private List<SupportService> services(JsonNode node, String path, String field) {
        List<SupportService> services = new ArrayList<>();
        each(node, path, field, (item, p) -> {
            if (!fields(item, p, Set.of("name", "contact", "offers", "hours"), Set.of("name", "contact", "offers"))) {
                return;
            }
            Optional<String> name = text(item, p, "name");
            Optional<String> contact = text(item, p, "contact");
            Optional<String> offers = text(item, p, "offers");
            Optional<String> hours = text(item, p, "hours");
            if (name.isEmpty() || contact.isEmpty() || offers.isEmpty() || name.get().isBlank()
                    || contact.get().isBlank() || offers.get().isBlank() || hours.map(String::isBlank).orElse(false)) {
                problem(p, "a support service has a name, a contact and what it offers, and optionally its hours, "
                        + "none of them blank");
                return;
            }
            services.add(hours.map(h -> SupportService.of(name.get(), contact.get(), offers.get(), h))
                    .orElseGet(() -> SupportService.of(name.get(), contact.get(), offers.get())));
        });
        return services;
    }

    private void history(JsonNode node, String path, List<ScenarioSpec.KnownCase> prior,
            List<ScenarioSpec.KnownBan> bans, List<ScenarioSpec.KnownMatch> elsewhere) {
        if (node == null || !fields(node, path, Set.of("priorCases", "activeBans", "matchesElsewhere"), Set.of())) {
            return;
        }
        each(node, path, "matchesElsewhere", (item, p) -> {
            if (fields(item, p, Set.of("matchedBy", "otherChapters", "since", "told"),
                    Set.of("matchedBy", "otherChapters", "since", "told"))) {
                Optional<ScenarioSpec.Match> match = match(item.get("matchedBy"), p + ".matchedBy");
                Optional<Instant> since = instant(item, p, "since");
                JsonNode chapters = item.get("otherChapters");
                if (!chapters.canConvertToInt() || !chapters.isIntegralNumber() || chapters.asInt() < 1) {
                    problem(p + ".otherChapters", "expected a whole number of at least 1");
                    return;
                }
                boolean told = bool(item, p, "told");
                if (match.isPresent() && since.isPresent()) {
                    elsewhere.add(new ScenarioSpec.KnownMatch(match.get(), chapters.asInt(), since.get(), told));
                }
            }
        });
        each(node, path, "priorCases", (item, p) -> {
            if (fields(item, p, Set.of("caseId", "matchedBy", "openedAt", "finding", "sanctions"),
                    Set.of("caseId", "matchedBy", "openedAt"))) {
                Optional<CaseId> caseId = id(item, p, "caseId", CaseId::of);
                Optional<ScenarioSpec.Match> match = match(item.get("matchedBy"), p + ".matchedBy");
                Optional<Instant> openedAt = instant(item, p, "openedAt");
                Optional<Finding> finding = enumValue(item, p, "finding", Finding.class);
                List<Sanction> sanctions = enumList(item, p, "sanctions", Sanction.class);
                if (caseId.isPresent() && match.isPresent() && openedAt.isPresent()) {
                    prior.add(new ScenarioSpec.KnownCase(caseId.get(), match.get(), openedAt.get(), finding,
                            sanctions));
                }
            }
        });
        each(node, path, "activeBans", (item, p) -> {
            if (fields(item, p, Set.of("caseId", "matchedBy", "until", "scopes"), Set.of("caseId", "matchedBy"))) {
                Optional<CaseId> caseId = id(item, p, "caseId", CaseId::of);
                Optional<ScenarioSpec.Match> match = match(item.get("matchedBy"), p + ".matchedBy");
                Optional<Instant> until = instant(item, p, "until");
                List<String> scopes = textList(item, p, "scopes");
                if (caseId.isPresent() && match.isPresent()) {
                    bans.add(new ScenarioSpec.KnownBan(caseId.get(), match.get(), until, scopes));
                }
            }
        });
    }

    private Optional<ScenarioSpec.Match> match(JsonNode node, String path) {
        if (!fields(node, path, Set.of("email", "handle", "service", "name"), Set.of())) {
            return Optional.empty();
        }
        Optional<String> email = text(node, path, "email");
        Optional<String> handle = text(node, path, "handle");
        Optional<String> service = text(node, path, "service");
        Optional<String> name = text(node, path, "name");
        int given = (email.isPresent() ? 1 : 0) + (handle.isPresent() ? 1 : 0) + (name.isPresent() ? 1 : 0);
        if (given != 1 || handle.isPresent() != service.isPresent()) {
            problem(path, "give exactly one of \"email\", \"handle\" with \"service\", or \"name\"");
            return Optional.empty();
        }
        return Optional.of(email.map(e -> new ScenarioSpec.Match("email", e, ""))
                .or(() -> handle.map(h -> new ScenarioSpec.Match("handle", h, service.get())))
                .orElseGet(() -> new ScenarioSpec.Match("name", name.get(), "")));
    }

    private Optional<Screening> screening(JsonNode node, String path, Instant now) {
        if (!fields(node, path, Set.of("eventId", "matches"), Set.of())) {
            return Optional.empty();
        }
        ImmutableScreening.BuildFinal screening = ImmutableScreening.builder().at(now)
                .eventId(text(node, path, "eventId"));
        each(node, path, "matches", (item, p) -> {
            if (fields(item, p, Set.of("caseRef", "strength", "until", "scopes"), Set.of("caseRef", "strength"))) {
                Optional<CaseId> caseRef = id(item, p, "caseRef", CaseId::of);
                Optional<MatchStrength> strength = enumValue(item, p, "strength", MatchStrength.class);
                Optional<Instant> until = instant(item, p, "until");
                List<String> scopes = textList(item, p, "scopes");
                if (caseRef.isPresent() && strength.isPresent()) {
                    screening.addMatches(ImmutableScreeningMatch.builder().caseRef(caseRef.get())
                            .strength(strength.get()).until(until).addAllScopes(scopes).build());
                }
            }
        });
        return Optional.of(screening.build());
    }

    // ---------------------------------------------------------------------------------------------- expectations

    private ScenarioSpec.Expectations expectations(JsonNode node, String path, ScenarioKind kind) {
        Set<String> allowed = switch (kind) {
            case ADVISE -> Set.of("present", "absent", "fired", "notFired", "defects", "retention", "notes",
                    "absentNotes");
            case SCREEN -> Set.of("recommendation", "fired", "notFired");
            case PREPARE, EVALUATE -> Set.of("notes", "absentNotes", "fired", "notFired");
        };
        if (!fields(node, path, allowed, Set.of())) {
            return null;
        }
        if (node.size() == 0) {
            problem(path, "expect at least one thing; a scenario that expects nothing cannot fail");
        }
        List<JsonNode> present = patterns(node, path, "present", SUGGESTION_FIELDS);
        List<JsonNode> absent = patterns(node, path, "absent", SUGGESTION_FIELDS);
        List<JsonNode> notes = patterns(node, path, "notes", Set.of("rule", "cases", "details"));
        Optional<Integer> defects = Optional.empty();
        if (node.has("defects")) {
            if (node.get("defects").canConvertToInt() && node.get("defects").asInt() >= 0) {
                defects = Optional.of(node.get("defects").asInt());
            } else {
                problem(path + ".defects", "expected a count, 0 or more");
            }
        }
        Optional<Optional<RetentionClass>> retention = Optional.empty();
        if (node.has("retention")) {
            retention = "NONE".equals(node.get("retention").asText()) ? Optional.of(Optional.empty())
                    : Optional.of(enumValue(node, path, "retention", RetentionClass.class));
        }
        return new ScenarioSpec.Expectations(present, absent, textList(node, path, "fired"),
                textList(node, path, "notFired"), defects, retention,
                enumValue(node, path, "recommendation", Recommendation.class), notes,
                textList(node, path, "absentNotes"));
    }

    private List<JsonNode> patterns(JsonNode node, String path, String field, Set<String> allowed) {
        List<JsonNode> patterns = new ArrayList<>();
        each(node, path, field, (item, p) -> {
            if (fields(item, p, allowed, Set.of()) && item.size() > 0) {
                patterns.add(item);
            } else if (item.isObject()) {
                problem(p, "an empty pattern matches anything; name at least one of " + sorted(allowed));
            }
        });
        return patterns;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private interface ItemReader {
        void read(JsonNode item, String path);
    }

    private void each(JsonNode node, String path, String field, ItemReader reader) {
        JsonNode list = node.get(field);
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            problem(path + "." + field, "expected an array");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            reader.read(list.get(i), path + "." + field + "[" + i + "]");
        }
    }

    /** Checks an object's fields; false if it is not an object or lacks a required field. */
    private boolean fields(JsonNode node, String path, Set<String> allowed, Set<String> required) {
        if (node == null || !node.isObject()) {
            problem(path, "expected an object");
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(path + "." + name, "not part of the format here; expected one of " + sorted(allowed));
            }
        }
        boolean complete = true;
        for (String name : sorted(required)) {
            if (!node.hasNonNull(name)) {
                problem(path + "." + name, "required field is missing");
                complete = false;
            }
        }
        return complete;
    }

    private void require(JsonNode node, String path, String field, ScenarioKind kind) {
        if (!node.has(field)) {
            problem(path + "." + field, "required for a " + kind + " scenario");
        }
    }

    private void forbid(JsonNode node, String path, ScenarioKind kind, String... fields) {
        for (String field : fields) {
            if (node.has(field)) {
                problem(path + "." + field, "not used by a " + kind + " scenario");
            }
        }
    }

    private Optional<String> text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path + "." + field, "expected a non-blank string");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private boolean bool(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isBoolean()) {
            problem(path + "." + field, "expected true or false");
        }
        return value != null && value.asBoolean();
    }

    private List<String> textList(JsonNode node, String path, String field) {
        List<String> texts = new ArrayList<>();
        each(node, path, field, (item, p) -> {
            if (item.isTextual() && !item.asText().isBlank()) {
                texts.add(item.asText());
            } else {
                problem(p, "expected a non-blank string");
            }
        });
        return texts;
    }

    private Optional<Instant> instant(JsonNode node, String path, String field) {
        return text(node, path, field).flatMap(t -> {
            try {
                return Optional.of(Instant.parse(t));
            } catch (DateTimeParseException e) {
                problem(path + "." + field, "expected an ISO-8601 instant in UTC, such as 2026-06-12T22:40:00Z");
                return Optional.empty();
            }
        });
    }

    private <T> Optional<T> id(JsonNode node, String path, String field, java.util.function.Function<String, T> of) {
        return text(node, path, field).flatMap(t -> {
            try {
                return Optional.of(of.apply(t));
            } catch (InvalidValueException e) {
                problem(path + "." + field, e.getMessage());
                return Optional.empty();
            }
        });
    }

    private <E extends Enum<E>> Optional<E> enumValue(JsonNode node, String path, String field, Class<E> type) {
        return text(node, path, field).flatMap(t -> enumOf(t, path + "." + field, type));
    }

    private <E extends Enum<E>> List<E> enumList(JsonNode node, String path, String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        each(node, path, field, (item, p) -> enumOf(item.asText(), p, type).ifPresent(values::add));
        return values;
    }

    private <E extends Enum<E>> Optional<E> enumOf(String text, String path, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        problem(path, "expected one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return Optional.empty();
    }

    private void relocate(InvalidDocumentException e, String path) {
        for (DocumentProblem p : e.problems()) {
            problem(path + p.path().substring(1), p.problem());
        }
    }

    private void problem(String path, String what) {
        problems.add(new DocumentProblem(path, what));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
