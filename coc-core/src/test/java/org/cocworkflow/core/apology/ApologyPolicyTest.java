package org.cocworkflow.core.apology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ApologyPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "X apologizes and agrees to have no further contact with you.",
        "They apologize and agree to have no further contact with you.",
        "The person who harassed you apologizes. They will keep away from you for the rest of the event.",
        "They apologize. You do not need to reply.",
        "They apologise; no response is needed.",
        "He apologizes for his comments at the social.",
    })
    void aBriefApologyThatAsksForNothingMayBeRelayed(String text) {
        assertTrue(ApologyPolicy.isBrief(text), () -> String.join("; ", ApologyPolicy.whyNotBrief(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "X is very sorry that their attempts to woo you were not received in the manner that was intended and will "
                + "try to do better next time, they're really really sorry and hope that you can find it in your "
                + "heart to forgive them",
        "They apologize. Can you forgive them?",
        "They apologize and hope you can forgive them.",
        "They apologize and would like to meet you for a coffee to explain.",
        "They apologize. Please let them know if you accept.",
        "They apologize and ask you to reply to this message.",
        "They apologize. They feel terrible. They have not slept. They want to make it right.",
        "They apologize and would like to talk to you about what happened.",
    })
    void anApologyThatIsLongOrAsksForForgivenessAReplyOrAMeetingIsNotBrief(String text) {
        assertFalse(ApologyPolicy.isBrief(text));
    }

    @Test
    void theReasonsSayWhatMakesARelayTooMuchWithoutQuotingIt() {
        String text = "They apologize. Would you meet them? They hope you forgive them.";
        List<String> reasons = ApologyPolicy.whyNotBrief(text);
        assertEquals(List.of("it has more than 2 sentences", "it asks a question", "it asks for forgiveness",
                "it asks for a reply, contact, acceptance or a meeting"), reasons);
        assertTrue(reasons.stream().noneMatch(r -> r.contains("meet them")));
    }

    @Test
    void theLengthBoundIsInclusive() {
        String exactly = "They apologize and agree to keep away from you" + " ".repeat(0);
        String padded = exactly + "x".repeat(ApologyPolicy.MAX_LENGTH - exactly.length());
        assertTrue(ApologyPolicy.isBrief(padded));
        assertFalse(ApologyPolicy.isBrief(padded + "x"));
    }
}
