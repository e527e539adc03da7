package org.cocworkflow.core.casefile;

import static org.cocworkflow.core.testing.Samples.ACCUSED;
import static org.cocworkflow.core.testing.Samples.RECEIVER;
import static org.cocworkflow.core.testing.Samples.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.guard.Guard;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.core.view.CaseView;
import org.cocworkflow.core.view.ViewerRole;
import org.junit.jupiter.api.Test;

/**
 * DESIGN, "Guarded paths only": every public way to add an action to a case file goes through the guards, reading a
 * case file back re-checks every recorded action at its moment, and the one way around them (an import) is marked
 * where everyone sees it.
 */
class GuardedPathsTest {
    private static final Instant T0 = Samples.RECEIVED.plusSeconds(3_600);
    /** Inviting the victim to withdraw: refused by the no-coercion guard whatever the case (I2). */
    private static final Action COERCIVE = Action.SendMessage.of(REPORTER, MessageIntent.INVITE_WITHDRAWAL);

    private final CaseFile opened = Samples.caseFile(Samples.privateHarassment());

    /** The opening, a note, then the coercive message recorded at position 2, as a tampered file would hold it. */
    private List<CaseEvent> historyWithARefusedAction() {
        List<CaseEvent> events = new ArrayList<>(opened.events());
        events.add(ActionRecorded.of(1, T0, RECEIVER, Action.RecordNote.of("first call")));
        events.add(ActionRecorded.of(2, T0.plusSeconds(60), RECEIVER, COERCIVE));
        return events;
    }

    @Test
    void appendingAnActionTheGuardsRefuseThrowsAndLeavesTheFileAsItWas() {
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> opened.append(COERCIVE, RECEIVER, T0));
        assertEquals(Guard.NO_COERCION, e.verdict().guard());
        assertEquals(OptionalLong.empty(), e.sequence(), "an action proposed now has no position yet");
        assertEquals(1, opened.version());
    }

    @Test
    void replayRefusesAFileHoldingARefusedActionAndNamesItsPosition() {
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> CaseFile.replay(historyWithARefusedAction()));
        assertEquals(OptionalLong.of(2), e.sequence());
        assertEquals(Guard.NO_COERCION, e.verdict().guard());
        assertTrue(e.getMessage().startsWith("event #2 (send_message) refused by the NO_COERCION guard"),
                e::getMessage);
    }

    @Test
    void appendingARecordedEventIsCheckedByTheGuardsAtItsMoment() {
        List<CaseEvent> history = historyWithARefusedAction();
        CaseFile file = opened.append(history.get(1));
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> file.append(history.get(2)));
        assertEquals(OptionalLong.of(2), e.sequence());
        assertEquals(2, file.version());
    }

    @Test
    void anImportMarkCannotBeAppendedOnItsOwn() {
        CaseImported mark = ImmutableCaseImported.builder().sequence(1).at(T0).by(RECEIVER).build();
        CaseTransitionException e = assertThrows(CaseTransitionException.class, () -> opened.append(mark));
        assertEquals(Reason.NOT_OPENED, e.reason());
    }

    @Test
    void anImportTakesARefusedHistoryMarksItWhereEveryRoleSeesItAndGuardsWhatFollows() {
        Instant importedAt = T0.plusSeconds(3_600);
        CaseFile imported = CaseFile.importUnverified(historyWithARefusedAction(), RECEIVER, importedAt,
                Optional.of("the old tracker"));

        assertEquals(4, imported.version());
        CaseImported mark = (CaseImported) imported.events().get(3);
        assertEquals(RECEIVER, mark.by());
        assertEquals(2, mark.unverifiedThrough());
        assertEquals(OptionalLong.of(2), imported.state().unverifiedThrough());
        assertFalse(mark.toString().contains("old tracker"), "the source is the importer's free text: redacted");
        for (ViewerRole role : List.of(ViewerRole.HANDLER, ViewerRole.GLOBAL_ORGANIZATION, ViewerRole.COMMUNITY)) {
            assertTrue(CaseView.of(imported, role).importedUnverified(), role::toString);
        }
        assertFalse(CaseView.of(opened, ViewerRole.COMMUNITY).importedUnverified());

        assertThrows(ActionRefusedException.class, () -> imported.append(COERCIVE, RECEIVER, importedAt),
                "what follows the mark is guarded as usual");
        assertEquals(imported, CaseFile.replay(imported.events()), "the mark lets its own history be read back");
        CocJson json = CocJson.standard();
        assertEquals(imported, json.readCaseFile(json.writeCaseFile(imported)));
    }

    @Test
    void aMarkCoversOnlyTheEventsBeforeIt() {
        List<CaseEvent> events = new ArrayList<>(opened.events());
        events.add(ImmutableCaseImported.builder().sequence(1).at(T0).by(RECEIVER).build());
        events.add(ActionRecorded.of(2, T0.plusSeconds(60), RECEIVER, COERCIVE));
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> CaseFile.replay(events));
        assertEquals(OptionalLong.of(2), e.sequence());
    }

    @Test
    void anImportStillRefusesImpossibleTransitionsAndImportersOffTheTeam() {
        List<CaseEvent> events = new ArrayList<>(opened.events());
        events.add(ActionRecorded.of(1, T0, RECEIVER, Action.DecideAppeal.of(AppealOutcome.UPHELD, List.of())));
        CaseTransitionException impossible = assertThrows(CaseTransitionException.class,
                () -> CaseFile.importUnverified(events, RECEIVER, T0, Optional.empty()));
        assertEquals(Reason.NO_APPEAL_PENDING, impossible.reason());

        CaseTransitionException stranger = assertThrows(CaseTransitionException.class,
                () -> CaseFile.importUnverified(opened.events(), PartyId.of("someone-else"), T0, Optional.empty()));
        assertEquals(Reason.UNKNOWN_PARTY, stranger.reason());
        CaseTransitionException accused = assertThrows(CaseTransitionException.class,
                () -> CaseFile.importUnverified(opened.events(), ACCUSED, T0, Optional.empty()));
        assertEquals(Reason.RECORDER_NOT_ON_TEAM, accused.reason());
        CaseTransitionException early = assertThrows(CaseTransitionException.class,
                () -> CaseFile.importUnverified(opened.events(), RECEIVER, Samples.RECEIVED.minusSeconds(1),
                        Optional.empty()));
        assertEquals(Reason.OUT_OF_ORDER, early.reason());
    }

    @Test
    void aCaseFileHoldsAtMostMaxEvents() {
        List<CaseEvent> events = new ArrayList<>(opened.events());
        for (int i = 1; i < CaseFile.MAX_EVENTS; i++) {
            events.add(ActionRecorded.of(i, T0, RECEIVER, Action.RecordNote.of("call " + i)));
        }
        CaseFile full = CaseFile.replay(events);
        assertEquals(CaseFile.MAX_EVENTS, full.version());
        CaseTransitionException e = assertThrows(CaseTransitionException.class,
                () -> full.append(Action.RecordNote.of("one more"), RECEIVER, T0));
        assertEquals(Reason.TOO_MANY_EVENTS, e.reason());

        events.add(ActionRecorded.of(CaseFile.MAX_EVENTS, T0, RECEIVER, Action.RecordNote.of("one more")));
        assertEquals(Reason.TOO_MANY_EVENTS, assertThrows(CaseTransitionException.class,
                () -> CaseFile.replay(events)).reason());
        assertEquals(Reason.TOO_MANY_EVENTS, assertThrows(CaseTransitionException.class,
                () -> CaseFile.importUnverified(full.events(), RECEIVER, T0, Optional.empty())).reason(),
                "the mark counts as an event too");
    }
}
