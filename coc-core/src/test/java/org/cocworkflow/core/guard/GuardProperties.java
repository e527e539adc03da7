package org.cocworkflow.core.guard;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocworkflow.core.ActionRefusedException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.action.ContactOutcome;
import org.cocworkflow.core.action.ImmutableCommunicateDecision;
import org.cocworkflow.core.action.ImmutableNotifyAccused;
import org.cocworkflow.core.action.MessageIntent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseState;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.response.Finding;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Proposal;
import org.cocworkflow.core.testing.CocGenerators.Risk;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * One property per invariant: over generated cases and proposed actions, the guard refuses exactly what the
 * invariant forbids. A refused action is refused for the right guard, and an allowed one really keeps the
 * invariant.
 */
class GuardProperties {
    private final CocGenerators generators = CocGenerators.standard();

    private static Set<Guard> refusedBy(Verdict verdict) {
        Set<Guard> guards = EnumSet.noneOf(Guard.class);
        if (verdict instanceof Verdict.Refused refused) {
            refused.refusals().forEach(r -> guards.add(r.guard()));
        }
        return guards;
    }

    private void guardRefusesExactlyWhatItsInvariantForbids(Guard guard, Risk... risks) {
        qt().forAll(generators.proposals(risks)).checkAssert(p -> {
            Verdict verdict = Guards.check(p.action(), p.by(), p.file(), p.at());
            boolean broken = InvariantSpec.broken(p.file(), p.action(), p.by(), p.at()).contains(guard);
            assertEquals(broken, refusedBy(verdict).contains(guard), () -> guard + " on " + p);
        });
    }

    @Test
    void i1_consent_nothingLeavesTheTeamWithoutTheVictimsConsentSaveForAPresentThreat() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.CONSENT, Risk.DISCLOSURE, Risk.ANNOUNCEMENTS,
                Risk.AUTHORITIES);
    }

    @Test
    void i2_noCoercion_nothingInvitesWithdrawalOrAsksTheVictimToHandleItOrWeighPenalties() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.NO_COERCION, Risk.MESSAGES);
    }

    @Test
    void i3_apologies_noneIsRequestedAndARelayedOneIsBrief() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.APOLOGY, Risk.APOLOGIES, Risk.MESSAGES);
    }

    /**
     * Ways of asking the accused for an apology to the victim, written for this property: each is what seed 003
     * advises against ("We do not suggest asking for an apology to the victim").
     */
    private static final List<String> APOLOGY_REQUESTS = List.of("You must apologise to her.",
            "Please apologize to the person you upset.", "An apology is expected from you before the next session.",
            "We require an apology to the speaker.", "You will need to apologise in person.",
            "You have to say you are sorry to them.", "We ask that you apologize to the attendee.",
            "Apologise to her before you come back.");
    /** Neutral sentences around a request, so that it is found inside a longer text. */
    private static final List<String> AROUND = List.of("", "There is a complaint about your conduct at the social. ",
            "The team has decided on its response. ");

    /** Every way a free text reaches an accused party: a notice, a decision notice's text or its appeal contact, a
     * message. */
    private static Action textToAccused(int path, PartyId accused, String text) {
        return switch (path) {
            case 0 -> ImmutableNotifyAccused.builder().accused(accused).text(text).build();
            case 1 -> ImmutableCommunicateDecision.builder().accused(accused).text(text).build();
            case 2 -> ImmutableCommunicateDecision.builder().accused(accused).appealContact(text).build();
            case 3 -> Action.SendMessage.of(accused, MessageIntent.INVITE_TO_GIVE_THEIR_SIDE, text);
            default -> Action.SendMessage.of(accused, MessageIntent.EXPLAIN_PROCESS, text);
        };
    }

    private static boolean apologyRequestFlagged(Verdict verdict) {
        return verdict instanceof Verdict.Allowed allowed && allowed.flags().stream()
                .anyMatch(f -> f.kind() == Flag.Kind.APOLOGY_REQUEST && f.guard() == Guard.APOLOGY);
    }

    @Test
    void i3_apologies_aTextAskingTheAccusedForAnApologyIsRefusedOrFlaggedOnEveryPathThatReachesThem() {
        Gen<Integer> paths = SourceDSL.integers().between(0, 4);
        Gen<Integer> requests = SourceDSL.integers().between(0, APOLOGY_REQUESTS.size() - 1);
        Gen<Integer> around = SourceDSL.integers().between(0, AROUND.size() - 1);
        qt().forAll(generators.proposals(Risk.MESSAGES, Risk.DECISIONS), paths, requests, around)
                .assuming((p, path, request, before) -> !p.file().state().idsWith(CaseRole.ACCUSED).isEmpty())
                .checkAssert((p, path, request, before) -> {
                    PartyId accused = p.file().state().idsWith(CaseRole.ACCUSED).iterator().next();
                    String text = AROUND.get(before) + APOLOGY_REQUESTS.get(request);
                    Action action = textToAccused(path, accused, text);
                    Verdict verdict = Guards.check(action, p.by(), p.file(), p.at());
                    assertEquals(true, !verdict.isAllowed() || apologyRequestFlagged(verdict),
                            () -> action.typeName() + " path " + path + " with request " + request + " on " + p);
                    // Whatever else refuses it, the apology guard itself reads the text on this path.
                    Findings findings = new Findings();
                    new ApologyGuard().check(new Situation(p.file().state(), action, ActionKind.of(action), p.by(),
                            p.at()), findings);
                    assertEquals(true, apologyRequestFlagged(findings.verdict()),
                            () -> "the apology guard on " + action.typeName() + " path " + path + " with request "
                                    + request);
                });
    }

    @Test
    void i4_lawEnforcement_onceEveryoneIsAssessedSafeOnlyAtTheVictimsRequest() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.LAW_ENFORCEMENT, Risk.AUTHORITIES);
    }

    @Test
    void i5_meeting_noComplainantAccusedOrConflictedMemberAndOneHandler() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.MEETING_AND_CONFLICTS, Risk.MEETINGS, Risk.MESSAGES);
    }

    @Test
    void i6_accused_toldAndHeardBeforeTheDecisionWithTheAppealContactAndNoReporterIdentity() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.ACCUSED, Risk.DECISIONS, Risk.DISCLOSURE);
    }

    @Test
    void decision_noFindingWithoutAMeetingThatMeetsTheMethodAndNoConflictedOrAbsentDeciderOrHearer() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.DECISION, Risk.DECISIONS, Risk.MEETINGS);
    }

    @Test
    void interimMeasures_onlyWhileTheEventRunsOrContentIsLiveForAThreatViolenceOrWideWitnessAndReviewedByTheDecision() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.INTERIM_MEASURES, Risk.DECISIONS);
    }

    /**
     * I6 gives the accused their say but never a veto by silence: told of the complaint with a date to answer by (at
     * least the edition's hearing deadline away), then tried once more after it, an accused who stays silent no
     * longer stands in the way of a finding; before that date they do.
     */
    @Test
    void i6_accused_aSilentAccusedNeverLeavesTheCaseWithoutAWayForward() {
        AtomicInteger exercised = new AtomicInteger();
        qt().forAll(generators.caseFiles(0, 40)).checkAssert(file -> {
            CaseState s = file.state();
            // Someone the report could not identify has nobody to be told or heard (issue 15); the rest are the point.
            boolean unidentified = s.report().circumstances().contains(Circumstance.ACCUSED_NOT_IDENTIFIED);
            Optional<PartyId> silent = s.idsWith(CaseRole.ACCUSED).stream().filter(a -> !s.heard(a))
                    .filter(a -> !unidentified || s.report().parties().stream().noneMatch(p -> p.id().equals(a)))
                    .findFirst();
            if (s.isClosed() || silent.isEmpty()) {
                return;
            }
            PartyId accused = silent.get();
            Instant at = s.lastEventAt().plusSeconds(60);
            Instant answerBy = at.plus(s.decisionRules().hearingDeadline());
            CaseFile told;
            try {
                told = file.append(ImmutableNotifyAccused.builder().accused(accused).answerBy(answerBy).build(),
                        s.speaker(), at);
            } catch (ActionRefusedException refused) {
                // Telling the accused may wait on something else (the victim's choice); never on the accused.
                assertFalse(refused.verdict().refusals().stream().anyMatch(r -> r.guard() == Guard.ACCUSED),
                        refused::getMessage);
                return;
            }
            Action finding = Action.RecordDecision.of(Finding.VIOLATION, List.of());
            CaseFile tried = told.append(Action.RecordContactAttempt.of(accused, ContactOutcome.NO_ANSWER),
                    s.speaker(), at.plusSeconds(60));
            assertTrue(refusedBy(Guards.check(finding, s.speaker(), tried, answerBy.minusSeconds(1)))
                    .contains(Guard.ACCUSED), "before the date to answer by, the accused still has time");
            CaseFile late = told.append(Action.RecordContactAttempt.of(accused, ContactOutcome.NO_ANSWER),
                    s.speaker(), answerBy);
            boolean othersHeardOrSilentToo = s.idsWith(CaseRole.ACCUSED).stream().allMatch(a -> a.equals(accused)
                    || s.heard(a));
            if (othersHeardOrSilentToo) {
                exercised.incrementAndGet();
                assertFalse(refusedBy(Guards.check(finding, s.speaker(), late, answerBy.plusSeconds(60)))
                        .contains(Guard.ACCUSED), "after the date and another try, the silence does not block");
            }
        });
        assertTrue(exercised.get() > 20, "the generated cases rarely had one silent accused: " + exercised.get());
    }

    @Test
    void i7_sanctions_everySanctionMeetsItsPreconditionAndScope() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.SANCTIONS, Risk.SANCTIONS);
    }

    @Test
    void i8_community_noVictimNamedAndTheAccusedOnlyWhereCentral() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.COMMUNITY, Risk.ANNOUNCEMENTS);
    }

    @Test
    void theVictimOfPrivateHarassmentDecidesWhetherActionIsTaken() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.VICTIM_CHOICE, Risk.MEETINGS, Risk.DECISIONS);
    }

    @Test
    void aMandatoryReporterDisclosesTheirStatusBeforeTakingAnAccount() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.MANDATORY_REPORTER, Risk.ACCOUNTS);
    }

    @Test
    void retaliationIsLinkedAndWeighsMore() {
        guardRefusesExactlyWhatItsInvariantForbids(Guard.RETALIATION, Risk.RETALIATION);
    }

    @Test
    void everyGuardRefusesExactlyWhatTheSpecificationForbidsOnAnyProposal() {
        qt().forAll(generators.proposals(Risk.values())).checkAssert(p -> assertEquals(
                InvariantSpec.broken(p.file(), p.action(), p.by(), p.at()),
                refusedBy(Guards.check(p.action(), p.by(), p.file(), p.at())), p::toString));
    }
}
