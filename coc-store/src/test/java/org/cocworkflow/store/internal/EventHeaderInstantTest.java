package org.cocworkflow.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cocworkflow.core.testing.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The stored event header's instant reader is a shortcut for {@link Instant#parse}: the JDK's parser is the oracle,
 * for every instant {@code Instant.toString} can write and for malformed text.
 */
class EventHeaderInstantTest {
    /** Year 0 to 9999: the four-digit years the shortcut reads itself; others go to Instant.parse. */
    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    private static final String ALPHABET = "0123456789-:.TZz+ 9";

    private static Gen<Instant> instants() {
        Gen<Long> seconds = SourceDSL.longs().between(FIRST, LAST);
        // Whole seconds, milliseconds, microseconds and any nanosecond: toString writes 0, 3, 6 or 9 digits.
        Gen<Integer> nanos = SourceDSL.integers().between(0, 3).zip(SourceDSL.integers().between(0, 999_999_999),
                (kind, n) -> switch (kind) {
                    case 0 -> 0;
                    case 1 -> n / 1_000_000 * 1_000_000;
                    case 2 -> n / 1_000 * 1_000;
                    default -> n;
                });
        return seconds.zip(nanos, Instant::ofEpochSecond);
    }

    /** What Instant.parse makes of a text: the instant, or the kind of failure. */
    private static Object oracle(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return DateTimeParseException.class;
        }
    }

    private static Object shortcut(String text) {
        try {
            return EventCodec.parseInstant(text);
        } catch (DateTimeException e) {
            return DateTimeParseException.class;
        }
    }

    @Test
    void every_instant_toString_writes_reads_back_as_itself() {
        Theories.qt().forAll(instants()).checkAssert(instant ->
                assertEquals(instant, EventCodec.parseInstant(instant.toString())));
    }

    @Test
    void a_changed_character_gives_what_instant_parse_gives() {
        Gen<String> mutated = instants().zip(SourceDSL.integers().between(0, 29),
                SourceDSL.integers().between(0, ALPHABET.length() - 1), (instant, at, with) -> {
                    String text = instant.toString();
                    int i = at % text.length();
                    return text.substring(0, i) + ALPHABET.charAt(with) + text.substring(i + 1);
                });
        Theories.qt().forAll(mutated).checkAssert(text -> assertEquals(oracle(text), shortcut(text), text));
    }

    @Test
    void edge_cases_give_what_instant_parse_gives() {
        for (String text : List.of("2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2026-04-31T00:00:00Z",
                "2026-12-31T23:59:60Z", "2026-12-31T24:00:00Z", "2026-12-31T23:60:00Z", "2026-00-10T00:00:00Z",
                "2026-13-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1Z",
                "2026-01-01T00:00:00.1234567890Z", "2026-01-01T00:00:00.123456789Z", "+12026-01-01T00:00:00Z",
                "-0001-01-01T00:00:00Z", "2026-01-01T00:00:00+01:00", "2026-01-01T00:00:00z", "2026-01-01 00:00:00Z",
                "2026-01-01T00:00Z", "", "2026-01-01T00:00:00\u0661Z", "\u0662026-01-01T00:00:00Z")) {
            assertEquals(oracle(text), shortcut(text), text);
        }
    }

    @Test
    void text_instant_parse_refuses_is_refused_with_its_exception() {
        assertThrows(DateTimeParseException.class, () -> EventCodec.parseInstant("2026-02-30T10:00:00Z"));
        assertThrows(DateTimeParseException.class, () -> EventCodec.parseInstant("not an instant"));
    }
}
