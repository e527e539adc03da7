package org.cocworkflow.core.apology;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.report.ReportChannel;

/**
 * The apology policy of seed 003 ("Don't require or encourage apologies"), as checkable rules.
 *
 * <p><b>Brief.</b> A relayed apology is brief when it is at most {@value #MAX_LENGTH} characters and
 * {@value #MAX_SENTENCES} sentences, asks no question, asks for no forgiveness, and asks for no reply, contact or
 * meeting. Saying that no reply is needed is fine. "X apologizes and agrees to have no further contact with you"
 * is brief; a long plea for understanding and forgiveness is not.
 *
 * <p><b>Pressed.</b> When the accused presses an apology on the victim after being discouraged, that is recorded
 * as a new incident against the same accused: {@link #continuedHarassment} builds its report.
 */
public final class ApologyPolicy {
    /** The longest relayed apology, in characters. */
    public static final int MAX_LENGTH = 160;
    /** The most sentences in a relayed apology. */
    public static final int MAX_SENTENCES = 2;

    private static final Pattern NO_REPLY_NEEDED = Pattern.compile(
            "(you )?(do not|don't|need not|needn't|don't need to|do not need to|need not) (need to )?"
                    + "(reply|respond|answer)( to (this|it))?"
                    + "|no (reply|response|answer) (is )?(needed|required|expected)");
    private static final Pattern FORGIVENESS = Pattern.compile("\\b(forgiv\\w*|pardon)\\b");
    private static final Pattern ASKS_FOR_RESPONSE = Pattern.compile("\\b(reply|replies|respond\\w*|response|answer"
            + "|get back|write back|let (him|her|them|me|us) know|hear from you|reach out|contact (him|her|them)"
            + "|call (him|her|them)|talk|meet\\w*|coffee|accept\\w*|hope (that )?you|would like to|wants? to)\\b");

    private ApologyPolicy() {
    }

    /**
     * Tells whether a relayed apology is brief and asks for nothing.
     *
     * @param text the text to relay
     * @return true if it may be relayed
     */
    public static boolean isBrief(String text) {
        return whyNotBrief(text).isEmpty();
    }

    /**
     * Lists what makes a relayed apology not brief, in words that quote nothing from the text.
     *
     * @param text the text to relay
     * @return the reasons, none if it is brief
     */
    public static List<String> whyNotBrief(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        String lower = plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> reasons = new ArrayList<>();
        if (plain.length() > MAX_LENGTH) {
            reasons.add("it is longer than " + MAX_LENGTH + " characters");
        }
        long sentences = Pattern.compile("[.!?;]+").splitAsStream(plain).filter(s -> !s.isBlank()).count();
        if (sentences > MAX_SENTENCES) {
            reasons.add("it has more than " + MAX_SENTENCES + " sentences");
        }
        if (plain.contains("?")) {
            reasons.add("it asks a question");
        }
        if (FORGIVENESS.matcher(lower).find()) {
            reasons.add("it asks for forgiveness");
        }
        String withoutNoReply = NO_REPLY_NEEDED.matcher(lower).replaceAll(" ");
        if (ASKS_FOR_RESPONSE.matcher(withoutNoReply).find()) {
            reasons.add("it asks for a reply, contact, acceptance or a meeting");
        }
        return reasons;
    }

    /**
     * Builds the report of a new incident when the accused pressed an apology on the victim after being
     * discouraged (seed 003: this may constitute continued harassment). The new report names the same accused
     * and the same targets, has no reporter (the team records it), and carries the library's own description;
     * nothing the victim consented to in the first case carries over.
     *
     * @param state the state of the case in which the apology was pressed, before recording it
     * @param accused the accused who pressed it
     * @param at when it was recorded
     * @return the report, or empty if the accused had not been discouraged from apologizing
     */
    public static Optional<Report> continuedHarassment(CaseState state, PartyId accused, Instant at) {
        if (!state.apologiesDiscouraged().contains(accused) || state.party(accused).isEmpty()) {
            return Optional.empty();
        }
        List<Party> parties = new ArrayList<>();
        parties.add(incidentCopy(state.party(accused).get(), CaseRole.ACCUSED));
        for (Party target : state.partiesWith(CaseRole.TARGET)) {
            parties.add(incidentCopy(target, CaseRole.TARGET));
        }
        return Optional.of(Report.builder()
                .receivedAt(at)
                .channel(ReportChannel.OTHER)
                .description("After being asked not to, the accused pressed an apology on the person they had "
                        + "harassed. Recorded by the response team as continued harassment.")
                .space(state.report().space())
                .addCircumstances(Circumstance.CONTINUED_HARASSMENT)
                .addAllParties(parties)
                .build());
    }

    private static Party incidentCopy(Party party, CaseRole role) {
        return ImmutableParty.copyOf(party).withRoles(role).withRelationships(List.of());
    }
}
