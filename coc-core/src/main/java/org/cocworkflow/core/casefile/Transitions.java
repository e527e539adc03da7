package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.Set;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.CaseTransitionException.Reason;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.consent.ConsentHolders;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.sanction.ImposedSanction;

/**
 * The case file's own logic: which events can follow a state at all. These are refusals of impossible
 * transitions, not of policy; the guards decide what must not be done.
 */
final class Transitions {
    private Transitions() {
    }

    /** Checks that a recorded action can follow the state; throws {@link CaseTransitionException} if not. */
    static void check(CaseState state, long sequence, Instant at, PartyId by, Action action) {
        Checker checker = new Checker(state, sequence, action, at);
        if (action instanceof Action.ReopenCase) {
            // Only a case closed as not identified is taken up again (issue 15); any other is followed by a new case.
            checker.require(state.isClosed(), Reason.NOT_CLOSED);
            checker.require(state.resolution().filter(r -> r == Resolution.NOT_IDENTIFIED).isPresent(),
                    Reason.CANNOT_REOPEN);
        } else {
            checker.require(!state.isClosed(), Reason.CASE_CLOSED);
        }
        checker.require(!at.isBefore(state.lastEventAt()), Reason.OUT_OF_ORDER);
        checker.require(state.party(by).isPresent(), Reason.UNKNOWN_PARTY);
        checker.require(state.rolesOf(by).contains(CaseRole.RESPONSE_TEAM_MEMBER), Reason.RECORDER_NOT_ON_TEAM);
        for (PartyId named : action.namedParties()) {
            checker.require(state.party(named).isPresent(), Reason.UNKNOWN_PARTY);
        }
        action.accept(checker);
    }

    /**
     * Checks that an import mark can follow the state: recorded by a member of the response team, in time order.
     * A closed case can be marked: histories are imported whole, closings included.
     */
    static void checkMark(CaseState state, CaseImported mark) {
        if (mark.at().isBefore(state.lastEventAt())) {
            throw CaseTransitionException.of(Reason.OUT_OF_ORDER, mark.sequence(), "case_imported");
        }
        if (!state.rolesOf(mark.by()).contains(CaseRole.RESPONSE_TEAM_MEMBER)) {
            throw CaseTransitionException.of(state.party(mark.by()).isPresent() ? Reason.RECORDER_NOT_ON_TEAM
                    : Reason.UNKNOWN_PARTY, mark.sequence(), "case_imported");
        }
    }

    /** Per-kind checks; each visit throws or returns null. */
    private static final class Checker implements Action.Visitor<Void> {
        private final CaseState state;
        private final long sequence;
        private final Action action;
        private final Instant at;

        Checker(CaseState state, long sequence, Action action, Instant at) {
            this.state = state;
            this.sequence = sequence;
            this.action = action;
            this.at = at;
        }

        void require(boolean condition, Reason reason) {
            if (!condition) {
                // The type name is looked up only for the message: finding it reads every action type's annotations.
                throw CaseTransitionException.of(reason, sequence, action.typeName());
            }
        }

        private void requireRole(PartyId party, CaseRole role) {
            require(state.rolesOf(party).contains(role), Reason.WRONG_ROLE);
        }

        private void requireNew(PartyId party) {
            require(state.party(party).isEmpty(), Reason.DUPLICATE_PARTY);
        }

        private void requireAccused(Iterable<ImposedSanction> sanctions) {
            sanctions.forEach(s -> requireRole(s.on(), CaseRole.ACCUSED));
        }

        private void requireNoPendingAppeal() {
            require(state.pendingAppeal().isEmpty(), Reason.APPEAL_PENDING);
        }

        @Override
        public Void visit(Action.AddTeamMember a) {
            requireNew(a.member().id());
            return null;
        }

        @Override
        public Void visit(Action.AssignHandler a) {
            requireRole(a.handler(), CaseRole.RESPONSE_TEAM_MEMBER);
            return null;
        }

        @Override
        public Void visit(Action.AddParty a) {
            requireNew(a.party().id());
            return null;
        }

        @Override
        public Void visit(Action.DeclareRelationship a) {
            require(!a.from().equals(a.relationship().with()), Reason.RELATIONSHIP_TO_SELF);
            return null;
        }

        @Override
        public Void visit(Action.RecordSafetyAssessment a) {
            return null;
        }

        @Override
        public Void visit(Action.SetResponsePath a) {
            return null;
        }

        @Override
        public Void visit(Action.AssessGravity a) {
            return null;
        }

        @Override
        public Void visit(Action.SetDeadline a) {
            return null;
        }

        @Override
        public Void visit(Action.RecordConsent a) {
            Party grantor = state.party(a.grant().grantor()).orElseThrow();
            for (DisclosureItem item : a.grant().items()) {
                require(ConsentHolders.mayGrant(grantor, item, state.parties()), Reason.CANNOT_GRANT);
            }
            return null;
        }

        @Override
        public Void visit(Action.RevokeConsent a) {
            Set<CaseRole> roles = state.rolesOf(a.grantor());
            require(roles.contains(CaseRole.TARGET) || roles.contains(CaseRole.REPORTER), Reason.CANNOT_GRANT);
            return null;
        }

        @Override
        public Void visit(Action.RecordVictimWish a) {
            require(state.consentHolders().contains(a.victim()), Reason.WRONG_ROLE);
            return null;
        }

        @Override
        public Void visit(Action.RecordRequest a) {
            Set<CaseRole> roles = state.rolesOf(a.requester());
            require(roles.contains(CaseRole.TARGET) || roles.contains(CaseRole.REPORTER), Reason.WRONG_ROLE);
            return null;
        }

        @Override
        public Void visit(Action.RecordAccount a) {
            Set<CaseRole> roles = state.rolesOf(a.from());
            require(roles.contains(CaseRole.REPORTER) || roles.contains(CaseRole.TARGET)
                    || roles.contains(CaseRole.WITNESS) || roles.contains(CaseRole.INVOLVED), Reason.WRONG_ROLE);
            return null;
        }

        @Override
        public Void visit(Action.SendMessage a) {
            require(a.intent().isFor(state.rolesOf(a.to())), Reason.WRONG_AUDIENCE);
            return null;
        }

        @Override
        public Void visit(Action.NotifyAccused a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.HearAccused a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.RecordApologyOffer a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.DiscourageApology a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.RelayApology a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            Set<CaseRole> to = state.rolesOf(a.to());
            require(to.contains(CaseRole.TARGET) || to.contains(CaseRole.REPORTER), Reason.WRONG_ROLE);
            require(state.apologiesOffered().contains(a.accused()), Reason.NO_APOLOGY_OFFERED);
            return null;
        }

        @Override
        public Void visit(Action.RecordApologyPressed a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.ConveneMeeting a) {
            return null;
        }

        @Override
        public Void visit(Action.TakeInterimMeasure a) {
            requireRole(a.on(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.LiftInterimMeasure a) {
            require(state.pendingInterimMeasures().stream().anyMatch(m -> m.sequence() == a.measure()),
                    Reason.NO_SUCH_MEASURE);
            return null;
        }

        @Override
        public Void visit(Action.RecordContactAttempt a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.RecordDecision a) {
            requireNoPendingAppeal();
            requireAccused(a.sanctions());
            a.meeting().ifPresent(m -> require(state.meeting(m).isPresent(), Reason.NO_SUCH_MEETING));
            for (Long measure : a.interimReviews().keySet()) {
                require(state.pendingInterimMeasures().stream().anyMatch(m -> m.sequence() == measure),
                        Reason.NO_SUCH_MEASURE);
            }
            return null;
        }

        @Override
        public Void visit(Action.CommunicateDecision a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            require(!state.decisions().isEmpty(), Reason.NO_DECISION_TO_COMMUNICATE);
            return null;
        }

        @Override
        public Void visit(Action.RecordAppeal a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            require(!state.decisions().isEmpty(), Reason.NO_DECISION_TO_APPEAL);
            requireNoPendingAppeal();
            return null;
        }

        @Override
        public Void visit(Action.DecideAppeal a) {
            require(state.pendingAppeal().isPresent(), Reason.NO_APPEAL_PENDING);
            requireAccused(a.sanctions());
            return null;
        }

        @Override
        public Void visit(Action.Disclose a) {
            return null;
        }

        @Override
        public Void visit(Action.InvolveAuthority a) {
            return null;
        }

        @Override
        public Void visit(Action.ReportToExternalBody a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.InformGlobalOrganization a) {
            return null;
        }

        @Override
        public Void visit(Action.EscalateToGlobalOrganization a) {
            return null;
        }

        @Override
        public Void visit(Action.Announce a) {
            return null;
        }

        @Override
        public Void visit(Action.RespondToUpsetAttendee a) {
            return null;
        }

        @Override
        public Void visit(Action.RemindOfCode a) {
            return null;
        }

        @Override
        public Void visit(Action.AskThirdParty a) {
            a.about().ifPresent(accused -> requireRole(accused, CaseRole.ACCUSED));
            return null;
        }

        @Override
        public Void visit(Action.RecordBan a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            return null;
        }

        @Override
        public Void visit(Action.LiftBan a) {
            requireRole(a.accused(), CaseRole.ACCUSED);
            require(state.banListEntryRunning(a.accused(), at), Reason.NO_BAN_RECORDED);
            return null;
        }

        @Override
        public Void visit(Action.LinkCase a) {
            require(!a.other().equals(state.caseId()), Reason.LINK_TO_SELF);
            return null;
        }

        @Override
        public Void visit(Action.RecordNote a) {
            return null;
        }

        @Override
        public Void visit(Action.CloseCase a) {
            requireNoPendingAppeal();
            require(a.resolution() != Resolution.NOT_IDENTIFIED || !state.reopened() || !state.hasIdentifiedAccused(),
                    Reason.PERSON_IDENTIFIED);
            return null;
        }

        @Override
        public Void visit(Action.ReopenCase a) {
            return null;
        }
    }
}
