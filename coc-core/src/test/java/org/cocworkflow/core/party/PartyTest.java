package org.cocworkflow.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cocworkflow.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {
    private static final PartyId ID = PartyId.of("p1");

    @Test
    void aPartyHoldsAtLeastOneRoleAndNeverTheHandlerRoleDirectly() {
        assertEquals("a party must hold at least one role",
                assertThrows(InvalidValueException.class, () -> Party.builder().id(ID).build()).getMessage());
        assertTrue(assertThrows(InvalidValueException.class,
                () -> Party.builder().id(ID).addRoles(CaseRole.HANDLER).build()).getMessage().contains("handler"));
    }

    @Test
    void aTeamMemberOfACaseIsNeverItsAccusedOrTarget() {
        assertThrows(InvalidValueException.class, () -> Party.builder().id(ID)
                .addRoles(CaseRole.RESPONSE_TEAM_MEMBER, CaseRole.ACCUSED).build());
        assertThrows(InvalidValueException.class, () -> Party.builder().id(ID)
                .addRoles(CaseRole.RESPONSE_TEAM_MEMBER, CaseRole.TARGET).build());
    }

    @Test
    void onlyTeamMembersAreFlaggedAsMandatoryReportersAndNobodyIsRelatedToThemselves() {
        assertThrows(InvalidValueException.class, () -> Party.builder().id(ID).addRoles(CaseRole.WITNESS)
                .mandatoryReporter(true).build());
        assertThrows(InvalidValueException.class, () -> Party.builder().id(ID).addRoles(CaseRole.WITNESS)
                .addRelationships(Relationship.of(ID, RelationshipKind.FAMILY)).build());
    }

    @Test
    void aHandleBelongsToAServiceAndAnEmailAddressDoesNot() {
        assertEquals("slack:community", Identifier.handle("slack:community", "@sam").service().orElseThrow());
        assertThrows(InvalidValueException.class, () -> ImmutableIdentifier.builder().kind(IdentifierKind.HANDLE)
                .value("@sam").build());
        assertThrows(InvalidValueException.class, () -> ImmutableIdentifier.builder().kind(IdentifierKind.EMAIL)
                .value("sam@example.org").service("slack").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "sam@example.org", "-leading-dash", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void anIdThatCouldCarryANameOrContactIsRefused(String text) {
        assertThrows(InvalidValueException.class, () -> PartyId.of(text));
    }

    @Test
    void reportHandlersAreOrganizersLeadersAndTeamMembers() {
        assertTrue(Standing.ORGANIZER.handlesReports());
        assertTrue(Standing.EVENT_LEADER.handlesReports());
        assertTrue(Standing.RESPONSE_TEAM_MEMBER.handlesReports());
        assertTrue(!Standing.SPEAKER.handlesReports());
    }
}
