package org.cocworkflow.examples;

import java.time.Instant;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ImmutableRecordDecision;
import org.cocworkflow.core.action.Votes;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.rules.Advice;
import org.cocworkflow.rules.AdviceContext;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.cocworkflow.rules.DecisionOption;
import org.cocworkflow.rules.Suggestion;

/**
 * The embedding snippets of the README, as code a test compiles and runs. The lines between each pair of snippet
 * markers are the ones the README shows, word for word.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Reads a report, opens a case for it under the rules in force at its incident, asks the rules what to do and
     * records the step the handler takes, through the guards, and returns the case file as JSON.
     *
     * @param reportJson a report document
     * @return the case file document
     */
    public static String openAdviseAndStore(String reportJson) {
        // snippet-start open
        CocJson json = CocJson.standard();
        Report report = json.readReport(reportJson);
        Party ana = Party.builder().id(PartyId.of("handler-ana"))
                .addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build();
        // Create one advisor when the application starts and share it: it is thread-safe.
        try (Advisor advisor = Advisor.create(AdvisorOptions.defaults())) {
            // under the edition in force at the incident, with its decision rules and the event's dates
            CaseFile file = advisor.open(CaseId.of("case-2026-003"), report, ana,
                    Instant.parse("2026-06-12T22:50:00Z"));
            Advice advice = advisor.advise(file, AdviceContext.at(Instant.parse("2026-06-12T22:55:00Z")));
            for (Suggestion s : advice.suggestions()) { // most urgent first; each one passed the guards
                System.out.println(s.priority() + " " + s.action().summary() + ": " + s.reason());
            }
            // The handler takes the steps they choose; every one goes through the guards.
            Action step = advice.suggestions().get(0).action(); // here: Ana handles the case
            file = Guards.apply(file, step, ana.id(), advice.now()).file();
            return json.writeCaseFile(file); // the paper trail, ready for storage
        }
        // snippet-end open
    }

    /**
     * Holds a response meeting on a case ready for its decision, weighs the options the advice offers, and records
     * the decision the members present made, with their votes.
     *
     * @param advisor the advisor
     * @param file a case whose accused was told and heard
     * @param present the members present, all without a conflict of interest
     * @param handler the member who records the meeting and its decision
     * @param at when the meeting is held
     * @return the case file with the meeting and the decision
     */
    public static CaseFile decideInMeeting(Advisor advisor, CaseFile file, Set<PartyId> present, PartyId handler,
            Instant at) {
        CaseFile decided = file;
        // snippet-start decide
        // The response meeting: the members present, none of them conflicted, the complainant and the accused out.
        decided = Guards.apply(decided, Action.ConveneMeeting.of(present), handler, at).file();
        long meeting = decided.version() - 1; // the decision names the meeting it was made in
        Advice advice = advisor.advise(decided, AdviceContext.at(at));
        // The advice offers options (no violation, insufficient information, sanctions that fit); it records none.
        DecisionOption warning = advice.options().stream()
                .filter(o -> o.sanctions().stream().anyMatch(s -> s.sanction() == Sanction.WARNING))
                .findFirst().orElseThrow();
        Action decision = ImmutableRecordDecision.builder().finding(warning.finding())
                .addAllSanctions(warning.sanctions()).meeting(meeting).addAllDeciders(present)
                .votes(Votes.of(present, Set.of(), Set.of())) // the edition's method: here, consensus
                .build();
        decided = Guards.apply(decided, decision, handler, at.plusSeconds(3_600)).file();
        // snippet-end decide
        return decided;
    }
}
