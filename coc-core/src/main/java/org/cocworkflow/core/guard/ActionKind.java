package org.cocworkflow.core.guard;

import org.cocworkflow.core.action.Action;

/**
 * The kind of an action, one constant per nested type of {@link Action}, named as its JSON type name.
 *
 * <p>Guards switch on the kind, found once per check with one call of the action's visitor, instead of testing
 * the action against one nested interface after another. On JDK 17 every failed test against an interface scans
 * the class's list of interfaces (JDK-8180450, fixed in JDK 23 and later JDK 21 updates), and the guards' tests made up most of the time a
 * check took.
 */
enum ActionKind {
    ADD_TEAM_MEMBER,
    ASSIGN_HANDLER,
    ADD_PARTY,
    DECLARE_RELATIONSHIP,
    RECORD_SAFETY_ASSESSMENT,
    SET_RESPONSE_PATH,
    ASSESS_GRAVITY,
    SET_DEADLINE,
    RECORD_CONSENT,
    REVOKE_CONSENT,
    RECORD_VICTIM_WISH,
    RECORD_REQUEST,
    RECORD_ACCOUNT,
    SEND_MESSAGE,
    NOTIFY_ACCUSED,
    HEAR_ACCUSED,
    RECORD_APOLOGY_OFFER,
    DISCOURAGE_APOLOGY,
    RELAY_APOLOGY,
    RECORD_APOLOGY_PRESSED,
    CONVENE_MEETING,
    TAKE_INTERIM_MEASURE,
    LIFT_INTERIM_MEASURE,
    RECORD_CONTACT_ATTEMPT,
    RECORD_DECISION,
    COMMUNICATE_DECISION,
    RECORD_APPEAL,
    DECIDE_APPEAL,
    DISCLOSE,
    INVOLVE_AUTHORITY,
    REPORT_TO_EXTERNAL_BODY,
    INFORM_GLOBAL_ORGANIZATION,
    ESCALATE_TO_GLOBAL_ORGANIZATION,
    ANNOUNCE,
    RESPOND_TO_UPSET_ATTENDEE,
    RECORD_BAN,
    LIFT_BAN,
    LINK_CASE,
    RECORD_NOTE,
    CLOSE_CASE,
    REMIND_OF_CODE,
    ASK_THIRD_PARTY,
    REOPEN_CASE;

    private static final Action.Visitor<ActionKind> KIND = new Action.Visitor<>() {
        @Override
        public ActionKind visit(Action.AddTeamMember a) {
            return ADD_TEAM_MEMBER;
        }

        @Override
        public ActionKind visit(Action.AssignHandler a) {
            return ASSIGN_HANDLER;
        }

        @Override
        public ActionKind visit(Action.AddParty a) {
            return ADD_PARTY;
        }

        @Override
        public ActionKind visit(Action.DeclareRelationship a) {
            return DECLARE_RELATIONSHIP;
        }

        @Override
        public ActionKind visit(Action.RecordSafetyAssessment a) {
            return RECORD_SAFETY_ASSESSMENT;
        }

        @Override
        public ActionKind visit(Action.SetResponsePath a) {
            return SET_RESPONSE_PATH;
        }

        @Override
        public ActionKind visit(Action.AssessGravity a) {
            return ASSESS_GRAVITY;
        }

        @Override
        public ActionKind visit(Action.SetDeadline a) {
            return SET_DEADLINE;
        }

        @Override
        public ActionKind visit(Action.RecordConsent a) {
            return RECORD_CONSENT;
        }

        @Override
        public ActionKind visit(Action.RevokeConsent a) {
            return REVOKE_CONSENT;
        }

        @Override
        public ActionKind visit(Action.RecordVictimWish a) {
            return RECORD_VICTIM_WISH;
        }

        @Override
        public ActionKind visit(Action.RecordRequest a) {
            return RECORD_REQUEST;
        }

        @Override
        public ActionKind visit(Action.RecordAccount a) {
            return RECORD_ACCOUNT;
        }

        @Override
        public ActionKind visit(Action.SendMessage a) {
            return SEND_MESSAGE;
        }

        @Override
        public ActionKind visit(Action.NotifyAccused a) {
            return NOTIFY_ACCUSED;
        }

        @Override
        public ActionKind visit(Action.HearAccused a) {
            return HEAR_ACCUSED;
        }

        @Override
        public ActionKind visit(Action.RecordApologyOffer a) {
            return RECORD_APOLOGY_OFFER;
        }

        @Override
        public ActionKind visit(Action.DiscourageApology a) {
            return DISCOURAGE_APOLOGY;
        }

        @Override
        public ActionKind visit(Action.RelayApology a) {
            return RELAY_APOLOGY;
        }

        @Override
        public ActionKind visit(Action.RecordApologyPressed a) {
            return RECORD_APOLOGY_PRESSED;
        }

        @Override
        public ActionKind visit(Action.ConveneMeeting a) {
            return CONVENE_MEETING;
        }

        @Override
        public ActionKind visit(Action.TakeInterimMeasure a) {
            return TAKE_INTERIM_MEASURE;
        }

        @Override
        public ActionKind visit(Action.LiftInterimMeasure a) {
            return LIFT_INTERIM_MEASURE;
        }

        @Override
        public ActionKind visit(Action.RecordContactAttempt a) {
            return RECORD_CONTACT_ATTEMPT;
        }

        @Override
        public ActionKind visit(Action.RecordDecision a) {
            return RECORD_DECISION;
        }

        @Override
        public ActionKind visit(Action.CommunicateDecision a) {
            return COMMUNICATE_DECISION;
        }

        @Override
        public ActionKind visit(Action.RecordAppeal a) {
            return RECORD_APPEAL;
        }

        @Override
        public ActionKind visit(Action.DecideAppeal a) {
            return DECIDE_APPEAL;
        }

        @Override
        public ActionKind visit(Action.Disclose a) {
            return DISCLOSE;
        }

        @Override
        public ActionKind visit(Action.InvolveAuthority a) {
            return INVOLVE_AUTHORITY;
        }

        @Override
        public ActionKind visit(Action.ReportToExternalBody a) {
            return REPORT_TO_EXTERNAL_BODY;
        }

        @Override
        public ActionKind visit(Action.InformGlobalOrganization a) {
            return INFORM_GLOBAL_ORGANIZATION;
        }

        @Override
        public ActionKind visit(Action.EscalateToGlobalOrganization a) {
            return ESCALATE_TO_GLOBAL_ORGANIZATION;
        }

        @Override
        public ActionKind visit(Action.Announce a) {
            return ANNOUNCE;
        }

        @Override
        public ActionKind visit(Action.RespondToUpsetAttendee a) {
            return RESPOND_TO_UPSET_ATTENDEE;
        }

        @Override
        public ActionKind visit(Action.RemindOfCode a) {
            return REMIND_OF_CODE;
        }

        @Override
        public ActionKind visit(Action.AskThirdParty a) {
            return ASK_THIRD_PARTY;
        }

        @Override
        public ActionKind visit(Action.ReopenCase a) {
            return REOPEN_CASE;
        }

        @Override
        public ActionKind visit(Action.RecordBan a) {
            return RECORD_BAN;
        }

        @Override
        public ActionKind visit(Action.LiftBan a) {
            return LIFT_BAN;
        }

        @Override
        public ActionKind visit(Action.LinkCase a) {
            return LINK_CASE;
        }

        @Override
        public ActionKind visit(Action.RecordNote a) {
            return RECORD_NOTE;
        }

        @Override
        public ActionKind visit(Action.CloseCase a) {
            return CLOSE_CASE;
        }
    };

    /** Returns the kind of an action. */
    static ActionKind of(Action action) {
        return action.accept(KIND);
    }
}
