package org.cocworkflow.core.casefile;

import static org.cocworkflow.core.testing.Samples.ACCUSED;
import static org.cocworkflow.core.testing.Samples.RECEIVER;
import static org.cocworkflow.core.testing.Samples.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.DocumentProblem;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.action.ReopenReason;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.testing.CaseFileChecks;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.Test;

/** A case closed as not identified is taken up again when the person is identified, and only such a case (#15). */
class ReopenCaseTest {
    private static final PartyId IDENTIFIED = PartyId.of("accused-2");
    private static final Action REOPEN = Action.ReopenCase.of(ReopenReason.PERSON_IDENTIFIED);

    private final CocJson json = CocJson.standard();
    private Instant at = Samples.RECEIVED.plusSeconds(3_600);
    private CaseFile file = Samples.caseFile(shout());

    /** A shout from the audience: the talk's report, with nobody able to say who shouted. */
    private static Report shout() {
        return ImmutableReport.copyOf(Samples.harassingTalk()).withCircumstances(Circumstance.WIDELY_WITNESSED,
                Circumstance.ACCUSED_NOT_IDENTIFIED);
    }

    private CaseFile does(Action action) {
        at = at.plusSeconds(60);
        file = file.append(action, RECEIVER, at);
        return file;
    }

    private void assertRefused(Reason reason, Action action) {
        CaseFile before = file;
        CaseTransitionException e = assertThrows(CaseTransitionException.class,
                () -> file.append(action, RECEIVER, at.plusSeconds(60)));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().contains(reason.advice()), e::getMessage);
        assertEquals(before, file);
    }

    private void closedAsNotIdentified() {
        does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED));
        does(Action.SetDeadline.of(DeadlineKind.RESPONSE, at.plusSeconds(7_200)));
        does(Action.SendMessage.of(REPORTER, MessageIntent.FOLLOW_UP_ON_OUTCOME));
        does(Action.CloseCase.of(Resolution.NOT_IDENTIFIED));
    }

    private static Action.AddParty identifiedAccused() {
        return Action.AddParty.of(Party.builder().id(IDENTIFIED).addRoles(CaseRole.ACCUSED).displayName("Sam Holt")
                .build());
    }

    @Test
    void aCaseClosedAsNotIdentifiedIsOpenAgainAfterTheReopeningAndKeepsItsClosingInTheLog() {
        closedAsNotIdentified();
        long closing = file.version() - 1;
        does(REOPEN);
        CaseState state = file.state();
        assertFalse(state.isClosed());
        assertEquals(CaseStatus.OPEN, state.status());
        assertEquals(Optional.empty(), state.resolution(), "the closing is no longer in force");
        assertEquals(Optional.of(ReopenReason.PERSON_IDENTIFIED), state.reopening().map(Reopening::reason));
        assertEquals(file.version() - 1, state.reopening().orElseThrow().sequence());
        assertFalse(state.hasDeadline(DeadlineKind.RESPONSE), "the response time counts again from the reopening");
        ActionRecorded kept = (ActionRecorded) file.events().get((int) closing);
        assertEquals(Action.CloseCase.of(Resolution.NOT_IDENTIFIED), kept.action(), "the earlier closing stays");
        assertFalse(state.messagedSinceReopening(REPORTER, MessageIntent.FOLLOW_UP_ON_OUTCOME),
                "what the reporter heard before the closing does not count for the case taken up again");
        does(Action.SendMessage.of(REPORTER, MessageIntent.CASE_TAKEN_UP_AGAIN));
        assertTrue(file.state().messagedSinceReopening(REPORTER, MessageIntent.CASE_TAKEN_UP_AGAIN));
        CaseFileChecks.assertPaperTrail(file);
    }

    @Test
    void theIdentifiedPersonAddedAfterTheReopeningIsToldAndHeardAsUsual() {
        closedAsNotIdentified();
        assertRefused(Reason.CASE_CLOSED, identifiedAccused());
        does(REOPEN);
        does(identifiedAccused());
        assertFalse(file.state().nobodyToNotify());
        assertTrue(file.state().hasIdentifiedAccused());
        assertTrue(file.state().unidentified(ACCUSED) && !file.state().unidentified(IDENTIFIED));
        does(Action.NotifyAccused.of(IDENTIFIED));
        does(Action.HearAccused.of(IDENTIFIED, "Their side."));
        assertTrue(file.state().notified(IDENTIFIED) && file.state().heard(IDENTIFIED));
    }

    @Test
    void aReopenedCaseThatNamesTheIdentifiedPersonCannotCloseAsNotIdentifiedAgain() {
        closedAsNotIdentified();
        does(REOPEN);
        does(Action.CloseCase.of(Resolution.NOT_IDENTIFIED));
        assertTrue(file.state().isClosed(), "before anyone was added, the reopening may be undone the same way");
        does(REOPEN);
        does(identifiedAccused());
        assertRefused(Reason.PERSON_IDENTIFIED, Action.CloseCase.of(Resolution.NOT_IDENTIFIED));
        does(Action.CloseCase.of(Resolution.INSUFFICIENT_INFORMATION));
        assertRefused(Reason.CANNOT_REOPEN, REOPEN);
    }

    @Test
    void aCaseClosedForAnyOtherReasonIsNotReopenedButFollowedByALinkedCase() {
        for (Resolution resolution : Resolution.values()) {
            if (resolution == Resolution.NOT_IDENTIFIED) {
                continue;
            }
            file = Samples.caseFile(shout());
            does(Action.CloseCase.of(resolution));
            assertRefused(Reason.CANNOT_REOPEN, REOPEN);
            assertTrue(Reason.CANNOT_REOPEN.advice().contains("open a new case and link it"));
        }
    }

    @Test
    void anOpenCaseNeedsNoReopening() {
        assertRefused(Reason.NOT_CLOSED, REOPEN);
    }

    @Test
    void aReopeningIsRecordedByAMemberOfTheTeamOnly() {
        closedAsNotIdentified();
        CaseTransitionException e = assertThrows(CaseTransitionException.class,
                () -> file.append(REOPEN, REPORTER, at.plusSeconds(60)));
        assertEquals(Reason.RECORDER_NOT_ON_TEAM, e.reason());
    }

    @Test
    void aReopeningTravelsInVersion2DocumentsAndIsRefusedInVersion1Ones() throws Exception {
        closedAsNotIdentified();
        does(REOPEN);
        does(identifiedAccused());
        String document = json.writeAction(REOPEN);
        assertTrue(document.contains("coc-action/2") && document.contains("\"reopen_case\""), document);
        assertTrue(document.contains("PERSON_IDENTIFIED"), document);
        assertEquals(REOPEN, json.readAction(document));
        assertEquals(file, json.readCaseFile(json.writeCaseFile(file)));
        assertEquals(file.state(), json.readCaseFile(json.writeCaseFile(file)).state());

        String version1 = document.replace("coc-action/2", "coc-action/1");
        List<DocumentProblem> problems = assertThrows(InvalidDocumentException.class,
                () -> json.readAction(version1)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("$.action.type")
                && p.problem().contains("came in version 2")), problems::toString);

        ObjectMapper trees = new ObjectMapper();
        ObjectNode caseFile = (ObjectNode) trees.readTree(json.writeCaseFile(file));
        caseFile.put("format", "coc-case-file/1");
        String old = trees.writeValueAsString(caseFile);
        List<DocumentProblem> inFile = assertThrows(InvalidDocumentException.class, () -> json.readCaseFile(old))
                .problems();
        assertTrue(inFile.stream().anyMatch(p -> p.path().endsWith(".action.type")
                && p.problem().contains("came in version 2")), inFile::toString);
    }

    @Test
    void theSummaryOfAReopeningSaysWhyWithoutCaseContent() {
        assertEquals("reopen the case: PERSON_IDENTIFIED", REOPEN.summary());
        assertEquals("reopen_case", REOPEN.typeName());
        assertEquals(List.of(), REOPEN.namedParties());
    }
}
