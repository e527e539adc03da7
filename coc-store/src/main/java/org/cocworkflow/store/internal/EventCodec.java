package org.cocworkflow.store.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Base64;
import java.util.Optional;
import java.time.format.DateTimeParseException;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.InvalidValueException;
import org.cocworkflow.core.action.Action;
import org.cocworkflow.core.casefile.ActionRecorded;
import org.cocworkflow.core.casefile.CaseEvent;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseImported;
import org.cocworkflow.core.casefile.ImmutableCaseImported;
import org.cocworkflow.core.casefile.CaseOpened;
import org.cocworkflow.core.json.CocJson;
import org.cocworkflow.core.json.JsonLimits;
import org.cocworkflow.core.party.PartyId;
import org.cocworkflow.store.StoreException;

/**
 * The plaintext of a stored event, before encryption: coc-core's own JSON formats, so that what is stored is what
 * the library reads and writes everywhere else.
 *
 * <pre>
 * coc-store-event/1 opening          coc-store-event/1 action                       coc-store-event/1 import
 * {"format": "coc-case-file/1",      &lt;sequence&gt;                                     &lt;sequence&gt;
 *  "events": [ {case_opened ...} ]}  &lt;instant, ISO-8601&gt;                           &lt;instant, ISO-8601&gt;
 *                                    &lt;recorder's party id&gt;                          &lt;importer's party id&gt;
 *                                    {"format": "coc-action/1", "action": {...}}    &lt;source: -, or Base64 of UTF-16BE&gt;
 * </pre>
 *
 * <p>Every encoded event is read back and compared with the original before it is stored, so an event that would
 * not read back (too large for the intake limits, for instance) is refused instead of stored. Thread-safe.
 */
final class EventCodec {
    private static final String OPENING = "coc-store-event/1 opening\n";
    private static final String ACTION = "coc-store-event/1 action\n";
    private static final String IMPORT = "coc-store-event/1 import\n";

    private final CocJson json;
    private final JsonLimits limits;

    EventCodec(JsonLimits limits) {
        this.limits = limits;
        this.json = CocJson.withLimits(limits);
    }

    /**
     * Encodes an event, checking that it reads back the same.
     *
     * @param event the event
     * @param where the event, for messages
     * @return the plaintext
     * @throws StoreException {@code EVENT_TOO_LARGE} or {@code EVENT_NOT_STORABLE}
     */
    byte[] encode(CaseEvent event, String where) {
        String document;
        String text;
        if (event instanceof CaseOpened opened) {
            document = escapeLoneSurrogates(json.writeCaseFile(CaseFile.open(opened)));
            text = OPENING + document;
        } else if (event instanceof CaseImported mark) {
            // The source is the importer's free text: Base64 of its UTF-16 units keeps any string exactly.
            document = mark.source().map(source -> Base64.getEncoder().encodeToString(
                    source.getBytes(StandardCharsets.UTF_16BE))).orElse("-");
            text = IMPORT + mark.sequence() + "\n" + mark.at() + "\n" + mark.by().value() + "\n" + document;
        } else {
            ActionRecorded recorded = (ActionRecorded) event;
            document = escapeLoneSurrogates(json.writeAction(recorded.action()));
            text = ACTION + recorded.sequence() + "\n" + recorded.at() + "\n" + recorded.by().value() + "\n" + document;
        }
        if (document.length() > limits.maxDocumentChars()) {
            throw StoreException.of(StoreException.Reason.EVENT_TOO_LARGE, where, "it has " + document.length()
                    + " characters as JSON, over the limit of " + limits.maxDocumentChars(), null);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CaseEvent back;
        try {
            back = decode(bytes, event.sequence());
        } catch (InvalidDocumentException e) {
            boolean limit = e.problems().stream().anyMatch(p -> p.problem().contains("limit"));
            throw StoreException.of(limit ? StoreException.Reason.EVENT_TOO_LARGE
                    : StoreException.Reason.EVENT_NOT_STORABLE, where, e.getMessage(), null);
        } catch (RuntimeException e) {
            throw StoreException.of(StoreException.Reason.EVENT_NOT_STORABLE, where, e);
        }
        if (!back.equals(event)) {
            throw StoreException.of(StoreException.Reason.EVENT_NOT_STORABLE, where);
        }
        return bytes;
    }

    /**
     * Escapes UTF-16 surrogates that are not part of a pair as JSON escapes (backslash, u, four hex digits). Java strings (and so
     * case content that arrived as JSON with such escapes) can hold them, but UTF-8 cannot: written as they are, they
     * would be stored as {@code ?}. They only ever occur inside JSON string values (field names and the envelope are
     * ASCII), where the escape is valid and reads back to the same character.
     */
    static String escapeLoneSurrogates(String json) {
        int length = json.length();
        int i = 0;
        while (i < length && !Character.isSurrogate(json.charAt(i))) {
            i++;
        }
        if (i == length) {
            return json;
        }
        StringBuilder out = new StringBuilder(length + 16).append(json, 0, i);
        for (; i < length; i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(json.charAt(i + 1))) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
        10, 1};

    /**
     * Reads an instant as {@link Instant#toString} writes it, the only way the encoder writes one, with the result
     * {@link Instant#parse} gives. {@code Instant.parse} goes through a general formatter and costs about as much as
     * the rest of an event's header; reading a stored case reads one instant per event. Anything but a four-digit
     * year, a valid date and time and an optional fraction of one to nine digits is left to {@code Instant.parse},
     * which reads it or throws.
     *
     * @param text the instant
     * @return the instant
     * @throws DateTimeParseException if {@code Instant.parse} cannot read it
     */
    static Instant parseInstant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
                || (length > 20 && (length < 22 || text.charAt(19) != '.'))) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        int nanos = length == 20 ? 0 : fraction * NANOS_PER_DIGIT[length - 22];
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The ASCII digits from {@code from} to {@code to} (exclusive) as a number, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Decodes an event.
     *
     * @param bytes the plaintext
     * @param sequence the sequence number the event must have
     * @return the event
     * @throws InvalidDocumentException if a JSON document cannot be read within the limits
     * @throws IllegalArgumentException if the envelope is malformed
     */
    CaseEvent decode(byte[] bytes, long sequence) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(OPENING)) {
            CaseFile file = json.readCaseFile(text.substring(OPENING.length()));
            if (file.version() != 1 || sequence != 0) {
                throw new IllegalArgumentException("a stored opening holds exactly the case's first event");
            }
            return file.opening();
        }
        boolean mark = text.startsWith(IMPORT);
        if (!mark && !text.startsWith(ACTION)) {
            throw new IllegalArgumentException("unknown stored event format");
        }
        int first = (mark ? IMPORT : ACTION).length();
        int second = text.indexOf('\n', first);
        int third = second < 0 ? -1 : text.indexOf('\n', second + 1);
        int fourth = third < 0 ? -1 : text.indexOf('\n', third + 1);
        if (fourth < 0) {
            throw new IllegalArgumentException("a stored event lacks its header lines");
        }
        try {
            long stored = Long.parseLong(text.substring(first, second));
            if (stored != sequence) {
                throw new IllegalArgumentException("a stored event carries another sequence number than its row");
            }
            Instant at = parseInstant(text.substring(second + 1, third));
            PartyId by = PartyId.of(text.substring(third + 1, fourth));
            String body = text.substring(fourth + 1);
            if (mark) {
                Optional<String> source = body.equals("-") ? Optional.empty()
                        : Optional.of(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_16BE));
                return ImmutableCaseImported.builder().sequence(stored).at(at).by(by).source(source).build();
            }
            return ActionRecorded.of(stored, at, by, json.readAction(body));
        } catch (NumberFormatException | DateTimeParseException | InvalidValueException e) {
            throw new IllegalArgumentException("a stored event has a malformed header", e);
        }
    }
}
