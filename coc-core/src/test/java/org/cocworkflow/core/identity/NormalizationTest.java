package org.cocworkflow.core.identity;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

class NormalizationTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "alice@example.com            | alice@example.com",
        "Alice@Example.COM            | alice@example.com",
        "'   alice@example.com  '     | alice@example.com",
        "Alice Liddell <alice@example.com> | alice@example.com",
        "<alice@example.com>          | alice@example.com",
        "mailto:alice@example.com     | alice@example.com",
        "MAILTO:Alice@example.com     | alice@example.com",
        "alice+coc-reports@example.com | alice@example.com",
        "alice@example.com.           | alice@example.com",
        "a.l.i.c.e@gmail.com          | alice@gmail.com",
        "A.Lice+x@GoogleMail.com      | alice@gmail.com",
        "a.lice@example.com           | a.lice@example.com",
        "alice@bücher.example         | alice@xn--bcher-kva.example",
        "ali\u200bce@example.com      | alice@example.com",
        "\uff41\uff4c\uff49\uff43\uff45@example.com | alice@example.com",
        "+only-a-tag@example.com      | +only-a-tag@example.com",
    })
    void anEmailAddressIsNormalizedToOneForm(String typed, String normalized) {
        assertEquals(normalized, Normalization.email(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "@example.com", "alice@", "al ice@example.com", "alice@exa mple.com",
        "alice@.example.com", "alice@example..com", "", "   ", "alice@@"})
    void somethingThatIsNotAnEmailAddressIsRefused(String typed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normalization.email(typed));
        assertEquals("an e-mail address must have the form local-part@domain, without spaces", e.getMessage());
    }

    @Test
    void differentAddressesStayDifferent() {
        assertNotEquals(Normalization.email("alice@example.com"), Normalization.email("alice@example.org"));
        assertNotEquals(Normalization.email("a.lice@example.com"), Normalization.email("alice@example.com"),
                "dots matter outside gmail");
        assertNotEquals(Normalization.email("alice@example.com"), Normalization.email("alicia@example.com"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "@Alice                  | alice",
        "alice                   | alice",
        "'  @Alice  '            | alice",
        "@alice@Mastodon.Social  | alice@mastodon.social",
        "@ali\u200bce            | alice",
        "\uff21lice              | alice",
        "Alice   Smith           | alice smith",
    })
    void aHandleIsNormalizedToOneForm(String typed, String normalized) {
        assertEquals(normalized, Normalization.handle(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", " ", "\u200b", "@ \u200b "})
    void aHandleWithNothingInItIsRefused(String typed) {
        assertThrows(IllegalArgumentException.class, () -> Normalization.handle(typed));
    }

    @Test
    void aServiceNameIsNormalizedAndMustNotBeBlank() {
        assertEquals("slack:pyladies", Normalization.service("  Slack:PyLadies "));
        assertThrows(IllegalArgumentException.class, () -> Normalization.service("  "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "José Álvarez       | alvarez jose",
        "Jose Alvarez       | alvarez jose",
        "'Álvarez, José'    | alvarez jose",
        "Sam O'Neil         | oneil sam",
        "Sam O\u2019Neil    | oneil sam",
        "Ingrid Sørensen    | ingrid sorensen",
        "Johann Strauß      | johann strauss",
        "Mary-Jane  Watson  | jane mary watson",
        "\u674e\u5c0f\u9f99 | \u674e\u5c0f\u9f99",
    })
    void aNameIsNormalizedForReviewFlags(String typed, String normalized) {
        assertEquals(normalized, Normalization.name(typed));
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Normalization.name(" -- ' "));
    }

    @Test
    void normalizingTwiceChangesNothing() {
        qt().forAll(SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 20))
                .checkAssert(text -> {
                    String email = text.replace("@", "") + "@Example.org";
                    try {
                        String once = Normalization.email(email);
                        assertEquals(once, Normalization.email(once));
                    } catch (IllegalArgumentException notAnAddress) {
                        // Spaces and brackets make some generated texts non-addresses; refusal is fine.
                    }
                    try {
                        String once = Normalization.handle(text);
                        assertEquals(once, Normalization.handle(once));
                    } catch (IllegalArgumentException empty) {
                        // A text of only format characters, spaces or '@' is no handle.
                    }
                    try {
                        String once = Normalization.name(text);
                        assertEquals(once, Normalization.name(once));
                    } catch (IllegalArgumentException noLetters) {
                        // A text without letters or digits is no name.
                    }
                });
    }
}
