package org.cocworkflow.core.casefile;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.edition.PolicyEditionId;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.EventWindow;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.response.DecisionRules;
import org.immutables.value.Value;

/**
 * The first event of every case file: a report was received and a case opened for it (seed 003, "Receiving a
 * Complaint").
 *
 * <p>It names the policy edition the case is judged under (seed 003, "Evaluation") with the decision rules of that
 * edition, the response-team member who received the report, the appeal contact in force, which the decision notice
 * must name, and when the case's event runs, if it belongs to one.
 */
@Value.Immutable
@JsonTypeName("case_opened")
@JsonSerialize(as = ImmutableCaseOpened.class)
@JsonDeserialize(as = ImmutableCaseOpened.class)
public non-sealed interface CaseOpened extends CaseEvent {
    /**
     * Returns 0: the opening is always the first event.
     *
     * @return 0
     */
    @Override
    @Value.Default
    default long sequence() {
        return 0;
    }

    @Override
    Instant at();

    /**
     * Returns the case's id.
     *
     * @return the id
     */
    CaseId caseId();

    /**
     * Returns the policy edition the case is judged under.
     *
     * @return the edition id
     */
    PolicyEditionId edition();

    /**
     * Returns the report.
     *
     * @return the report
     */
    Report report();

    /**
     * Returns the response-team member who received the report; they become the first member of the case's team.
     *
     * @return the receiver
     */
    Party receivedBy();

    /**
     * Returns where the accused can appeal a decision, if the organization has such a place (seed 003).
     *
     * @return the appeal contact
     */
    Optional<String> appealContact();

    /**
     * Returns the decision rules of the case's edition, as they were when the case was opened: the guards judge the
     * case's decision and appeals by them (seed 003, "Evaluation": this year's rules for this year's cases).
     *
     * @return the decision rules; the defaults unless the edition sets its own
     */
    @Value.Default
    default DecisionRules decisionRules() {
        return DecisionRules.defaults();
    }

    /**
     * Returns when the event the case belongs to runs, if the case belongs to one: interim measures on people at
     * the event are possible only while it runs.
     *
     * @return the event's window
     */
    Optional<EventWindow> event();

    @Override
    default PartyId by() {
        return receivedBy().id();
    }

    @Override
    default String summary() {
        return "case " + caseId() + " opened under edition " + edition() + " (" + report().parties().size()
                + " parties" + (report().isAnonymous() ? ", anonymous report" : "") + ")";
    }

    @Value.Check
    default void check() {
        Require.that(sequence() == 0, "the opening of a case is event 0");
        Require.that(receivedBy().roles().equals(Set.of(CaseRole.RESPONSE_TEAM_MEMBER)),
                "the person receiving a report holds exactly the response-team-member role");
        Require.that(!at().isBefore(report().receivedAt()), "a case cannot be opened before its report was received");
        appealContact().ifPresent(c -> Require.notBlank(c, "an appeal contact"));
        event().ifPresent(e -> report().space().eventId().ifPresent(id -> Require.that(id.equals(e.eventId()),
                "the case's event window is for the event its report names")));
    }

    /**
     * Starts building the opening of a case.
     *
     * @return the first stage of the builder
     */
    static ImmutableCaseOpened.AtBuildStage builder() {
        return ImmutableCaseOpened.builder();
    }
}
