package org.cocworkflow.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.history.ImmutableActiveBan;
import org.cocworkflow.core.history.ImmutableMatchElsewhere;
import org.cocworkflow.core.history.ImmutablePriorCase;
import org.cocworkflow.core.history.InMemoryCaseHistory;
import org.cocworkflow.core.identity.IdentityKeys;
import org.cocworkflow.core.identity.OrganizationSecret;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.casefile.Meeting;
import org.cocworkflow.core.action.ImmutableRecordDecision;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.rules.EventPhase;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.DecisionOption;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.Note;
import org.cocworkflow.rules.Review;
import org.cocworkflow.rules.RuleDefect;
import org.cocworkflow.rules.RuleFault;
import org.cocworkflow.rules.RuleFaultException;
import org.cocworkflow.rules.Suggestion;
import org.cocworkflow.rules.WaitingForConsent;
import org.cocworkflow.rules.edition.Edition;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.internal.AdviceEngine;
import org.cocworkflow.rules.internal.CompiledEdition;
import org.cocworkflow.rules.internal.EditionCompiler;
import org.cocworkflow.rules.screening.ScreeningAdvice;

/**
 * Runs scenarios against one edition, compiled once, on the same path that serves advice (facts, rules, guards),
 * and reports each scenario's result and the edition's rule coverage. Close it to release the edition.
 *
 * <pre>{@code
 * try (ScenarioRunner runner = ScenarioRunner.of(Editions.fromDirectory(dir))) {
 *     ScenarioReport report = runner.run(Scenarios.read(dir.resolve("scenarios")));
 *     report.uncoveredRules().forEach(rule -> log.warn("no scenario fires: {}", rule));
 * }
 * }</pre>
 */
public final class ScenarioRunner implements AutoCloseable {
    /** Scenario histories are keyed with a fixed secret: scenarios are test data, never real people. */
    private static final IdentityKeys KEYS = new IdentityKeys(OrganizationSecret.of(
            "coc-scenario/1 identity keys for test data only".getBytes(StandardCharsets.UTF_8)));
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Scenarios run within the bounds an advisor has by default. */
    private static final AdviceEngine.Limits LIMITS = AdviceEngine.Limits.of(AdvisorOptions.defaults());

    private final CompiledEdition edition;
    private final CocJson json = CocJson.standard();

    private ScenarioRunner(CompiledEdition edition) {
        this.edition = edition;
    }

    /**
     * Compiles an edition for running scenarios.
     *
     * @param edition the edition
     * @return the runner
     * @throws EditionException listing every problem if the edition does not compile
     */
    public static ScenarioRunner of(Edition edition) {
        return new ScenarioRunner(EditionCompiler.compile(edition, 1));
    }

    /**
     * Runs scenarios. A scenario whose steps the guards or the case file refuse fails with the reason; it is
     * never skipped. A scenario whose rules did not finish (a {@link RuleFault}) fails with the fault.
     *
     * @param scenarios the scenarios
     * @return the results and the rule coverage
     */
    public ScenarioReport run(List<Scenario> scenarios) {
        Set<String> rules = new TreeSet<>(edition.rules().keySet());
        Set<String> uncovered = new TreeSet<>(rules);
        ImmutableScenarioReport.BuildFinal report = ImmutableScenarioReport.builder().edition(edition.edition().id())
                .addAllRules(rules);
        for (Scenario scenario : scenarios) {
            ScenarioResult result = run(scenario, rules);
            uncovered.removeAll(result.rulesFired());
            report.addResults(result);
        }
        return report.addAllUncoveredRules(uncovered).build();
    }

    @Override
    public void close() {
        edition.close();
    }

    private ScenarioResult run(Scenario scenario, Set<String> rules) {
        ScenarioSpec spec = scenario.spec();
        List<String> failures = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        unknownRules(spec.expect(), rules, failures);
        List<CaseFile> cases = new ArrayList<>();
        for (ScenarioSpec.CaseSpec caseSpec : spec.cases()) {
            build(caseSpec, spec.phase(), spec.now(), failures).ifPresent(cases::add);
        }
        if (failures.isEmpty()) {
            switch (scenario.kind()) {
                case ADVISE -> {
                    Advice advice = AdviceEngine.advise(edition, cases.get(0), spec.now(), new AdviceEngine.Setting(
                            spec.phase(), spec.organization(), history(spec), Optional.of(KEYS)), LIMITS);
                    fired.addAll(advice.rulesFired());
                    faults(advice.faults(), failures);
                    checkAdvice(spec.expect(), advice, failures);
                    checkNotes(spec.expect(), advice.notes(), failures);
                }
                case SCREEN -> {
                    try {
                        ScreeningAdvice advice = AdviceEngine.screen(edition, spec.screening().orElseThrow(),
                                spec.phase(), LIMITS);
                        fired.addAll(advice.rulesFired());
                        spec.expect().recommendation().filter(r -> r != advice.recommendation()).ifPresent(r ->
                                failures.add("expected the recommendation " + r + " but got "
                                        + advice.recommendation() + " (rule: " + advice.rule() + ")"));
                    } catch (RuleFaultException e) {
                        faults(e.faults(), failures);
                    }
                }
                case PREPARE -> {
                    Review review = AdviceEngine.prepare(edition, spec.now(), spec.organization(), LIMITS);
                    fired.addAll(review.rulesFired());
                    faults(review.faults(), failures);
                    checkNotes(spec.expect(), review.notes(), failures);
                }
                case EVALUATE -> {
                    Review review = AdviceEngine.evaluate(edition, spec.now(), cases, LIMITS);
                    fired.addAll(review.rulesFired());
                    faults(review.faults(), failures);
                    checkNotes(spec.expect(), review.notes(), failures);
                }
            }
            checkFired(spec.expect(), fired, failures);
        }
        return ImmutableScenarioResult.builder().file(scenario.file()).name(scenario.name()).addAllFailures(failures)
                .addAllRulesFired(fired).build();
    }

    // ------------------------------------------------------------------------------------------------ inputs

    private Optional<CaseFile> build(ScenarioSpec.CaseSpec spec, EventPhase phase, Instant now,
            List<String> failures) {
        Party receiver = spec.receivedBy();
        CaseFile file;
        try {
            file = CaseFile.open(CaseOpened.builder().at(spec.openedAt()).caseId(spec.caseId())
                    .edition(edition.edition().id()).report(spec.report()).receivedBy(receiver)
                    .appealContact(spec.appealContact()).decisionRules(edition.edition().settings().decision())
                    .event(spec.event().or(() -> eventFor(spec, phase, now))).build());
        } catch (RuntimeException e) {
            failures.add(spec.path() + ": the case cannot be opened: " + e.getMessage());
            return Optional.empty();
        }
        for (ScenarioSpec.Step step : spec.steps()) {
            Instant at = step.at().orElse(file.state().lastEventAt().plusSeconds(60));
            Action action = step.action();
            if (step.inLatestMeeting()) {
                List<Meeting> meetings = file.state().meetings();
                if (meetings.isEmpty()) {
                    failures.add(step.path() + ": the decision names the latest meeting, and none was held yet");
                    return Optional.empty();
                }
                Meeting latest = meetings.get(meetings.size() - 1);
                Action.RecordDecision decision = ImmutableRecordDecision.copyOf((Action.RecordDecision) action)
                        .withMeeting(latest.sequence());
                action = decision.deciders().isEmpty() ? ImmutableRecordDecision.copyOf(decision)
                        .withDeciders(latest.participants()) : decision;
            }
            try {
                file = Guards.apply(file, action, step.by().orElse(file.state().speaker()), at).file();
            } catch (ActionRefusedException e) {
                failures.add(step.path() + ": the step " + action.typeName() + " is refused: "
                        + e.getMessage());
                return Optional.empty();
            } catch (CaseTransitionException e) {
                failures.add(step.path() + ": the step " + action.typeName() + " is impossible here: "
                        + e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(file);
    }

    /**
     * The case's event as the scenario's phase has it, when the scenario does not give its window: running from a
     * day before the case opened to a day after the moment of advice, over when the report arrived, or starting a
     * day after the moment; none for a case that belongs to no event.
     */
    private static Optional<EventWindow> eventFor(ScenarioSpec.CaseSpec spec, EventPhase phase, Instant now) {
        String id = spec.report().space().eventId().orElse("event");
        Instant opened = spec.openedAt();
        return switch (phase) {
            case DURING_EVENT -> Optional.of(EventWindow.of(id, opened.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(1))));
            case AFTER_EVENT -> {
                Instant arrived = spec.report().receivedAt();
                yield Optional.of(EventWindow.of(id, arrived.minus(Duration.ofDays(3)), arrived));
            }
            case BEFORE_EVENT -> Optional.of(EventWindow.of(id, now.plus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(3))));
            case NO_EVENT -> Optional.empty();
        };
    }

    private static InMemoryCaseHistory history(ScenarioSpec spec) {
        InMemoryCaseHistory history = new InMemoryCaseHistory();
        for (ScenarioSpec.KnownCase known : spec.priorCases()) {
            history.add(ImmutablePriorCase.builder().caseId(known.caseId()).matchedKey(known.matchedBy().key(KEYS))
                    .openedAt(known.openedAt()).finding(known.finding()).addAllSanctions(known.sanctions()).build());
        }
        for (ScenarioSpec.KnownMatch match : spec.elsewhere()) {
            history.add(ImmutableMatchElsewhere.builder().matchedKey(match.matchedBy().key(KEYS))
                    .otherChapters(match.otherChapters()).since(match.since()).told(match.told()).build());
        }
        for (ScenarioSpec.KnownBan ban : spec.bans()) {
            history.add(ImmutableActiveBan.builder().caseId(ban.caseId()).matchedKey(ban.matchedBy().key(KEYS))
                    .until(ban.until()).addAllScopes(ban.scopes()).build());
        }
        return history;
    }

    // ---------------------------------------------------------------------------------------------- expectations

    private static void unknownRules(ScenarioSpec.Expectations expect, Set<String> rules, List<String> failures) {
        List<String> named = new ArrayList<>();
        named.addAll(expect.fired());
        named.addAll(expect.notFired());
        named.addAll(expect.absentNotes());
        for (List<JsonNode> patterns : List.of(expect.present(), expect.absent(), expect.notes())) {
            patterns.stream().filter(p -> p.has("rule")).forEach(p -> named.add(p.get("rule").asText()));
            patterns.stream().filter(p -> p.path("waitingRules").isArray())
                    .forEach(p -> p.get("waitingRules").forEach(r -> named.add(r.asText())));
        }
        // A misspelt rule name would make "absent" and "notFired" pass for the wrong reason.
        named.stream().filter(r -> !rules.contains(r)).distinct().forEach(r ->
                failures.add("the edition has no rule named \"" + r + "\""));
    }

    private static void faults(List<RuleFault> faults, List<String> failures) {
        faults.forEach(fault -> failures.add("the rules did not finish: " + fault.describe()));
    }

    private void checkAdvice(ScenarioSpec.Expectations expect, Advice advice, List<String> failures) {
        List<JsonNode> suggestions = advice.suggestions().stream().map(this::tree).toList();
        List<JsonNode> options = advice.options().stream().map(ScenarioRunner::tree).toList();
        List<JsonNode> waiting = advice.waitingForConsent().stream().map(this::tree).toList();
        for (JsonNode pattern : expect.present()) {
            boolean option = pattern.has("option");
            if (pattern.has("waiting")) {
                if (waiting.stream().noneMatch(w -> matches(pattern, w))) {
                    failures.add("expected an action waiting for consent matching " + pattern + "; the waiting "
                            + "actions were:" + describeWaiting(advice.waitingForConsent()));
                }
            } else if ((option ? options : suggestions).stream().noneMatch(s -> matches(pattern, s))) {
                failures.add(option ? "expected a decision option matching " + pattern + "; the options were:"
                        + describeOptions(advice.options())
                        : "expected a suggestion matching " + pattern + "; the suggestions were:"
                        + describe(advice.suggestions()));
            }
        }
        for (JsonNode pattern : expect.absent()) {
            for (int i = 0; i < suggestions.size(); i++) {
                if (matches(pattern, suggestions.get(i))) {
                    Suggestion s = advice.suggestions().get(i);
                    failures.add("expected no suggestion matching " + pattern + " but rule \"" + s.rule()
                            + "\" suggested: " + s.action().summary());
                }
            }
            for (int i = 0; i < options.size(); i++) {
                if (matches(pattern, options.get(i))) {
                    DecisionOption o = advice.options().get(i);
                    failures.add("expected no decision option matching " + pattern + " but rule \"" + o.rule()
                            + "\" offered: " + describe(o));
                }
            }
            for (int i = 0; pattern.has("waiting") && i < waiting.size(); i++) {
                if (matches(pattern, waiting.get(i))) {
                    WaitingForConsent w = advice.waitingForConsent().get(i);
                    failures.add("expected no action waiting for consent matching " + pattern + " but rule \""
                            + w.rule() + "\" proposed: " + w.action().summary());
                }
            }
        }
        int expectedDefects = expect.defects().orElse(0);
        if (advice.defects().size() != expectedDefects) {
            StringBuilder text = new StringBuilder("expected " + expectedDefects + " rule defects but got "
                    + advice.defects().size() + ":");
            for (RuleDefect defect : advice.defects()) {
                text.append("\n      rule \"").append(defect.rule()).append("\" suggested ").append(defect.actionType())
                        .append(", refused by ").append(defect.guard()).append(": ").append(defect.reason());
            }
            failures.add(text.toString());
        }
        expect.retention().filter(r -> !r.equals(advice.retention())).ifPresent(r -> failures.add(
                "expected the retention class " + r.map(Enum::name).orElse("NONE") + " but got "
                        + advice.retention().map(Enum::name).orElse("NONE")));
    }

    private static void checkNotes(ScenarioSpec.Expectations expect, List<Note> notes, List<String> failures) {
        for (JsonNode pattern : expect.notes()) {
            boolean found = notes.stream().anyMatch(note -> matches(pattern, MAPPER.valueToTree(Map.of(
                    "rule", note.rule(), "cases", note.cases(), "details", note.details()))));
            if (!found) {
                failures.add("expected a note matching " + pattern + "; the notes were: "
                        + notes.stream().map(n -> n.rule() + " " + n.cases() + " " + n.details()).toList());
            }
        }
        for (String rule : expect.absentNotes()) {
            notes.stream().map(Note::rule).filter(rule::equals).findFirst().ifPresent(r ->
                    failures.add("expected no note from rule \"" + r + "\""));
        }
    }

    private static void checkFired(ScenarioSpec.Expectations expect, List<String> fired, List<String> failures) {
        expect.fired().stream().filter(r -> !fired.contains(r)).forEach(r ->
                failures.add("expected rule \"" + r + "\" to fire; it did not"));
        expect.notFired().stream().filter(fired::contains).forEach(r ->
                failures.add("expected rule \"" + r + "\" not to fire; it did"));
    }

    private static JsonNode tree(DecisionOption option) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", option.rule());
        ObjectNode body = node.putObject("option");
        body.put("finding", option.finding().name());
        ArrayNode sanctions = body.putArray("sanctions");
        for (ImposedSanction sanction : option.sanctions()) {
            ObjectNode entry = sanctions.addObject();
            entry.put("sanction", sanction.sanction().name());
            entry.put("on", sanction.on().value());
            sanction.until().ifPresent(u -> entry.put("until", u.toString()));
        }
        return node;
    }

    private static String describe(DecisionOption option) {
        return option.finding() + (option.sanctions().isEmpty() ? "" : " with " + option.sanctions().stream()
                .map(s -> s.sanction() + " on " + s.on()).toList());
    }

    private static String describeOptions(List<DecisionOption> options) {
        StringBuilder text = new StringBuilder();
        options.forEach(o -> text.append("\n      ").append(describe(o)).append("  [").append(o.rule()).append(']'));
        return options.isEmpty() ? " none" : text.toString();
    }

    private JsonNode tree(Suggestion suggestion) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", suggestion.rule());
        node.put("priority", suggestion.priority().name());
        suggestion.deadline().ifPresent(d -> node.put("deadline", d.toString()));
        node.set("action", actionTree(suggestion.action()));
        ArrayNode rules = node.putArray("waitingRules");
        suggestion.waitingRules().forEach(rules::add);
        return node;
    }

    private JsonNode tree(WaitingForConsent waiting) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", waiting.rule());
        node.put("priority", waiting.priority().name());
        waiting.deadline().ifPresent(d -> node.put("deadline", d.toString()));
        ObjectNode body = node.putObject("waiting");
        body.set("action", actionTree(waiting.action()));
        body.put("recipient", waiting.recipient().name());
        ArrayNode holders = body.putArray("holders");
        waiting.holders().forEach(h -> holders.add(h.value()));
        ArrayNode asked = body.putArray("asked");
        waiting.asked().forEach(h -> asked.add(h.value()));
        return node;
    }

    private JsonNode actionTree(Action action) {
        try {
            return MAPPER.readTree(json.writeAction(action)).get("action");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read back an action the library wrote", e);
        }
    }

    private static String describeWaiting(List<WaitingForConsent> waiting) {
        StringBuilder text = new StringBuilder();
        waiting.forEach(w -> text.append("\n      ").append(w.action().summary()).append(" waits for ")
                .append(w.recipient()).append(" consent of ").append(w.holders()).append("  [").append(w.rule())
                .append(']'));
        return waiting.isEmpty() ? " none" : text.toString();
    }

    /**
     * Partial match: every field the pattern names must match, and a field given as null must be absent; arrays
     * match element by element and must have the same length; other values must be equal (text compared as
     * text).
     */
    static boolean matches(JsonNode pattern, JsonNode actual) {
        if (pattern.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : pattern.properties()) {
                JsonNode value = actual.get(field.getKey());
                if (field.getValue().isNull()) {
                    // null in a pattern asks for the field to be absent, e.g. a ban without an end.
                    if (value != null && !value.isNull()) {
                        return false;
                    }
                } else if (value == null || !matches(field.getValue(), value)) {
                    return false;
                }
            }
            return true;
        }
        if (pattern.isArray()) {
            if (!actual.isArray() || actual.size() != pattern.size()) {
                return false;
            }
            for (int i = 0; i < pattern.size(); i++) {
                if (!matches(pattern.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return pattern.isTextual() ? actual.isValueNode() && pattern.asText().equals(actual.asText())
                : pattern.equals(actual);
    }

    private static String describe(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return " none";
        }
        StringBuilder text = new StringBuilder();
        for (Suggestion s : suggestions) {
            text.append("\n      ").append(s.priority()).append(' ').append(s.action().typeName()).append(": ")
                    .append(s.action().summary()).append("  [").append(s.rule()).append(']');
        }
        return text.toString();
    }
}
