package org.cocworkflow.core.guard;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.cocworkflow.core.testing.CocGenerators;
import org.cocworkflow.core.testing.CocGenerators.Risk;
import org.junit.jupiter.api.Test;

/**
 * Every refusal reason and flag is text a person can act on, and none carries case content: a canary planted in
 * every content field of the generated cases never appears in them.
 */
class RefusalReasonsTest {
    private static final String CANARY = "Canary7f3aZebra";
    private static final Pattern ACTIONABLE = Pattern.compile("\\b(ask|add|use|record|tell|let|choose|assign|link|"
            + "describe|keep|leave|name|offer|respect|escalate|relay|involve|announce|share|check|make sure|"
            + "announce|assess|give|end|needs?|only|never|first|before|instead|do not|does not)\\b");

    @Test
    void everyRefusalAndFlagSaysWhatToDoAndCarriesNoCaseContent() {
        CocGenerators generators = CocGenerators.withContent(CANARY);
        qt().forAll(generators.proposals(Risk.values())).checkAssert(p -> {
            Verdict verdict = Guards.check(p.action(), p.by(), p.file(), p.at());
            if (verdict instanceof Verdict.Refused refused) {
                for (Refusal refusal : refused.refusals()) {
                    assertReadable(refusal.reason());
                    assertFalse(refusal.citation().isBlank());
                }
            } else {
                ((Verdict.Allowed) verdict).flags().forEach(flag -> assertReadable(flag.note()));
            }
        });
    }

    private static void assertReadable(String text) {
        assertFalse(text.contains(CANARY), () -> "case content in: " + text);
        assertTrue(text.length() >= 30 && text.length() <= 500, () -> "not a readable sentence: " + text);
        assertTrue(Character.isLowerCase(text.charAt(0)) || Character.isDigit(text.charAt(0)), text);
        assertFalse(text.matches(".*(null|Optional|\\{|\\}|\\[|\\]|Immutable|@).*"), () -> "internal text: " + text);
        assertTrue(ACTIONABLE.matcher(text).find(), () -> "says nothing to do: " + text);
    }
}
