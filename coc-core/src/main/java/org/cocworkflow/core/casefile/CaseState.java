package org.cocworkflow.core.casefile;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocworkflow.core.action.EscalationReason;
import org.cocworkflow.core.action.LinkKind;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.sanction.Sanction;
import org.cocworkflow.core.action.Resolution;
import org.cocworkflow.core.consent.ConsentHolders;
import org.cocworkflow.core.consent.ConsentLedger;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DecisionRules;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImmutableSanctionFacts;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.SanctionFacts;
import org.immutables.value.Value;

/**
 * The state of a case, derived from its events by a pure fold: the same events always give the same state
 * (invariant I9). Nothing here is set directly; append events to the {@link CaseFile} instead.
 *
 * <p>It answers what the procedure needs to know: who the parties are and which roles they hold, who handles the
 * case, the response path and gravity, the safety assessment, the consent in force, what the victim wishes and
 * asked for, whether the accused was told and heard, the meetings, decisions and appeals, what left the team, the
 * deadlines known, and whether the case is closed. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseState {
    CaseState() {
        // only the generated implementation extends this class
    }

    /** @return the case's id */
    public abstract CaseId caseId();

    /** @return the policy edition the case is judged under */
    public abstract PolicyEditionId edition();

    /** @return the report that opened the case */
    public abstract Report report();

    /** @return when the case was opened */
    public abstract Instant openedAt();

    /** @return where the accused can appeal, if anywhere */
    public abstract Optional<String> appealContact();

    /** @return the decision rules the case was opened under */
    public abstract DecisionRules decisionRules();

    /** @return when the case's event runs, if it belongs to one */
    public abstract Optional<EventWindow> event();

    /** @return the response-team member who received the report */
    public abstract PartyId receivedBy();

    /** @return every party: the report's, those added later, and the response team, with declared relationships */
    public List<Party> parties() {
        return Log.of(partyLog());
    }

    // Growing lists are logs that share their storage from one state to the next, so that replay stays linear. The
    // attributes are declared Iterable so that Immutables keeps them as they are instead of copying them; the fold
    // only ever stores logs, so Log.of returns them unchanged.
    @Value.Default
    Iterable<Party> partyLog() {
        return Log.empty();
    }

    /** @return the designated handler, once assigned */
    public abstract Optional<PartyId> handler();

    /** @return where the case stands */
    public abstract CaseStatus status();

    /** @return the response path, once recorded */
    public abstract Optional<ResponsePath> responsePath();

    /** @return the gravity, once assessed */
    public abstract Optional<Gravity> gravity();

    /** @return the latest safety assessment recorded, if any */
    public abstract Optional<SafetyAssessment> recordedSafety();

    /** @return the consent in force */
    public abstract ConsentLedger consent();

    /** @return each victim's latest wish about further action */
    public abstract Map<PartyId, VictimWish> victimWishes();

    /** @return the actions each person asked for, the report's requests included */
    public abstract Map<PartyId, Set<RequestedAction>> requests();

    /** @return the parties whose account was written down */
    public abstract Set<PartyId> accountsRecorded();

    /** @return the messages sent */
    public List<MessageSent> messages() {
        return Log.of(messageLog());
    }

    @Value.Default
    Iterable<MessageSent> messageLog() {
        return Log.empty();
    }

    /** @return the accused who were told of the complaint */
    public abstract Set<PartyId> accusedNotified();

    /** @return the accused whose side was heard */
    public abstract Set<PartyId> accusedHeard();

    /** @return the accused who offered an apology */
    public abstract Set<PartyId> apologiesOffered();

    /** @return the accused who were discouraged from apologizing */
    public abstract Set<PartyId> apologiesDiscouraged();

    /** @return the accused whose apology was relayed */
    public abstract Set<PartyId> apologiesRelayed();

    /** @return the accused who pressed an apology on the victim */
    public abstract Set<PartyId> apologiesPressed();

    /** @return the response meetings */
    public List<Meeting> meetings() {
        return Log.of(meetingLog());
    }

    @Value.Default
    Iterable<Meeting> meetingLog() {
        return Log.empty();
    }

    /** @return the decisions, oldest first */
    public List<Decision> decisions() {
        return Log.of(decisionLog());
    }

    @Value.Default
    Iterable<Decision> decisionLog() {
        return Log.empty();
    }

    /** @return the interim measures taken, oldest first, with what became of them */
    public List<InterimMeasureTaken> interimMeasures() {
        return Log.of(interimMeasureLog());
    }

    @Value.Default
    Iterable<InterimMeasureTaken> interimMeasureLog() {
        return Log.empty();
    }

    /** @return the attempts to reach the accused, oldest first */
    public List<ContactAttempt> contactAttempts() {
        return Log.of(contactAttemptLog());
    }

    @Value.Default
    Iterable<ContactAttempt> contactAttemptLog() {
        return Log.empty();
    }

    /** @return the latest notice of complaint sent to each accused */
    public abstract Map<PartyId, Notice> complaintNotices();

    /** @return the latest decision notice sent to each accused, from which the appeal window counts */
    public abstract Map<PartyId, Notice> decisionNotices();

    /** @return whether the latest decision or appeal outcome was communicated to every accused it found waiting */
    public abstract boolean decisionCommunicated();

    /**
     * Returns the accused who have not yet heard the latest decision or appeal outcome (seed 003, "Communicate with
     * the harasser about the response"): every accused of the case when it was recorded, less those told since.
     *
     * @return the accused still to be told, none before a decision
     */
    public abstract Set<PartyId> accusedAwaitingDecision();

    /** @return true once the response deadline passed without a decision, even if it was moved later afterwards */
    public abstract boolean responseDeadlineMissed();

    /** @return the appeals, oldest first */
    public List<Appeal> appeals() {
        return Log.of(appealLog());
    }

    @Value.Default
    Iterable<Appeal> appealLog() {
        return Log.empty();
    }

    /** @return what left the response team */
    public List<Disclosure> disclosures() {
        return Log.of(disclosureLog());
    }

    @Value.Default
    Iterable<Disclosure> disclosureLog() {
        return Log.empty();
    }

    /** @return the escalations to the global organization */
    public List<EscalationReason> escalations() {
        return Log.of(escalationLog());
    }

    @Value.Default
    Iterable<EscalationReason> escalationLog() {
        return Log.empty();
    }

    /** @return how many upset attendees were heard out */
    public abstract int upsetAttendeesHeard();

    /** @return who was reminded of the code of conduct on this case ({@code remind_of_code}), possibly nobody */
    public abstract java.util.Set<org.cocworkflow.core.action.ReminderAudience> reminded();

    /** @return the third parties the team asked to act ({@code ask_third_party}), possibly none */
    public abstract java.util.Set<org.cocworkflow.core.action.ThirdParty> thirdPartiesAsked();

    /**
     * Tells whether the team asked a third party to act on this case.
     *
     * @param party the third party
     * @return true once a request to it was recorded
     */
    public boolean asked(org.cocworkflow.core.action.ThirdParty party) {
        return thirdPartiesAsked().contains(party);
    }

    /**
     * Tells whether an audience was reminded of the code of conduct on this case.
     *
     * @param audience the audience
     * @return true once a reminder to it was recorded
     */
    public boolean reminded(org.cocworkflow.core.action.ReminderAudience audience) {
        return reminded().contains(audience);
    }

    /** @return the bans recorded */
    public List<BanRecord> bans() {
        return Log.of(banLog());
    }

    @Value.Default
    Iterable<BanRecord> banLog() {
        return Log.empty();
    }

    /** @return links to other cases */
    public List<CaseLink> links() {
        return Log.of(linkLog());
    }

    @Value.Default
    Iterable<CaseLink> linkLog() {
        return Log.empty();
    }

    /** @return the deadlines known, the latest of each kind */
    public abstract Map<DeadlineKind, Instant> deadlines();

    /** @return how many notes were written */
    public abstract int notes();

    /** @return how the case ended, once closed */
    public abstract Optional<Resolution> resolution();

    /**
     * Returns the latest reopening of a case that was closed as not identified ({@code reopen_case}, issue 15). The
     * case is open again and {@link #resolution()} empty; the earlier closing stays in the case file.
     *
     * @return the latest reopening, if the case was ever reopened
     */
    public abstract Optional<Reopening> reopening();

    /**
     * Tells whether the case was taken up again after it was closed as not identified.
     *
     * @return true once a {@code reopen_case} was recorded
     */
    public boolean reopened() {
        return reopening().isPresent();
    }

    /**
     * Tells whether a party was sent a message with an intent after the latest reopening of the case, so that a
     * message sent before the closing does not count for the case taken up again.
     *
     * @param to the party
     * @param intent the intent
     * @return true if such a message was sent since the case was reopened; false if it never was reopened
     */
    public boolean messagedSinceReopening(PartyId to, MessageIntent intent) {
        return reopening().map(r -> messages().stream().anyMatch(m -> m.sequence() > r.sequence()
                && m.to().equals(to) && m.intent() == intent)).orElse(false);
    }

    /**
     * Tells whether the case names an accused party who was identified: one added to it, not one the report could
     * not identify (see {@link #unidentified(PartyId)}). A case reopened because the person was identified and that
     * names them cannot be closed as not identified again.
     *
     * @return true if some accused party is not one the report could not identify
     */
    public boolean hasIdentifiedAccused() {
        return partiesWith(CaseRole.ACCUSED).stream().anyMatch(p -> !unidentified(p.id()));
    }

    /** @return when the latest event happened */
    public abstract Instant lastEventAt();

    /** @return the number of events in the case file: its version */
    public abstract long version();

    /**
     * Returns the last event the guards did not check, when the case was brought in by {@link
     * CaseFile#importUnverified}: every event up to it is an imported history.
     *
     * @return the sequence number of the last unverified event, if the case was imported
     */
    public abstract java.util.OptionalLong unverifiedThrough();

    /** @return true if the case holds events that were imported without the guards' check */
    public boolean importedUnverified() {
        return unverifiedThrough().isPresent();
    }

    /**
     * Returns a party by id.
     *
     * @param id the party's id
     * @return the party, if the case has it
     */
    public Optional<Party> party(PartyId id) {
        return Optional.ofNullable(partyIndex().party(id));
    }

    // Guards and rules look parties up many times per decision. The index depends on the parties alone, so it is
    // kept with the party log and shared by every state that has the same parties (see PartyIndex).
    private PartyIndex partyIndex() {
        return Log.of(partyLog()).derived(PartyIndex.class, PartyIndex::new);
    }

    /**
     * Returns the roles a party holds, the handler role included once assigned.
     *
     * @param id the party's id
     * @return the roles, empty if the case has no such party
     */
    public Set<CaseRole> rolesOf(PartyId id) {
        // the handler holds the role once assigned, even if not (yet) listed among the parties
        return partyIndex().roles(id, handler().filter(id::equals).isPresent());
    }

    /**
     * Returns the parties that hold a role.
     *
     * @param role the role
     * @return the parties, in the order they joined the case
     */
    public List<Party> partiesWith(CaseRole role) {
        if (role == CaseRole.HANDLER) {
            return handler().flatMap(this::party).map(List::of).orElse(List.of());
        }
        return parties().stream().filter(p -> p.has(role)).toList();
    }

    /**
     * Returns the ids of the parties that hold a role.
     *
     * @param role the role
     * @return the ids
     */
    public Set<PartyId> idsWith(CaseRole role) {
        return partiesWith(role).stream().map(Party::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Returns the people of the incident: everyone but the response team.
     *
     * @return the reporter, targets, accused, witnesses and others involved
     */
    public List<Party> incidentParties() {
        return partyIndex().incidentParties();
    }

    /**
     * Tells whether a response-team member has a conflict of interest in this case (seed 003, "Meeting"): they
     * declared a relationship with a party of the incident, a party of the incident declared one with them, or
     * they share an e-mail address or handle with a party of the incident (the same person under two ids).
     *
     * @param member a party of the case
     * @return true if the member is conflicted
     */
    public boolean hasConflictOfInterest(PartyId member) {
        return partyIndex().conflicted(member);
    }

    /**
     * Returns who talks to the parties: the designated handler, or until one is assigned, the member who received
     * the report (seed 003, "Receiving a Complaint": a designated person handles the conversation).
     *
     * @return the handler or the receiver
     */
    public PartyId speaker() {
        return handler().orElse(receivedBy());
    }

    /**
     * Returns the people whose consent sharing incident details needs: the targets, or the reporter where no
     * target is named (see {@link ConsentHolders}).
     *
     * @return the consent holders, possibly none
     */
    public Set<PartyId> consentHolders() {
        return partyIndex().consentHolders();
    }

    /**
     * Returns whether anyone's physical safety is presently at stake: the latest assessment recorded, or else
     * what the report says (violence committed or threatened, a general threat).
     *
     * @return the safety assessment in force
     */
    public SafetyAssessment safety() {
        return recordedSafety().orElseGet(() -> SafetyFromReport.of(report()));
    }

    /**
     * Tells whether a victim asked for help with law enforcement, in the report or later (seed 003, "Law
     * Enforcement": only at the victim's request).
     *
     * @return true if a target requested a law-enforcement referral
     */
    public boolean lawEnforcementRequestedByVictim() {
        return requests().entrySet().stream()
                .filter(e -> rolesOf(e.getKey()).contains(CaseRole.TARGET))
                .anyMatch(e -> e.getValue().stream().anyMatch(RequestedAction::isLawEnforcementReferral));
    }

    /**
     * Returns the latest decision, if any.
     *
     * @return the decision
     */
    public Optional<Decision> latestDecision() {
        return decisions().isEmpty() ? Optional.empty() : Optional.of(decisions().get(decisions().size() - 1));
    }

    /**
     * Returns the appeal waiting for its decision, if any.
     *
     * @return the pending appeal
     */
    public Optional<Appeal> pendingAppeal() {
        return appeals().stream().filter(Appeal::isPending).findFirst();
    }

    /**
     * Returns the sanctions in force: those of the latest decision, as an appeal decided after it left them. A
     * pending appeal does not suspend them (seed 003: the action stands meanwhile).
     *
     * @return the sanctions in force, possibly none
     */
    public List<ImposedSanction> sanctionsInForce() {
        Optional<Decision> decision = latestDecision();
        if (decision.isEmpty()) {
            return List.of();
        }
        List<ImposedSanction> inForce = decision.get().sanctions();
        for (Appeal appeal : appeals()) {
            if (appeal.sequence() > decision.get().sequence() && appeal.outcome().isPresent()) {
                AppealOutcome outcome = appeal.outcome().get();
                if (outcome == AppealOutcome.OVERTURNED) {
                    inForce = List.of();
                } else if (outcome == AppealOutcome.MODIFIED) {
                    inForce = appeal.modifiedSanctions();
                }
            }
        }
        return inForce;
    }

    /**
     * Tells whether the case is closed.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return status() == CaseStatus.CLOSED;
    }

    /**
     * Returns the facts that decide which sanctions can apply to an accused party (invariant I7).
     *
     * @param accused an accused party of the case
     * @return the facts
     * @throws IllegalArgumentException if the case has no such accused party
     */
    public SanctionFacts sanctionFacts(PartyId accused) {
        Party party = party(accused).filter(p -> p.has(CaseRole.ACCUSED))
                .orElseThrow(() -> new IllegalArgumentException("the case has no accused party with this id"));
        return ImmutableSanctionFacts.builder()
                .accused(party)
                .space(report().space().kind())
                .targetIdentified(!partiesWith(CaseRole.TARGET).isEmpty())
                .victimRequestedLawEnforcement(lawEnforcementRequestedByVictim())
                .addAllCircumstances(report().circumstances())
                .build();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Queries for rules: plain booleans, so that DRL constraints read like the procedure.

    /** @return true once a handler is assigned */
    public boolean hasHandler() {
        return handler().isPresent();
    }

    /** @return true once a response path is recorded */
    public boolean hasResponsePath() {
        return responsePath().isPresent();
    }

    /**
     * Tells whether the case follows a response path.
     *
     * @param path the path
     * @return true if it is the recorded path
     */
    public boolean onPath(ResponsePath path) {
        return responsePath().filter(path::equals).isPresent();
    }

    /** @return true once a gravity is assessed */
    public boolean hasGravity() {
        return gravity().isPresent();
    }

    /**
     * Tells whether the assessed gravity is lighter than a rung, or not assessed at all.
     *
     * @param rung the rung
     * @return true if no gravity at least as heavy is recorded
     */
    public boolean gravityBelow(Gravity rung) {
        return gravity().map(g -> !g.atLeast(rung)).orElse(true);
    }

    /** @return true once a decision is recorded */
    public boolean hasDecision() {
        return !decisions().isEmpty();
    }

    /** @return true if the decision in force found a violation (an appeal that overturned it undoes that) */
    public boolean violationFound() {
        boolean overturned = latestDecision().map(d -> appeals().stream().anyMatch(a -> a.sequence() > d.sequence()
                && a.outcome().filter(o -> o == AppealOutcome.OVERTURNED).isPresent())).orElse(false);
        return latestDecision().filter(d -> d.finding() == org.cocworkflow.core.response.Finding.VIOLATION)
                .isPresent() && !overturned;
    }

    /**
     * Tells whether an accused party was told of the complaint.
     *
     * @param accused the party
     * @return true if told
     */
    public boolean notified(PartyId accused) {
        return accusedNotified().contains(accused);
    }

    /**
     * Tells whether an accused party's side was heard.
     *
     * @param accused the party
     * @return true if heard
     */
    public boolean heard(PartyId accused) {
        return accusedHeard().contains(accused);
    }

    /**
     * Tells whether a message with an intent was sent to a party.
     *
     * @param to the party
     * @param intent the intent
     * @return true if sent
     */
    public boolean messaged(PartyId to, MessageIntent intent) {
        return messages().stream().anyMatch(m -> m.to().equals(to) && m.intent() == intent);
    }

    /**
     * Tells whether a message with an intent was sent to anyone.
     *
     * @param intent the intent
     * @return true if sent
     */
    public boolean messagedAnyone(MessageIntent intent) {
        return messages().stream().anyMatch(m -> m.intent() == intent);
    }

    /**
     * Tells whether a deadline of a kind is recorded.
     *
     * @param kind the kind
     * @return true if recorded
     */
    public boolean hasDeadline(DeadlineKind kind) {
        return deadlines().containsKey(kind);
    }

    /** @return true if the case was escalated to the global organization for any reason */
    public boolean escalated() {
        return !escalations().isEmpty();
    }

    /**
     * Tells whether the case was escalated for a reason.
     *
     * @param reason the reason
     * @return true if escalated for it
     */
    public boolean escalatedFor(EscalationReason reason) {
        return escalations().contains(reason);
    }

    /**
     * Tells whether anything went to a recipient class.
     *
     * @param recipient the class
     * @return true if a disclosure, report or announcement reached it
     */
    public boolean disclosedTo(RecipientClass recipient) {
        return disclosures().stream().anyMatch(d -> d.recipient() == recipient);
    }

    /**
     * Tells whether the consent in force lets an item reach a class: all consent holders for incident details,
     * every target for the victim's identity, the reporter for theirs. The safety exception is not counted.
     *
     * @param recipient the class
     * @param item the item
     * @return true if consented
     */
    public boolean consentInForce(RecipientClass recipient, DisclosureItem item) {
        return switch (item) {
            case INCIDENT_DETAILS -> consent().grantedByAll(consentHolders(), recipient, item);
            case VICTIM_IDENTITY -> consent().grantedByAll(idsWith(CaseRole.TARGET), recipient, item);
            case REPORTER_IDENTITY -> consent().grantedByAll(idsWith(CaseRole.REPORTER), recipient, item);
        };
    }

    /** @return true if a victim said they do not want further action */
    public boolean victimDeclined() {
        return victimWishes().containsValue(VictimWish.NO_FURTHER_ACTION);
    }

    /**
     * Tells whether the case is linked to another case in a way.
     *
     * @param kind the kind of link
     * @return true if such a link is recorded
     */
    public boolean linked(LinkKind kind) {
        return links().stream().anyMatch(l -> l.kind() == kind);
    }

    /**
     * Tells whether a sanction is in force on a party.
     *
     * @param sanction the sanction
     * @param on the party
     * @return true if in force
     */
    public boolean sanctionInForce(Sanction sanction, PartyId on) {
        return sanctionsInForce().stream().anyMatch(s -> s.sanction() == sanction && s.on().equals(on));
    }

    /**
     * Tells whether a ban on a party is recorded for the ban list.
     *
     * @param accused the party
     * @return true if recorded
     */
    public boolean banRecorded(PartyId accused) {
        return bans().stream().anyMatch(b -> b.accused().equals(accused));
    }

    /**
     * Returns the accused whose decided ban from future events is not on the ban list as decided: no entry yet, or
     * an entry that ends at another time than the ban in force (changed on appeal).
     *
     * @return their ids, in id order; empty when the ban list is up to date
     */
    public java.util.SortedSet<PartyId> bansToRecord() {
        java.util.SortedSet<PartyId> pending = new java.util.TreeSet<>();
        for (ImposedSanction ban : sanctionsInForce()) {
            if (ban.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS && banListEntry(ban.on())
                    .filter(entry -> entry.until().equals(ban.until())).isEmpty()) {
                pending.add(ban.on());
            }
        }
        return pending;
    }

    /**
     * Returns the accused whose ban-list entry from this case is still running although no decided ban stands
     * any more (overturned or changed on appeal).
     *
     * @return their ids, in id order
     */
    public java.util.SortedSet<PartyId> bansToLift() {
        java.util.SortedSet<PartyId> lift = new java.util.TreeSet<>();
        for (BanRecord entry : bans()) {
            PartyId accused = entry.accused();
            if (banListEntryRunning(accused, lastEventAt()) && banUntilDecided(accused).isEmpty()) {
                lift.add(accused);
            }
        }
        return lift;
    }

    /**
     * Returns the ban-list entry of this case for a party that is in force: the latest one recorded, which
     * replaces earlier ones.
     *
     * @param accused the party
     * @return the latest entry, if any
     */
    public Optional<BanRecord> banListEntry(PartyId accused) {
        BanRecord latest = null;
        for (BanRecord entry : bans()) {
            if (entry.accused().equals(accused)) {
                latest = entry;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Tells whether this case's ban-list entry for a party still runs at a moment.
     *
     * @param accused the party
     * @param at the moment
     * @return true if the latest entry is indefinite or ends after the moment
     */
    public boolean banListEntryRunning(PartyId accused, Instant at) {
        return banListEntry(accused).filter(e -> e.until().map(at::isBefore).orElse(true)).isPresent();
    }

    /** The decided ban in force on a party: empty if none, else its end (empty inside for indefinitely). */
    private Optional<Optional<Instant>> banUntilDecided(PartyId accused) {
        return sanctionsInForce().stream().filter(s -> s.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS
                && s.on().equals(accused)).findFirst().map(ImposedSanction::until);
    }

    /**
     * Tells whether someone was asked for consent to share with a recipient class (or asked about everything).
     *
     * @param person whose consent it needs
     * @param recipient the recipient class
     * @return true if asked
     */
    public boolean askedConsent(PartyId person, RecipientClass recipient) {
        return messages().stream().anyMatch(m -> m.to().equals(person)
                && m.intent() == MessageIntent.ASK_CONSENT_TO_SHARE
                && m.about().map(recipient::equals).orElse(true));
    }

    /** @return true once every accused was told of the complaint and heard (seed 003, "Communicate with the alleged harasser") */
    public boolean allAccusedHeard() {
        return partiesWith(CaseRole.ACCUSED).stream().allMatch(p -> notified(p.id()) && heard(p.id()));
    }

    /** @return true if whoever talks to the parties (the handler, or the receiver before one) is a mandatory reporter */
    public boolean speakerIsMandatoryReporter() {
        return party(speaker()).map(Party::mandatoryReporter).orElse(false);
    }

    /** @return true if an accused party organizes, leads or is on the response team, so cannot be handled locally */
    public boolean againstSomeoneWhoHandlesReports() {
        return partiesWith(CaseRole.ACCUSED).stream().flatMap(p -> p.standings().stream())
                .anyMatch(org.cocworkflow.core.party.Standing::handlesReports);
    }

    /** @return true if at least one response-team member has no conflict of interest */
    public boolean hasUnconflictedMember() {
        return partiesWith(CaseRole.RESPONSE_TEAM_MEMBER).stream().anyMatch(p -> !hasConflictOfInterest(p.id()));
    }

    /** @return true once someone recorded a safety assessment */
    public boolean hasSafetyAssessment() {
        return recordedSafety().isPresent();
    }

    /**
     * Tells whether the team's latest safety assessment says that everyone is presently safe (seed 003, "Law
     * Enforcement"). Until then, violence, a threat or a case nobody assessed leaves safety in doubt (invariant I4).
     *
     * @return true if the latest recorded assessment is {@link SafetyAssessment#NO_PRESENT_THREAT}
     */
    public boolean assessedEveryoneSafe() {
        return recordedSafety().filter(s -> s == SafetyAssessment.NO_PRESENT_THREAT).isPresent();
    }

    /**
     * Tells whether the victim's choice lets the team act on the accused (seed 003, "Reports of more private
     * harassment"): always outside the private path or while a threat to safety is present; on the private path
     * only once every victim was offered the choice (or said to proceed) and nobody declined.
     *
     * @return true if notifying, meeting, deciding and announcing may go ahead
     */
    @Value.Lazy
    public boolean victimChoiceRespected() {
        if (!onPath(ResponsePath.PRIVATE) || safety().isPresentThreat()) {
            return true;
        }
        Set<PartyId> holders = consentHolders();
        if (holders.stream().anyMatch(v -> victimWishes().get(v) == VictimWish.NO_FURTHER_ACTION)) {
            return false;
        }
        // With several victims, each of them is offered the choice; any one declining stops the team.
        return holders.stream().allMatch(v -> victimWishes().get(v) == VictimWish.PROCEED
                || messaged(v, MessageIntent.CONVENE_UNLESS_DECLINED));
    }

    /** @return the response-team members without a conflict of interest, in id order */
    public java.util.SortedSet<PartyId> unconflictedTeam() {
        java.util.SortedSet<PartyId> team = new java.util.TreeSet<>();
        partiesWith(CaseRole.RESPONSE_TEAM_MEMBER).stream().map(Party::id).filter(id -> !hasConflictOfInterest(id))
                .forEach(team::add);
        return team;
    }

    /** @return true if the report puts the conduct in an official employee capacity (seed 003, "Employer reports") */
    public boolean officialCapacity() {
        return report().circumstances().stream().anyMatch(org.cocworkflow.core.report.Circumstance::isOfficialCapacity);
    }

    /**
     * Tells whether an item went to a recipient class.
     *
     * @param recipient the class
     * @param item the item
     * @return true if a disclosure carried it there
     */
    public boolean disclosedTo(RecipientClass recipient, DisclosureItem item) {
        return disclosures().stream().anyMatch(d -> d.recipient() == recipient && d.items().contains(item));
    }

    /**
     * Tells whether the case is linked to a given case.
     *
     * @param other the other case
     * @return true if linked in any way
     */
    public boolean linkedTo(CaseId other) {
        return links().stream().anyMatch(l -> l.other().equals(other));
    }

    /**
     * Returns when the ban from future events in force on a party ends.
     *
     * @param accused the party
     * @return the end, or empty if the ban is indefinite or there is none
     */
    public Optional<Instant> banUntil(PartyId accused) {
        return sanctionsInForce().stream().filter(s -> s.sanction() == Sanction.BAN_FROM_FUTURE_EVENTS
                && s.on().equals(accused)).findFirst().flatMap(ImposedSanction::until);
    }

    /** @return true if the report is of retaliation and not yet linked to the case it retaliates for */
    public boolean retaliationLinkPending() {
        return report().circumstances().contains(org.cocworkflow.core.report.Circumstance.RETALIATION)
                && !linked(LinkKind.RETALIATION_FOR);
    }

    /**
     * Tells whether the case was decided late: the first decision came after a response deadline had passed,
     * counting a deadline that was moved later only after it had passed.
     *
     * @return true if decided late
     */
    public boolean respondedLate() {
        return hasDecision() && responseDeadlineMissed();
    }

    /** @return true if an announcement or statement was made */
    public boolean announced() {
        return disclosures().stream().anyMatch(d -> d.channel() == DisclosureChannel.ANNOUNCEMENT);
    }

    /**
     * Tells whether the reporter or a victim asked an outside body to act, other than help with law enforcement
     * (seed 004, the catalogues of actions to request).
     *
     * @param venue the kind of body
     * @return true if anyone asked that kind of body for an action of its catalogue
     */
    public boolean askedOf(org.cocworkflow.core.report.VenueKind venue) {
        return requests().values().stream().flatMap(Set::stream)
                .anyMatch(a -> a.venue() == venue && !a.isLawEnforcementReferral());
    }

    /**
     * Tells whether the reporter or a victim asked for an action, in the report or later.
     *
     * @param action the requested action
     * @return true if anyone asked for it
     */
    public boolean requested(RequestedAction action) {
        return requests().values().stream().anyMatch(asked -> asked.contains(action));
    }

    // ------------------------------------------------------------------------------------------------------------
    // The decision (DESIGN, "Decision"; seed 003, "Meeting" and "Communicate with the alleged harasser").

    /**
     * Returns a response meeting of the case by the sequence number of its event.
     *
     * @param sequence the {@code convene_meeting} event's sequence number
     * @return the meeting, if the case held one there
     */
    public Optional<Meeting> meeting(long sequence) {
        return meetings().stream().filter(m -> m.sequence() == sequence).findFirst();
    }

    /** @return true once a response meeting was held */
    public boolean hasMeeting() {
        return !meetings().isEmpty();
    }

    /**
     * Returns the interim measures that wait for the decision: neither lifted nor reviewed.
     *
     * @return the pending measures, oldest first
     */
    public List<InterimMeasureTaken> pendingInterimMeasures() {
        return interimMeasures().stream().filter(InterimMeasureTaken::pending).toList();
    }

    /** @return true if an interim measure waits for the decision */
    public boolean hasPendingInterimMeasure() {
        return interimMeasures().stream().anyMatch(InterimMeasureTaken::pending);
    }

    /**
     * Tells whether an interim measure is pending on an accused party.
     *
     * @param measure the measure
     * @param on the accused
     * @return true if such a measure waits for the decision
     */
    public boolean interimPending(org.cocworkflow.core.action.InterimMeasure measure, PartyId on) {
        return interimMeasures().stream().anyMatch(m -> m.pending() && m.measure() == measure && m.on().equals(on));
    }

    /**
     * Tells whether the case's event runs at a moment.
     *
     * @param at the moment
     * @return true if the case belongs to an event that runs then
     */
    public boolean eventRunsAt(Instant at) {
        return event().map(e -> e.runsAt(at)).orElse(false);
    }

    /**
     * Returns the attempts recorded to reach an accused party.
     *
     * @param accused the party
     * @return the attempts, oldest first
     */
    public List<ContactAttempt> attemptsToReach(PartyId accused) {
        return contactAttempts().stream().filter(a -> a.accused().equals(accused)).toList();
    }

    /**
     * Tells whether the team may decide about an accused party without their side (seed 003, "Communicate with the
     * alleged harasser about the complaint"; DESIGN, "Decision"): they were heard, or they did not answer a notice
     * that named a date to answer by, that date has passed and an attempt to reach them was recorded after the
     * notice, or they could not be reached at all: at least two attempts recorded and the edition's hearing deadline
     * passed since the first; or the report could not identify them, so there is nobody to tell or hear.
     *
     * @param accused the party
     * @param at the moment of the decision
     * @return true if a decision about them may be made at that moment
     */
    public boolean mayDecideAbout(PartyId accused, Instant at) {
        if (heard(accused) || unidentified(accused)) {
            return true;
        }
        List<ContactAttempt> attempts = attemptsToReach(accused);
        Notice notice = complaintNotices().get(accused);
        if (notice != null && notice.answerBy().isPresent()) {
            boolean answerByPassed = !at.isBefore(notice.answerBy().get());
            boolean triedSince = attempts.stream().anyMatch(a -> a.sequence() > notice.sequence());
            if (answerByPassed && triedSince) {
                return true;
            }
        }
        List<ContactAttempt> unreachable = attempts.stream()
                .filter(a -> a.outcome() == org.cocworkflow.core.action.ContactOutcome.UNREACHABLE).toList();
        return notice == null && unreachable.size() >= 2
                && !at.isBefore(unreachable.get(0).at().plus(decisionRules().hearingDeadline()));
    }

    /**
     * Tells whether an accused party is one the report describes but could not identify (issue 15: a shout from the
     * audience, a stranger without a badge): the report says {@link
     * org.cocworkflow.core.report.Circumstance#ACCUSED_NOT_IDENTIFIED} and the party came with the report. Nobody can
     * be told of the complaint or heard, so the team may decide without waiting for that; a person identified later
     * is added as a party of their own and is told and heard as usual.
     *
     * @param accused the party
     * @return true if the party is an accused of the report who could not be identified
     */
    public boolean unidentified(PartyId accused) {
        return report().circumstances().contains(org.cocworkflow.core.report.Circumstance.ACCUSED_NOT_IDENTIFIED)
                && report().parties().stream().anyMatch(p -> p.id().equals(accused) && p.has(CaseRole.ACCUSED));
    }

    /**
     * Tells whether every accused party of the case could not be identified, so that nobody can be told of the
     * complaint or hear a decision (see {@link #unidentified(PartyId)}).
     *
     * @return true if the case has accused parties and none of them was identified
     */
    public boolean nobodyToNotify() {
        List<Party> accused = partiesWith(CaseRole.ACCUSED);
        return !accused.isEmpty() && accused.stream().allMatch(p -> unidentified(p.id()));
    }

    /**
     * Tells whether the team may decide about every accused party at a moment: each was heard, or did not answer a
     * notice by its date, or could not be reached (see {@link #mayDecideAbout}).
     *
     * @param at the moment of the decision
     * @return true if a decision finding a violation may be made then
     */
    public boolean mayDecideAboutEveryAccused(Instant at) {
        return partiesWith(CaseRole.ACCUSED).stream().allMatch(p -> mayDecideAbout(p.id(), at));
    }

    /**
     * Returns the decision a pending appeal is about.
     *
     * @return the appealed decision, if an appeal is pending
     */
    public Optional<Decision> appealedDecision() {
        return pendingAppeal().flatMap(a -> decisions().stream().filter(d -> d.sequence() == a.decision())
                .findFirst());
    }

    /**
     * Tells whether an appeal by an accused party at a moment comes after the edition's appeal window, counted from
     * the latest decision notice sent to them.
     *
     * @param accused the party
     * @param at the moment
     * @return true if the window has closed; false if it is open or no decision notice was sent yet
     */
    public boolean appealWindowClosed(PartyId accused, Instant at) {
        Notice notice = decisionNotices().get(accused);
        return notice != null && at.isAfter(notice.at().plus(decisionRules().appealWindow()));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Communicating with the community (seed 003, "Reports of Harassment that were Widely Witnessed", "Communicating
    // with your community"; issue 13).

    /**
     * Returns the people who decide whether the community may hear the nature of the incident and the action taken.
     * On the widely witnessed path many people saw what happened, so a reporter who only witnessed it does not decide;
     * each named victim does, since the people present could recognise them. Where neither a victim nor a reporter is
     * named (an anonymous report about nobody in particular) nobody could be identified and nobody decides. Otherwise
     * the consent holders of the incident's details decide ({@link #consentHolders()}).
     *
     * @return the people whose consent an announcement needs, possibly none
     */
    public Set<PartyId> announcementConsentHolders() {
        if (onPath(ResponsePath.WIDELY_WITNESSED)
                || idsWith(CaseRole.TARGET).isEmpty() && idsWith(CaseRole.REPORTER).isEmpty()) {
            return idsWith(CaseRole.TARGET);
        }
        return consentHolders();
    }

    /**
     * Tells whether an announcement of the nature of the incident and the action taken may go to the community as
     * far as consent goes: everyone of {@link #announcementConsentHolders()} consented to the community having the
     * incident's details, or nobody needs to.
     *
     * @return true if no consent is missing for an announcement
     */
    public boolean announcementConsented() {
        Set<PartyId> holders = announcementConsentHolders();
        return holders.isEmpty()
                || consent().grantedByAll(holders, RecipientClass.COMMUNITY, DisclosureItem.INCIDENT_DETAILS);
    }

    /**
     * Tells whether a relayed apology may go to a party: a victim, or a reporter of an incident on the widely witnessed
     * path who asked for one (issue 15: where people who saw it, not the target, ask for an apology, a brief relayed
     * one may reach them).
     *
     * @param party the party it would go to
     * @return true if an apology may be relayed to them, brief and asking nothing, under the apology policy
     */
    public boolean apologyMayReach(PartyId party) {
        Set<CaseRole> roles = rolesOf(party);
        if (roles.contains(CaseRole.TARGET)) {
            return true;
        }
        return roles.contains(CaseRole.REPORTER) && onPath(ResponsePath.WIDELY_WITNESSED)
                && requests().getOrDefault(party, Set.of()).stream().anyMatch(RequestedAction::isApologyRequest);
    }
}
