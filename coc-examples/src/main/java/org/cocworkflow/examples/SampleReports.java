package org.cocworkflow.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample reports shipped with the examples: realistic, invented reports covering the paths of the procedure
 * (seed 003): a threat, a harassing talk, private harassment, online harassment, a report against an organizer, a
 * sponsor's employee, requested actions, an anonymous report, retaliation and a witness's report.
 */
public final class SampleReports {
    /** The sample files, in the order the demo shows them. */
    public static final List<String> NAMES = List.of(
            "01-threat-at-the-venue",
            "02-harassing-talk",
            "03-private-harassment-at-the-social",
            "04-harassment-in-the-chat",
            "05-report-against-an-organizer",
            "06-sponsor-booth",
            "07-report-with-requested-actions",
            "08-anonymous-report",
            "09-retaliation-against-a-witness",
            "10-witness-report-with-identified-target");

    private SampleReports() {
    }

    /**
     * Loads a sample report's JSON document.
     *
     * @param name one of {@link #NAMES}
     * @return the document
     * @throws IllegalArgumentException if there is no such sample
     */
    public static String json(String name) {
        String resource = "reports/" + name + ".json";
        try (InputStream in = SampleReports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample report is named like that; see SampleReports.NAMES");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a sample report from the class path", e);
        }
    }
}
