package org.cocworkflow.bench.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cocworkflow.bench.TypicalCase;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.consent.ConsentGrant;
import org.cocworkflow.core.consent.DisclosureItem;
import org.cocworkflow.core.consent.RecipientClass;
import org.cocworkflow.core.guard.Guards;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.response.DeadlineKind;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.SafetyAssessment;

/**
 * A long case file, as a case that runs for months would grow: {@link TypicalCase} (opened, team, handler, private
 * path, the victim's wish, the accused told), then a round of organizer actions repeated until the file has the
 * number of events asked for. Each round takes notes (by the handler and by another member), checks in with the
 * victim with a message of an allowed intent (some with text), sets a deadline, records a consent grant, discloses
 * what it allows to whom it allows and later revokes it, writes down accounts from the victim and from witnesses,
 * invites and hears the accused, adds a witness and, now and then, a team member (some of whom declare a
 * relationship with a witness), and records a safety assessment, a gravity and a request of the victim. Every
 * action goes through {@link Guards#apply}, so the file holds only what the guards allow; a refusal fails the build
 * of the file. Deterministic: the same size gives the same file, and a shorter file is the start of a longer one.
 */
public final class LongCase {
    private static final PartyId REPORTER = PartyId.of("reporter");
    private static final PartyId ACCUSED = PartyId.of("accused-1");
    private static final PartyId MEMBER = PartyId.of("team-1");
    /** Intents the guards allow to the victim (I2 refuses inviting withdrawal, asking how to handle it, penalties). */
    private static final List<MessageIntent> TO_VICTIM = List.of(MessageIntent.CHECK_IN,
            MessageIntent.EXPLAIN_PROCESS, MessageIntent.OFFER_PRIVATE_PLACE, MessageIntent.OFFER_TRUSTED_PERSON,
            MessageIntent.ASK_HOW_TO_HELP, MessageIntent.PROVIDE_EMERGENCY_RESOURCES,
            MessageIntent.FOLLOW_UP_ON_OUTCOME, MessageIntent.ASK_CONSENT_TO_SHARE);
    /** Whom the victim lets the team tell (venue security or the police would need a threat or their request, I4). */
    private static final List<RecipientClass> RECIPIENTS = List.of(RecipientClass.CO_ORGANIZERS,
            RecipientClass.GLOBAL_ORGANIZATION);
    private static final List<RequestedAction> REQUESTS = List.of(RequestedAction.EVENT_TELL_TO_STOP,
            RequestedAction.EVENT_NO_CONTACT_WITH_ME, RequestedAction.EVENT_RECORD_FOR_MONITORING);
    /** Steps in a round, and the step at which another team member takes a note. */
    private static final int ROUND = 17;
    private static final int MEMBER_STEP = 6;
    /** The most witnesses and extra team members a case gets; after that, those steps take notes instead. */
    private static final int MAX_WITNESSES = 30;
    private static final int MAX_EXTRA_MEMBERS = 12;

    private LongCase() {
    }

    /**
     * Builds a case file of a given length.
     *
     * @param events how many events, the opening included; at least the typical case's
     * @return the case file
     * @throws IllegalArgumentException if {@code events} is below the typical case's length
     * @throws org.cocworkflow.core.ActionRefusedException if a guard refuses a step (a bug in this class)
     */
    public static CaseFile file(int events) {
        CaseFile file = TypicalCase.file();
        if (events < file.version()) {
            throw new IllegalArgumentException("a long case has at least " + file.version() + " events");
        }
        Instant at = file.state().lastEventAt();
        for (int step = 0; file.version() < events; step++) {
            at = at.plus(Duration.ofMinutes(7 + step % 11));
            // One note a round is another member's; everything else is the handler's, who talks to the parties.
            PartyId by = step % ROUND == MEMBER_STEP ? MEMBER : file.state().speaker();
            file = Guards.apply(file, action(step, at), by, at).file();
        }
        return file;
    }

    /** The organizer action at a step of the rounds. */
    private static Action action(int step, Instant at) {
        int round = step / ROUND;
        RecipientClass recipient = RECIPIENTS.get(round % RECIPIENTS.size());
        Set<DisclosureItem> items = round % 2 == 0 ? Set.of(DisclosureItem.INCIDENT_DETAILS)
                : Set.of(DisclosureItem.INCIDENT_DETAILS, DisclosureItem.VICTIM_IDENTITY);
        return switch (step % ROUND) {
            case 0 -> Action.RecordNote.of("Round " + round + ": went over the timeline with the handler.");
            case 1 -> message(round);
            case 2 -> Action.SetDeadline.of(DeadlineKind.values()[round % DeadlineKind.values().length],
                    at.plus(Duration.ofDays(3 + round % 5)));
            case 3 -> Action.RecordConsent.of(ConsentGrant.of(REPORTER, recipient, items));
            case 4 -> Action.Disclose.of(recipient, items);
            case 5 -> Action.RecordAccount.of(REPORTER, "Round " + round + ": they added that it happened again "
                    + "near the registration desk the next morning.");
            case MEMBER_STEP -> Action.RecordNote.of("Round " + round + ": a second member reviewed the notes.");
            case 7 -> Action.SendMessage.of(ACCUSED, round % 2 == 0 ? MessageIntent.INVITE_TO_GIVE_THEIR_SIDE
                    : MessageIntent.EXPLAIN_PROCESS);
            case 8 -> Action.HearAccused.of(ACCUSED, "Round " + round + ": they said they did not mean it that way.");
            case 9 -> round < MAX_WITNESSES ? Action.AddParty.of(witness(round))
                    : Action.RecordNote.of("Round " + round + ": no new witnesses came forward.");
            case 10 -> round < MAX_WITNESSES ? Action.RecordAccount.of(witness(round).id(), "Round " + round
                    + ": they saw the two of them at the social and heard the comments.")
                    : Action.RecordAccount.of(REPORTER, "Round " + round + ": nothing new since the last talk.");
            case 11 -> Action.RevokeConsent.of(REPORTER, recipient);
            case 12 -> teamStep(round);
            case 13 -> Action.RecordSafetyAssessment.of(SafetyAssessment.NO_PRESENT_THREAT);
            case 14 -> Action.AssessGravity.of(round % 2 == 0 ? Gravity.WARNING : Gravity.CORRECTION);
            case 15 -> Action.RecordRequest.of(REPORTER, Set.of(REQUESTS.get(round % REQUESTS.size())));
            default -> Action.SendMessage.of(REPORTER, MessageIntent.CHECK_IN,
                    "Checking in after round " + round + ". Tell us if anything changed.");
        };
    }

    /**
     * Every third round, until there are enough, a new team member; the round after, every other new member declares
     * that they work closely with a witness already in the case. Otherwise a note of the team's meeting.
     */
    private static Action teamStep(int round) {
        int member = round / 3;
        if (member < MAX_EXTRA_MEMBERS && round % 3 == 0) {
            return Action.AddTeamMember.of(member(member));
        }
        if (member < MAX_EXTRA_MEMBERS && round % 3 == 1 && member % 2 == 1) {
            return Action.DeclareRelationship.of(member(member).id(),
                    Relationship.of(witness(member).id(), RelationshipKind.CLOSE_COWORKER));
        }
        return Action.RecordNote.of("Round " + round + ": the team met and agreed on the next steps.");
    }

    private static Action message(int round) {
        MessageIntent intent = TO_VICTIM.get(round % TO_VICTIM.size());
        return round % 3 == 0 ? Action.SendMessage.of(REPORTER, intent)
                : Action.SendMessage.of(REPORTER, intent, "Following up (round " + round + "); we are here to help.");
    }

    private static Party witness(int n) {
        return Party.builder().id(PartyId.of("witness-" + n)).addRoles(CaseRole.WITNESS)
                .addStandings(Standing.ATTENDEE).build();
    }

    private static Party member(int n) {
        return Party.builder().id(PartyId.of("team-extra-" + n)).addRoles(CaseRole.RESPONSE_TEAM_MEMBER)
                .addStandings(Standing.RESPONSE_TEAM_MEMBER).build();
    }
}
