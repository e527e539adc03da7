package org.cocworkflow.examples;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.Decision;
import org.cocworkflow.core.casefile.Disclosure;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.DecisionOption;
import org.cocworkflow.rules.Suggestion;

/**
 * Prints a case's timeline and derived state for people: parties by id and role, events by their summaries. It
 * shows no names, contacts or free text, as a log of a real deployment should not either.
 */
public final class CasePrinter {
    /** How many suggestions the advice shows in full. */
    private static final int SHOWN = 5;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private CasePrinter() {
    }

    /**
     * Renders a case file.
     *
     * @param title a heading for the case
     * @param file the case file
     * @param refusals actions the guards refused on this case, described with their reasons
     * @return the rendering, several lines
     */
    public static String render(String title, CaseFile file, List<String> refusals) {
        CaseState state = file.state();
        StringBuilder out = new StringBuilder();
        out.append("== ").append(file.id()).append(" · ").append(title).append(" · edition ").append(state.edition())
                .append('\n');
        out.append("   report: received ").append(time(state.report().receivedAt())).append(" via ")
                .append(state.report().channel()).append(", space ").append(state.report().space().kind())
                .append(state.report().isAnonymous() ? ", anonymous" : "")
                .append(state.report().circumstances().isEmpty() ? ""
                        : ", circumstances " + state.report().circumstances())
                .append('\n');
        out.append("   timeline:\n");
        for (CaseEvent event : file.events()) {
            out.append(String.format("     #%-2d %s  %-14s %s%n", event.sequence(), time(event.at()), event.by(),
                    event.summary()));
        }
        out.append("   state:\n");
        line(out, "status", state.status() + (state.resolution().map(r -> " (" + r + ")").orElse("")));
        line(out, "response path", state.responsePath().map(Object::toString).orElse("not yet set"));
        line(out, "gravity", state.gravity().map(Object::toString).orElse("not yet assessed"));
        line(out, "safety", state.safety().toString());
        line(out, "handler", state.handler().map(Object::toString).orElse("not yet assigned"));
        line(out, "parties", state.parties().stream().map(p -> p.id() + " " + state.rolesOf(p.id()))
                .collect(Collectors.joining(", ")));
        line(out, "consent in force", consent(state.consent().grants()));
        line(out, "left the team", disclosures(state.disclosures()));
        line(out, "accused told / heard", state.accusedNotified() + " / " + state.accusedHeard());
        line(out, "decision", state.latestDecision().map(CasePrinter::decision).orElse("none yet")
                + (state.latestDecision().isPresent()
                        ? state.decisionCommunicated() ? " · communicated" : " · not yet communicated" : ""));
        line(out, "appeal", state.pendingAppeal().map(a -> "pending since " + time(a.at()))
                .orElse(state.appeals().isEmpty() ? "none" : state.appeals().size() + " decided"));
        line(out, "escalations", state.escalations().isEmpty() ? "none" : state.escalations().toString());
        line(out, "links", state.links().isEmpty() ? "none" : state.links().stream()
                .map(l -> l.kind() + " " + l.other()).collect(Collectors.joining(", ")));
        line(out, "deadlines", deadlines(state.deadlines()));
        if (!refusals.isEmpty()) {
            out.append("   refused by the guards:\n");
            refusals.forEach(refusal -> out.append("     ").append(refusal).append('\n'));
        }
        return out.toString();
    }

    /**
     * Renders what the rules advise for a case, and the suggestions the demo followed.
     *
     * @param advice the advice
     * @param followed the suggestions followed through the guards, in words
     * @return the text
     */
    public static String renderAdvice(Advice advice, List<String> followed) {
        StringBuilder out = new StringBuilder();
        out.append("   advice at ").append(time(advice.now())).append(" (").append(advice.phase()).append(", edition ")
                .append(advice.edition()).append("), ").append(advice.suggestions().size()).append(" suggestions:\n");
        int shown = 0;
        for (Suggestion s : advice.suggestions()) {
            if (++shown > SHOWN) {
                out.append("     ... and ").append(advice.suggestions().size() - SHOWN).append(" more\n");
                break;
            }
            out.append(String.format("     %d. %-6s %s%s%n", shown, s.priority(), s.action().summary(),
                    s.deadline().map(d -> "  (by " + time(d) + ")").orElse("")));
            out.append("        why:  ").append(s.reason()).append('\n');
            out.append("        rule: ").append(s.rule()).append(" [").append(s.citation()).append("]\n");
        }
        if (!advice.options().isEmpty()) {
            out.append("   options for the response meeting (it decides; none is recorded by itself):\n");
            for (DecisionOption o : advice.options()) {
                out.append("     - ").append(o.finding()).append(o.sanctions().isEmpty() ? ""
                        : " with " + o.sanctions().stream().map(s -> s.sanction() + s.until().map(u -> " until "
                        + time(u)).orElse("")).collect(Collectors.joining(", "))).append("  [").append(o.rule())
                        .append("]\n");
            }
        }
        if (!advice.defects().isEmpty()) {
            out.append("     rule defects: ").append(advice.defects().size()).append('\n');
        }
        out.append("   followed through the guards:\n");
        followed.forEach(f -> out.append("     ").append(f).append('\n'));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("     %-21s %s%n", label + ":", value));
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String consent(List<ConsentGrant> grants) {
        if (grants.isEmpty()) {
            return "none (nothing leaves the response team)";
        }
        StringJoiner joiner = new StringJoiner("; ");
        grants.forEach(g -> joiner.add(g.grantor() + " -> " + g.recipient() + " " + g.items()));
        return joiner.toString();
    }

    private static String disclosures(List<Disclosure> disclosures) {
        if (disclosures.isEmpty()) {
            return "nothing";
        }
        return disclosures.stream().map(d -> d.recipient() + (d.items().isEmpty() ? "" : " " + d.items())
                + (d.underSafetyException() ? " (safety exception)" : "")).collect(Collectors.joining(", "));
    }

    private static String decision(Decision decision) {
        return decision.finding() + (decision.sanctions().isEmpty() ? "" : " with " + decision.sanctions().stream()
                .map(s -> s.sanction() + s.until().map(u -> " until " + time(u)).orElse(""))
                .collect(Collectors.joining(", ")))
                + decision.meeting().stream().mapToObj(m -> ", in the meeting of event #" + m + " by "
                        + decision.deciders()).findFirst().orElse("");
    }

    private static String deadlines(Map<DeadlineKind, Instant> deadlines) {
        return deadlines.isEmpty() ? "none recorded" : deadlines.entrySet().stream()
                .map(e -> e.getKey() + " due " + time(e.getValue())).collect(Collectors.joining(", "));
    }
}
