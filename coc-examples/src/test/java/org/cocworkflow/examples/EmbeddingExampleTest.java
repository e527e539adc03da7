package org.cocworkflow.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.Decision;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.rules.Advisor;
import org.cocworkflow.rules.AdvisorOptions;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    private static final PartyId ANA = PartyId.of("handler-ana");
    private static final PartyId BEN = PartyId.of("member-ben");
    private static final PartyId CLEO = PartyId.of("member-cleo");

    @Test
    void theOpeningSnippetOpensACaseUnderItsEditionAndRecordsTheHandlersStepThroughTheGuards() {
        String stored = EmbeddingExample.openAdviseAndStore(
                SampleReports.json("03-private-harassment-at-the-social"));
        CaseFile file = CocJson.standard().readCaseFile(stored);
        assertEquals(2, file.version());
        assertEquals(Optional.of(ANA), file.state().handler(),
                "the most urgent suggestion: one designated person handles the case");
        assertEquals(PolicyEditionId.of("standard-2026"), file.state().edition());
        assertTrue(file.state().decisions().isEmpty(), "no suggestion records a finding");
    }

    @Test
    void theDecisionSnippetRecordsTheMeetingsDecisionWithItsDecidersAndVotes() {
        try (Advisor advisor = Advisor.create(AdvisorOptions.defaults())) {
            Instant at = Instant.parse("2026-06-12T22:50:00Z");
            CaseFile file = advisor.open(CaseId.of("case-2026-003"),
                    CocJson.standard().readReport(SampleReports.json("03-private-harassment-at-the-social")),
                    member(ANA), at);
            for (Action step : List.of(Action.AddTeamMember.of(member(BEN)), Action.AddTeamMember.of(member(CLEO)),
                    Action.AssignHandler.of(ANA), Action.SetResponsePath.of(ResponsePath.PRIVATE),
                    Action.SendMessage.of(PartyId.of("reporter"), MessageIntent.CONVENE_UNLESS_DECLINED),
                    Action.NotifyAccused.of(PartyId.of("accused-1")),
                    Action.HearAccused.of(PartyId.of("accused-1"), "Says he meant it as a compliment."))) {
                at = at.plusSeconds(600);
                file = Guards.apply(file, step, ANA, at).file();
            }
            CaseFile decided = EmbeddingExample.decideInMeeting(advisor, file, Set.of(ANA, BEN, CLEO), ANA,
                    at.plusSeconds(600));

            Decision decision = decided.state().latestDecision().orElseThrow();
            assertEquals(Finding.VIOLATION, decision.finding());
            assertEquals(Sanction.WARNING, decision.sanctions().get(0).sanction());
            assertEquals(Set.of(ANA, BEN, CLEO), decision.deciders());
            assertEquals(decided.state().meetings().get(0).sequence(), decision.meeting().getAsLong());
        }
    }

    @Test
    void theReadmeShowsBothSnippetsWordForWord() throws IOException {
        List<String> source = Files.readAllLines(
                Path.of("src/main/java/org/cocworkflow/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        for (String name : List.of("open", "decide")) {
            int start = source.indexOf("        // snippet-start " + name);
            int end = source.indexOf("        // snippet-end " + name);
            assertTrue(start >= 0 && end > start, "the snippet markers of " + name + " are in place");
            String snippet = String.join("\n", source.subList(start + 1, end).stream()
                    .map(line -> line.length() >= 8 ? line.substring(8) : line.strip()).toList());
            assertTrue(readme.contains(snippet), () -> "README.md must show the snippet exactly:\n" + snippet);
        }
        assertTrue(Arrays.stream(readme.split("\n")).anyMatch(l -> l.contains("<artifactId>coc-rules</artifactId>")));
    }

    private static Party member(PartyId id) {
        return Party.builder().id(id).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).build();
    }
}
