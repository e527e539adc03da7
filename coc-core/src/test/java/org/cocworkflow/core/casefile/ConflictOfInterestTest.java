package org.cocworkflow.core.casefile;

import static org.cocworkflow.core.testing.Samples.ACCUSED;
import static org.cocworkflow.core.testing.Samples.RECEIVER;
import static org.cocworkflow.core.testing.Samples.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.party.CaseRole;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.ImmutableParty;
import org.cocworkflow.core.party.Party;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.core.party.Relationship;
import org.cocworkflow.core.party.RelationshipKind;
import org.cocworkflow.core.party.Standing;
import org.cocworkflow.core.testing.Samples;
import org.junit.jupiter.api.Test;

/**
 * Each way a response-team member comes to a conflict of interest (seed 003, "Meeting"), checked on the case state
 * itself: the guards of I5 and the invariant spec both ask {@link CaseState#hasConflictOfInterest}, so a mistake
 * there would pass their properties unseen.
 */
class ConflictOfInterestTest {
    private static final PartyId MEMBER = PartyId.of("team-1");

    private Instant at = Samples.RECEIVED.plusSeconds(3_600);
    private CaseFile file = Samples.caseFile(Samples.privateHarassment());

    private void does(Action action) {
        at = at.plusSeconds(60);
        file = file.append(action, RECEIVER, at);
    }

    private static Party member() {
        return Party.builder().id(MEMBER).addRoles(CaseRole.RESPONSE_TEAM_MEMBER).displayName("Sam Team")
                .addStandings(Standing.RESPONSE_TEAM_MEMBER).build();
    }

    private boolean conflicted(PartyId id) {
        return file.state().hasConflictOfInterest(id);
    }

    @Test
    void aMemberWithoutTiesToThePeopleOfTheIncidentIsNotConflicted() {
        does(Action.AddTeamMember.of(member()));
        assertFalse(conflicted(MEMBER));
        assertFalse(conflicted(RECEIVER));
        assertFalse(conflicted(PartyId.of("nobody")), "someone not in the case has no conflict in it");
        assertEquals(new TreeSet<>(Set.of(RECEIVER, MEMBER)), file.state().unconflictedTeam());
    }

    @Test
    void aMemberWhoDeclaresARelationshipWithSomeoneOfTheIncidentIsConflicted() {
        does(Action.AddTeamMember.of(ImmutableParty.copyOf(member())
                .withRelationships(Relationship.of(ACCUSED, RelationshipKind.CLOSE_FRIEND))));
        assertTrue(conflicted(MEMBER));
        assertFalse(conflicted(RECEIVER));
        assertEquals(new TreeSet<>(Set.of(RECEIVER)), file.state().unconflictedTeam());
    }

    @Test
    void aMemberSomeoneOfTheIncidentDeclaresARelationshipWithIsConflicted() {
        does(Action.AddTeamMember.of(member()));
        does(Action.DeclareRelationship.of(REPORTER, Relationship.of(MEMBER, RelationshipKind.CLOSE_FRIEND)));
        assertTrue(conflicted(MEMBER));
    }

    @Test
    void aMemberWhoSharesAnEmailAddressWithSomeoneOfTheIncidentIsConflicted() {
        does(Action.AddTeamMember.of(ImmutableParty.copyOf(member())
                .withIdentifiers(Identifier.email("lee.park@mail.example"))));
        assertTrue(conflicted(MEMBER), "the same person under two ids");
    }

    @Test
    void tiesBetweenMembersOfTheTeamAreNoConflict() {
        does(Action.AddTeamMember.of(ImmutableParty.copyOf(member())
                .withRelationships(Relationship.of(RECEIVER, RelationshipKind.CLOSE_FRIEND))));
        assertFalse(conflicted(MEMBER));
        assertFalse(conflicted(RECEIVER));
    }

    @Test
    void aStateAskedBeforeAnEventDoesNotAnswerForTheStateAfterIt() {
        does(Action.AddTeamMember.of(member()));
        CaseState before = file.state();
        assertFalse(before.hasConflictOfInterest(MEMBER));
        does(Action.DeclareRelationship.of(ACCUSED, Relationship.of(MEMBER, RelationshipKind.CLOSE_FRIEND)));
        assertTrue(conflicted(MEMBER));
        assertFalse(before.hasConflictOfInterest(MEMBER), "a state never changes");
    }
}
