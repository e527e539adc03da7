package org.cocworkflow.core.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The coercive-phrasing heuristic, both ways. It is a flag for a person, not a refusal: the lists below are what
 * it is known to catch and known to let pass; paraphrases beyond them are its known limit.
 */
class WordingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "It's okay if you don't want to pursue this.                       | offering withdrawal",
        "You can always withdraw the complaint.                             | offering withdrawal",
        "Would you like to drop it?                                         | offering withdrawal",
        "You don't have to go through with this.                           | offering withdrawal",
        "Maybe it is best to let it go.                                     | offering withdrawal",
        "Are you sure that is what happened?                                | doubting the victim",
        "Do you really want to make this official?                          | doubting the victim",
        "Could it have been a misunderstanding?                             | doubting the victim",
        "I think he was just joking.                                        | doubting the victim",
        "How would you like us to handle this?                              | asking how to handle it",
        "What would you like us to do?                                      | asking how to handle it",
        "What punishment would feel fair to you?                            | asking about penalties",
        "Should we ban him?                                                 | asking about penalties",
        "Do you want them removed from the event?                           | asking about penalties",
        "Would you be willing to meet with him to clear the air?            | pressing for reconciliation",
        "Perhaps you could forgive her; she is new here.                    | pressing for reconciliation",
    })
    void theUsualCoercivePhrasingsAreFlagged(String text, String kind) {
        assertTrue(Wording.coercion(text).contains(kind), () -> Wording.coercion(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks, this sounds like a breach of our code of conduct. I am going to convene a small group to decide our "
                + "response.",
        "If you're OK with it, I am going to convene a small group of people and figure out our response.",
        "Is there a friend or trusted person you would like to be with you?",
        "How can I help?",
        "Here is the list of local support services, for now or later.",
        "We have asked the person to leave the event for the rest of the day.",
        "Thank you for telling us. We believe you.",
        "If you want any help reporting this to the police, please let us know.",
    })
    void whatTheProcedureSaysToSayIsNotFlagged(String text) {
        assertEquals(List.of(), Wording.coercion(text));
    }

    @Test
    void apologiesToTheAccusedAndTimesInAnnouncementsAreNoticed() {
        assertTrue(Wording.mentionsApology("You should apologise to her."));
        assertFalse(Wording.mentionsApology("You must keep away from the people involved."));
        assertTrue(Wording.mentionsDateOrTime("At 14:50 on Thursday an attendee threatened another."));
        assertFalse(Wording.mentionsDateOrTime("An attendee threatened another attendee."));
    }

    @Test
    void namesAreFoundAsWholeWordsAndIdentifiersAnywhere() {
        org.cocworkflow.core.party.Party dana = org.cocworkflow.core.party.Party.builder()
                .id(org.cocworkflow.core.party.PartyId.of("reporter"))
                .addRoles(org.cocworkflow.core.party.CaseRole.REPORTER).displayName("Dana Reyes")
                .addIdentifiers(org.cocworkflow.core.party.Identifier.handle("slack:community", "@dreyes"))
                .contact("+44 7700 900123").build();
        assertTrue(Mentions.anyIn("dana said so", List.of(dana)));
        assertTrue(Mentions.anyIn("as REYES reported", List.of(dana)));
        assertTrue(Mentions.anyIn("ask dreyes on slack", List.of(dana)));
        assertTrue(Mentions.anyIn("call +44 7700 900123", List.of(dana)));
        assertFalse(Mentions.anyIn("the Danaides myth", List.of(dana)), "a name inside another word is no mention");
        assertFalse(Mentions.anyIn("an attendee said so", List.of(dana)));
    }
}
