package org.cocworkflow.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocworkflow.core.CocException;
import org.cocworkflow.core.edition.ImmutableEditionSettings;
import org.cocworkflow.core.response.DecisionMethod;
import org.cocworkflow.core.response.Gravity;
import org.cocworkflow.core.response.ImmutableDecisionRules;
import org.cocworkflow.rules.edition.EditionException;
import org.cocworkflow.rules.edition.EditionProblem;

/**
 * Reads {@code edition.json}, strictly, reporting the first problem with its line and never quoting a value. It
 * reads with Jackson's streaming parser alone: the first advice in a fresh JVM reads the shipped edition's
 * manifest, and the object mapper's classes would cost that start-up a third of a second.
 */
public final class Manifests {
    /** The name of an edition's manifest file. */
    public static final String FILE = "edition.json";

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(
            com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final List<String> FIELDS = List.of("format", "id", "effectiveFrom", "description", "base",
            "settings", "files");
    private static final List<String> DURATIONS = List.of("responseWhileEventRuns", "responseOtherwise",
            "reporterFollowUp", "appealDecision", "hearingDeadline", "appealWindow");
    /** The decision's settings that are not durations: how the meeting decides and its quorum. */
    private static final List<String> DECISION = List.of("decisionMethod", "decisionQuorum");
    /** The gravity ladder's settings: its name and where it comes from, both free text. */
    private static final List<String> LADDER = List.of("gravityLadder", "gravityLadderSource");
    private static final List<String> PERIODS = List.of("temporaryBan", "keepNoViolationFound", "keepMinor",
            "keepSanctioned", "keepAfterBanEnds");
    /** The weighing settings: a rung of the gravity ladder for conduct the report names. */
    private static final List<String> WEIGHINGS = List.of("weighUnwantedPhysicalContact",
            "weighUnambiguousOnlineOffence");
    private static final Set<String> BASES = Set.of("shipped", "none");

    private Manifests() {
    }

    /**
     * Reads a manifest.
     *
     * @param json the manifest's text
     * @param where how to name the manifest in problems, e.g. {@code edition.json}
     * @return the manifest
     * @throws EditionException naming the line and what is wrong
     */
    public static EditionManifest read(String json, String where) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return new Reader(parser, where).manifest();
        } catch (JsonProcessingException e) {
            throw problem(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not well-formed JSON");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the edition's manifest", e);
        }
    }

    private static EditionException problem(String where, int line, String message) {
        return new EditionException("the edition's manifest cannot be read", List.of(
                EditionProblem.of(where, line, message)));
    }

    /** One pass over the tokens of one manifest. */
    private static final class Reader {
        private final JsonParser parser;
        private final String where;

        Reader(JsonParser parser, String where) {
            this.parser = parser;
            this.where = where;
        }

        EditionManifest manifest() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail("expected an object: {\"format\": \"" + EditionManifest.FORMAT + "\", \"id\", "
                        + "\"effectiveFrom\", ...}");
            }
            String id = null;
            Instant effectiveFrom = null;
            boolean hasFormat = false;
            String description = null;
            String base = null;
            ImmutableEditionSettings settings = null;
            List<String> files = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "format" -> {
                        if (!EditionManifest.FORMAT.equals(text(name))) {
                            throw fail("unsupported format; this reader accepts \"" + EditionManifest.FORMAT + "\"");
                        }
                        hasFormat = true;
                    }
                    case "id" -> id = text(name);
                    case "effectiveFrom" -> effectiveFrom = instant(name);
                    case "description" -> description = text(name);
                    case "base" -> {
                        base = text(name);
                        if (!BASES.contains(base)) {
                            throw fail("\"base\" is \"shipped\" or \"none\"");
                        }
                    }
                    case "settings" -> settings = settings();
                    case "files" -> {
                        expect(JsonToken.START_ARRAY, "\"files\" is an array of DRL file names");
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            files.add(text("files"));
                        }
                    }
                    default -> throw fail("\"" + name + "\" is not a field of an edition's manifest; expected "
                            + FIELDS);
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw fail("expected the manifest's object to end here, with nothing after it");
            }
            if (!hasFormat || id == null || effectiveFrom == null) {
                throw problem(where, 1, "\"format\", \"id\" and \"effectiveFrom\" are required");
            }
            try {
                return ImmutableEditionManifest.builder().format(EditionManifest.FORMAT).id(id)
                        .effectiveFrom(effectiveFrom).description(Optional.ofNullable(description))
                        .base(Optional.ofNullable(base)).settings(Optional.ofNullable(settings)).addAllFiles(files)
                        .build();
            } catch (CocException | IllegalStateException e) {
                throw problem(where, 1, e.getMessage());
            }
        }

        private ImmutableEditionSettings settings() throws IOException {
            expect(JsonToken.START_OBJECT, "\"settings\" is an object of durations and periods");
            ImmutableEditionSettings.Builder settings = ImmutableEditionSettings.builder();
            ImmutableDecisionRules.Builder decision = ImmutableDecisionRules.builder();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                String value = text(name);
                try {
                    switch (name) {
                        case "responseWhileEventRuns" -> settings.responseWhileEventRuns(Duration.parse(value));
                        case "responseOtherwise" -> settings.responseOtherwise(Duration.parse(value));
                        case "reporterFollowUp" -> settings.reporterFollowUp(Duration.parse(value));
                        case "appealDecision" -> settings.appealDecision(Duration.parse(value));
                        case "temporaryBan" -> settings.temporaryBan(Period.parse(value));
                        case "keepNoViolationFound" -> settings.keepNoViolationFound(Period.parse(value));
                        case "keepMinor" -> settings.keepMinor(Period.parse(value));
                        case "keepSanctioned" -> settings.keepSanctioned(Period.parse(value));
                        case "keepAfterBanEnds" -> settings.keepAfterBanEnds(Period.parse(value));
                        case "hearingDeadline" -> decision.hearingDeadline(Duration.parse(value));
                        case "appealWindow" -> decision.appealWindow(Duration.parse(value));
                        case "decisionMethod" -> decision.method(method(value));
                        case "decisionQuorum" -> decision.quorum(quorum(value));
                        case "gravityLadder" -> settings.gravityLadder(value);
                        case "gravityLadderSource" -> settings.gravityLadderSource(value);
                        case "weighUnwantedPhysicalContact" -> settings.weighUnwantedPhysicalContact(rung(name, value));
                        case "weighUnambiguousOnlineOffence" ->
                                settings.weighUnambiguousOnlineOffence(rung(name, value));
                        default -> throw fail("\"" + name + "\" is not a setting; expected one of " + DURATIONS
                                + " (ISO-8601 durations such as PT12H), " + PERIODS + " (periods such as P1Y) or "
                                + DECISION + " (a method of " + java.util.Arrays.toString(DecisionMethod.values())
                                + ", and a whole number of members), " + LADDER
                                + " (the gravity ladder's name and source) or " + WEIGHINGS + " (a rung of "
                                + java.util.Arrays.toString(Gravity.values()) + ")");
                    }
                } catch (DateTimeParseException e) {
                    throw fail("\"" + name + "\" takes an ISO-8601 " + (DURATIONS.contains(name)
                            ? "duration such as PT12H or P7D" : "period such as P1Y or P6M"));
                }
            }
            try {
                return settings.decision(decision.build()).build();
            } catch (CocException e) {
                throw fail(e.getMessage());
            }
        }

        private DecisionMethod method(String value) {
            try {
                return DecisionMethod.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw fail("\"decisionMethod\" is one of " + java.util.Arrays.toString(DecisionMethod.values()));
            }
        }

        private Gravity rung(String name, String value) {
            try {
                return Gravity.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw fail("\"" + name + "\" is one of " + java.util.Arrays.toString(Gravity.values()));
            }
        }

        private int quorum(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw fail("\"decisionQuorum\" is a whole number of members, written as a string such as \"3\"");
            }
        }

        private String text(String field) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
                throw fail("\"" + field + "\" takes a non-blank string");
            }
            return parser.getText();
        }

        private Instant instant(String field) throws IOException {
            try {
                return Instant.parse(text(field));
            } catch (DateTimeParseException e) {
                throw fail("\"" + field + "\" takes an ISO-8601 instant in UTC, such as 2027-01-01T00:00:00Z");
            }
        }

        private void expect(JsonToken token, String message) {
            if (parser.currentToken() != token) {
                throw fail(message);
            }
        }

        private EditionException fail(String message) {
            return problem(where, parser.currentLocation().getLineNr(), message);
        }
    }
}
