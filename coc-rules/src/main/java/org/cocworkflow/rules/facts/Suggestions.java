package org.cocworkflow.rules.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.retention.RetentionClass;
import org.cocworkflow.core.sanction.ImposedSanction;
import org.cocworkflow.rules.Priority;
import org.cocworkflow.rules.screening.Recommendation;

/**
 * The {@code suggest} global of every rule session: rule consequences hand it what they propose, and it records
 * the proposing rule with its {@code @cite} and {@code @why} metadata. A fresh instance serves each request, so
 * concurrent requests never share one.
 *
 * <pre>{@code
 * rule "A widely witnessed incident is answered on the widely witnessed path"
 *     @cite("seed 003, Reports of Harassment that were Widely Witnessed")
 *     @why("Many people saw it happen, so the team convenes without asking the victim first.")
 * when
 *     ...
 * then
 *     suggest.add(drools, Action.SetResponsePath.of(ResponsePath.WIDELY_WITNESSED), Priority.HIGH);
 * end
 * }</pre>
 */
public final class Suggestions {
    /** The metadata key of a rule's procedure citation. */
    public static final String CITE = "cite";
    /** The metadata key of a rule's reason. */
    public static final String WHY = "why";

    private final List<Proposal> proposals = new ArrayList<>();
    private final List<OptionProposal> options = new ArrayList<>();
    private final List<RuleSource> notes = new ArrayList<>();
    private final List<String> noteSubjects = new ArrayList<>();
    private final List<List<String>> noteDetails = new ArrayList<>();
    private RetentionClass retention;
    private Recommendation recommendation;
    private RuleSource recommendedBy;

    /** Creates an empty collector; the advisor creates one for each request and sets it as the global. */
    public Suggestions() {
        // filled by the rules' consequences
    }

    /**
     * Proposes an action.
     *
     * @param drools the consequence's {@code drools}
     * @param action the action
     * @param priority how soon
     */
    public void add(Object drools, Action action, Priority priority) {
        proposals.add(ImmutableProposal.builder().source(RuleSource.of(drools)).action(action).priority(priority)
                .build());
    }

    /**
     * Proposes an action due by a time.
     *
     * @param drools the consequence's {@code drools}
     * @param action the action
     * @param priority how soon
     * @param deadline by when
     */
    public void add(Object drools, Action action, Priority priority, Instant deadline) {
        proposals.add(ImmutableProposal.builder().source(RuleSource.of(drools)).action(action).priority(priority)
                .deadline(deadline).build());
    }

    /**
     * Offers the response meeting an option: a finding with at most one sanction (seed 003, "Possible sanctions").
     * An option never becomes an action; the meeting records its own decision.
     *
     * @param drools the consequence's {@code drools}
     * @param finding the finding
     * @param sanction the sanction offered, if any
     */
    public void option(Object drools, Finding finding, Optional<ImposedSanction> sanction) {
        options.add(ImmutableOptionProposal.builder().source(RuleSource.of(drools)).finding(finding)
                .addAllSanctions(sanction.stream().toList()).build());
    }

    /**
     * Offers the response meeting a finding of violation with one sanction.
     *
     * @param drools the consequence's {@code drools}
     * @param sanction the sanction
     */
    public void sanction(Object drools, ImposedSanction sanction) {
        option(drools, Finding.VIOLATION, Optional.of(sanction));
    }

    /**
     * Sets the retention class of the case's outcome; the class that keeps records longest wins.
     *
     * @param drools the consequence's {@code drools}
     * @param retentionClass the class
     */
    public void retain(Object drools, RetentionClass retentionClass) {
        Objects.requireNonNull(drools, "drools");
        if (retention == null || retentionClass.ordinal() > retention.ordinal()) {
            retention = retentionClass;
        }
    }

    /**
     * Recommends what to do with a screened registration; the most cautious recommendation wins.
     *
     * @param drools the consequence's {@code drools}
     * @param recommended the recommendation
     */
    public void recommend(Object drools, Recommendation recommended) {
        if (recommendation == null || recommended.ordinal() > recommendation.ordinal()) {
            recommendation = recommended;
            recommendedBy = RuleSource.of(drools);
        }
    }

    /**
     * Notes a finding that is not a case action, such as a preparation that is missing; the rule's {@code @why}
     * says what it is.
     *
     * @param drools the consequence's {@code drools}
     */
    public void note(Object drools) {
        note(drools, "");
    }

    /**
     * Notes a finding about one subject, such as a case by its id.
     *
     * @param drools the consequence's {@code drools}
     * @param subject what the finding is about, e.g. a case id; never case content
     */
    public void note(Object drools, String subject) {
        notes.add(RuleSource.of(drools));
        noteSubjects.add(subject);
        noteDetails.add(List.of());
    }

    /**
     * Notes something for the team that the case file does not record, handing over details from the organization's
     * settings: a contact to give an upset attendee, the person who takes a case the team cannot handle. The rule's
     * {@code @why} says what to do with them.
     *
     * @param drools the consequence's {@code drools}
     * @param details what the note hands over, possibly none (say in the {@code @why} what to do then); never case
     *     content
     */
    public void noteWith(Object drools, List<String> details) {
        notes.add(RuleSource.of(drools));
        noteSubjects.add("");
        noteDetails.add(List.copyOf(details));
    }

    /** @return the decision options rules offered, in firing order */
    public List<OptionProposal> options() {
        return options;
    }

    /** @return what rules proposed, in firing order */
    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    /** @return the rules that noted findings, in firing order */
    public List<RuleSource> notes() {
        return List.copyOf(notes);
    }

    /** @return what each note is about, in the order of {@link #notes()}; empty text for none */
    public List<String> noteSubjects() {
        return List.copyOf(noteSubjects);
    }

    /** @return what each note hands over, in the order of {@link #notes()} */
    public List<List<String>> noteDetails() {
        return List.copyOf(noteDetails);
    }

    /** @return the retention class set, if any */
    public Optional<RetentionClass> retention() {
        return Optional.ofNullable(retention);
    }

    /** @return the screening recommendation, if any */
    public Optional<Recommendation> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    /** @return the rule behind the screening recommendation, if any */
    public Optional<RuleSource> recommendedBy() {
        return Optional.ofNullable(recommendedBy);
    }
}
