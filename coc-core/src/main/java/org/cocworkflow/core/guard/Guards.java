package org.cocworkflow.core.guard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.CaseTransitionException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.apology.ApologyPolicy;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Report;
import org.cocworkflow.core.sanction.ImposedSanction;

/**
 * Checks actions against the things organizers must never do (seed 003, "Things not to do" and the sections
 * around it; invariants I1 to I8), whatever proposes them: a person, an embedding application or a rule.
 *
 * <p>The set of guards is fixed: {@link Guard#CONSENT}, {@link Guard#VICTIM_CHOICE}, {@link Guard#NO_COERCION},
 * {@link Guard#APOLOGY}, {@link Guard#LAW_ENFORCEMENT}, {@link Guard#MEETING_AND_CONFLICTS},
 * {@link Guard#DECISION}, {@link Guard#ACCUSED}, {@link Guard#INTERIM_MEASURES}, {@link Guard#SANCTIONS},
 * {@link Guard#COMMUNITY}, {@link Guard#MANDATORY_REPORTER} and {@link Guard#RETALIATION}. An action is refused if any guard refuses it; every refusal is reported.
 *
 * <p><b>Heuristics.</b> Some checks read free text, and reading text is guesswork. Refusals that read text look
 * only for names, identifiers and contacts of the people in the case (to keep identities from the accused and the
 * community) and apply the fixed definition of a brief apology ({@link ApologyPolicy#isBrief}). Everything else
 * that reads text only raises {@link Flag flags}: coercive phrasings to the victim (offering withdrawal, doubting
 * them, asking them how to handle it or about penalties, pressing for reconciliation), apologies mentioned to the
 * accused, dates and times in announcements. The lists catch the usual wordings in English; they miss paraphrases
 * and other languages, and they can flag innocent text. Typed intents are the real protection: a coercive intent
 * is always refused.
 *
 * <p>Guards never throw for a case file's impossible transitions (an unknown party, say); the case file refuses
 * those itself. All methods are pure and thread-safe.
 */
public final class Guards {
    private static final List<GuardCheck> CHECKS = List.of(new ConsentGuard(), new VictimChoiceGuard(),
            new CoercionGuard(), new ApologyGuard(), new LawEnforcementGuard(), new MeetingGuard(),
            new DecisionGuard(), new AccusedGuard(), new InterimMeasureGuard(), new SanctionGuard(),
            new CommunityGuard(), new MandatoryReporterGuard(), new RetaliationGuard(), new ReminderGuard(),
            new ThirdPartyGuard());

    private Guards() {
    }

    /**
     * Checks an action proposed by a response-team member at a moment.
     *
     * @param action the action
     * @param by who would take it
     * @param file the case
     * @param at when it would be taken; some guards depend on it (a window that closes, a deadline that passed)
     * @return allowed, possibly with flags, or refused with every refusal
     */
    public static Verdict check(Action action, PartyId by, CaseFile file, Instant at) {
        Objects.requireNonNull(file, "file");
        return check(action, by, file.state(), at);
    }

    /**
     * Checks an action proposed by a response-team member on a case in a given state. This is what a case file does
     * for every action appended to it and every action it reads back.
     *
     * @param action the action
     * @param by who would take it
     * @param state the state of the case before the action
     * @param at when it would be taken
     * @return allowed, possibly with flags, or refused with every refusal
     */
    public static Verdict check(Action action, PartyId by, CaseState state, Instant at) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        Situation situation = new Situation(state, action, ActionKind.of(action), by, at);
        Findings findings = new Findings();
        for (GuardCheck check : CHECKS) {
            check.check(situation, findings);
        }
        return findings.verdict();
    }

    /**
     * Checks an action as the person who talks to the parties would take it: the handler, or until one is
     * assigned, the member who received the report. This is how suggested actions are checked.
     *
     * @param action the action
     * @param file the case
     * @param at when it would be taken
     * @return allowed, possibly with flags, or refused with every refusal
     */
    public static Verdict check(Action action, CaseFile file, Instant at) {
        return check(action, file.state().speaker(), file, at);
    }

    /**
     * Checks the sanctions of a decision option before it is put to the response meeting, as the sanctions guard
     * checks them in a decision (I7): each is on an accused party, meets its precondition, fits the space and, if
     * it ends, ends after the moment. Who decides and how is the meeting's business, checked when it records its
     * decision.
     *
     * @param sanctions the sanctions the option would impose
     * @param file the case
     * @param at the moment the option is offered
     * @return allowed, or refused by {@link Guard#SANCTIONS}
     */
    public static Verdict checkSanctions(List<ImposedSanction> sanctions, CaseFile file, Instant at) {
        Objects.requireNonNull(sanctions, "sanctions");
        Objects.requireNonNull(at, "at");
        CaseState state = file.state();
        Findings findings = new Findings();
        for (ImposedSanction sanction : sanctions) {
            if (!state.rolesOf(sanction.on()).contains(CaseRole.ACCUSED)) {
                findings.refuse(Guard.SANCTIONS, "a sanction is imposed on an accused party of the case only");
            }
        }
        SanctionGuard.sanctions(state, sanctions, at, findings);
        return findings.verdict();
    }

    /**
     * Checks an action and, if the guards allow it, records it. Recording through {@link CaseFile#append(Action,
     * PartyId, Instant)} is guarded the same way; this method also returns the flags and the new incidents.
     *
     * @param file the case
     * @param action the action
     * @param by who takes it
     * @param at when
     * @return the new case file, the flags, and any new incident to open as a case
     * @throws ActionRefusedException if a guard refuses the action; nothing is recorded
     * @throws CaseTransitionException if the case file cannot take the action; nothing is recorded
     */
    public static Applied apply(CaseFile file, Action action, PartyId by, Instant at) {
        Verdict verdict = check(action, by, file, at);
        if (verdict instanceof Verdict.Refused refused) {
            throw new ActionRefusedException(action.typeName(), refused);
        }
        CaseFile next = file.append(action, by, at);
        List<Report> incidents = new ArrayList<>();
        if (action instanceof Action.RecordApologyPressed pressed) {
            ApologyPolicy.continuedHarassment(file.state(), pressed.accused(), at).ifPresent(incidents::add);
        }
        return ImmutableApplied.builder().file(next).addAllFlags(((Verdict.Allowed) verdict).flags())
                .addAllNewIncidents(incidents).build();
    }
}
