package org.cocworkflow.core.guard;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Proposal;
import org.cocworkflow.core.testing.CocGenerators.Risk;
import org.junit.jupiter.api.Test;

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
