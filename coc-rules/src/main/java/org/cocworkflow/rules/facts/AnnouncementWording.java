package org.cocworkflow.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.AnnouncementKind;
import org.cocworkflow.core.action.ImmutableAnnounce;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.core.sanction.Sanction;

/**
 * Drafts what an announcement says (seed 003, "Level of detail": some idea of what happened, everyone anonymous, and
 * briefly the sanction; "Informing attendees": "We have taken &lt;action&gt;"): one sentence on the nature of the
 * incident, built only from the report's circumstances and the kind of space, and one on the action taken, built only
 * from the decision's sanctions, never from a description, so neither can carry a name or a detail. Organizers edit
 * the drafts before they announce anything.
 */
public final class AnnouncementWording {
    private AnnouncementWording() {
    }

    /**
     * Returns a draft of the nature of the incident.
     *
     * @param report the report
     * @return one anonymous sentence, e.g. "A participant physically threatened another participant."
     */
    public static String natureOf(Report report) {
        Set<Circumstance> c = report.circumstances();
        if (c.contains(Circumstance.VIOLENCE_COMMITTED)) {
            return "A participant physically assaulted another participant.";
        }
        if (c.contains(Circumstance.VIOLENCE_THREATENED)) {
            return "A participant physically threatened another participant.";
        }
        if (c.contains(Circumstance.ACCUSED_GAVE_TALK)) {
            return "A talk included content that broke our code of conduct.";
        }
        if (c.contains(Circumstance.RETALIATION)) {
            return "A participant retaliated against someone who had raised a concern.";
        }
        if (c.contains(Circumstance.CONTINUED_AFTER_REQUEST_TO_STOP)) {
            return "A participant repeatedly harassed another participant despite requests to stop.";
        }
        return report.space().kind().isOnline()
                ? "A participant harassed another participant in one of our online spaces."
                : "A participant harassed another participant.";
    }

    /** The longest draft of the action taken, as the community guard allows an announcement's parts. */
    private static final int MAX_PART = 240;

    /**
     * Returns a draft announcement: the nature of the incident and the action taken, naming nobody.
     *
     * @param kind where it is announced
     * @param state the case
     * @return the announcement
     */
    public static Action.Announce announcement(AnnouncementKind kind, CaseState state) {
        return ImmutableAnnounce.builder().kind(kind).natureOfIncident(natureOf(state.report()))
                .namesAccused(false).actionTaken(actionTaken(state)).build();
    }

    /**
     * Returns a draft of the action taken, from the latest decision's sanctions.
     *
     * @param state the case
     * @return one or a few anonymous sentences, e.g. "The speaker will give no further talks at the event."
     */
    public static String actionTaken(CaseState state) {
        List<ImposedSanction> sanctions = state.latestDecision().map(d -> d.sanctions()).orElse(List.of());
        List<String> sentences = new ArrayList<>();
        sanctions.stream().map(ImposedSanction::sanction).distinct().map(AnnouncementWording::sentence)
                .filter(sentence -> !sentence.isEmpty()).forEach(sentences::add);
        StringBuilder text = new StringBuilder();
        for (String sentence : sentences) {
            if (text.length() + sentence.length() + 1 > MAX_PART) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(sentence);
        }
        return text.length() == 0 ? "We have spoken with the person responsible and made clear that the conduct "
                + "must not happen again." : text.toString();
    }

    private static String sentence(Sanction sanction) {
        return switch (sanction) {
            case WARNING -> "The person responsible was warned that any further report will lead to sanctions.";
            case RECORD_FOR_MONITORING -> "The conduct is on record, and any repetition will be dealt with.";
            case NO_CONTACT_REST_OF_EVENT -> "The person responsible must stay away from the people involved for "
                    + "the rest of the event.";
            case END_TALK_EARLY -> "The talk was ended early.";
            case WITHHOLD_TALK_RECORDING -> "The recording and slides of the talk will not be published.";
            case NO_FURTHER_TALKS -> "The speaker will give no further talks at the event.";
            case END_VOLUNTEER_ROLE -> "The person's volunteer role has ended.";
            case NO_FUTURE_VOLUNTEERING -> "The person will not volunteer at our future events.";
            case REFUND_TRAVEL_GRANT -> "The person must refund their travel grant.";
            case EXPEL_FROM_EVENT -> "The person responsible has left the event and will not return.";
            case BAN_FROM_FUTURE_EVENTS -> "The person responsible may not attend our future events.";
            case REMOVE_FROM_POSITION -> "The person was removed from their position with us.";
            case REMOVE_MEMBERSHIP -> "The person is no longer a member of the organization.";
            case HIDE_FROM_TARGET -> "The person responsible can no longer reach the people involved in our online "
                    + "spaces.";
            case MONITOR_POSTINGS -> "The person's posts are watched by moderators.";
            case BLOCK_FROM_CHANNEL -> "The person responsible was removed from the channel.";
            case BLOCK_FROM_SERVICE -> "The person responsible was removed from our online spaces.";
            // Nothing the community needs to hear, or not the team's to say.
            default -> "";
        };
    }
}
