package org.cocworkflow.core.testing;

import java.time.Instant;
import java.util.Optional;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.edition.PolicyEditionId;
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

/** Hand-built cases for example tests: small, readable, each showing one path of the procedure. */
public final class Samples {
    /** When the sample reports were received. */
    public static final Instant RECEIVED = Instant.parse("2026-05-14T19:40:00Z");
    /** The reporter, who is also the target in the private-harassment sample. */
    public static final PartyId REPORTER = PartyId.of("reporter");
    /** The accused of every sample. */
    public static final PartyId ACCUSED = PartyId.of("accused-1");
    /** A witness. */
    public static final PartyId WITNESS = PartyId.of("witness-1");
    /** The team member who receives every sample report. */
    public static final PartyId RECEIVER = PartyId.of("team-0");
    /** The edition of the samples. */
    public static final PolicyEditionId EDITION = PolicyEditionId.of("edition-2026");

    private Samples() {
    }

    /** @return a private harassment at a social event, reported by its target */
    public static Report privateHarassment() {
        return Report.builder()
                .receivedAt(RECEIVED)
                .channel(ReportChannel.IN_PERSON)
                .description("At the evening social the accused kept commenting on my body after I asked them to stop.")
                .space(IncidentSpace.of(SpaceKind.SOCIAL_EVENT))
                .incidentAt(RECEIVED.minusSeconds(3_600))
                .addCircumstances(Circumstance.CONTINUED_AFTER_REQUEST_TO_STOP)
                .addParties(Party.builder().id(REPORTER).addRoles(CaseRole.REPORTER, CaseRole.TARGET)
                        .displayName("Dana Reyes").contact("dana@mail.example").addStandings(Standing.ATTENDEE).build())
                .addParties(Party.builder().id(ACCUSED).addRoles(CaseRole.ACCUSED).displayName("Lee Park")
                        .addIdentifiers(Identifier.email("lee.park@mail.example")).addStandings(Standing.ATTENDEE)
                        .build())
                .build();
    }

    /** @return a harassing talk, widely witnessed, reported by someone in the audience */
    public static Report harassingTalk() {
        return Report.builder()
                .receivedAt(RECEIVED)
                .channel(ReportChannel.WEB_FORM)
                .description("The talk in room B showed sexualized images of women as a joke.")
                .space(IncidentSpace.of(SpaceKind.TALK))
                .addCircumstances(Circumstance.WIDELY_WITNESSED, Circumstance.ACCUSED_GAVE_TALK)
                .addParties(Party.builder().id(REPORTER).addRoles(CaseRole.REPORTER, CaseRole.WITNESS)
                        .displayName("Ola Nowak").contact("ola@mail.example").build())
                .addParties(Party.builder().id(ACCUSED).addRoles(CaseRole.ACCUSED).displayName("Rob Stone")
                        .addStandings(Standing.SPEAKER).build())
                .build();
    }

    /** @return a threat of violence with a general threat to attendees */
    public static Report threat() {
        return Report.builder()
                .receivedAt(RECEIVED)
                .channel(ReportChannel.IN_PERSON)
                .description("An attendee said they would bring a weapon tomorrow and hurt the speakers.")
                .space(IncidentSpace.of(SpaceKind.EVENT_VENUE))
                .addCircumstances(Circumstance.VIOLENCE_THREATENED, Circumstance.GENERAL_THREAT_TO_SAFETY)
                .addParties(Party.builder().id(REPORTER).addRoles(CaseRole.REPORTER, CaseRole.TARGET)
                        .displayName("Kim Ito").build())
                .addParties(Party.builder().id(ACCUSED).addRoles(CaseRole.ACCUSED).description("tall, grey jacket")
                        .build())
                .build();
    }

    /** @return the receiver of every sample report */
    public static Party receiver() {
        return Party.builder().id(RECEIVER).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).displayName("Jo Team")
                .addStandings(Standing.RESPONSE_TEAM_MEMBER).build();
    }

    /**
     * Opens a case for a report.
     *
     * @param report the report
     * @return the opening, received ten minutes after the report, with an appeal contact
     */
    public static CaseOpened opened(Report report) {
        return CaseOpened.builder()
                .at(report.receivedAt().plusSeconds(600))
                .caseId(CaseId.of("case-1"))
                .edition(EDITION)
                .report(report)
                .receivedBy(receiver())
                .appealContact(Optional.of("appeals@events.example"))
                .build();
    }

    /**
     * Opens a case file for a report.
     *
     * @param report the report
     * @return the case file
     */
    public static CaseFile caseFile(Report report) {
        return CaseFile.open(opened(report));
    }
}
