package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.SpaceKind;

/**
 * Reminders of the code of conduct (seed 003, "Informing attendees"; issue 15): a reminder carries no incident
 * details and no names, so it needs no consent and no finding, only an audience that exists. The room of a session
 * is corrected while the session can still be going on: in a talk or workshop, while the event runs; all attendees
 * exist only where the case belongs to an event; the members of a community can always be reminded.
 */
final class ReminderGuard implements GuardCheck {
    private static final Guard GUARD = Guard.COMMUNITY;

    @Override
    public void check(Situation s, Findings findings) {
        if (s.kind() != ActionKind.REMIND_OF_CODE) {
            return;
        }
        CaseState state = s.state();
        switch (((Action.RemindOfCode) s.action()).audience()) {
            case THE_ROOM -> {
                SpaceKind space = state.report().space().kind();
                boolean session = space == SpaceKind.TALK || space == SpaceKind.WORKSHOP
                        || state.report().circumstances().contains(Circumstance.ACCUSED_GAVE_TALK);
                if (!session || !state.eventRunsAt(s.at())) {
                    findings.refuse(GUARD, "only a session still going on has a room to correct: a talk or workshop "
                            + "while the event runs; remind all attendees or members instead");
                }
            }
            case ALL_ATTENDEES -> {
                if (state.event().isEmpty()) {
                    findings.refuse(GUARD, "the case belongs to no event, so there are no attendees to remind; "
                            + "remind the community's members instead (all_members)");
                }
            }
            case ALL_MEMBERS -> {
                // a community's members can always be reminded of its code of conduct
            }
        }
    }
}
