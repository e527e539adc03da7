package org.cocworkflow.core.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import org.cocworkflow.core.internal.Require;
import org.immutables.value.Value;

/**
 * The edition's rules for the decision (seed 003, "Meeting", "Communicate with the alleged harasser about the
 * complaint" and "... about the response"): how the response meeting decides, how many non-conflicted members it
 * needs, how long the accused has to answer the notice of complaint before the team may decide without hearing
 * them, and how long the accused has to appeal after the decision notice.
 *
 * <p>A case records the rules of its edition when it is opened ({@code CaseOpened.decisionRules}), so the guards
 * judge its decision by the rules it was opened under, and replay judges it the same way years later (seed 003,
 * "Evaluation": this year's rules for this year's cases). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionRules.class)
@JsonDeserialize(as = ImmutableDecisionRules.class)
public interface DecisionRules {
    /** @return how the meeting decides; default {@link DecisionMethod#CONSENSUS} */
    @Value.Default
    default DecisionMethod method() {
        return DecisionMethod.CONSENSUS;
    }

    /**
     * Returns how many non-conflicted members must decide. With fewer non-conflicted members on the team, every one
     * of them must.
     *
     * @return the quorum, at least one; default 3
     */
    @Value.Default
    default int quorum() {
        return 3;
    }

    /**
     * Returns how long the accused has to answer a notice of complaint that names a date to answer by; once it has
     * passed and the team recorded its attempts to reach them, the team may decide without hearing them.
     *
     * @return the hearing deadline; default 3 days
     */
    @Value.Default
    default Duration hearingDeadline() {
        return Duration.ofDays(3);
    }

    /**
     * Returns how long the accused has to appeal, counted from the decision notice; a later appeal is heard only
     * with a recorded reason.
     *
     * @return the appeal window; default 14 days
     */
    @Value.Default
    default Duration appealWindow() {
        return Duration.ofDays(14);
    }

    /**
     * Returns how many deciders a decision needs when the team has this many members without a conflict.
     *
     * @param unconflictedMembers the members of the response team without a conflict of interest
     * @return the smaller of the quorum and the number of such members
     */
    default int deciders(int unconflictedMembers) {
        return Math.min(quorum(), unconflictedMembers);
    }

    @Value.Check
    default void check() {
        Require.that(quorum() >= 1, "the decision quorum must be at least one");
        Require.that(!hearingDeadline().isNegative() && !hearingDeadline().isZero(),
                "the hearing deadline must be positive");
        Require.that(!appealWindow().isNegative() && !appealWindow().isZero(), "the appeal window must be positive");
    }

    /**
     * Returns the default rules: consensus, a quorum of three, three days to answer, fourteen days to appeal.
     *
     * @return the defaults
     */
    static DecisionRules defaults() {
        return ImmutableDecisionRules.builder().build();
    }

    /**
     * Starts building rules from the defaults.
     *
     * @return a builder
     */
    static ImmutableDecisionRules.Builder builder() {
        return ImmutableDecisionRules.builder();
    }
}
