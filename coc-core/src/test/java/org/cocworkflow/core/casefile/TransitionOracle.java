package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.sanction.ImposedSanction;

/**
 * The transition rules of the case file, written a second time as a plain decision list, to check the case file
 * against: which reason, if any, must refuse a step in a state. The case file's properties and the workflow property
 * of the guards use it.
 */
public final class TransitionOracle {
    private TransitionOracle() {
    }

    /**
     * Returns the reason the case file must refuse a step with, if it must. Whether the case is closed, how, and
     * whether it was reopened are read from the case file's raw events, not from its folded state.
     *
     * @param file the case file before the step
     * @param action the action
     * @param by who records it
     * @param at when
     * @return the reason, or empty if the step is possible
     */
    public static Optional<Reason> expected(CaseFile file, Action action, PartyId by, Instant at) {
        CaseState s = file.state();
        Closing closing = Closing.of(file);
        if (action instanceof Action.ReopenCase) {
            // Only a case closed as not identified is taken up again (issue 15).
            if (closing.inForce.isEmpty()) {
                return Optional.of(Reason.NOT_CLOSED);
            }
            if (closing.inForce.get() != Resolution.NOT_IDENTIFIED) {
                return Optional.of(Reason.CANNOT_REOPEN);
            }
        } else if (closing.inForce.isPresent()) {
            return Optional.of(Reason.CASE_CLOSED);
        }
        if (at.isBefore(s.lastEventAt())) {
            return Optional.of(Reason.OUT_OF_ORDER);
        }
        if (s.party(by).isEmpty()) {
            return Optional.of(Reason.UNKNOWN_PARTY);
        }
        if (!s.party(by).get().has(CaseRole.RESPONSE_TEAM_MEMBER)) {
            return Optional.of(Reason.RECORDER_NOT_ON_TEAM);
        }
        if (action.namedParties().stream().anyMatch(p -> s.party(p).isEmpty())) {
            return Optional.of(Reason.UNKNOWN_PARTY);
        }
        if (action instanceof Action.CloseCase close && close.resolution() == Resolution.NOT_IDENTIFIED
                && closing.reopened && closing.identifiedAccused
                && s.appeals().stream().noneMatch(appeal -> appeal.outcome().isEmpty())) {
            // Reopened because the person was identified, and they are on the case: not "not identified" again.
            return Optional.of(Reason.PERSON_IDENTIFIED);
        }
        return specific(s, action, at);
    }

    /**
     * What the raw events say about closing: the resolution of a closing still in force (the latest close_case with
     * no reopen_case after it), whether the case was ever reopened, and whether an accused the team can tell is on
     * it (one added to the case, or one of the report's when the report does not say nobody could identify them).
     */
    private static final class Closing {
        private Optional<Resolution> inForce = Optional.empty();
        private boolean reopened;
        private boolean identifiedAccused;

        static Closing of(CaseFile file) {
            Closing closing = new Closing();
            boolean reportCouldNotIdentify = file.opening().report().circumstances()
                    .contains(Circumstance.ACCUSED_NOT_IDENTIFIED);
            closing.identifiedAccused = !reportCouldNotIdentify
                    && file.opening().report().parties().stream().anyMatch(p -> p.has(CaseRole.ACCUSED));
            for (CaseEvent event : file.events()) {
                if (event instanceof ActionRecorded recorded) {
                    Action a = recorded.action();
                    if (a instanceof Action.CloseCase close) {
                        closing.inForce = Optional.of(close.resolution());
                    } else if (a instanceof Action.ReopenCase) {
                        closing.inForce = Optional.empty();
                        closing.reopened = true;
                    } else if (a instanceof Action.AddParty add && add.party().has(CaseRole.ACCUSED)) {
                        closing.identifiedAccused = true;
                    }
                }
            }
            return closing;
        }
    }

    private static boolean has(CaseState s, PartyId id, CaseRole role) {
        return s.party(id).map(p -> p.has(role)).orElse(false);
    }

    /** The latest ban-list entry for the accused has already ended at the moment. */
    private static boolean latestEnded(CaseState s, Action.LiftBan lift, Instant at) {
        BanRecord latest = null;
        for (BanRecord b : s.bans()) {
            if (b.accused().equals(lift.accused())) {
                latest = b;
            }
        }
        return latest != null && latest.until().filter(u -> !u.isAfter(at)).isPresent();
    }

    private static Optional<Reason> when(boolean refused, Reason reason) {
        return refused ? Optional.of(reason) : Optional.empty();
    }

    private static Optional<Reason> notAccused(CaseState s, PartyId id) {
        return when(!has(s, id, CaseRole.ACCUSED), Reason.WRONG_ROLE);
    }

    private static Optional<Reason> sanctionsOnNonAccused(CaseState s, Iterable<ImposedSanction> sanctions) {
        for (ImposedSanction sanction : sanctions) {
            if (!has(s, sanction.on(), CaseRole.ACCUSED)) {
                return Optional.of(Reason.WRONG_ROLE);
            }
        }
        return Optional.empty();
    }

    private static boolean mayGrant(CaseState s, PartyId grantor, DisclosureItem item) {
        boolean targetsNamed = s.parties().stream().anyMatch(p -> p.has(CaseRole.TARGET));
        return switch (item) {
            case VICTIM_IDENTITY -> has(s, grantor, CaseRole.TARGET);
            case REPORTER_IDENTITY -> has(s, grantor, CaseRole.REPORTER);
            case INCIDENT_DETAILS -> targetsNamed ? has(s, grantor, CaseRole.TARGET)
                    : has(s, grantor, CaseRole.REPORTER);
        };
    }

    private static Optional<Reason> specific(CaseState s, Action a, Instant at) {
        boolean pending = s.appeals().stream().anyMatch(appeal -> appeal.outcome().isEmpty());
        boolean decided = !s.decisions().isEmpty();
        if (a instanceof Action.AddTeamMember add) {
            return when(s.party(add.member().id()).isPresent(), Reason.DUPLICATE_PARTY);
        }
        if (a instanceof Action.AddParty add) {
            return when(s.party(add.party().id()).isPresent(), Reason.DUPLICATE_PARTY);
        }
        if (a instanceof Action.AssignHandler assign) {
            return when(!has(s, assign.handler(), CaseRole.RESPONSE_TEAM_MEMBER), Reason.WRONG_ROLE);
        }
        if (a instanceof Action.DeclareRelationship declare) {
            return when(declare.from().equals(declare.relationship().with()), Reason.RELATIONSHIP_TO_SELF);
        }
        if (a instanceof Action.RecordConsent consent) {
            boolean all = consent.grant().items().stream()
                    .allMatch(item -> mayGrant(s, consent.grant().grantor(), item));
            return when(!all, Reason.CANNOT_GRANT);
        }
        if (a instanceof Action.RevokeConsent revoke) {
            return when(!has(s, revoke.grantor(), CaseRole.TARGET) && !has(s, revoke.grantor(), CaseRole.REPORTER),
                    Reason.CANNOT_GRANT);
        }
        if (a instanceof Action.RecordVictimWish wish) {
            return when(!mayGrant(s, wish.victim(), DisclosureItem.INCIDENT_DETAILS), Reason.WRONG_ROLE);
        }
        if (a instanceof Action.RecordRequest request) {
            return when(!has(s, request.requester(), CaseRole.TARGET)
                    && !has(s, request.requester(), CaseRole.REPORTER), Reason.WRONG_ROLE);
        }
        if (a instanceof Action.RecordAccount account) {
            Set<CaseRole> roles = s.party(account.from()).orElseThrow().roles();
            boolean canTell = roles.contains(CaseRole.REPORTER) || roles.contains(CaseRole.TARGET)
                    || roles.contains(CaseRole.WITNESS) || roles.contains(CaseRole.INVOLVED);
            return when(!canTell, Reason.WRONG_ROLE);
        }
        if (a instanceof Action.SendMessage message) {
            Set<CaseRole> roles = s.rolesOf(message.to());
            boolean fits = message.intent().audience().stream().anyMatch(roles::contains);
            return when(!fits, Reason.WRONG_AUDIENCE);
        }
        if (a instanceof Action.NotifyAccused n) {
            return notAccused(s, n.accused());
        }
        if (a instanceof Action.HearAccused h) {
            return notAccused(s, h.accused());
        }
        if (a instanceof Action.RecordApologyOffer o) {
            return notAccused(s, o.accused());
        }
        if (a instanceof Action.DiscourageApology d) {
            return notAccused(s, d.accused());
        }
        if (a instanceof Action.RecordApologyPressed p) {
            return notAccused(s, p.accused());
        }
        if (a instanceof Action.ReportToExternalBody r) {
            return notAccused(s, r.accused());
        }
        if (a instanceof Action.RecordBan b) {
            return notAccused(s, b.accused());
        }
        if (a instanceof Action.LiftBan lift) {
            return notAccused(s, lift.accused()).or(() -> when(s.bans().stream().noneMatch(b -> b.accused()
                    .equals(lift.accused())) || latestEnded(s, lift, at), Reason.NO_BAN_RECORDED));
        }
        if (a instanceof Action.RelayApology relay) {
            return notAccused(s, relay.accused())
                    .or(() -> when(!has(s, relay.to(), CaseRole.TARGET) && !has(s, relay.to(), CaseRole.REPORTER),
                            Reason.WRONG_ROLE))
                    .or(() -> when(!s.apologiesOffered().contains(relay.accused()), Reason.NO_APOLOGY_OFFERED));
        }
        if (a instanceof Action.RecordDecision decision) {
            return when(pending, Reason.APPEAL_PENDING).or(() -> sanctionsOnNonAccused(s, decision.sanctions()));
        }
        if (a instanceof Action.CommunicateDecision communicate) {
            return notAccused(s, communicate.accused())
                    .or(() -> when(!decided, Reason.NO_DECISION_TO_COMMUNICATE));
        }
        if (a instanceof Action.RecordAppeal appeal) {
            return notAccused(s, appeal.accused())
                    .or(() -> when(!decided, Reason.NO_DECISION_TO_APPEAL))
                    .or(() -> when(pending, Reason.APPEAL_PENDING));
        }
        if (a instanceof Action.DecideAppeal decide) {
            return when(!pending, Reason.NO_APPEAL_PENDING).or(() -> sanctionsOnNonAccused(s, decide.sanctions()));
        }
        if (a instanceof Action.LinkCase link) {
            return when(link.other().equals(s.caseId()), Reason.LINK_TO_SELF);
        }
        if (a instanceof Action.CloseCase) {
            return when(pending, Reason.APPEAL_PENDING);
        }
        return Optional.empty();
    }
}
