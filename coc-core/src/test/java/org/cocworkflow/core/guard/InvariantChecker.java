package org.cocworkflow.core.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseImported;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.testing.CaseFileChecks;
import org.cocworkflow.core.view.CaseView;
import org.cocworkflow.core.view.ViewerRole;

/**
 * Checks that a case file and every role's view of it keep the invariants: each recorded action kept I1 to I8
 * (and the procedural guards) in the state it was taken in, I9 holds, and no view shows what its role may not see.
 */
public final class InvariantChecker {
    private InvariantChecker() {
    }

    /**
     * Asserts every invariant on a case file and its views.
     *
     * @param file a case file built through the guards
     */
    public static void assertHolds(CaseFile file) {
        List<CaseEvent> events = file.events();
        // Actions before an import mark were brought in without the guards: only those after it were kept by them.
        int firstGuarded = 1;
        for (int i = events.size() - 1; i > 0; i--) {
            if (events.get(i) instanceof CaseImported) {
                firstGuarded = i + 1;
                break;
            }
        }
        for (int i = firstGuarded; i < events.size(); i++) {
            ActionRecorded recorded = (ActionRecorded) events.get(i);
            Set<Guard> broken = InvariantSpec.broken(events.subList(0, i), recorded.action(), recorded.by(),
                    recorded.at());
            assertTrue(broken.isEmpty(), () -> "event #" + recorded.sequence() + " (" + recorded.summary() + ") broke "
                    + broken);
        }
        CaseFileChecks.assertPaperTrail(file);
        assertViews(file);
    }

    /**
     * Asserts that the last event of a case file kept the invariants in the state before it, and that every
     * role's view of the case shows only what the role may see.
     *
     * @param before the case file before the event
     * @param after the case file with the event
     */
    public static void assertStep(CaseFile before, CaseFile after) {
        ActionRecorded last = (ActionRecorded) after.events().get(after.events().size() - 1);
        Set<Guard> broken = InvariantSpec.broken(before, last.action(), last.by(), last.at());
        assertTrue(broken.isEmpty(), () -> "event #" + last.sequence() + " (" + last.summary() + ") broke " + broken);
        assertViews(after);
    }

    /**
     * Asserts that every role's view of a case shows only what the role may see.
     *
     * @param file the case
     */
    public static void assertViews(CaseFile file) {
        CaseState state = file.state();
        for (Party member : state.partiesWith(CaseRole.RESPONSE_TEAM_MEMBER)) {
            CaseView view = CaseView.forTeamMember(file, member.id());
            if (state.hasConflictOfInterest(member.id())) {
                assertEquals(ViewerRole.CONFLICTED_MEMBER, view.role(), "I5: a conflicted member's view");
                assertNothingBut(view, "I5: a conflicted member sees that the case exists, nothing more");
            } else {
                assertTrue(view.report().isPresent(), "a team member without a conflict sees the case");
            }
        }
        CaseView community = CaseView.of(file, ViewerRole.COMMUNITY);
        assertTrue(community.status().isEmpty() && community.report().isEmpty() && community.parties().isEmpty()
                && community.events().isEmpty() && community.description().isEmpty()
                && community.sanctions().isEmpty(), "I8: the community sees announcements only");
        for (Party accused : state.partiesWith(CaseRole.ACCUSED)) {
            CaseView view = CaseView.of(file, ViewerRole.ACCUSED, accused.id());
            if (!state.accusedNotified().contains(accused.id())) {
                assertNothingBut(view, "I6: an accused who was not told sees nothing");
                continue;
            }
            assertOutsider(state, view, RecipientClass.ACCUSED, "I6/I1: the accused's view");
            assertTrue(view.sanctions().stream().allMatch(s -> s.on().equals(accused.id())),
                    "the accused sees only sanctions on them");
        }
        CaseView global = CaseView.of(file, ViewerRole.GLOBAL_ORGANIZATION);
        if (global.report().isEmpty()) {
            assertOutsider(state, global, RecipientClass.GLOBAL_ORGANIZATION, "I1: the global organization's view");
        }
    }

    private static void assertNothingBut(CaseView view, String message) {
        assertTrue(view.status().isEmpty() && view.report().isEmpty() && view.parties().isEmpty()
                && view.events().isEmpty() && view.description().isEmpty() && view.sanctions().isEmpty()
                && view.announcements().isEmpty() && view.toViewer().isEmpty() && view.circumstances().isEmpty()
                && view.space().isEmpty(), message);
    }

    private static void assertOutsider(CaseState state, CaseView view, RecipientClass recipient, String what) {
        assertTrue(view.report().isEmpty() && view.events().isEmpty(), what + " holds no report or events");
        if (view.description().isPresent()) {
            assertTrue(state.consent().grantedByAll(state.consentHolders(), recipient, DisclosureItem.INCIDENT_DETAILS),
                    what + " shows the details only with consent");
        }
        for (Party shown : view.parties()) {
            Party party = state.party(shown.id()).orElseThrow();
            assertFalse(party.roles().stream().allMatch(r -> r == CaseRole.WITNESS || r == CaseRole.INVOLVED),
                    what + " never shows witnesses or others involved");
            boolean identified = shown.displayName().isPresent() || !shown.identifiers().isEmpty()
                    || shown.contact().isPresent() || shown.description().isPresent() || shown.employer().isPresent();
            if (identified && party.has(CaseRole.TARGET)) {
                assertTrue(state.consent().granted(party.id(), recipient, DisclosureItem.VICTIM_IDENTITY),
                        what + " identifies a victim only with their consent");
            }
            if (identified && party.has(CaseRole.REPORTER)) {
                assertTrue(state.consent().granted(party.id(), recipient, DisclosureItem.REPORTER_IDENTITY),
                        what + " identifies the reporter only with their consent");
            }
        }
    }
}
