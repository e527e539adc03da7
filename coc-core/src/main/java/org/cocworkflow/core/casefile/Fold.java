package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.InterimReview;
import org.cocworkflow.core.consent.ConsentLedger;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.VictimWish;

/**
 * The pure fold from events to state: {@code state(n+1) = apply(state(n), event(n+1))}. No clock, no I/O; the
 * same events always give the same state (invariant I9).
 */
final class Fold {
    private Fold() {
    }

    /** The state right after the opening event. */
    static CaseState opened(CaseOpened opened) {
        ConsentLedger consent = ConsentLedger.empty();
        for (var grant : opened.report().consent()) {
            consent = consent.grant(grant);
        }
        Map<PartyId, Set<RequestedAction>> requests = new LinkedHashMap<>();
        opened.report().reporter().ifPresent(reporter -> {
            if (!opened.report().requestedActions().isEmpty()) {
                requests.put(reporter.id(), opened.report().requestedActions());
            }
        });
        List<Party> parties = new ArrayList<>(opened.report().parties());
        parties.add(opened.receivedBy());
        return ImmutableCaseState.builder()
                .caseId(opened.caseId())
                .edition(opened.edition())
                .report(opened.report())
                .openedAt(opened.at())
                .decisionRules(opened.decisionRules())
                .receivedBy(opened.receivedBy().id())
                .status(CaseStatus.OPEN)
                .consent(consent)
                .decisionCommunicated(false)
                .responseDeadlineMissed(false)
                .upsetAttendeesHeard(0)
                .notes(0)
                .lastEventAt(opened.at())
                .version(1)
                .appealContact(opened.appealContact())
                .event(opened.event())
                .partyLog(Log.of(parties))
                .putAllRequests(requests)
                .build();
    }

    /** The state after an import mark: everything before it is an imported history. */
    static CaseState imported(CaseState state, CaseImported mark) {
        return ImmutableCaseState.copyOf(state)
                .withLastEventAt(mark.at())
                .withVersion(state.version() + 1)
                .withUnverifiedThrough(mark.unverifiedThrough());
    }

    /** The state after a recorded action; the action must already have passed {@link Transitions#check}. */
    static CaseState apply(CaseState state, ActionRecorded event) {
        ImmutableCaseState current = ImmutableCaseState.copyOf(state)
                .withLastEventAt(event.at())
                .withVersion(state.version() + 1);
        return event.action().accept(new Step(current, event));
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> next = new ArrayList<>(list.size() + 1);
        next.addAll(list);
        next.add(element);
        return next;
    }

    private static <T> Set<T> plus(Set<T> set, T element) {
        Set<T> next = new LinkedHashSet<>(set);
        next.add(element);
        return next;
    }

    /** One step of the fold, per kind of action. */
    private static final class Step implements Action.Visitor<CaseState> {
        private final ImmutableCaseState state;
        private final ActionRecorded event;

        Step(ImmutableCaseState state, ActionRecorded event) {
            this.state = state;
            this.event = event;
        }

        private Instant at() {
            return event.at();
        }

        private CaseState disclosed(RecipientClass recipient, Set<DisclosureItem> items, DisclosureChannel channel) {
            boolean consented = items.stream().allMatch(item -> switch (item) {
                case INCIDENT_DETAILS -> state.consent().grantedByAll(state.consentHolders(), recipient, item);
                case VICTIM_IDENTITY -> state.consent().grantedByAll(
                        state.idsWith(CaseRole.TARGET), recipient, item);
                case REPORTER_IDENTITY -> state.consent().grantedByAll(
                        state.idsWith(CaseRole.REPORTER), recipient, item);
            });
            boolean underSafetyException = recipient.isSafetyService() && !items.isEmpty() && !consented
                    && state.safety().isPresentThreat();
            Disclosure disclosure = ImmutableDisclosure.builder()
                    .sequence(event.sequence())
                    .at(at())
                    .recipient(recipient)
                    .channel(channel)
                    .underSafetyException(underSafetyException)
                    .addAllItems(items)
                    .build();
            return state.withDisclosureLog(Log.of(state.disclosureLog()).plus(disclosure));
        }

        @Override
        public CaseState visit(Action.AddTeamMember a) {
            return state.withPartyLog(Log.of(state.partyLog()).plus(a.member()));
        }

        @Override
        public CaseState visit(Action.AssignHandler a) {
            return state.withHandler(a.handler());
        }

        @Override
        public CaseState visit(Action.AddParty a) {
            return state.withPartyLog(Log.of(state.partyLog()).plus(a.party()));
        }

        @Override
        public CaseState visit(Action.DeclareRelationship a) {
            List<Party> parties = new ArrayList<>(state.parties().size());
            for (Party party : state.parties()) {
                if (party.id().equals(a.from()) && !party.relationships().contains(a.relationship())) {
                    parties.add(ImmutableParty.copyOf(party)
                            .withRelationships(plus(party.relationships(), a.relationship())));
                } else {
                    parties.add(party);
                }
            }
            return state.withPartyLog(Log.of(parties));
        }

        @Override
        public CaseState visit(Action.RecordSafetyAssessment a) {
            return state.withRecordedSafety(a.assessment());
        }

        @Override
        public CaseState visit(Action.SetResponsePath a) {
            return state.withResponsePath(a.path());
        }

        @Override
        public CaseState visit(Action.AssessGravity a) {
            return state.withGravity(a.gravity());
        }

        @Override
        public CaseState visit(Action.SetDeadline a) {
            Map<DeadlineKind, Instant> deadlines = new LinkedHashMap<>(
                    state.deadlines());
            deadlines.put(a.kind(), a.due());
            // Moving a response deadline that has already passed does not make the response timely.
            return state.withDeadlines(deadlines).withResponseDeadlineMissed(state.responseDeadlineMissed()
                    || a.kind() == DeadlineKind.RESPONSE && responseOverdue());
        }

        private boolean responseOverdue() {
            Instant due = state.deadlines().get(DeadlineKind.RESPONSE);
            return due != null && due.isBefore(at()) && state.decisions().isEmpty();
        }

        @Override
        public CaseState visit(Action.RecordConsent a) {
            return state.withConsent(state.consent().grant(a.grant()));
        }

        @Override
        public CaseState visit(Action.RevokeConsent a) {
            return state.withConsent(state.consent().revoke(a.grantor(), a.recipient()));
        }

        @Override
        public CaseState visit(Action.RecordVictimWish a) {
            Map<PartyId, VictimWish> wishes = new LinkedHashMap<>(state.victimWishes());
            wishes.put(a.victim(), a.wish());
            return state.withVictimWishes(wishes);
        }

        @Override
        public CaseState visit(Action.RecordRequest a) {
            Map<PartyId, Set<RequestedAction>> requests = new LinkedHashMap<>(state.requests());
            Set<RequestedAction> actions = EnumSet.copyOf(a.actions());
            Set<RequestedAction> earlier = requests.get(a.requester());
            if (earlier != null) {
                actions.addAll(earlier);
            }
            requests.put(a.requester(), actions);
            return state.withRequests(requests);
        }

        @Override
        public CaseState visit(Action.RecordAccount a) {
            return state.withAccountsRecorded(plus(state.accountsRecorded(), a.from()));
        }

        @Override
        public CaseState visit(Action.SendMessage a) {
            MessageSent message = ImmutableMessageSent.builder()
                    .sequence(event.sequence()).at(at()).by(event.by()).to(a.to()).intent(a.intent())
                    .about(a.about()).build();
            return state.withMessageLog(Log.of(state.messageLog()).plus(message));
        }

        private Map<PartyId, Notice> noticed(Map<PartyId, Notice> notices, PartyId accused,
                java.util.Optional<Instant> answerBy) {
            Map<PartyId, Notice> next = new LinkedHashMap<>(notices);
            next.put(accused, ImmutableNotice.builder().sequence(event.sequence()).at(at()).accused(accused)
                    .answerBy(answerBy).build());
            return next;
        }

        @Override
        public CaseState visit(Action.NotifyAccused a) {
            return state.withAccusedNotified(plus(state.accusedNotified(), a.accused()))
                    .withComplaintNotices(noticed(state.complaintNotices(), a.accused(), a.answerBy()));
        }

        @Override
        public CaseState visit(Action.HearAccused a) {
            // Hearing someone's side tells them there is a complaint.
            return state.withAccusedNotified(plus(state.accusedNotified(), a.accused()))
                    .withAccusedHeard(plus(state.accusedHeard(), a.accused()));
        }

        @Override
        public CaseState visit(Action.RecordApologyOffer a) {
            return state.withApologiesOffered(plus(state.apologiesOffered(), a.accused()));
        }

        @Override
        public CaseState visit(Action.DiscourageApology a) {
            return state.withApologiesDiscouraged(plus(state.apologiesDiscouraged(), a.accused()));
        }

        @Override
        public CaseState visit(Action.RelayApology a) {
            return state.withApologiesRelayed(plus(state.apologiesRelayed(), a.accused()));
        }

        @Override
        public CaseState visit(Action.RecordApologyPressed a) {
            return state.withApologiesPressed(plus(state.apologiesPressed(), a.accused()));
        }

        @Override
        public CaseState visit(Action.ConveneMeeting a) {
            Meeting meeting = ImmutableMeeting.builder()
                    .sequence(event.sequence()).at(at()).addAllParticipants(a.participants()).build();
            return state.withMeetingLog(Log.of(state.meetingLog()).plus(meeting));
        }

        @Override
        public CaseState visit(Action.TakeInterimMeasure a) {
            InterimMeasureTaken taken = ImmutableInterimMeasureTaken.builder().sequence(event.sequence()).at(at())
                    .measure(a.measure()).on(a.on()).build();
            return state.withInterimMeasureLog(Log.of(state.interimMeasureLog()).plus(taken));
        }

        @Override
        public CaseState visit(Action.LiftInterimMeasure a) {
            List<InterimMeasureTaken> measures = new ArrayList<>(state.interimMeasures().size());
            for (InterimMeasureTaken m : state.interimMeasures()) {
                measures.add(m.sequence() == a.measure()
                        ? ImmutableInterimMeasureTaken.copyOf(m).withLiftedBy(event.sequence()) : m);
            }
            return state.withInterimMeasureLog(Log.of(measures));
        }

        @Override
        public CaseState visit(Action.RecordContactAttempt a) {
            ContactAttempt attempt = ImmutableContactAttempt.builder().sequence(event.sequence()).at(at())
                    .accused(a.accused()).outcome(a.outcome()).build();
            return state.withContactAttemptLog(Log.of(state.contactAttemptLog()).plus(attempt));
        }

        @Override
        public CaseState visit(Action.RecordDecision a) {
            Decision decision = ImmutableDecision.builder()
                    .sequence(event.sequence()).at(at()).finding(a.finding()).addAllSanctions(a.sanctions())
                    .meeting(a.meeting()).addAllDeciders(a.deciders()).build();
            ImmutableCaseState reviewed = state;
            if (!a.interimReviews().isEmpty()) {
                List<InterimMeasureTaken> measures = new ArrayList<>(state.interimMeasures().size());
                for (InterimMeasureTaken m : state.interimMeasures()) {
                    InterimReview review = a.interimReviews().get(m.sequence());
                    measures.add(review == null ? m : ImmutableInterimMeasureTaken.copyOf(m).withReview(review)
                            .withReviewedBy(event.sequence()));
                }
                reviewed = state.withInterimMeasureLog(Log.of(measures));
            }
            return reviewed.withDecisionLog(Log.of(state.decisionLog()).plus(decision))
                    .withStatus(CaseStatus.DECIDED)
                    .withDecisionCommunicated(false)
                    .withAccusedAwaitingDecision(toldOfDecisions())
                    .withResponseDeadlineMissed(state.responseDeadlineMissed() || responseOverdue());
        }

        /** The accused who are to hear a decision: every one the report could identify (nobody can tell the rest). */
        private Set<PartyId> toldOfDecisions() {
            Set<PartyId> accused = new LinkedHashSet<>(state.idsWith(CaseRole.ACCUSED));
            accused.removeIf(state::unidentified);
            return accused;
        }

        @Override
        public CaseState visit(Action.CommunicateDecision a) {
            // With several accused, each hears the decision; it counts as communicated once the last one has.
            Set<PartyId> waiting = new LinkedHashSet<>(state.accusedAwaitingDecision());
            waiting.remove(a.accused());
            return state.withDecisionCommunicated(waiting.isEmpty()).withAccusedAwaitingDecision(waiting)
                    .withDecisionNotices(noticed(state.decisionNotices(), a.accused(), java.util.Optional.empty()));
        }

        @Override
        public CaseState visit(Action.RecordAppeal a) {
            Appeal appeal = ImmutableAppeal.builder()
                    .sequence(event.sequence()).at(at()).accused(a.accused())
                    .decision(state.latestDecision().orElseThrow().sequence()).build();
            return state.withAppealLog(Log.of(state.appealLog()).plus(appeal)).withStatus(CaseStatus.UNDER_APPEAL);
        }

        @Override
        public CaseState visit(Action.DecideAppeal a) {
            List<Appeal> appeals = new ArrayList<>(state.appeals().size());
            for (Appeal appeal : state.appeals()) {
                appeals.add(appeal.isPending()
                        ? ImmutableAppeal.copyOf(appeal).withOutcome(a.outcome()).withModifiedSanctions(a.sanctions())
                                .withHearers(a.hearers())
                        : appeal);
            }
            // The outcome is news for the accused: it has to be communicated like a decision.
            return state.withAppealLog(Log.of(appeals)).withStatus(CaseStatus.DECIDED).withDecisionCommunicated(false)
                    .withAccusedAwaitingDecision(toldOfDecisions());
        }

        @Override
        public CaseState visit(Action.Disclose a) {
            return disclosed(a.recipient(), a.items(), DisclosureChannel.DISCLOSURE);
        }

        @Override
        public CaseState visit(Action.InvolveAuthority a) {
            return disclosed(a.authority().recipient(), a.items(), DisclosureChannel.SAFETY_AUTHORITY);
        }

        @Override
        public CaseState visit(Action.ReportToExternalBody a) {
            return disclosed(a.body().recipient(), a.items(), DisclosureChannel.EXTERNAL_BODY);
        }

        @Override
        public CaseState visit(Action.InformGlobalOrganization a) {
            return disclosed(RecipientClass.GLOBAL_ORGANIZATION, a.items(), DisclosureChannel.GLOBAL_ORGANIZATION);
        }

        @Override
        public CaseState visit(Action.EscalateToGlobalOrganization a) {
            return state.withEscalationLog(Log.of(state.escalationLog()).plus(a.reason()));
        }

        @Override
        public CaseState visit(Action.Announce a) {
            return disclosed(RecipientClass.COMMUNITY, Set.of(), DisclosureChannel.ANNOUNCEMENT);
        }

        @Override
        public CaseState visit(Action.RespondToUpsetAttendee a) {
            return state.withUpsetAttendeesHeard(state.upsetAttendeesHeard() + 1);
        }

        @Override
        public CaseState visit(Action.RemindOfCode a) {
            java.util.Set<org.cocworkflow.core.action.ReminderAudience> reminded =
                    java.util.EnumSet.noneOf(org.cocworkflow.core.action.ReminderAudience.class);
            reminded.addAll(state.reminded());
            reminded.add(a.audience());
            return state.withReminded(reminded);
        }

        @Override
        public CaseState visit(Action.AskThirdParty a) {
            java.util.Set<org.cocworkflow.core.action.ThirdParty> asked =
                    java.util.EnumSet.noneOf(org.cocworkflow.core.action.ThirdParty.class);
            asked.addAll(state.thirdPartiesAsked());
            asked.add(a.party());
            return state.withThirdPartiesAsked(asked);
        }

        @Override
        public CaseState visit(Action.RecordBan a) {
            BanRecord ban = ImmutableBanRecord.builder()
                    .sequence(event.sequence()).at(at()).accused(a.accused()).addAllScopes(a.scopes())
                    .until(a.until()).build();
            return state.withBanLog(Log.of(state.banLog()).plus(ban));
        }

        @Override
        public CaseState visit(Action.LiftBan a) {
            // The entry ends now: the latest entry for a person is the one in force.
            BanRecord running = state.banListEntry(a.accused()).orElseThrow();
            BanRecord ended = ImmutableBanRecord.builder().sequence(event.sequence()).at(at()).accused(a.accused())
                    .addAllScopes(running.scopes()).until(at()).build();
            return state.withBanLog(Log.of(state.banLog()).plus(ended));
        }

        @Override
        public CaseState visit(Action.LinkCase a) {
            CaseLink link = ImmutableCaseLink.builder().other(a.other()).kind(a.kind()).build();
            return state.withLinkLog(Log.of(state.linkLog()).plus(link));
        }

        @Override
        public CaseState visit(Action.RecordNote a) {
            return state.withNotes(state.notes() + 1);
        }

        @Override
        public CaseState visit(Action.CloseCase a) {
            return state.withStatus(CaseStatus.CLOSED).withResolution(a.resolution());
        }

        @Override
        public CaseState visit(Action.ReopenCase a) {
            // The closing is no longer in force, but stays in the log; the response time counts again from the
            // reopening, so the response deadline of before the closing is dropped and a new one is recorded.
            Map<DeadlineKind, Instant> deadlines = new LinkedHashMap<>(state.deadlines());
            deadlines.remove(DeadlineKind.RESPONSE);
            Reopening reopening = ImmutableReopening.builder().sequence(event.sequence()).at(at()).reason(a.reason())
                    .build();
            return state.withStatus(state.decisions().isEmpty() ? CaseStatus.OPEN : CaseStatus.DECIDED)
                    .withResolution(java.util.Optional.empty()).withDeadlines(deadlines).withReopening(reopening);
        }
    }
}
