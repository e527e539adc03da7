package org.cocworkflow.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ImmutableRecordDecision;
import org.cocworkflow.core.action.InterimReview;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.Decision;
import org.cocworkflow.core.casefile.InterimMeasureTaken;
import org.cocworkflow.core.casefile.Meeting;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.sanction.ImposedSanction;

/**
 * Steps of the procedure that example tests of every module take the way the guards allow them (DESIGN,
 * "Decision"): a decision made in a response meeting by its members, an appeal heard by someone who did not decide.
 * Each step is recorded a minute after the case's last event, by the person who talks to the parties.
 */
public final class Procedures {
    /** The member who joins to hear an appeal. */
    public static final PartyId HEARER = PartyId.of("team-appeals");

    private Procedures() {
    }

    private static CaseFile then(CaseFile file, Action action) {
        return file.append(action, file.state().speaker(), file.state().lastEventAt().plusSeconds(60));
    }

    /**
     * Records a decision in the latest response meeting held since the last decision (held now with the members
     * without a conflict, if there is none), by its participants and by consensus, confirming every interim
     * measure still in force.
     *
     * @param file the case, whose speaker is a member without a conflict
     * @param finding the finding
     * @param sanctions the sanctions
     * @return the case file with the decision
     */
    public static CaseFile decide(CaseFile file, Finding finding, List<ImposedSanction> sanctions) {
        long since = file.state().latestDecision().map(Decision::sequence).orElse(0L);
        Optional<Meeting> meeting = file.state().meetings().stream().filter(m -> m.sequence() > since)
                .reduce((earlier, later) -> later);
        CaseFile f = file;
        if (meeting.isEmpty()) {
            f = then(f, Action.ConveneMeeting.of(f.state().unconflictedTeam()));
            meeting = Optional.of(f.state().meetings().get(f.state().meetings().size() - 1));
        }
        Map<Long, InterimReview> reviews = new TreeMap<>();
        for (InterimMeasureTaken measure : f.state().pendingInterimMeasures()) {
            reviews.put(measure.sequence(), InterimReview.CONFIRMED);
        }
        return then(f, ImmutableRecordDecision.copyOf(Action.RecordDecision.inMeeting(meeting.get().sequence(),
                meeting.get().participants(), finding, sanctions)).withInterimReviews(reviews));
    }

    /**
     * Records the accused told and heard, unless they already were.
     *
     * @param file the case
     * @param accused the accused
     * @return the case file with the accused heard
     */
    public static CaseFile heard(CaseFile file, PartyId accused) {
        CaseFile f = file;
        if (!f.state().notified(accused)) {
            f = then(f, Action.NotifyAccused.of(accused));
        }
        if (!f.state().heard(accused)) {
            f = then(f, Action.HearAccused.of(accused, "Their side, in their words."));
        }
        return f;
    }

    /**
     * Decides the pending appeal, heard by {@link #HEARER}, who joins the team for it if not on it yet; if
     * {@link #HEARER} made the decision appealed (having joined the team for an earlier appeal), by another member
     * who joins for it ({@code team-appeals-2}, ...).
     *
     * @param file the case with an appeal pending
     * @param outcome the outcome
     * @param sanctions the sanctions of a modified decision
     * @return the case file with the appeal decided
     */
    public static CaseFile decideAppeal(CaseFile file, AppealOutcome outcome, List<ImposedSanction> sanctions) {
        CaseFile f = file;
        Set<PartyId> deciders = f.state().appealedDecision().map(Decision::deciders).orElse(Set.of());
        PartyId hearer = HEARER;
        for (int n = 2; deciders.contains(hearer); n++) {
            hearer = PartyId.of(HEARER.value() + "-" + n);
        }
        if (f.state().party(hearer).isEmpty()) {
            f = then(f, Action.AddTeamMember.of(Party.builder().id(hearer).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                    .addStandings(Standing.RESPONSE_TEAM_MEMBER).build()));
        }
        return then(f, Action.DecideAppeal.by(outcome, sanctions, Set.of(hearer)));
    }
}
