package org.cocworkflow.core.guard;

import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.InterimMeasure;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.response.ResponsePath;

/**
 * Interim measures (seed 003, "Threats to Physical Wellbeing" and "Possible sanctions"; DESIGN, "Decision"): a
 * protective measure taken before the accused was heard is for a threat, violence or conduct many people witnessed;
 * a measure on people at the event is taken only while the event runs, one on a talk only for a talk, one on online
 * content only online; and none is taken once a decision stands, which decides sanctions instead.
 */
final class InterimMeasureGuard implements GuardCheck {
    private static final Guard GUARD = Guard.INTERIM_MEASURES;
    private static final Set<Circumstance> CALL_FOR_A_MEASURE = Set.of(Circumstance.VIOLENCE_COMMITTED,
            Circumstance.VIOLENCE_THREATENED, Circumstance.GENERAL_THREAT_TO_SAFETY, Circumstance.WIDELY_WITNESSED);

    @Override
    public void check(Situation s, Findings findings) {
        if (s.kind() != ActionKind.TAKE_INTERIM_MEASURE) {
            return;
        }
        CaseState state = s.state();
        InterimMeasure measure = ((Action.TakeInterimMeasure) s.action()).measure();
        if (state.hasDecision() && state.pendingAppeal().isEmpty()) {
            findings.refuse(GUARD, "a decision stands, so measures are no longer interim; decide sanctions "
                    + "(record_decision) instead");
            return;
        }
        boolean called = state.safety().isPresentThreat() || state.onPath(ResponsePath.WIDELY_WITNESSED)
                || state.onPath(ResponsePath.THREAT_TO_PHYSICAL_WELLBEING)
                || state.report().circumstances().stream().anyMatch(CALL_FOR_A_MEASURE::contains);
        if (!called) {
            findings.refuse(GUARD, "an interim measure before the hearing is for a threat, violence or conduct many "
                    + "people witnessed; otherwise hear the accused and let the meeting decide");
        }
        SpaceKind space = state.report().space().kind();
        boolean fits = switch (measure.needs()) {
            case TALK -> space == SpaceKind.TALK
                    || state.report().circumstances().contains(Circumstance.ACCUSED_GAVE_TALK);
            case IN_PERSON -> !space.isOnline();
            case ONLINE -> space.isOnline();
            case CONTENT -> space == SpaceKind.TALK || space.isOnline()
                    || state.report().circumstances().contains(Circumstance.ACCUSED_GAVE_TALK);
        };
        if (!fits) {
            findings.refuse(GUARD, switch (measure.needs()) {
                case TALK -> "this measure is for a talk the accused gave, and the report is not about one; choose "
                        + "a measure that fits the space";
                case IN_PERSON -> "this measure is for people at an in-person event, and the conduct was online; "
                        + "hide the content instead (hide_content)";
                case ONLINE -> "this measure is for online content, and the conduct was in person; choose a "
                        + "measure for the event instead";
                case CONTENT -> "a correction is for content: a talk the accused gave or something they posted "
                        + "online, and the report is about neither; choose a measure that fits the space";
            });
        }
        if (measure.whileEventRuns() && !state.eventRunsAt(s.at())) {
            findings.refuse(GUARD, state.event().isPresent()
                    ? "this measure is taken only while the event runs, and it is not running at this moment; "
                            + "let the meeting decide sanctions instead"
                    : "this measure is taken only while the event runs, and the case does not say when its event "
                            + "runs; open the case with the event's window (Advisor.open does)");
        }
    }
}
