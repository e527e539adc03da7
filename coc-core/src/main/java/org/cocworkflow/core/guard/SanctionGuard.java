package org.cocworkflow.core.guard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ExternalBody;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.sanction.SanctionFacts;

/**
 * I7: every sanction meets its precondition and fits the space (seed 003, "Possible sanctions"); a report to an
 * outside body has the connection that body needs (seed 003, "Employer reports": conduct in an official capacity;
 * seed 004, "Other Avenues"); a ban goes on the ban list only as a decided ban; a talk is ended early only while
 * the event runs, since a talk that is over has only its recording and slides left to act on.
 */
final class SanctionGuard implements GuardCheck {
    private static final Guard GUARD = Guard.SANCTIONS;

    @Override
    public void check(Situation s, Findings findings) {
        CaseState state = s.state();
        Action action = s.action();
        switch (s.kind()) {
            case RECORD_DECISION -> {
                sanctions(state, ((Action.RecordDecision) action).sanctions(), s.at(), findings);
                talkOver(state, ((Action.RecordDecision) action).sanctions(), s.at(), findings);
            }
            case DECIDE_APPEAL -> sanctions(state, ((Action.DecideAppeal) action).sanctions(), s.at(), findings);
            case REPORT_TO_EXTERNAL_BODY -> externalBody(state, ((Action.ReportToExternalBody) action).body(),
                    findings);
            case LIFT_BAN -> liftBan(state, (Action.LiftBan) action, findings);
            case RECORD_BAN -> recordBan(state, (Action.RecordBan) action, findings);
            default -> {
                // no sanction, ban or outside report in this action
            }
        }
    }

    private static void liftBan(CaseState state, Action.LiftBan lift, Findings findings) {
        if (state.sanctionsInForce().stream().anyMatch(x -> x.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS
                && x.on().equals(lift.accused()))) {
            findings.refuse(GUARD, "the decision in force still bans the accused from future events; a ban comes "
                    + "off the list only when an appeal overturns or changes it (decide_appeal)");
        }
    }

    private static void recordBan(CaseState state, Action.RecordBan ban, Findings findings) {
        Optional<ImposedSanction> decided = state.sanctionsInForce().stream()
                .filter(x -> x.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS && x.on().equals(ban.accused()))
                .findFirst();
        if (decided.isEmpty()) {
            findings.refuse(GUARD, "a ban goes on the ban list only when a decision in force bans the accused from "
                    + "future events (record_decision with ban_from_future_events)");
        } else if (decided.get().until().isPresent() && (ban.until().isEmpty()
                || ban.until().get().isAfter(decided.get().until().get()))) {
            findings.refuse(GUARD, "end the ban list entry when the decided ban ends, not later");
        }
    }

    static void sanctions(CaseState state, List<ImposedSanction> sanctions, Instant decidedAt,
            Findings findings) {
        for (ImposedSanction imposed : sanctions) {
            if (state.party(imposed.on()).filter(p -> p.has(CaseRole.ACCUSED)).isEmpty()) {
                continue; // the case file refuses sanctions on someone who is not accused
            }
            SanctionFacts facts = state.sanctionFacts(imposed.on());
            Sanction sanction = imposed.sanction();
            if (!sanction.precondition().holds(facts)) {
                findings.refuse(GUARD, Words.of(sanction) + " needs " + needs(sanction) + ", which this case does "
                        + "not have; choose another sanction from the catalogue");
            } else if (!sanction.fitsSpace(facts)) {
                findings.refuse(GUARD, Words.of(sanction) + " is an " + (facts.space().isOnline()
                        ? "in-person event action and the incident happened online; choose an online action instead"
                        : "online action and the incident happened in person; choose an event action instead"));
            }
            // It starts when it is decided, which may be long after the case's last event.
            imposed.until().filter(until -> !until.isAfter(decidedAt)).ifPresent(until ->
                    findings.refuse(GUARD, Words.of(sanction) + " would end before it starts; give an end date in the "
                            + "future"));
        }
    }

    /** A talk is ended early only while it can still run, that is while the event runs (an appeal keeps what was
     * decided then). */
    private static void talkOver(CaseState state, List<ImposedSanction> sanctions, Instant decidedAt,
            Findings findings) {
        if (sanctions.stream().anyMatch(x -> x.sanction() == Sanction.END_TALK_EARLY)
                && !state.eventRunsAt(decidedAt)) {
            findings.refuse(GUARD, "ending a talk early needs the talk still running, and the event is not running "
                    + "at this moment; withhold or correct the talk's recording and slides instead");
        }
    }

    private static String needs(Sanction sanction) {
        return switch (sanction.precondition()) {
            case NONE -> "nothing";
            case TARGET_IDENTIFIED -> "a named victim to keep away from";
            case TALK_BY_ACCUSED -> "a talk the accused gave in which the conduct happened";
            case ACCUSED_IS_SPEAKER -> "the accused to be a speaker";
            case ACCUSED_IS_VOLUNTEER -> "the accused to be a volunteer";
            case ACCUSED_HOLDS_POSITION -> "the accused to hold a position among organizers, staff or volunteers";
            case CONDUCT_CONDITIONAL_GRANT -> "a travel grant that was conditional on conduct when it was awarded";
            case ACCUSED_IS_MEMBER -> "the accused to be a member of the organization";
            case ACCUSED_IS_LEADER -> "the accused to lead or be central to the event or community";
            case VICTIM_REQUESTED_LAW_ENFORCEMENT -> "the victim to have asked for help with law enforcement";
        };
    }

    private static void externalBody(CaseState state, ExternalBody body, Findings findings) {
        Set<Circumstance> circumstances = state.report().circumstances();
        boolean fits = switch (body) {
            case EMPLOYER -> circumstances.stream().anyMatch(Circumstance::isOfficialCapacity);
            case PROFESSIONAL_BODY -> circumstances.stream()
                    .anyMatch(c -> c.route() == Circumstance.Route.PROFESSIONAL_BODY);
            case EDUCATIONAL_INSTITUTION -> circumstances.stream()
                    .anyMatch(c -> c.route() == Circumstance.Route.EDUCATIONAL_INSTITUTION);
            case INTERNET_PROVIDER -> state.report().space().kind().isOnline() || circumstances.stream()
                    .anyMatch(c -> c.route() == Circumstance.Route.INTERNET_PROVIDER);
        };
        if (!fits) {
            findings.refuse(GUARD, switch (body) {
                case EMPLOYER -> "an employer report fits only conduct in an official capacity (working as staff, "
                        + "at a sponsor booth, recruiting, in branded clothing, claiming to represent the employer, "
                        + "using company resources); the victim may still report to the employer themselves";
                case PROFESSIONAL_BODY -> "a report to a professional body fits only someone whose profession's "
                        + "code governs their conduct, or who is about to join such a profession; the victim may "
                        + "still report to it themselves";
                case EDUCATIONAL_INSTITUTION -> "a report to an educational institution fits only conduct using its "
                        + "resources, claimed as its work, or by someone representing it; the victim may still "
                        + "report to it themselves";
                case INTERNET_PROVIDER -> "a report to an internet provider fits only online conduct; the victim "
                        + "may still report to it themselves";
            });
        }
    }
}
