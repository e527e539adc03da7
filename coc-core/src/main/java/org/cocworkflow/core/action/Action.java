package org.cocworkflow.core.action;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.internal.Ids;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.response.AppealOutcome;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ResponsePath;
import org.cocworkflow.core.response.SafetyAssessment;
import org.cocworkflow.core.response.VictimWish;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.immutables.value.Value;

/**
 * An organizer action on a case: the closed vocabulary of seed 003's procedure. Rules suggest actions, guards
 * check them, and the case file records them as events.
 *
 * <p>The hierarchy is closed: every kind of action is one of the nested types, listed in {@link JsonSubTypes} and
 * named for JSON by its {@link JsonTypeName}. Consumers handle all kinds through a {@link Visitor}, so a new kind of action cannot be
 * forgotten anywhere. Free text in actions is redacted from {@code toString()}; {@link #summary()} describes an
 * action without any case content.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(Action.AddTeamMember.class),
    @JsonSubTypes.Type(Action.AssignHandler.class),
    @JsonSubTypes.Type(Action.AddParty.class),
    @JsonSubTypes.Type(Action.DeclareRelationship.class),
    @JsonSubTypes.Type(Action.RecordSafetyAssessment.class),
    @JsonSubTypes.Type(Action.SetResponsePath.class),
    @JsonSubTypes.Type(Action.AssessGravity.class),
    @JsonSubTypes.Type(Action.SetDeadline.class),
    @JsonSubTypes.Type(Action.RecordConsent.class),
    @JsonSubTypes.Type(Action.RevokeConsent.class),
    @JsonSubTypes.Type(Action.RecordVictimWish.class),
    @JsonSubTypes.Type(Action.RecordRequest.class),
    @JsonSubTypes.Type(Action.RecordAccount.class),
    @JsonSubTypes.Type(Action.SendMessage.class),
    @JsonSubTypes.Type(Action.NotifyAccused.class),
    @JsonSubTypes.Type(Action.HearAccused.class),
    @JsonSubTypes.Type(Action.RecordApologyOffer.class),
    @JsonSubTypes.Type(Action.DiscourageApology.class),
    @JsonSubTypes.Type(Action.RelayApology.class),
    @JsonSubTypes.Type(Action.RecordApologyPressed.class),
    @JsonSubTypes.Type(Action.ConveneMeeting.class),
    @JsonSubTypes.Type(Action.TakeInterimMeasure.class),
    @JsonSubTypes.Type(Action.LiftInterimMeasure.class),
    @JsonSubTypes.Type(Action.RecordContactAttempt.class),
    @JsonSubTypes.Type(Action.RecordDecision.class),
    @JsonSubTypes.Type(Action.CommunicateDecision.class),
    @JsonSubTypes.Type(Action.RecordAppeal.class),
    @JsonSubTypes.Type(Action.DecideAppeal.class),
    @JsonSubTypes.Type(Action.Disclose.class),
    @JsonSubTypes.Type(Action.InvolveAuthority.class),
    @JsonSubTypes.Type(Action.ReportToExternalBody.class),
    @JsonSubTypes.Type(Action.InformGlobalOrganization.class),
    @JsonSubTypes.Type(Action.EscalateToGlobalOrganization.class),
    @JsonSubTypes.Type(Action.Announce.class),
    @JsonSubTypes.Type(Action.RespondToUpsetAttendee.class),
    @JsonSubTypes.Type(Action.RecordBan.class),
    @JsonSubTypes.Type(Action.LiftBan.class),
    @JsonSubTypes.Type(Action.LinkCase.class),
    @JsonSubTypes.Type(Action.RecordNote.class),
    @JsonSubTypes.Type(Action.CloseCase.class),
    @JsonSubTypes.Type(Action.RemindOfCode.class),
    @JsonSubTypes.Type(Action.AskThirdParty.class),
    @JsonSubTypes.Type(Action.ReopenCase.class)
})
public sealed interface Action permits Action.AddTeamMember, Action.AssignHandler, Action.AddParty,
        Action.DeclareRelationship, Action.RecordSafetyAssessment, Action.SetResponsePath, Action.AssessGravity,
        Action.SetDeadline, Action.RecordConsent, Action.RevokeConsent, Action.RecordVictimWish,
        Action.RecordRequest, Action.RecordAccount, Action.SendMessage, Action.NotifyAccused, Action.HearAccused,
        Action.RecordApologyOffer, Action.DiscourageApology, Action.RelayApology, Action.RecordApologyPressed,
        Action.ConveneMeeting, Action.TakeInterimMeasure, Action.LiftInterimMeasure, Action.RecordContactAttempt,
        Action.RecordDecision, Action.CommunicateDecision, Action.RecordAppeal,
        Action.DecideAppeal, Action.Disclose, Action.InvolveAuthority, Action.ReportToExternalBody,
        Action.InformGlobalOrganization, Action.EscalateToGlobalOrganization, Action.Announce,
        Action.RespondToUpsetAttendee, Action.RecordBan, Action.LiftBan, Action.LinkCase, Action.RecordNote, Action.CloseCase,
        Action.RemindOfCode, Action.AskThirdParty, Action.ReopenCase {

    /**
     * Passes this action to the visitor method for its kind.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return the visitor's result
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * Describes the action in a few words, naming parties by id and never quoting case content.
     *
     * @return the summary
     */
    String summary();

    /**
     * Returns the parties of the case this action refers to (not a party it introduces).
     *
     * @return the party ids, possibly none
     */
    List<PartyId> namedParties();

    /**
     * Returns this action's JSON type name, e.g. {@code assign_handler}.
     *
     * @return the type name
     */
    default String typeName() {
        return ActionTypes.nameOf(this);
    }

    /**
     * Handles every kind of action; adding a kind adds a method here, so every consumer must handle it.
     *
     * @param <R> what the visitor returns
     */
    interface Visitor<R> {
        /** @param a the action @return the result */
        R visit(AddTeamMember a);
        /** @param a the action @return the result */
        R visit(AssignHandler a);
        /** @param a the action @return the result */
        R visit(AddParty a);
        /** @param a the action @return the result */
        R visit(DeclareRelationship a);
        /** @param a the action @return the result */
        R visit(RecordSafetyAssessment a);
        /** @param a the action @return the result */
        R visit(SetResponsePath a);
        /** @param a the action @return the result */
        R visit(AssessGravity a);
        /** @param a the action @return the result */
        R visit(SetDeadline a);
        /** @param a the action @return the result */
        R visit(RecordConsent a);
        /** @param a the action @return the result */
        R visit(RevokeConsent a);
        /** @param a the action @return the result */
        R visit(RecordVictimWish a);
        /** @param a the action @return the result */
        R visit(RecordRequest a);
        /** @param a the action @return the result */
        R visit(RecordAccount a);
        /** @param a the action @return the result */
        R visit(SendMessage a);
        /** @param a the action @return the result */
        R visit(NotifyAccused a);
        /** @param a the action @return the result */
        R visit(HearAccused a);
        /** @param a the action @return the result */
        R visit(RecordApologyOffer a);
        /** @param a the action @return the result */
        R visit(DiscourageApology a);
        /** @param a the action @return the result */
        R visit(RelayApology a);
        /** @param a the action @return the result */
        R visit(RecordApologyPressed a);
        /** @param a the action @return the result */
        R visit(ConveneMeeting a);
        /** @param a the action @return the result */
        R visit(TakeInterimMeasure a);
        /** @param a the action @return the result */
        R visit(LiftInterimMeasure a);
        /** @param a the action @return the result */
        R visit(RecordContactAttempt a);
        /** @param a the action @return the result */
        R visit(RecordDecision a);
        /** @param a the action @return the result */
        R visit(CommunicateDecision a);
        /** @param a the action @return the result */
        R visit(RecordAppeal a);
        /** @param a the action @return the result */
        R visit(DecideAppeal a);
        /** @param a the action @return the result */
        R visit(Disclose a);
        /** @param a the action @return the result */
        R visit(InvolveAuthority a);
        /** @param a the action @return the result */
        R visit(ReportToExternalBody a);
        /** @param a the action @return the result */
        R visit(InformGlobalOrganization a);
        /** @param a the action @return the result */
        R visit(EscalateToGlobalOrganization a);
        /** @param a the action @return the result */
        R visit(Announce a);
        /** @param a the action @return the result */
        R visit(RespondToUpsetAttendee a);
        /** @param a the action @return the result */
        R visit(RecordBan a);
        /** @param a the action @return the result */
        R visit(LiftBan a);
        /** @param a the action @return the result */
        R visit(LinkCase a);
        /** @param a the action @return the result */
        R visit(RecordNote a);
        /** @param a the action @return the result */
        R visit(CloseCase a);
        /** @param a the action @return the result */
        R visit(RemindOfCode a);
        /** @param a the action @return the result */
        R visit(AskThirdParty a);
        /** @param a the action @return the result */
        R visit(ReopenCase a);
    }

    // ---------------------------------------------------------------------------------------------- the team

    /**
     * Adds a member to the case's response team, with the relationships they declare (seed 003, "Meeting").
     * The member holds exactly the role {@link CaseRole#RESPONSE_TEAM_MEMBER}.
     */
    @Value.Immutable
    @JsonTypeName("add_team_member")
    @JsonSerialize(as = ImmutableAddTeamMember.class)
    @JsonDeserialize(as = ImmutableAddTeamMember.class)
    non-sealed interface AddTeamMember extends Action {
        /** @return the new member */
        Party member();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "add " + member().id() + " to the response team";
        }

        @Override
        default List<PartyId> namedParties() {
            return member().relationships().stream().map(Relationship::with).toList();
        }

        @Value.Check
        default void check() {
            Require.that(member().roles().equals(Set.of(CaseRole.RESPONSE_TEAM_MEMBER)),
                    "a team member holds exactly the response-team-member role");
        }

        /**
         * Creates the action.
         *
         * @param member the new member
         * @return the action
         */
        static AddTeamMember of(Party member) {
            return ImmutableAddTeamMember.builder().member(member).build();
        }
    }

    /**
     * Makes one team member the designated handler: the single person who talks to the parties, to avoid a
     * "group against one" (seed 003, "Receiving a Complaint").
     */
    @Value.Immutable
    @JsonTypeName("assign_handler")
    @JsonSerialize(as = ImmutableAssignHandler.class)
    @JsonDeserialize(as = ImmutableAssignHandler.class)
    non-sealed interface AssignHandler extends Action {
        /** @return the team member who becomes the handler */
        PartyId handler();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "assign " + handler() + " as the handler";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(handler());
        }

        /**
         * Creates the action.
         *
         * @param handler the team member
         * @return the action
         */
        static AssignHandler of(PartyId handler) {
            return ImmutableAssignHandler.builder().handler(handler).build();
        }
    }

    /** Adds a person involved in the incident who was not in the report: a witness, another target or accused. */
    @Value.Immutable
    @JsonTypeName("add_party")
    @JsonSerialize(as = ImmutableAddParty.class)
    @JsonDeserialize(as = ImmutableAddParty.class)
    non-sealed interface AddParty extends Action {
        /** @return the new party */
        Party party();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "add " + party().id() + " to the case as " + party().roles();
        }

        @Override
        default List<PartyId> namedParties() {
            return party().relationships().stream().map(Relationship::with).toList();
        }

        @Value.Check
        default void check() {
            Require.that(party().roles().stream().allMatch(CaseRole::isIncidentRole),
                    "parties added to a case hold incident roles; team members join with add_team_member");
            Require.that(!party().has(CaseRole.REPORTER), "the reporter of a case is the one who made its report");
        }

        /**
         * Creates the action.
         *
         * @param party the new party
         * @return the action
         */
        static AddParty of(Party party) {
            return ImmutableAddParty.builder().party(party).build();
        }
    }

    /** Records a relationship a party declares with another party, such as a conflict of interest. */
    @Value.Immutable
    @JsonTypeName("declare_relationship")
    @JsonSerialize(as = ImmutableDeclareRelationship.class)
    @JsonDeserialize(as = ImmutableDeclareRelationship.class)
    non-sealed interface DeclareRelationship extends Action {
        /** @return the party declaring */
        PartyId from();

        /** @return the declared relationship */
        Relationship relationship();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return from() + " declares a relationship (" + relationship().kind() + ") with "
                    + relationship().with();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(from(), relationship().with());
        }

        /**
         * Creates the action.
         *
         * @param from the party declaring
         * @param relationship the relationship
         * @return the action
         */
        static DeclareRelationship of(PartyId from, Relationship relationship) {
            return ImmutableDeclareRelationship.builder().from(from).relationship(relationship).build();
        }
    }

    // ---------------------------------------------------------------------------------------------- judgements

    /** Records whether anyone's physical safety is presently at stake (seed 003, "Threats to Physical Wellbeing"). */
    @Value.Immutable
    @JsonTypeName("record_safety_assessment")
    @JsonSerialize(as = ImmutableRecordSafetyAssessment.class)
    @JsonDeserialize(as = ImmutableRecordSafetyAssessment.class)
    non-sealed interface RecordSafetyAssessment extends Action {
        /** @return the assessment */
        SafetyAssessment assessment();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "record the safety assessment " + assessment();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param assessment the assessment
         * @return the action
         */
        static RecordSafetyAssessment of(SafetyAssessment assessment) {
            return ImmutableRecordSafetyAssessment.builder().assessment(assessment).build();
        }
    }

    /** Records the response path the case follows (seed 003, "Responding to a Complaint"). */
    @Value.Immutable
    @JsonTypeName("set_response_path")
    @JsonSerialize(as = ImmutableSetResponsePath.class)
    @JsonDeserialize(as = ImmutableSetResponsePath.class)
    non-sealed interface SetResponsePath extends Action {
        /** @return the path */
        ResponsePath path();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "follow the response path " + path();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param path the path
         * @return the action
         */
        static SetResponsePath of(ResponsePath path) {
            return ImmutableSetResponsePath.builder().path(path).build();
        }
    }

    /** Records the gravity of the case on the impact ladder. */
    @Value.Immutable
    @JsonTypeName("assess_gravity")
    @JsonSerialize(as = ImmutableAssessGravity.class)
    @JsonDeserialize(as = ImmutableAssessGravity.class)
    non-sealed interface AssessGravity extends Action {
        /** @return the gravity */
        Gravity gravity();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "assess the gravity as " + gravity();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param gravity the gravity
         * @return the action
         */
        static AssessGravity of(Gravity gravity) {
            return ImmutableAssessGravity.builder().gravity(gravity).build();
        }
    }

    /** Records a deadline for the case (seed 003, "Forming a Response"). A later deadline of a kind replaces it. */
    @Value.Immutable
    @JsonTypeName("set_deadline")
    @JsonSerialize(as = ImmutableSetDeadline.class)
    @JsonDeserialize(as = ImmutableSetDeadline.class)
    non-sealed interface SetDeadline extends Action {
        /** @return what the deadline is for */
        DeadlineKind kind();

        /** @return when it falls due */
        Instant due();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "set the " + kind() + " deadline to " + due();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param kind what the deadline is for
         * @param due when it falls due
         * @return the action
         */
        static SetDeadline of(DeadlineKind kind, Instant due) {
            return ImmutableSetDeadline.builder().kind(kind).due(due).build();
        }
    }

    // ---------------------------------------------------------------------------------------------- victim and reporter

    /** Records a person's consent to share items with a recipient class (invariant I1). */
    @Value.Immutable
    @JsonTypeName("record_consent")
    @JsonSerialize(as = ImmutableRecordConsent.class)
    @JsonDeserialize(as = ImmutableRecordConsent.class)
    non-sealed interface RecordConsent extends Action {
        /** @return the grant */
        ConsentGrant grant();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return grant().grantor() + " consents to sharing " + grant().items() + " with " + grant().recipient();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(grant().grantor());
        }

        /**
         * Creates the action.
         *
         * @param grant the grant
         * @return the action
         */
        static RecordConsent of(ConsentGrant grant) {
            return ImmutableRecordConsent.builder().grant(grant).build();
        }
    }

    /** Records that a person withdraws everything they consented to share with a recipient class. */
    @Value.Immutable
    @JsonTypeName("revoke_consent")
    @JsonSerialize(as = ImmutableRevokeConsent.class)
    @JsonDeserialize(as = ImmutableRevokeConsent.class)
    non-sealed interface RevokeConsent extends Action {
        /** @return the person revoking */
        PartyId grantor();

        /** @return the class they revoke for */
        RecipientClass recipient();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return grantor() + " revokes consent for " + recipient();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(grantor());
        }

        /**
         * Creates the action.
         *
         * @param grantor the person revoking
         * @param recipient the class
         * @return the action
         */
        static RevokeConsent of(PartyId grantor, RecipientClass recipient) {
            return ImmutableRevokeConsent.builder().grantor(grantor).recipient(recipient).build();
        }
    }

    /** Records what the victim wants about further action (seed 003, "Reports of more private harassment"). */
    @Value.Immutable
    @JsonTypeName("record_victim_wish")
    @JsonSerialize(as = ImmutableRecordVictimWish.class)
    @JsonDeserialize(as = ImmutableRecordVictimWish.class)
    non-sealed interface RecordVictimWish extends Action {
        /** @return the target whose wish it is */
        PartyId victim();

        /** @return the wish */
        VictimWish wish();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return victim() + " wishes " + wish();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(victim());
        }

        /**
         * Creates the action.
         *
         * @param victim the target
         * @param wish the wish
         * @return the action
         */
        static RecordVictimWish of(PartyId victim, VictimWish wish) {
            return ImmutableRecordVictimWish.builder().victim(victim).wish(wish).build();
        }
    }

    /** Records actions a reporter or victim asks for after the report (seed 004 catalogues). */
    @Value.Immutable
    @JsonTypeName("record_request")
    @JsonSerialize(as = ImmutableRecordRequest.class)
    @JsonDeserialize(as = ImmutableRecordRequest.class)
    non-sealed interface RecordRequest extends Action {
        /** @return the person asking */
        PartyId requester();

        /** @return what they ask for, at least one action */
        Set<RequestedAction> actions();

        /** @return their own words, if any */
        @Value.Redacted
        Optional<String> note();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return requester() + " asks for " + actions();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(requester());
        }

        @Value.Check
        default void check() {
            Require.that(!actions().isEmpty(), "a request names at least one action");
        }

        /**
         * Creates the action.
         *
         * @param requester the person asking
         * @param actions what they ask for
         * @return the action
         */
        static RecordRequest of(PartyId requester, Set<RequestedAction> actions) {
            return ImmutableRecordRequest.builder().requester(requester).addAllActions(actions).build();
        }
    }

    /** Writes down what a person told the handler: the victim's account, a witness's (seed 003, "Receiving a
     * Complaint"). */
    @Value.Immutable
    @JsonTypeName("record_account")
    @JsonSerialize(as = ImmutableRecordAccount.class)
    @JsonDeserialize(as = ImmutableRecordAccount.class)
    non-sealed interface RecordAccount extends Action {
        /** @return whose account it is */
        PartyId from();

        /** @return the account */
        @Value.Redacted
        String account();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "write down the account of " + from();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(from());
        }

        @Value.Check
        default void check() {
            Require.notBlank(account(), "an account");
        }

        /**
         * Creates the action.
         *
         * @param from whose account
         * @param account the account
         * @return the action
         */
        static RecordAccount of(PartyId from, String account) {
            return ImmutableRecordAccount.builder().from(from).account(account).build();
        }
    }

    /** Sends a message with a typed intent to a party. The text, if any, is the handler's own words. */
    @Value.Immutable
    @JsonTypeName("send_message")
    @JsonSerialize(as = ImmutableSendMessage.class)
    @JsonDeserialize(as = ImmutableSendMessage.class)
    non-sealed interface SendMessage extends Action {
        /** @return the recipient */
        PartyId to();

        /** @return what the message is for */
        MessageIntent intent();

        /** @return the text, if the handler writes one */
        @Value.Redacted
        Optional<String> text();

        /**
         * Returns whom a request for consent is about, so that each recipient class is asked about once; only for
         * {@link MessageIntent#ASK_CONSENT_TO_SHARE}. Empty on such a request means a question about everything.
         *
         * @return the recipient class the consent would be for
         */
        Optional<RecipientClass> about();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "message " + to() + ": " + intent() + about().map(r -> " about " + r).orElse("");
        }

        @Value.Check
        default void check() {
            Require.that(about().isEmpty() || intent() == MessageIntent.ASK_CONSENT_TO_SHARE,
                    "only a request for consent (ASK_CONSENT_TO_SHARE) is about a recipient class");
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(to());
        }

        /**
         * Creates a message without text of its own.
         *
         * @param to the recipient
         * @param intent what it is for
         * @return the action
         */
        static SendMessage of(PartyId to, MessageIntent intent) {
            return ImmutableSendMessage.builder().to(to).intent(intent).build();
        }

        /**
         * Creates a message with text.
         *
         * @param to the recipient
         * @param intent what it is for
         * @param text the handler's words
         * @return the action
         */
        static SendMessage of(PartyId to, MessageIntent intent, String text) {
            return ImmutableSendMessage.builder().to(to).intent(intent).text(text).build();
        }

        /**
         * Creates a request for consent to share with one recipient class (seed 003, "Things not to do": specific
         * permission).
         *
         * @param to the person whose consent it needs
         * @param about the recipient class the consent would be for
         * @return the action
         */
        static SendMessage askConsent(PartyId to, RecipientClass about) {
            return ImmutableSendMessage.builder().to(to).intent(MessageIntent.ASK_CONSENT_TO_SHARE).about(about)
                    .build();
        }
    }

    // ---------------------------------------------------------------------------------------------- the accused

    /** Tells the accused that there is a complaint about them, before or during the meeting (seed 003,
     * "Communicate with the alleged harasser about the complaint"). */
    @Value.Immutable
    @JsonTypeName("notify_accused")
    @JsonSerialize(as = ImmutableNotifyAccused.class)
    @JsonDeserialize(as = ImmutableNotifyAccused.class)
    non-sealed interface NotifyAccused extends Action {
        /** @return the accused */
        PartyId accused();

        /** @return the text, if the handler writes one */
        @Value.Redacted
        Optional<String> text();

        /**
         * Returns the date by which the accused is asked to answer. A notice that names one tells them that the team
         * may decide without their side if they do not answer by then; it must leave them at least the edition's
         * hearing deadline ({@code DecisionRules.hearingDeadline}).
         *
         * @return the date to answer by, if the notice names one
         */
        Optional<Instant> answerBy();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "tell " + accused() + " that there is a complaint about them"
                    + (answerBy().isPresent() ? ", to answer by " + answerBy().get() : "");
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @return the action
         */
        static NotifyAccused of(PartyId accused) {
            return ImmutableNotifyAccused.builder().accused(accused).build();
        }
    }

    /** Records the accused's side of the story, taken into the meeting by the one who heard it (seed 003). */
    @Value.Immutable
    @JsonTypeName("hear_accused")
    @JsonSerialize(as = ImmutableHearAccused.class)
    @JsonDeserialize(as = ImmutableHearAccused.class)
    non-sealed interface HearAccused extends Action {
        /** @return the accused */
        PartyId accused();

        /** @return what they said */
        @Value.Redacted
        String statement();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "hear the side of " + accused();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        @Value.Check
        default void check() {
            Require.notBlank(statement(), "an accused's statement");
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @param statement what they said
         * @return the action
         */
        static HearAccused of(PartyId accused, String statement) {
            return ImmutableHearAccused.builder().accused(accused).statement(statement).build();
        }
    }

    /** Records that the accused offered to apologize (seed 003, "Don't require or encourage apologies"). */
    @Value.Immutable
    @JsonTypeName("record_apology_offer")
    @JsonSerialize(as = ImmutableRecordApologyOffer.class)
    @JsonDeserialize(as = ImmutableRecordApologyOffer.class)
    non-sealed interface RecordApologyOffer extends Action {
        /** @return the accused */
        PartyId accused();

        /** @return whether they offered to apologize in person */
        boolean inPerson();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return accused() + " offers to apologize" + (inPerson() ? " in person" : "");
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @param inPerson whether the offer is to apologize in person
         * @return the action
         */
        static RecordApologyOffer of(PartyId accused, boolean inPerson) {
            return ImmutableRecordApologyOffer.builder().accused(accused).inPerson(inPerson).build();
        }
    }

    /** Tells the accused not to apologize to the victim directly: an offered apology is strongly discouraged. */
    @Value.Immutable
    @JsonTypeName("discourage_apology")
    @JsonSerialize(as = ImmutableDiscourageApology.class)
    @JsonDeserialize(as = ImmutableDiscourageApology.class)
    non-sealed interface DiscourageApology extends Action {
        /** @return the accused */
        PartyId accused();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "discourage " + accused() + " from apologizing to the victim";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @return the action
         */
        static DiscourageApology of(PartyId accused) {
            return ImmutableDiscourageApology.builder().accused(accused).build();
        }
    }

    /** Relays an apology to the victim: brief, and asking for no response (seed 003). */
    @Value.Immutable
    @JsonTypeName("relay_apology")
    @JsonSerialize(as = ImmutableRelayApology.class)
    @JsonDeserialize(as = ImmutableRelayApology.class)
    non-sealed interface RelayApology extends Action {
        /** @return the accused who apologizes */
        PartyId accused();

        /** @return the target it is relayed to */
        PartyId to();

        /** @return the relayed text */
        @Value.Redacted
        String text();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "relay the apology of " + accused() + " to " + to();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused(), to());
        }

        @Value.Check
        default void check() {
            Require.notBlank(text(), "a relayed apology");
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @param to the target
         * @param text the relayed text
         * @return the action
         */
        static RelayApology of(PartyId accused, PartyId to, String text) {
            return ImmutableRelayApology.builder().accused(accused).to(to).text(text).build();
        }
    }

    /** Records that the accused pressed an apology on the victim after being discouraged: this may constitute
     * continued harassment (seed 003). */
    @Value.Immutable
    @JsonTypeName("record_apology_pressed")
    @JsonSerialize(as = ImmutableRecordApologyPressed.class)
    @JsonDeserialize(as = ImmutableRecordApologyPressed.class)
    non-sealed interface RecordApologyPressed extends Action {
        /** @return the accused */
        PartyId accused();

        /** @return what happened, if written down */
        @Value.Redacted
        Optional<String> account();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return accused() + " pressed an apology on the victim";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @return the action
         */
        static RecordApologyPressed of(PartyId accused) {
            return ImmutableRecordApologyPressed.builder().accused(accused).build();
        }
    }

    // ---------------------------------------------------------------------------------------------- decision

    /**
     * Records a response meeting held with the members present (seed 003, "Meeting": available co-organizers meet
     * to decide what happened, whether anything is done, who does it and when). A decision refers to the meeting it
     * was made in by this event's sequence number.
     */
    @Value.Immutable
    @JsonTypeName("convene_meeting")
    @JsonSerialize(as = ImmutableConveneMeeting.class)
    @JsonDeserialize(as = ImmutableConveneMeeting.class)
    non-sealed interface ConveneMeeting extends Action {
        /** @return who attends, at least one, in id order */
        @Value.NaturalOrder
        SortedSet<PartyId> participants();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "convene the response meeting with " + participants();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.copyOf(participants());
        }

        @Value.Check
        default void check() {
            Require.that(!participants().isEmpty(), "a meeting has at least one participant");
        }

        /**
         * Creates the action.
         *
         * @param participants who attends
         * @return the action
         */
        static ConveneMeeting of(Set<PartyId> participants) {
            return ImmutableConveneMeeting.builder().addAllParticipants(participants).build();
        }
    }

    /**
     * Takes a protective measure while the event runs or the content is live, before the accused was heard (seed
     * 003, "Threats to Physical Wellbeing" and "Possible sanctions": a harassing talk can be ended, a person asked
     * to leave). It is interim: the decision reviews it and confirms or lifts it.
     */
    @Value.Immutable
    @JsonTypeName("take_interim_measure")
    @JsonSerialize(as = ImmutableTakeInterimMeasure.class)
    @JsonDeserialize(as = ImmutableTakeInterimMeasure.class)
    non-sealed interface TakeInterimMeasure extends Action {
        /** @return the measure */
        InterimMeasure measure();

        /** @return the accused it concerns */
        PartyId on();

        /** @return why, in the team's words */
        @Value.Redacted
        Optional<String> note();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "take the interim measure " + measure() + " on " + on() + " pending the decision";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(on());
        }

        /**
         * Creates the action.
         *
         * @param measure the measure
         * @param on the accused
         * @return the action
         */
        static TakeInterimMeasure of(InterimMeasure measure, PartyId on) {
            return ImmutableTakeInterimMeasure.builder().measure(measure).on(on).build();
        }
    }

    /**
     * Ends an interim measure before the decision, e.g. once the talk is over or the person has left; the decision
     * reviews the measures still in force.
     */
    @Value.Immutable
    @JsonTypeName("lift_interim_measure")
    @JsonSerialize(as = ImmutableLiftInterimMeasure.class)
    @JsonDeserialize(as = ImmutableLiftInterimMeasure.class)
    non-sealed interface LiftInterimMeasure extends Action {
        /** @return the sequence number of the {@code take_interim_measure} event */
        long measure();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "lift the interim measure of event #" + measure();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param measure the sequence number of the measure's event
         * @return the action
         */
        static LiftInterimMeasure of(long measure) {
            return ImmutableLiftInterimMeasure.builder().measure(measure).build();
        }
    }

    /**
     * Records an attempt to reach the accused (seed 003, "Communicate with the alleged harasser about the complaint":
     * let them know and let them tell their side). When they do not answer a notice by its date, or cannot be
     * reached at all, the recorded attempts let the team decide without their side once the edition's hearing
     * deadline has passed, so that a silent accused never leaves a case without a way forward.
     */
    @Value.Immutable
    @JsonTypeName("record_contact_attempt")
    @JsonSerialize(as = ImmutableRecordContactAttempt.class)
    @JsonDeserialize(as = ImmutableRecordContactAttempt.class)
    non-sealed interface RecordContactAttempt extends Action {
        /** @return the accused */
        PartyId accused();

        /** @return how the attempt ended */
        ContactOutcome outcome();

        /** @return how they were contacted, in the handler's words */
        @Value.Redacted
        Optional<String> note();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "try to reach " + accused() + ": " + outcome();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @param outcome how the attempt ended
         * @return the action
         */
        static RecordContactAttempt of(PartyId accused, ContactOutcome outcome) {
            return ImmutableRecordContactAttempt.builder().accused(accused).outcome(outcome).build();
        }
    }

    /**
     * Records the decision of a response meeting (seed 003, "Meeting"): the finding and the sanctions, the meeting
     * it was made in, who decided, and the votes unless the deciders agreed by consensus; it confirms or lifts every
     * interim measure still in force. A later decision replaces an earlier one.
     *
     * <p>The guards refuse a decision without a meeting, by deciders who were absent, conflicted, the complainant or
     * the accused, recorded by someone who was not in the meeting, or that does not meet the edition's decision
     * method ({@code DecisionRules}). The fields about the meeting are optional in the type only so that case files
     * written before they existed can still be read and imported.
     */
    @Value.Immutable
    @JsonTypeName("record_decision")
    @JsonSerialize(as = ImmutableRecordDecision.class)
    @JsonDeserialize(as = ImmutableRecordDecision.class)
    non-sealed interface RecordDecision extends Action {
        /** @return the finding */
        Finding finding();

        /** @return the sanctions, only with a finding of violation */
        List<ImposedSanction> sanctions();

        /** @return why, in the team's words */
        @Value.Redacted
        Optional<String> rationale();

        /** @return the sequence number of the {@code convene_meeting} event of the meeting that decided */
        OptionalLong meeting();

        /** @return the members who decided, in id order */
        @Value.NaturalOrder
        SortedSet<PartyId> deciders();

        /** @return the votes; absent when the deciders agreed by consensus */
        Optional<Votes> votes();

        /** @return how the decision reviews each interim measure in force, by the measure's sequence number */
        @Value.NaturalOrder
        SortedMap<Long, InterimReview> interimReviews();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            List<String> names = new ArrayList<>();
            sanctions().forEach(s -> names.add(s.sanction() + " on " + s.on()));
            return "decide " + finding() + (names.isEmpty() ? "" : " with " + names)
                    + (meeting().isPresent() ? " in the meeting of event #" + meeting().getAsLong() : "")
                    + (deciders().isEmpty() ? "" : " by " + deciders() + (votes().isPresent()
                    ? " (" + votes().get().inFavour().size() + " in favour)" : " (consensus)"));
        }

        @Override
        default List<PartyId> namedParties() {
            Set<PartyId> named = new java.util.LinkedHashSet<>();
            sanctions().forEach(s -> named.add(s.on()));
            named.addAll(deciders());
            return List.copyOf(named);
        }

        /**
         * Tells how many deciders are in favour: all of them for a consensus.
         *
         * @return the number in favour
         */
        default int inFavour() {
            return votes().map(v -> v.inFavour().size()).orElse(deciders().size());
        }

        @Value.Check
        default void check() {
            Require.that(sanctions().isEmpty() || finding() == Finding.VIOLATION,
                    "sanctions are decided only with a finding of violation");
            votes().ifPresent(v -> Require.that(v.all().equals(deciders()),
                    "the votes are cast by the deciders: each decider in favour, against or abstaining, once"));
            meeting().ifPresent(m -> Require.that(m > 0, "a meeting is an event after the opening"));
        }

        /**
         * Creates a decision without a meeting, as only case files from before meetings were recorded hold; the
         * guards refuse it. Use {@link #inMeeting} instead.
         *
         * @param finding the finding
         * @param sanctions the sanctions
         * @return the action
         */
        static RecordDecision of(Finding finding, List<ImposedSanction> sanctions) {
            return ImmutableRecordDecision.builder().finding(finding).addAllSanctions(sanctions).build();
        }

        /**
         * Creates a decision the deciders of a meeting reached by consensus.
         *
         * @param meeting the sequence number of the meeting's {@code convene_meeting} event
         * @param deciders who decided
         * @param finding the finding
         * @param sanctions the sanctions
         * @return the action
         */
        static RecordDecision inMeeting(long meeting, Set<PartyId> deciders, Finding finding,
                List<ImposedSanction> sanctions) {
            return ImmutableRecordDecision.builder().finding(finding).addAllSanctions(sanctions).meeting(meeting)
                    .addAllDeciders(deciders).build();
        }
    }

    /** Tells the accused what action is taken, where to appeal, and that the action stands meanwhile (seed 003,
     * "Communicate with the harasser about the response"). */
    @Value.Immutable
    @JsonTypeName("communicate_decision")
    @JsonSerialize(as = ImmutableCommunicateDecision.class)
    @JsonDeserialize(as = ImmutableCommunicateDecision.class)
    non-sealed interface CommunicateDecision extends Action {
        /** @return the accused */
        PartyId accused();

        /** @return the appeal contact named in the notice */
        Optional<String> appealContact();

        /** @return additional text, if any */
        @Value.Redacted
        Optional<String> text();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "tell " + accused() + " the decision" + (appealContact().isPresent() ? ", with the appeal contact"
                    : ", without an appeal contact");
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @param appealContact where to appeal, if anywhere
         * @return the action
         */
        static CommunicateDecision of(PartyId accused, Optional<String> appealContact) {
            return ImmutableCommunicateDecision.builder().accused(accused).appealContact(appealContact).build();
        }
    }

    /** Records that the accused appealed the decision; the decision stands meanwhile. */
    @Value.Immutable
    @JsonTypeName("record_appeal")
    @JsonSerialize(as = ImmutableRecordAppeal.class)
    @JsonDeserialize(as = ImmutableRecordAppeal.class)
    non-sealed interface RecordAppeal extends Action {
        /** @return the accused appealing */
        PartyId accused();

        /** @return their grounds, if written down */
        @Value.Redacted
        Optional<String> grounds();

        /**
         * Returns why the team hears an appeal made after the edition's appeal window, in its words; an appeal after
         * the window without a reason is refused.
         *
         * @return the reason, for a late appeal
         */
        @Value.Redacted
        Optional<String> heardLateBecause();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return accused() + " appeals the decision";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused
         * @return the action
         */
        static RecordAppeal of(PartyId accused) {
            return ImmutableRecordAppeal.builder().accused(accused).build();
        }
    }

    /**
     * Records how a pending appeal ended, and who heard it: members without a conflict who were not among the
     * original deciders, or the global organization. The action stood meanwhile (seed 003, "Communicate with the
     * harasser about the response"). Only a modified decision names new sanctions.
     */
    @Value.Immutable
    @JsonTypeName("decide_appeal")
    @JsonSerialize(as = ImmutableDecideAppeal.class)
    @JsonDeserialize(as = ImmutableDecideAppeal.class)
    non-sealed interface DecideAppeal extends Action {
        /** @return the outcome */
        AppealOutcome outcome();

        /** @return the sanctions after a modification */
        List<ImposedSanction> sanctions();

        /** @return why, in the deciders' words */
        @Value.Redacted
        Optional<String> rationale();

        /** @return who heard the appeal, in id order */
        @Value.NaturalOrder
        SortedSet<PartyId> hearers();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "decide the appeal: " + outcome() + (hearers().isEmpty() ? "" : ", heard by " + hearers());
        }

        @Override
        default List<PartyId> namedParties() {
            Set<PartyId> named = new java.util.LinkedHashSet<>();
            sanctions().forEach(s -> named.add(s.on()));
            named.addAll(hearers());
            return List.copyOf(named);
        }

        @Value.Check
        default void check() {
            Require.that(sanctions().isEmpty() || outcome() == AppealOutcome.MODIFIED,
                    "only a modified decision names new sanctions");
        }

        /**
         * Creates the action.
         *
         * @param outcome the outcome
         * @param sanctions the new sanctions, for a modification
         * @return the action
         */
        static DecideAppeal of(AppealOutcome outcome, List<ImposedSanction> sanctions) {
            return ImmutableDecideAppeal.builder().outcome(outcome).addAllSanctions(sanctions).build();
        }

        /**
         * Creates the action with who heard the appeal.
         *
         * @param outcome the outcome
         * @param sanctions the new sanctions, for a modification
         * @param hearers who heard it
         * @return the action
         */
        static DecideAppeal by(AppealOutcome outcome, List<ImposedSanction> sanctions, Set<PartyId> hearers) {
            return ImmutableDecideAppeal.builder().outcome(outcome).addAllSanctions(sanctions).addAllHearers(hearers)
                    .build();
        }
    }

    // ---------------------------------------------------------------------------------------------- outward

    /** Shares items of the case with a recipient class outside the response team (invariant I1). */
    @Value.Immutable
    @JsonTypeName("disclose")
    @JsonSerialize(as = ImmutableDisclose.class)
    @JsonDeserialize(as = ImmutableDisclose.class)
    non-sealed interface Disclose extends Action {
        /** @return who receives */
        RecipientClass recipient();

        /** @return what is shared; none means only that a case exists */
        Set<DisclosureItem> items();

        /** @return why, in the handler's words */
        @Value.Redacted
        Optional<String> purpose();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "share " + (items().isEmpty() ? "that a case exists" : items().toString()) + " with "
                    + recipient();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param recipient who receives
         * @param items what is shared
         * @return the action
         */
        static Disclose of(RecipientClass recipient, Set<DisclosureItem> items) {
            return ImmutableDisclose.builder().recipient(recipient).addAllItems(items).build();
        }
    }

    /** Involves venue security, the police or emergency services (seed 003, "Threats to Physical Wellbeing",
     * "Law Enforcement"; invariant I4). */
    @Value.Immutable
    @JsonTypeName("involve_authority")
    @JsonSerialize(as = ImmutableInvolveAuthority.class)
    @JsonDeserialize(as = ImmutableInvolveAuthority.class)
    non-sealed interface InvolveAuthority extends Action {
        /** @return the authority */
        Authority authority();

        /** @return what the authority is told */
        Set<DisclosureItem> items();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "involve " + authority() + (items().isEmpty() ? "" : ", sharing " + items());
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param authority the authority
         * @param items what it is told
         * @return the action
         */
        static InvolveAuthority of(Authority authority, Set<DisclosureItem> items) {
            return ImmutableInvolveAuthority.builder().authority(authority).addAllItems(items).build();
        }
    }

    /** Reports the accused's conduct to an outside body such as their employer (seed 003, "Employer reports";
     * seed 004). */
    @Value.Immutable
    @JsonTypeName("report_to_external_body")
    @JsonSerialize(as = ImmutableReportToExternalBody.class)
    @JsonDeserialize(as = ImmutableReportToExternalBody.class)
    non-sealed interface ReportToExternalBody extends Action {
        /** @return the body */
        ExternalBody body();

        /** @return the accused whose conduct is reported */
        PartyId accused();

        /** @return what the body is told */
        Set<DisclosureItem> items();

        /** @return the short report's text, if written */
        @Value.Redacted
        Optional<String> text();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "report the conduct of " + accused() + " to their " + body();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param body the body
         * @param accused the accused
         * @param items what the body is told
         * @return the action
         */
        static ReportToExternalBody of(ExternalBody body, PartyId accused, Set<DisclosureItem> items) {
            return ImmutableReportToExternalBody.builder().body(body).accused(accused).addAllItems(items).build();
        }
    }

    /** Informs the global organization of the incident, as every local incident must be (seed 003, "Informing
     * PyLadies Global"). Without items it carries only that an incident happened and its nature. */
    @Value.Immutable
    @JsonTypeName("inform_global_organization")
    @JsonSerialize(as = ImmutableInformGlobalOrganization.class)
    @JsonDeserialize(as = ImmutableInformGlobalOrganization.class)
    non-sealed interface InformGlobalOrganization extends Action {
        /** @return what is shared beyond the nature of the incident */
        Set<DisclosureItem> items();

        /** @return the text of the report to the global organization, if written */
        @Value.Redacted
        Optional<String> text();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "inform the global organization" + (items().isEmpty() ? "" : ", sharing " + items());
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param items what is shared beyond the nature of the incident
         * @return the action
         */
        static InformGlobalOrganization of(Set<DisclosureItem> items) {
            return ImmutableInformGlobalOrganization.builder().addAllItems(items).build();
        }
    }

    /** Hands the case to the global organization, the next authority (seed 003: the global organization handles
     * complaints about local organizers). */
    @Value.Immutable
    @JsonTypeName("escalate_to_global_organization")
    @JsonSerialize(as = ImmutableEscalateToGlobalOrganization.class)
    @JsonDeserialize(as = ImmutableEscalateToGlobalOrganization.class)
    non-sealed interface EscalateToGlobalOrganization extends Action {
        /** @return why */
        EscalationReason reason();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "escalate to the global organization: " + reason();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param reason why
         * @return the action
         */
        static EscalateToGlobalOrganization of(EscalationReason reason) {
            return ImmutableEscalateToGlobalOrganization.builder().reason(reason).build();
        }
    }

    /** Tells the community about an incident: its nature and the action taken, nothing more (seed 003,
     * "Communicating with your community"; invariant I8). */
    @Value.Immutable
    @JsonTypeName("announce")
    @JsonSerialize(as = ImmutableAnnounce.class)
    @JsonDeserialize(as = ImmutableAnnounce.class)
    non-sealed interface Announce extends Action {
        /** @return where it is announced */
        AnnouncementKind kind();

        /** @return the general nature of the incident, e.g. "an attendee physically threatened another" */
        @Value.Redacted
        String natureOfIncident();

        /** @return the action taken, briefly */
        @Value.Redacted
        Optional<String> actionTaken();

        /** @return whether the announcement names the accused */
        boolean namesAccused();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "announce to the community (" + kind() + ")" + (namesAccused() ? ", naming the accused" : "");
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        @Value.Check
        default void check() {
            Require.notBlank(natureOfIncident(), "the nature of the incident");
        }

        /**
         * Creates an announcement that names nobody.
         *
         * @param kind where it is announced
         * @param natureOfIncident the general nature of the incident
         * @return the action
         */
        static Announce of(AnnouncementKind kind, String natureOfIncident) {
            return ImmutableAnnounce.builder().kind(kind).natureOfIncident(natureOfIncident).namesAccused(false)
                    .build();
        }
    }

    /** Records that staff heard out an upset attendee, without sharing further details of the incident (seed
     * 003, "Dealing with upset attendees"). The action has no field for incident details by design. */
    @Value.Immutable
    @JsonTypeName("respond_to_upset_attendee")
    @JsonSerialize(as = ImmutableRespondToUpsetAttendee.class)
    @JsonDeserialize(as = ImmutableRespondToUpsetAttendee.class)
    non-sealed interface RespondToUpsetAttendee extends Action {
        /** @return the staff member's notes of what the attendee said */
        @Value.Redacted
        Optional<String> note();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "hear out an upset attendee";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @return the action
         */
        static RespondToUpsetAttendee of() {
            return ImmutableRespondToUpsetAttendee.builder().build();
        }
    }

    /**
     * Reminds everyone, or the room of a session in progress, of the code of conduct (seed 003, "Informing attendees":
     * "a good time for all attendees to review our policy"; issue 15). It has no field for incident details or names
     * by design, so it needs no consent and no finding: teams use it where nobody could be identified, and a session
     * chair uses it to correct the room at once. A statement that describes an incident is an {@link Announce}.
     */
    @Value.Immutable
    @JsonTypeName("remind_of_code")
    @JsonSerialize(as = ImmutableRemindOfCode.class)
    @JsonDeserialize(as = ImmutableRemindOfCode.class)
    non-sealed interface RemindOfCode extends Action {
        /** @return who hears the reminder */
        ReminderAudience audience();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "remind " + audience() + " of the code of conduct";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param audience who hears the reminder
         * @return the action
         */
        static RemindOfCode of(ReminderAudience audience) {
            return ImmutableRemindOfCode.builder().audience(audience).build();
        }
    }

    /**
     * Works through someone outside the team (issue 15): asks a sponsor, vendor or employer present at the event to
     * deal with a member of its staff, or has a word with the venue's staff (to keep watch, say). It carries the
     * incident only in the items the victim consented to for the {@link ThirdParty#recipient() recipient class} it
     * maps to; without items it is a request without details.
     */
    @Value.Immutable
    @JsonTypeName("ask_third_party")
    @JsonSerialize(as = ImmutableAskThirdParty.class)
    @JsonDeserialize(as = ImmutableAskThirdParty.class)
    non-sealed interface AskThirdParty extends Action {
        /** @return whom the team asks */
        ThirdParty party();

        /** @return the accused the request is about: the staff member a sponsor, vendor or employer deals with */
        Optional<PartyId> about();

        /** @return what of the incident goes with the request, possibly nothing */
        Set<DisclosureItem> items();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "ask " + party() + about().map(a -> " to deal with " + a.value()).orElse(" for a word")
                    + (items().isEmpty() ? ", without details" : ", sharing " + items());
        }

        @Override
        default List<PartyId> namedParties() {
            return about().map(List::of).orElse(List.of());
        }

        /** Checks that a request to deal with one's staff names the staff member. */
        @Value.Check
        default void check() {
            Require.that(!party().dealsWithItsStaff() || about().isPresent(),
                    "a request to a sponsor, vendor or employer names the accused it is to deal with (about)");
        }

        /**
         * Creates the action.
         *
         * @param party whom the team asks
         * @param about the accused the request is about, if any
         * @param items what of the incident goes with it
         * @return the action
         */
        static AskThirdParty of(ThirdParty party, Optional<PartyId> about, Set<DisclosureItem> items) {
            return ImmutableAskThirdParty.builder().party(party).about(about).addAllItems(items).build();
        }
    }

    // ---------------------------------------------------------------------------------------------- records

    /** Puts the accused on the ban list for the given events or spaces (seed 003, "Data retention"). */
    @Value.Immutable
    @JsonTypeName("record_ban")
    @JsonSerialize(as = ImmutableRecordBan.class)
    @JsonDeserialize(as = ImmutableRecordBan.class)
    non-sealed interface RecordBan extends Action {
        /** @return the banned accused */
        PartyId accused();

        /** @return the event or space ids the ban covers; none means every event of the organization */
        List<String> scopes();

        /** @return when the ban ends; empty means indefinitely */
        Optional<Instant> until();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "ban " + accused() + (until().isPresent() ? " until " + until().get() : " indefinitely");
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        @Value.Check
        default void check() {
            scopes().forEach(s -> Ids.check(s, "a ban scope"));
        }

        /**
         * Creates an indefinite ban from every event.
         *
         * @param accused the accused
         * @return the action
         */
        static RecordBan of(PartyId accused) {
            return ImmutableRecordBan.builder().accused(accused).build();
        }

        /**
         * Creates a ban from every event that ends when the decided ban ends.
         *
         * @param accused the accused
         * @param until when the ban ends; empty for indefinitely
         * @return the action
         */
        static RecordBan of(PartyId accused, Optional<Instant> until) {
            return ImmutableRecordBan.builder().accused(accused).until(until).build();
        }
    }

    /** Ends the accused's ban-list entry of this case when the ban decided on it no longer stands, overturned or
     * changed on appeal, so that screening no longer turns the person away (seed 003, "Data retention"). */
    @Value.Immutable
    @JsonTypeName("lift_ban")
    @JsonSerialize(as = ImmutableLiftBan.class)
    @JsonDeserialize(as = ImmutableLiftBan.class)
    non-sealed interface LiftBan extends Action {
        /** @return the accused whose entry ends */
        PartyId accused();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "take " + accused() + " off the ban list";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of(accused());
        }

        /**
         * Creates the action.
         *
         * @param accused the accused whose entry ends
         * @return the action
         */
        static LiftBan of(PartyId accused) {
            return ImmutableLiftBan.builder().accused(accused).build();
        }
    }

    /** Links this case with another one (seed 002: retaliation is its own violation; seed 003: pressing an
     * apology may be continued harassment). */
    @Value.Immutable
    @JsonTypeName("link_case")
    @JsonSerialize(as = ImmutableLinkCase.class)
    @JsonDeserialize(as = ImmutableLinkCase.class)
    non-sealed interface LinkCase extends Action {
        /** @return the other case */
        CaseId other();

        /** @return how they relate */
        LinkKind kind();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "link to case " + other() + " (" + kind() + ")";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param other the other case
         * @param kind how they relate
         * @return the action
         */
        static LinkCase of(CaseId other, LinkKind kind) {
            return ImmutableLinkCase.builder().other(other).kind(kind).build();
        }
    }

    /** Writes a note to the case file: anything done about the incident is documented (seed 003, "Record
     * Keeping"). */
    @Value.Immutable
    @JsonTypeName("record_note")
    @JsonSerialize(as = ImmutableRecordNote.class)
    @JsonDeserialize(as = ImmutableRecordNote.class)
    non-sealed interface RecordNote extends Action {
        /** @return the note */
        @Value.Redacted
        String note();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "write a note";
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        @Value.Check
        default void check() {
            Require.notBlank(note(), "a note");
        }

        /**
         * Creates the action.
         *
         * @param note the note
         * @return the action
         */
        static RecordNote of(String note) {
            return ImmutableRecordNote.builder().note(note).build();
        }
    }

    /**
     * Closes the case. Nothing can be appended to a closed case; a new development opens a linked case, except that a
     * case closed as {@link Resolution#NOT_IDENTIFIED} is taken up again with {@link ReopenCase} once the person is
     * identified.
     */
    @Value.Immutable
    @JsonTypeName("close_case")
    @JsonSerialize(as = ImmutableCloseCase.class)
    @JsonDeserialize(as = ImmutableCloseCase.class)
    non-sealed interface CloseCase extends Action {
        /** @return how it ended */
        Resolution resolution();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "close the case: " + resolution();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param resolution how it ended
         * @return the action
         */
        static CloseCase of(Resolution resolution) {
            return ImmutableCloseCase.builder().resolution(resolution).build();
        }
    }

    /**
     * Takes up again a case that was closed as {@link Resolution#NOT_IDENTIFIED} (issue 15): the person the report
     * describes was identified after all. The case is open again and the closing no longer in force; the closing stays
     * in the case file as what happened then (seed 003, "Record Keeping"). The team then adds the person as an accused
     * party, who is told and heard as usual. A case closed for any other reason cannot be reopened: a new development
     * there opens a new case, linked to it with {@link LinkCase}.
     */
    @Value.Immutable
    @JsonTypeName("reopen_case")
    @JsonSerialize(as = ImmutableReopenCase.class)
    @JsonDeserialize(as = ImmutableReopenCase.class)
    non-sealed interface ReopenCase extends Action {
        /** @return why the case is taken up again */
        ReopenReason reason();

        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        default String summary() {
            return "reopen the case: " + reason();
        }

        @Override
        default List<PartyId> namedParties() {
            return List.of();
        }

        /**
         * Creates the action.
         *
         * @param reason why the case is taken up again
         * @return the action
         */
        static ReopenCase of(ReopenReason reason) {
            return ImmutableReopenCase.builder().reason(reason).build();
        }
    }
}
