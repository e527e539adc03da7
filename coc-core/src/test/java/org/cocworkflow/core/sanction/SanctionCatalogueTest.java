package org.cocworkflow.core.sanction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.cocworkflow.core.InvalidValueException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.party.TravelGrant;
import org.cocworkflow.core.report.Circumstance;
import org.cocworkflow.core.report.RequestedAction;
import org.cocworkflow.core.report.SpaceKind;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.Test;

class SanctionCatalogueTest {
    private static final PartyId ACCUSED = PartyId.of("accused-1");

    private static SanctionFacts facts(Party accused, SpaceKind space, Set<Circumstance> circumstances,
            boolean target, boolean lawEnforcement) {
        return ImmutableSanctionFacts.builder().accused(accused).space(space).targetIdentified(target)
                .victimRequestedLawEnforcement(lawEnforcement).addAllCircumstances(circumstances).build();
    }

    private static Party accused(Standing... standings) {
        return Party.builder().id(ACCUSED).addRoles(CaseRole.ACCUSED).addStandings(standings).build();
    }

    private static SanctionFacts inPerson(Party accused) {
        return facts(accused, SpaceKind.EVENT_VENUE, Set.of(), true, false);
    }

    @Test
    void theCatalogueHoldsEverySanctionOfSeed003AndTheActionsOfSeed004() {
        Set<Sanction> seed003 = EnumSet.of(Sanction.WARNING, Sanction.NO_CONTACT_REST_OF_EVENT,
                Sanction.END_TALK_EARLY, Sanction.WITHHOLD_TALK_RECORDING, Sanction.NO_FURTHER_TALKS,
                Sanction.END_VOLUNTEER_ROLE, Sanction.NO_FUTURE_VOLUNTEERING, Sanction.REFUND_TRAVEL_GRANT,
                Sanction.EXPEL_FROM_EVENT, Sanction.BAN_FROM_FUTURE_EVENTS, Sanction.REMOVE_MEMBERSHIP,
                Sanction.PUBLISH_ACCOUNT_AND_CALL_FOR_RESIGNATION);
        Set<Sanction> seed004 = EnumSet.of(Sanction.RECORD_FOR_MONITORING, Sanction.REMOVE_FROM_POSITION,
                Sanction.HIDE_FROM_TARGET, Sanction.MONITOR_POSTINGS, Sanction.BLOCK_FROM_CHANNEL,
                Sanction.BLOCK_FROM_SERVICE, Sanction.ACCOUNT_INFORMATION_TO_LAW_ENFORCEMENT);
        // Issue 15: the corrections published transparency reports list most often, asked of the speaker or author.
        Set<Sanction> corrections = EnumSet.of(Sanction.CORRECT_TALK_MATERIAL, Sanction.EDIT_TALK_RECORDING,
                Sanction.CORRECT_POST, Sanction.CORRECT_PROFILE);
        Set<Sanction> all = EnumSet.copyOf(seed003);
        all.addAll(seed004);
        all.addAll(corrections);
        assertEquals(EnumSet.allOf(Sanction.class), all, "no sanction without a source, none missing");
    }

    @Test
    void correctionsAreTheFourContentFixesAndOnlineOnesNeedAnOnlineSpace_issue15() {
        assertEquals(EnumSet.of(Sanction.CORRECT_TALK_MATERIAL, Sanction.EDIT_TALK_RECORDING, Sanction.CORRECT_POST,
                Sanction.CORRECT_PROFILE), EnumSet.copyOf(java.util.Arrays.stream(Sanction.values())
                .filter(Sanction::isCorrection).toList()));
        SanctionFacts chat = facts(accused(Standing.ATTENDEE), SpaceKind.ONLINE_CHAT, Set.of(), false, false);
        for (Sanction sanction : Set.of(Sanction.CORRECT_POST, Sanction.CORRECT_PROFILE)) {
            assertTrue(sanction.isApplicable(chat));
            assertFalse(sanction.isApplicable(inPerson(accused(Standing.ATTENDEE))), "nothing posted to correct");
        }
    }

    @Test
    void aTravelGrantRefundNeedsAGrantThatWasConditionalOnConduct() {
        Party conditional = ImmutableParty.copyOf(accused(Standing.ATTENDEE)).withTravelGrant(TravelGrant.of(true));
        Party unconditional = ImmutableParty.copyOf(accused(Standing.ATTENDEE)).withTravelGrant(TravelGrant.of(false));
        assertTrue(Sanction.REFUND_TRAVEL_GRANT.isApplicable(inPerson(conditional)));
        assertFalse(Sanction.REFUND_TRAVEL_GRANT.isApplicable(inPerson(unconditional)));
        assertFalse(Sanction.REFUND_TRAVEL_GRANT.isApplicable(inPerson(accused(Standing.ATTENDEE))));
    }

    @Test
    void endingATalkOrWithholdingItsRecordingNeedsATalkTheAccusedGave() {
        Party speaker = accused(Standing.SPEAKER);
        SanctionFacts inTalk = facts(speaker, SpaceKind.TALK, Set.of(Circumstance.ACCUSED_GAVE_TALK), false, false);
        SanctionFacts inHallway = facts(speaker, SpaceKind.EVENT_VENUE, Set.of(), false, false);
        SanctionFacts heckler = facts(accused(Standing.ATTENDEE), SpaceKind.TALK,
                Set.of(Circumstance.ACCUSED_GAVE_TALK), false, false);
        for (Sanction sanction : Set.of(Sanction.END_TALK_EARLY, Sanction.WITHHOLD_TALK_RECORDING)) {
            assertTrue(sanction.isApplicable(inTalk));
            assertFalse(sanction.isApplicable(inHallway));
            assertFalse(sanction.isApplicable(heckler), "someone who is not a speaker has no talk to end");
        }
        for (Sanction sanction : Set.of(Sanction.CORRECT_TALK_MATERIAL, Sanction.EDIT_TALK_RECORDING)) {
            assertTrue(sanction.isApplicable(inTalk));
            assertFalse(sanction.isApplicable(inHallway), "a remark in the hallway has no slides to correct");
            assertFalse(sanction.isApplicable(heckler), "someone who is not a speaker has no slides to correct");
        }
        assertTrue(Sanction.NO_FURTHER_TALKS.isApplicable(inHallway), "a speaker can lose further talks anyway");
        assertFalse(Sanction.NO_FURTHER_TALKS.isApplicable(inPerson(accused(Standing.ATTENDEE))));
    }

    @Test
    void positionSanctionsNeedThePosition() {
        assertTrue(Sanction.END_VOLUNTEER_ROLE.isApplicable(inPerson(accused(Standing.VOLUNTEER))));
        assertFalse(Sanction.END_VOLUNTEER_ROLE.isApplicable(inPerson(accused(Standing.SPEAKER))));
        assertTrue(Sanction.REMOVE_MEMBERSHIP.isApplicable(inPerson(accused(Standing.ORGANIZATION_MEMBER))));
        assertFalse(Sanction.REMOVE_MEMBERSHIP.isApplicable(inPerson(accused(Standing.ATTENDEE))));
        assertTrue(Sanction.REMOVE_FROM_POSITION.isApplicable(inPerson(accused(Standing.PAID_STAFF))));
        assertFalse(Sanction.REMOVE_FROM_POSITION.isApplicable(inPerson(accused(Standing.ATTENDEE))));
        assertTrue(Sanction.PUBLISH_ACCOUNT_AND_CALL_FOR_RESIGNATION.isApplicable(
                inPerson(accused(Standing.EVENT_LEADER))));
        assertFalse(Sanction.PUBLISH_ACCOUNT_AND_CALL_FOR_RESIGNATION.isApplicable(
                inPerson(accused(Standing.VOLUNTEER))));
    }

    @Test
    void onlineActionsNeedAnOnlineSpaceAndEventActionsAnInPersonOne() {
        Party member = accused(Standing.ATTENDEE);
        SanctionFacts chat = facts(member, SpaceKind.ONLINE_CHAT, Set.of(), true, false);
        SanctionFacts venue = facts(member, SpaceKind.SOCIAL_EVENT, Set.of(), true, false);
        for (Sanction online : Set.of(Sanction.HIDE_FROM_TARGET, Sanction.MONITOR_POSTINGS,
                Sanction.BLOCK_FROM_CHANNEL, Sanction.BLOCK_FROM_SERVICE)) {
            assertTrue(online.isApplicable(chat), online::name);
            assertFalse(online.isApplicable(venue), online::name);
        }
        for (Sanction inPerson : Set.of(Sanction.EXPEL_FROM_EVENT, Sanction.NO_CONTACT_REST_OF_EVENT)) {
            assertTrue(inPerson.isApplicable(venue), inPerson::name);
            assertFalse(inPerson.isApplicable(chat), inPerson::name);
        }
        assertTrue(Sanction.BAN_FROM_FUTURE_EVENTS.isApplicable(chat));
        assertTrue(Sanction.WARNING.isApplicable(venue));
    }

    @Test
    void keepingAwayFromTheVictimNeedsAVictimAndAccountInformationNeedsTheirRequest() {
        Party member = accused(Standing.ATTENDEE);
        assertFalse(Sanction.NO_CONTACT_REST_OF_EVENT.isApplicable(facts(member, SpaceKind.EVENT_VENUE, Set.of(),
                false, false)));
        assertFalse(Sanction.ACCOUNT_INFORMATION_TO_LAW_ENFORCEMENT.isApplicable(facts(member,
                SpaceKind.ONLINE_FORUM, Set.of(), true, false)));
        assertTrue(Sanction.ACCOUNT_INFORMATION_TO_LAW_ENFORCEMENT.isApplicable(facts(member,
                SpaceKind.ONLINE_FORUM, Set.of(), true, true)));
    }

    @Test
    void onlySanctionsForATimeOrIndefinitelyTakeAnEndDate() {
        Instant end = Instant.parse("2027-01-01T00:00:00Z");
        assertEquals(end, ImposedSanction.until(Sanction.BAN_FROM_FUTURE_EVENTS, ACCUSED, end).until().orElseThrow());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ImposedSanction.until(Sanction.WARNING, ACCUSED, end));
        assertEquals("only sanctions for a time or indefinitely take an end date", e.getMessage());
    }

    @Test
    void theFactsOfACaseComeFromItsState() {
        CaseFile file = Samples.caseFile(Samples.harassingTalk());
        SanctionFacts facts = file.state().sanctionFacts(Samples.ACCUSED);
        assertEquals(SpaceKind.TALK, facts.space());
        assertFalse(facts.targetIdentified(), "the talk sample names no individual target");
        assertTrue(Sanction.END_TALK_EARLY.isApplicable(facts));
        assertThrows(IllegalArgumentException.class, () -> file.state().sanctionFacts(Samples.REPORTER));

        CaseFile asked = Samples.caseFile(Samples.privateHarassment()).append(Action.RecordRequest.of(
                Samples.REPORTER, Set.of(RequestedAction.EVENT_HELP_WITH_LAW_ENFORCEMENT)), Samples.RECEIVER,
                Samples.RECEIVED.plusSeconds(900));
        assertTrue(asked.state().sanctionFacts(Samples.ACCUSED).victimRequestedLawEnforcement());
    }
}
