package org.cocworkflow.rules;

import static org.cocworkflow.core.testing.Samples.RECEIVER;
import static org.cocworkflow.core.testing.Samples.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.action.ReopenReason;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.report.ImmutableIncidentSpace;
import org.cocworkflow.core.report.ImmutableReport;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.testing.Samples;
import org.cocworkflow.rules.edition.Editions;
import org.junit.jupiter.api.Test;

/**
 * A case taken up again after closing as not identified counts its response time from the reopening, in the phase
 * its event was in at that moment, read the same way as for a report's arrival: the case's own event window, else the
 * advisor's calendar, else the phase the caller gives (seed 003, "Forming a Response"; issue 15). The case here was
 * opened without an event window, as a case opened before the calendar knew its event would be.
 */
class ResponseTimeAfterReopeningTest {
    private static final String EVENT = "conf-2026";
    private static final Instant START = Samples.RECEIVED.minus(Duration.ofDays(1));
    private static final Instant END = Samples.RECEIVED.plus(Duration.ofDays(1));
    private static final Duration SHORT = Duration.ofHours(12);
    private static final Duration LONG = Duration.ofDays(7);
    private static final EventCalendar CALENDAR = EventCalendar.of(EventWindow.of(EVENT, START, END));

    private CaseFile file = RuleTesting.under(Samples.caseFile(shout()), Editions.SHIPPED);
    private Instant at = file.state().lastEventAt();

    /** A shout from the audience at the event: nobody could say who shouted. */
    private static Report shout() {
        return ImmutableReport.copyOf(Samples.harassingTalk())
                .withSpace(ImmutableIncidentSpace.builder().kind(SpaceKind.TALK).eventId(EVENT).build())
                .withCircumstances(Circumstance.WIDELY_WITNESSED, Circumstance.ACCUSED_NOT_IDENTIFIED);
    }

    private void does(Action action, Instant moment) {
        at = moment;
        file = Guards.apply(file, action, RECEIVER, moment).file();
    }

    /** Closes the case as not identified within the hour, and reopens it at a moment. */
    private void reopenedAt(Instant reopening) {
        does(Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED), at.plusSeconds(60));
        does(Action.SendMessage.of(REPORTER, MessageIntent.FOLLOW_UP_ON_OUTCOME), at.plusSeconds(60));
        does(Action.CloseCase.of(Resolution.NOT_IDENTIFIED), at.plusSeconds(60));
        does(Action.ReopenCase.of(ReopenReason.PERSON_IDENTIFIED), reopening);
    }

    private static List<Instant> responseDeadlines(Advice advice) {
        return advice.suggestions().stream().map(Suggestion::action)
                .filter(a -> a instanceof Action.SetDeadline d && d.kind() == DeadlineKind.RESPONSE)
                .map(a -> ((Action.SetDeadline) a).due()).toList();
    }

    /** The response deadlines an advisor that knows the event from its calendar suggests at a moment. */
    private List<Instant> responseDeadlinesWithTheCalendar(Instant now) {
        try (Advisor advisor = Advisor.create(AdvisorOptions.builder().addEditions(Editions.shipped())
                .calendar(CALENDAR).build())) {
            return responseDeadlines(advisor.advise(file, AdviceContext.at(now)));
        }
    }

    @Test
    void aCaseReopenedWhileTheCalendarsEventRanGetsTheShortTimeFromTheReopeningEvenWhenAdvisedAfterTheEvent() {
        Instant reopening = END.minus(Duration.ofHours(2));
        reopenedAt(reopening);
        assertTrue(file.state().event().isEmpty(), "the case carries no window of its own: the calendar decides");
        assertEquals(List.of(reopening.plus(SHORT)), responseDeadlinesWithTheCalendar(END.plus(Duration.ofHours(1))));
    }

    @Test
    void aCaseReopenedAfterTheCalendarsEventEndedGetsTheLongTimeFromTheReopening() {
        Instant reopening = END.plus(Duration.ofHours(3));
        reopenedAt(reopening);
        // The report itself arrived while the event ran: only the reopening's moment may decide.
        assertEquals(List.of(reopening.plus(LONG)),
                responseDeadlinesWithTheCalendar(reopening.plus(Duration.ofMinutes(10))));
    }

    @Test
    void theEventsEndIsItsFirstMomentAfterForTheCalendarAsForACasesWindow() {
        assertEquals(EventPhase.AFTER_EVENT, CALENDAR.phase(Optional.of(EVENT), END));
        reopenedAt(END);
        assertEquals(List.of(END.plus(LONG)), responseDeadlinesWithTheCalendar(END.plus(Duration.ofMinutes(10))));
    }

    @Test
    void withoutAWindowOrACalendarThePhaseTheCallerGivesDecidesAsItDoesForAReportsArrival() {
        Instant reopening = Samples.RECEIVED.plus(Duration.ofDays(3));
        reopenedAt(reopening);
        Advisor advisor = RuleTesting.shipped();
        Instant now = reopening.plus(Duration.ofMinutes(7));
        assertEquals(List.of(reopening.plus(SHORT)),
                responseDeadlines(advisor.advise(file, AdviceContext.at(now).during(EventPhase.DURING_EVENT))));
        assertEquals(List.of(reopening.plus(LONG)),
                responseDeadlines(advisor.advise(file, AdviceContext.at(now).during(EventPhase.AFTER_EVENT))));
    }
}
