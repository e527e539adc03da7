package org.cocworkflow.core.json;

import static org.cocworkflow.core.testing.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.cocworkflow.core.InvalidDocumentException;
import org.cocworkflow.core.testing.CocGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken documents: whatever is done to a valid document, reading it gives the value or the typed
 * error, never another exception.
 */
class MalformedDocumentProperties {
    private static final List<String> INSERTS = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "0", "-1e999",
            "\\", "\\u0000", "true", "\"type\"", "{\"type\":\"zzz\"}", "[[[[[[[[", "\"\u202e\"");

    private final CocGenerators generators = CocGenerators.standard();
    private final CocJson json = CocJson.standard();

    /** A change to a document: cut it, drop a character, insert a token, or swap two characters. */
    private record Mutation(int kind, int position, String insert) {
        String apply(String document) {
            int at = Math.floorMod(position, Math.max(1, document.length()));
            return switch (kind) {
                case 0 -> document.substring(0, at);
                case 1 -> document.substring(0, at) + document.substring(Math.min(document.length(), at + 1));
                case 2 -> document.substring(0, at) + insert + document.substring(at);
                default -> at + 1 < document.length()
                        ? document.substring(0, at) + document.charAt(at + 1) + document.charAt(at)
                                + document.substring(at + 2)
                        : document;
            };
        }
    }

    private static Gen<List<Mutation>> mutations() {
        Gen<Mutation> one = Generate.range(0, 3).zip(Generate.range(0, Integer.MAX_VALUE), Generate.pick(INSERTS),
                Mutation::new);
        return org.quicktheories.generators.SourceDSL.lists().of(one).ofSizeBetween(1, 4);
    }

    @Test
    void aMutatedReportIsReadOrRefusedWithTheTypedErrorOnly() {
        qt().forAll(generators.reports(), mutations()).checkAssert((report, changes) -> {
            String document = json.writeReport(report);
            for (Mutation change : changes) {
                document = change.apply(document);
            }
            readOrRefuse(document, json::readReport);
        });
    }

    @Test
    void aMutatedCaseFileIsReadOrRefusedWithTheTypedErrorOnly() {
        qt().forAll(generators.caseFiles(0, 20), mutations()).checkAssert((file, changes) -> {
            String document = json.writeCaseFile(file);
            for (Mutation change : changes) {
                document = change.apply(document);
            }
            readOrRefuse(document, json::readCaseFile);
        });
    }

    private static void readOrRefuse(String document, java.util.function.Function<String, ?> reader) {
        try {
            reader.apply(document);
        } catch (InvalidDocumentException expected) {
            assertFalse(expected.problems().isEmpty());
        }
    }
}
