package org.cocworkflow.core.edition;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.cocworkflow.core.internal.Require;
import org.cocworkflow.core.response.DecisionRules;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.retention.RetentionClass;
import org.immutables.value.Value;

/**
 * The numbers of an edition: response deadlines (seed 003, "Forming a Response": about half a day while the event
 * runs, within the week after it), the length of a temporary ban, how long records are kept by outcome (seed
 * 003, "Data retention"), the gravity ladder the edition chose, with its source, and how heavily conduct the
 * report names weighs where teams weigh it more than the ladder's defaults would (unwanted physical contact, an
 * unambiguous online offence). coc-rules reads them from the {@code settings} of an edition's {@code edition.json}
 * and its rules use the deadlines, the ban length, the ladder and the weighings; coc-store's retention uses the
 * keeping periods. Every value has a default. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EditionSettings {
    EditionSettings() {
        // only the generated implementation extends this class
    }

    /** @return the time to respond while the event runs; default 12 hours */
    @Value.Default
    public Duration responseWhileEventRuns() {
        return Duration.ofHours(12);
    }

    /** @return the time to respond outside an event; default 7 days */
    @Value.Default
    public Duration responseOtherwise() {
        return Duration.ofDays(7);
    }

    /** @return the time to tell the reporter the outcome after the decision; default 7 days */
    @Value.Default
    public Duration reporterFollowUp() {
        return Duration.ofDays(7);
    }

    /** @return the time to decide an appeal; default 7 days */
    @Value.Default
    public Duration appealDecision() {
        return Duration.ofDays(7);
    }

    /** @return the length of a temporary ban from future events; default 1 year */
    @Value.Default
    public Period temporaryBan() {
        return Period.ofYears(1);
    }

    /** @return how long a case with no violation found is kept; default 1 year */
    @Value.Default
    public Period keepNoViolationFound() {
        return Period.ofYears(1);
    }

    /** @return how long a case with a light response is kept; default 3 years */
    @Value.Default
    public Period keepMinor() {
        return Period.ofYears(3);
    }

    /** @return how long a case with sanctions is kept; default 5 years */
    @Value.Default
    public Period keepSanctioned() {
        return Period.ofYears(5);
    }

    /** @return how long the minimum a ban needs is kept after the ban ends; default 1 year */
    @Value.Default
    public Period keepAfterBanEnds() {
        return Period.ofYears(1);
    }

    /**
     * Returns how heavily unwanted physical contact at an in-person event weighs on the gravity ladder when it is not
     * recorded as violence (issue 15: teams remove someone for a grope without calling it violence).
     *
     * @return the rung; default {@link Gravity#TEMPORARY_BAN}, which offers removal from the event and a ban
     */
    @Value.Default
    public Gravity weighUnwantedPhysicalContact() {
        return Gravity.TEMPORARY_BAN;
    }

    /**
     * Returns how heavily an unambiguous online offence weighs on the gravity ladder, a first one included: a slur or
     * hate symbol (as a username, say) or unsolicited sexual messages (issue 15).
     *
     * @return the rung; default {@link Gravity#TEMPORARY_BAN}, which offers removal from the service
     */
    @Value.Default
    public Gravity weighUnambiguousOnlineOffence() {
        return Gravity.TEMPORARY_BAN;
    }

    /**
     * Returns how the edition's response meetings decide and how long the accused has to answer and to appeal
     * (seed 003, "Meeting"; DESIGN, "Decision"). A case records these when it is opened.
     *
     * @return the decision rules; default {@link DecisionRules#defaults()}
     */
    @Value.Default
    public DecisionRules decision() {
        return DecisionRules.defaults();
    }

    /**
     * Returns the name of the ladder the edition weighs a case's gravity on. Its four rungs are correction, warning,
     * temporary ban and permanent ban ({@link org.cocworkflow.core.response.Gravity}); no seed defines them: the
     * edition chooses them and says where they come from ({@link #gravityLadderSource()}). What a report weighs on
     * the ladder is a preliminary reading the team confirms once both sides were heard.
     *
     * @return the ladder's name; default "community impact ladder"
     */
    @Value.Default
    public String gravityLadder() {
        return "community impact ladder";
    }

    /**
     * Returns where the gravity ladder comes from, for the rules' citations and the team's reading.
     *
     * @return the ladder's source; default "Contributor Covenant 2.1, Enforcement Guidelines"
     */
    @Value.Default
    public String gravityLadderSource() {
        return "Contributor Covenant 2.1, Enforcement Guidelines";
    }

    /**
     * Returns when a temporary ban that starts at a moment ends.
     *
     * @param start when the ban starts
     * @return {@code start} plus {@link #temporaryBan()}, counted in UTC
     */
    public Instant temporaryBanEnd(Instant start) {
        return start.atOffset(ZoneOffset.UTC).plus(temporaryBan()).toInstant();
    }

    /**
     * Returns how long records of a retention class are kept after the case closes. A ban's records are kept while
     * the ban lasts and then {@link #keepAfterBanEnds()}; a legal hold keeps everything until it is lifted.
     *
     * @param retention the retention class
     * @return the period after closing, or after the ban ends for {@link RetentionClass#BANNED}
     * @throws IllegalArgumentException for {@link RetentionClass#LEGAL_HOLD}, which has no period
     */
    public Period keep(RetentionClass retention) {
        return switch (retention) {
            case NO_VIOLATION_FOUND -> keepNoViolationFound();
            case MINOR -> keepMinor();
            case SANCTIONED -> keepSanctioned();
            case BANNED -> keepAfterBanEnds();
            case LEGAL_HOLD -> throw new IllegalArgumentException("a legal hold keeps records until it is lifted");
        };
    }

    @Value.Check
    void check() {
        Require.that(!responseWhileEventRuns().isNegative() && !responseWhileEventRuns().isZero(),
                "responseWhileEventRuns must be positive");
        Require.that(!responseOtherwise().isNegative() && !responseOtherwise().isZero(),
                "responseOtherwise must be positive");
        Require.that(!reporterFollowUp().isNegative(), "reporterFollowUp must not be negative");
        Require.that(!appealDecision().isNegative(), "appealDecision must not be negative");
        for (Period period : new Period[] {temporaryBan(), keepNoViolationFound(), keepMinor(), keepSanctioned(),
                keepAfterBanEnds()}) {
            Require.that(!period.isNegative(), "retention and ban periods must not be negative");
        }
        Require.that(!gravityLadder().isBlank(), "gravityLadder must name the ladder");
        Require.that(!gravityLadderSource().isBlank(), "gravityLadderSource must say where the ladder comes from");
    }

    /**
     * Returns the default settings.
     *
     * @return the defaults
     */
    public static EditionSettings defaults() {
        return ImmutableEditionSettings.builder().build();
    }
}
