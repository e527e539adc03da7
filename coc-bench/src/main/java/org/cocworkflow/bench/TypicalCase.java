package org.cocworkflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.IncidentSpace;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.ReportChannel;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.rules.edition.Editions;

/**
 * The case every advisor benchmark advises on: a private harassment at a social event, reported by its target,
 * opened under the shipped edition and taken through its first steps (team, handler, response path, the victim's
 * wish, the accused told), every step through {@link Guards#apply}. Immutable and safe to share between threads.
 */
public final class TypicalCase {
    /** When the report came in. */
    public static final Instant RECEIVED = Instant.parse("2026-05-14T19:40:00Z");

    private static final PartyId REPORTER = PartyId.of("reporter");
    private static final PartyId ACCUSED = PartyId.of("accused-1");
    private static final PartyId RECEIVER = PartyId.of("team-0");
    private static final PartyId MEMBER = PartyId.of("team-1");

    private TypicalCase() {
    }

    /** @return the case file after its first steps */
    public static CaseFile file() {
        Report report = Report.builder()
                .receivedAt(RECEIVED)
                .channel(ReportChannel.IN_PERSON)
                .description("At the evening social the accused kept commenting on my body after I asked them to stop.")
                .space(IncidentSpace.of(SpaceKind.SOCIAL_EVENT))
                .incidentAt(RECEIVED.minus(Duration.ofHours(1)))
                .addCircumstances(Circumstance.CONTINUED_AFTER_REQUEST_TO_STOP)
                .addParties(Party.builder().id(REPORTER).addRoles(CaseRole.REPORTER, CaseRole.TARGET)
                        .displayName("Dana Reyes").contact("dana@mail.example").addStandings(Standing.ATTENDEE).build())
                .addParties(Party.builder().id(ACCUSED).addRoles(CaseRole.ACCUSED).displayName("Lee Park")
                        .addIdentifiers(Identifier.email("lee.park@mail.example")).addStandings(Standing.ATTENDEE)
                        .build())
                .build();
        CaseFile file = CaseFile.open(CaseOpened.builder()
                .at(RECEIVED.plus(Duration.ofMinutes(10)))
                .caseId(CaseId.of("case-bench-1"))
                .edition(Editions.SHIPPED)
                .report(report)
                .receivedBy(teamMember(RECEIVER))
                .appealContact("appeals@events.example")
                .build());
        List<Action> steps = List.of(
                Action.AddTeamMember.of(teamMember(MEMBER)),
                Action.AssignHandler.of(RECEIVER),
                Action.SetResponsePath.of(ResponsePath.PRIVATE),
                Action.SendMessage.of(REPORTER, MessageIntent.CONVENE_UNLESS_DECLINED),
                Action.RecordVictimWish.of(REPORTER, VictimWish.PROCEED),
                Action.NotifyAccused.of(ACCUSED));
        Instant at = file.state().lastEventAt();
        for (Action step : steps) {
            at = at.plus(Duration.ofMinutes(10));
            file = Guards.apply(file, step, file.state().speaker(), at).file();
        }
        return file;
    }

    /** @return the moment the benchmarks advise for: an hour after the last step */
    public static Instant now() {
        return RECEIVED.plus(Duration.ofHours(2));
    }

    private static Party teamMember(PartyId id) {
        return Party.builder().id(id).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                .addStandings(Standing.RESPONSE_TEAM_MEMBER).build();
    }
}
