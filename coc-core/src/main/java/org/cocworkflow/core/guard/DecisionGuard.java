package org.cocworkflow.core.guard;

import java.util.ArrayList;
import java.util.List;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.casefile.InterimMeasureTaken;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.response.DecisionRules;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.sanction.ImposedSanction;

/**
 * The decision (DESIGN, "Decision"; seed 003, "Meeting": available co-organizers meet and decide what is done; and
 * "Communicate with the harasser about the response": the accused may appeal while the action stands): a finding
 * is made in a response meeting the case held, by recorded deciders, meeting the edition's quorum and decision
 * method; it confirms or lifts every interim measure still in force; an appeal after the edition's window is heard
 * only for a recorded reason; an appeal's outcome names who heard it.
 *
 * <p>A decision that finds a violation but imposes less on an accused with a declared tie to a member of the response
 * team than the gravity the team assessed raises {@link Flag.Kind#UNEVEN_ENFORCEMENT} (seed 003, "Public response":
 * someone with intimate connections to the organizers getting off lighter than the stated policy). It is a flag on
 * the decision, not a refusal: the meeting may have reasons, and it is the decision, not an option, that the
 * community would judge.
 *
 * <p>Who may decide or hear an appeal (present, no conflict, neither party, not an original decider) is I5's
 * concern, in {@link MeetingGuard}.
 */
final class DecisionGuard implements GuardCheck {
    private static final Guard GUARD = Guard.DECISION;

    @Override
    public void check(Situation s, Findings findings) {
        switch (s.kind()) {
            case RECORD_DECISION -> {
                decision(s.state(), (Action.RecordDecision) s.action(), findings);
                unevenEnforcement(s.state(), (Action.RecordDecision) s.action(), findings);
            }
            case RECORD_APPEAL -> {
                Action.RecordAppeal appeal = (Action.RecordAppeal) s.action();
                if (s.state().appealWindowClosed(appeal.accused(), s.at()) && appeal.heardLateBecause().isEmpty()) {
                    findings.refuse(GUARD, "the appeal comes after the edition's appeal window (decisionRules."
                            + "appealWindow = " + s.state().decisionRules().appealWindow() + ", counted from the "
                            + "decision notice); record why the team hears it anyway (heardLateBecause), or do not "
                            + "hear it");
                }
            }
            case DECIDE_APPEAL -> {
                if (((Action.DecideAppeal) s.action()).hearers().isEmpty()) {
                    findings.refuse(GUARD, "name who heard the appeal (hearers): members without a conflict who did "
                            + "not make the decision appealed, or people of the global organization");
                }
            }
            default -> {
                // not a decision or an appeal
            }
        }
    }

    private static void decision(CaseState state, Action.RecordDecision decision, Findings findings) {
        if (decision.meeting().isEmpty()) {
            findings.refuse(GUARD, "a finding is made in a response meeting: hold it (convene_meeting with the "
                    + "members present) and record the decision with that meeting's sequence number, its deciders "
                    + "and their votes or consensus");
            return;
        }
        DecisionRules rules = state.decisionRules();
        int eligible = state.unconflictedTeam().size();
        int deciders = decision.deciders().size();
        if (eligible == 0) {
            findings.refuse(GUARD, "every member of the response team has a conflict of interest, so none can "
                    + "decide; escalate the case to the global organization (escalate_to_global_organization)");
        } else if (deciders < rules.deciders(eligible)) {
            findings.refuse(GUARD, "the edition's quorum (decisionRules.quorum = " + rules.quorum() + ") needs "
                    + rules.deciders(eligible) + " deciders without a conflict here, and the decision names "
                    + deciders + "; decide with more of the team, or record who decided");
        } else if (!rules.method().isMet(decision.inFavour(), deciders)) {
            findings.refuse(GUARD, "the edition's decision method (decisionRules.method = " + rules.method()
                    + ") is not met: " + decision.inFavour() + " of " + deciders + " deciders in favour; record a "
                    + "decision only once the method is met");
        }
        List<Long> unreviewed = new ArrayList<>();
        for (InterimMeasureTaken measure : state.pendingInterimMeasures()) {
            if (!decision.interimReviews().containsKey(measure.sequence())) {
                unreviewed.add(measure.sequence());
            }
        }
        if (!unreviewed.isEmpty()) {
            findings.refuse(GUARD, "the decision confirms or lifts every interim measure still in force; record "
                    + "how it reviews the measures of events " + unreviewed.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + " too (interimReviews)");
        }
    }

    private static void unevenEnforcement(CaseState state, Action.RecordDecision decision, Findings findings) {
        if (decision.finding() != Finding.VIOLATION || state.gravity().isEmpty()) {
            return;
        }
        Gravity assessed = state.gravity().get();
        List<Party> team = state.partiesWith(CaseRole.RESPONSE_TEAM_MEMBER);
        for (Party accused : state.partiesWith(CaseRole.ACCUSED)) {
            boolean tied = team.stream().anyMatch(member -> !member.id().equals(accused.id())
                    && (member.declaresRelationshipWith(accused.id())
                            || accused.declaresRelationshipWith(member.id())));
            Gravity imposed = decision.sanctions().stream().filter(sanction -> sanction.on().equals(accused.id()))
                    .map(DecisionGuard::rungOf).max(java.util.Comparator.naturalOrder()).orElse(Gravity.CORRECTION);
            if (tied && !imposed.atLeast(assessed)) {
                findings.flag(Flag.Kind.UNEVEN_ENFORCEMENT, GUARD, "the decision imposes less on an accused with a "
                        + "declared tie to a member of the team than the gravity the team assessed (" + assessed
                        + "); check that the outcome is the one the policy gives anyone else, and record why if not");
                return;
            }
        }
    }

    /** The rung of the gravity ladder a sanction reaches (docs/design.md, "How the procedure is read"). */
    static Gravity rungOf(ImposedSanction imposed) {
        return switch (imposed.sanction()) {
            case BAN_FROM_FUTURE_EVENTS, BLOCK_FROM_SERVICE -> imposed.until().isPresent() ? Gravity.TEMPORARY_BAN
                    : Gravity.PERMANENT_BAN;
            case REMOVE_MEMBERSHIP -> Gravity.PERMANENT_BAN;
            case EXPEL_FROM_EVENT, END_TALK_EARLY, NO_FURTHER_TALKS, END_VOLUNTEER_ROLE, NO_FUTURE_VOLUNTEERING,
                    REMOVE_FROM_POSITION, BLOCK_FROM_CHANNEL -> Gravity.TEMPORARY_BAN;
            case WARNING, RECORD_FOR_MONITORING, NO_CONTACT_REST_OF_EVENT, HIDE_FROM_TARGET, MONITOR_POSTINGS,
                    WITHHOLD_TALK_RECORDING, REFUND_TRAVEL_GRANT, ACCOUNT_INFORMATION_TO_LAW_ENFORCEMENT,
                    PUBLISH_ACCOUNT_AND_CALL_FOR_RESIGNATION -> Gravity.WARNING;
            case CORRECT_TALK_MATERIAL, EDIT_TALK_RECORDING, CORRECT_POST, CORRECT_PROFILE -> Gravity.CORRECTION;
        };
    }
}
