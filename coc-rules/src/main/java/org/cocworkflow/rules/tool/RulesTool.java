package org.cocworkflow.rules.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocworkflow.core.DocumentProblem;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.DecisionOption;
import org.cocworkflow.rules.Note;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.rules.Note;
import org.cocworkflow.rules.RuleDefect;
import org.cocworkflow.rules.RuleFault;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.WaitingForConsent;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.scenario.Scenario;
import org.cocworkflow.rules.scenario.ScenarioReport;
import org.cocworkflow.rules.scenario.ScenarioResult;
import org.cocworkflow.rules.scenario.ScenarioRunner;
import org.cocworkflow.rules.scenario.Scenarios;

/**
 * The command-line tool for rule authors (see {@code docs/rule-authoring.md}). Output is for people unless
 * {@code --json} is given. Exit status: 0 when all is well, 1 when a check or a scenario failed or an input
 * could not be read, 2 when the command was used wrongly.
 */
public final class RulesTool {
    /** All went well. */
    public static final int OK = 0;
    /** A check or a scenario failed, or an input could not be read. */
    public static final int FAILED = 1;
    /** The command was used wrongly. */
    public static final int USAGE = 2;

    private static final String HELP = """
            usage: coc-rules <command> [options]

              advise <case.json | report.json> [--edition DIR]... [--now INSTANT] [--phase PHASE] [--json]
                  advise on a case file (coc-case-file/2 or /1), or on a report (coc-report/1) opened as a new case
                  under the edition in force at its incident; --phase is BEFORE_EVENT, DURING_EVENT,
                  AFTER_EVENT or NO_EVENT (default)
              check <edition-dir> [--json]
                  compile an edition and list every problem with its file and line
              test (<edition-dir> | --shipped) [scenario files or directories]... [--require-coverage] [--json]
                  run the edition's scenarios (and the shipped ones it builds on) and report rule coverage;
                  --require-coverage also fails when a rule has no scenario
              help
                  show this text
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final CocJson json = CocJson.standard();

    private RulesTool(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command and its options
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemUTC()));
    }

    /**
     * Runs the tool.
     *
     * @param args the command and its options
     * @param out where results go
     * @param err where usage errors go
     * @param clock the clock that gives {@code now} when {@code --now} is not given
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        RulesTool tool = new RulesTool(out, err, clock);
        try {
            Arguments arguments = Arguments.parse(args);
            return switch (arguments.command()) {
                case "advise" -> tool.advise(arguments);
                case "check" -> tool.check(arguments);
                case "test" -> tool.test(arguments);
                case "help", "--help", "-h" -> {
                    out.print(HELP);
                    yield OK;
                }
                default -> throw new UsageException("unknown command \"" + arguments.command() + "\"");
            };
        } catch (UsageException e) {
            err.println("coc-rules: " + e.getMessage());
            err.print(HELP);
            return USAGE;
        } catch (EditionException e) {
            tool.problems(e.getMessage(), e.problems().stream().map(p -> p.file() + ":" + p.line() + ": "
                    + p.message()).toList(), args);
            return FAILED;
        } catch (InvalidDocumentException e) {
            tool.problems(e.getMessage().lines().findFirst().orElse("invalid document"),
                    e.problems().stream().map(DocumentProblem::toString).toList(), args);
            return FAILED;
        } catch (UncheckedIOException e) {
            tool.problems("could not read a file: " + e.getCause().getMessage(), List.of(), args);
            return FAILED;
        }
    }

    // ------------------------------------------------------------------------------------------------ advise

    private int advise(Arguments arguments) {
        Path input = arguments.onePath("advise needs one case or report file");
        List<Edition> editions = new ArrayList<>();
        editions.add(Editions.shipped());
        for (String directory : arguments.values("--edition")) {
            Edition edition = Editions.fromDirectory(Path.of(directory));
            editions.removeIf(e -> e.id().equals(edition.id()));
            editions.add(edition);
        }
        Instant now = arguments.value("--now").map(RulesTool::instant).orElseGet(clock::instant);
        Optional<EventPhase> phase = arguments.value("--phase").map(RulesTool::phase);
        String text = read(input);
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addAllEditions(editions).clock(clock)
                .build())) {
            CaseFile file = caseFile(text, advisor);
            AdviceContext context = AdviceContext.at(now);
            Advice advice = advisor.advise(file, phase.map(context::during).orElse(context));
            if (arguments.json()) {
                out.println(write(adviceJson(advice)));
            } else {
                printAdvice(advice);
            }
            return advice.defects().isEmpty() && advice.complete() ? OK : FAILED;
        }
    }

    private CaseFile caseFile(String text, Advisor advisor) {
        String format = format(text);
        if (CocJson.CASE_FILE_FORMAT.equals(format) || CocJson.CASE_FILE_FORMAT_1.equals(format)) {
            return json.readCaseFile(text);
        }
        if (!CocJson.REPORT_FORMAT.equals(format)) {
            throw new UsageException("the file is neither a case file (" + CocJson.CASE_FILE_FORMAT + ") nor a report ("
                    + CocJson.REPORT_FORMAT + ")");
        }
        Report report = json.readReport(text);
        Party receiver = Party.builder().id(PartyId.of("team-1")).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                .addStandings(Standing.RESPONSE_TEAM_MEMBER).build();
        return CaseFile.open(CaseOpened.builder().at(report.receivedAt()).caseId(CaseId.of("new-case"))
                .edition(advisor.editionFor(report)).report(report).receivedBy(receiver).build());
    }

    private void printAdvice(Advice advice) {
        out.println("case " + advice.caseId() + " under edition " + advice.edition() + ", at " + advice.now()
                + " (" + advice.phase() + ")");
        if (advice.suggestions().isEmpty()) {
            out.println("no suggestions");
        }
        int n = 0;
        for (Suggestion s : advice.suggestions()) {
            out.println();
            out.println(++n + ". " + s.priority() + "  " + s.action().summary()
                    + s.deadline().map(d -> "  (by " + d + ")").orElse(""));
            out.println("   why:  " + s.reason());
            out.println("   rule: " + s.rule() + " [" + s.citation() + "]");
            s.flags().forEach(f -> out.println("   look: " + f.note()));
            if (!s.waitingRules().isEmpty()) {
                out.println("   for:  the waiting action of " + s.waitingRules().stream().map(r -> "\"" + r + "\"")
                        .collect(Collectors.joining(", ")));
            }
        }
        if (!advice.waitingForConsent().isEmpty()) {
            out.println("\nwaiting for consent (not to be taken until it is recorded; the suggestions ask for it):");
            for (WaitingForConsent w : advice.waitingForConsent()) {
                out.println("  - " + w.priority() + "  " + w.action().summary() + w.deadline().map(d -> "  (by " + d
                        + ")").orElse(""));
                out.println("    needs: the consent of " + w.holders().stream().map(PartyId::value)
                        .collect(Collectors.joining(", ")) + " for " + w.recipient()
                        + (w.asked().isEmpty() ? "" : "; asked already: " + w.asked().stream().map(PartyId::value)
                                .collect(Collectors.joining(", "))));
                out.println("    why:   " + w.reason());
                out.println("    rule:  " + w.rule() + " [" + w.citation() + "]");
            }
        }
        if (!advice.options().isEmpty()) {
            out.println("\noptions for the response meeting, which decides and records its own decision:");
            for (DecisionOption o : advice.options()) {
                out.println("  - " + o.finding() + o.sanctions().stream().map(i -> ": " + i.sanction() + " on "
                        + i.on() + i.until().map(u -> " until " + u).orElse("")).collect(Collectors.joining()));
                out.println("    why:  " + o.reason());
                out.println("    rule: " + o.rule() + " [" + o.citation() + "]");
            }
        }
        if (!advice.notes().isEmpty()) {
            out.println("\nnotes for the team, which the case file does not record:");
            for (Note note : advice.notes()) {
                out.println("  - " + note.reason());
                note.details().forEach(d -> out.println("    hand over: " + d));
                out.println("    rule: " + note.rule() + " [" + note.citation() + "]");
            }
        }
        advice.retention().ifPresent(r -> out.println("\nretention class of the outcome: " + r));
        if (!advice.defects().isEmpty()) {
            out.println("\nrule defects (suggestions the guards refused; these rules need fixing):");
            for (RuleDefect d : advice.defects()) {
                out.println("  rule \"" + d.rule() + "\" suggested " + d.actionType() + ", refused by the " + d.guard()
                        + " guard: " + d.reason());
            }
        }
        if (!advice.complete()) {
            out.println("\nTHE ADVICE IS INCOMPLETE: the rules did not finish, so suggestions may be missing:");
            advice.faults().forEach(f -> out.println("  " + f.describe()));
        }
    }

    private ObjectNode adviceJson(Advice advice) {
        ObjectNode root = mapper.createObjectNode();
        root.put("caseId", advice.caseId().value());
        root.put("edition", advice.edition().value());
        root.put("now", advice.now().toString());
        root.put("phase", advice.phase().name());
        ArrayNode suggestions = root.putArray("suggestions");
        for (Suggestion s : advice.suggestions()) {
            ObjectNode node = suggestions.addObject();
            node.put("priority", s.priority().name());
            node.set("action", tree(json.writeAction(s.action())).get("action"));
            node.put("summary", s.action().summary());
            node.put("reason", s.reason());
            node.put("rule", s.rule());
            node.put("citation", s.citation());
            s.deadline().ifPresent(d -> node.put("deadline", d.toString()));
            if (!s.waitingRules().isEmpty()) {
                s.waitingRules().forEach(node.putArray("waitingRules")::add);
            }
        }
        ArrayNode waiting = root.putArray("waitingForConsent");
        for (WaitingForConsent w : advice.waitingForConsent()) {
            ObjectNode node = waiting.addObject();
            node.put("priority", w.priority().name());
            node.set("action", tree(json.writeAction(w.action())).get("action"));
            node.put("summary", w.action().summary());
            node.put("recipient", w.recipient().name());
            ArrayNode holders = node.putArray("holders");
            w.holders().forEach(h -> holders.add(h.value()));
            ArrayNode asked = node.putArray("asked");
            w.asked().forEach(h -> asked.add(h.value()));
            node.put("reason", w.reason());
            node.put("rule", w.rule());
            node.put("citation", w.citation());
            w.deadline().ifPresent(d -> node.put("deadline", d.toString()));
        }
        ArrayNode options = root.putArray("options");
        for (DecisionOption o : advice.options()) {
            ObjectNode node = options.addObject().put("finding", o.finding().name());
            ArrayNode sanctions = node.putArray("sanctions");
            for (ImposedSanction i : o.sanctions()) {
                ObjectNode entry = sanctions.addObject().put("sanction", i.sanction().name()).put("on", i.on().value());
                i.until().ifPresent(u -> entry.put("until", u.toString()));
            }
            node.put("reason", o.reason());
            node.put("rule", o.rule());
            node.put("citation", o.citation());
        }
        ArrayNode notes = root.putArray("notes");
        for (Note note : advice.notes()) {
            ObjectNode node = notes.addObject().put("reason", note.reason()).put("rule", note.rule())
                    .put("citation", note.citation());
            note.details().forEach(node.putArray("details")::add);
        }
        ArrayNode defects = root.putArray("defects");
        for (RuleDefect d : advice.defects()) {
            defects.addObject().put("rule", d.rule()).put("actionType", d.actionType()).put("guard", d.guard().name())
                    .put("reason", d.reason());
        }
        advice.retention().ifPresent(r -> root.put("retention", r.name()));
        root.put("complete", advice.complete());
        ArrayNode faults = root.putArray("faults");
        for (RuleFault f : advice.faults()) {
            ObjectNode node = faults.addObject().put("kind", kind(f));
            node.putArray("rules").addAll(f.rules().stream().map(mapper.getNodeFactory()::textNode).toList());
            node.put("description", f.describe());
        }
        return root;
    }

    private static String kind(RuleFault fault) {
        if (fault instanceof RuleFault.ConsequenceFailed) {
            return "consequence_failed";
        } else if (fault instanceof RuleFault.ConditionFailed) {
            return "condition_failed";
        } else if (fault instanceof RuleFault.FiringLimitReached) {
            return "firing_limit_reached";
        }
        return "time_budget_exceeded";
    }

    // ------------------------------------------------------------------------------------------------- check

    private int check(Arguments arguments) {
        Path directory = arguments.onePath("check needs one edition directory");
        List<EditionProblem> problems = Editions.check(directory);
        if (arguments.json()) {
            ObjectNode root = mapper.createObjectNode();
            root.put("edition", directory.toString());
            root.put("ok", problems.isEmpty());
            ArrayNode list = root.putArray("problems");
            problems.forEach(p -> list.addObject().put("file", p.file()).put("line", p.line())
                    .put("message", p.message()));
            out.println(write(root));
        } else if (problems.isEmpty()) {
            out.println(directory + ": no problems");
        } else {
            out.println(directory + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            problems.forEach(p -> out.println("  " + p.file() + ":" + p.line() + ": " + p.message().replace("\n",
                    "\n      ")));
        }
        return problems.isEmpty() ? OK : FAILED;
    }

    // -------------------------------------------------------------------------------------------------- test

    private int test(Arguments arguments) {
        boolean shipped = arguments.flag("--shipped");
        List<String> paths = arguments.positional();
        if (!shipped && paths.isEmpty()) {
            throw new UsageException("test needs an edition directory or --shipped");
        }
        Edition edition;
        List<Scenario> scenarios = new ArrayList<>();
        List<String> extra = paths;
        if (shipped) {
            edition = Editions.shipped();
            scenarios.addAll(Scenarios.shipped());
        } else {
            Path directory = Path.of(paths.get(0));
            edition = Editions.fromDirectory(directory);
            scenarios.addAll(Scenarios.forEdition(directory));
            extra = paths.subList(1, paths.size());
        }
        for (String path : extra) {
            scenarios.addAll(Scenarios.read(Path.of(path)));
        }
        ScenarioReport report;
        try (ScenarioRunner runner = ScenarioRunner.of(edition)) {
            report = runner.run(scenarios);
        }
        boolean coverageFails = arguments.flag("--require-coverage") && !report.uncoveredRules().isEmpty();
        if (arguments.json()) {
            out.println(write(reportJson(report)));
        } else {
            printReport(report);
        }
        return report.passed() && !coverageFails ? OK : FAILED;
    }

    private void printReport(ScenarioReport report) {
        for (ScenarioResult result : report.results()) {
            if (!result.passed()) {
                out.println("FAIL " + result.file() + ": " + result.name());
                result.failures().forEach(f -> out.println("    " + f));
            }
        }
        out.println(report.results().size() + " scenarios against edition " + report.edition() + ": "
                + (report.results().size() - report.failedCount()) + " passed, " + report.failedCount() + " failed");
        out.println("rule coverage: " + (report.rules().size() - report.uncoveredRules().size()) + " of "
                + report.rules().size() + " rules fired by a scenario");
        report.uncoveredRules().forEach(r -> out.println("  no scenario fires: " + r));
    }

    private ObjectNode reportJson(ScenarioReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("edition", report.edition().value());
        root.put("passed", report.passed());
        ArrayNode results = root.putArray("results");
        for (ScenarioResult result : report.results()) {
            ObjectNode node = results.addObject().put("file", result.file()).put("name", result.name())
                    .put("passed", result.passed());
            ArrayNode failures = node.putArray("failures");
            result.failures().forEach(failures::add);
        }
        ArrayNode uncovered = root.putArray("uncoveredRules");
        report.uncoveredRules().forEach(uncovered::add);
        root.put("rules", report.rules().size());
        return root;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void problems(String headline, List<String> problems, String[] args) {
        if (List.of(args).contains("--json")) {
            ObjectNode root = mapper.createObjectNode();
            root.put("ok", false);
            root.put("error", headline);
            ArrayNode list = root.putArray("problems");
            problems.forEach(list::add);
            out.println(write(root));
        } else {
            out.println(headline);
            problems.forEach(p -> out.println("  " + p));
        }
    }

    private String format(String text) {
        JsonNode root = tree(text);
        return root.path("format").asText("");
    }

    private JsonNode tree(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidDocumentException("input", List.of(new DocumentProblem("$ (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")",
                    "the document is not well-formed JSON")));
        }
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the tool's own output", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--now takes an ISO-8601 instant in UTC, such as 2026-06-12T22:40:00Z");
        }
    }

    private static EventPhase phase(String text) {
        try {
            return EventPhase.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--phase takes one of " + List.of(EventPhase.values()));
        }
    }

    /** The command was used wrongly. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed command line: a command, options with values, flags, positional arguments. */
    private record Arguments(String command, List<String> positional, List<String[]> options, List<String> flags) {
        private static final List<String> WITH_VALUE = List.of("--edition", "--now", "--phase");
        private static final List<String> FLAGS = List.of("--json", "--shipped", "--require-coverage");

        static Arguments parse(String[] args) {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            List<String> positional = new ArrayList<>();
            List<String[]> options = new ArrayList<>();
            List<String> flags = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (WITH_VALUE.contains(arg)) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(arg + " needs a value");
                    }
                    options.add(new String[] {arg, args[++i]});
                } else if (FLAGS.contains(arg)) {
                    flags.add(arg);
                } else if (arg.startsWith("--")) {
                    throw new UsageException("unknown option " + arg);
                } else {
                    positional.add(arg);
                }
            }
            return new Arguments(args[0], positional, options, flags);
        }

        boolean json() {
            return flags.contains("--json");
        }

        boolean flag(String name) {
            return flags.contains(name);
        }

        Optional<String> value(String name) {
            List<String> all = values(name);
            if (all.size() > 1) {
                throw new UsageException(name + " is given more than once");
            }
            return all.stream().findFirst();
        }

        List<String> values(String name) {
            return options.stream().filter(o -> o[0].equals(name)).map(o -> o[1]).toList();
        }

        Path onePath(String usage) {
            if (positional.size() != 1) {
                throw new UsageException(usage);
            }
            return Path.of(positional.get(0));
        }
    }
}
