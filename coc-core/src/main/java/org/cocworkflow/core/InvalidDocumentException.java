package org.cocworkflow.core;

import java.io.Serial;
import java.util.List;

/**
 * A JSON report or case file could not be read: it is malformed, too large or too deep, misses required parts,
 * has unknown fields or types, or describes an impossible case.
 *
 * <p>Lists every problem found by JSON path, so a sender can fix a document in one round trip. Neither the message
 * nor the problems contain the offending values, which may be case content.
 */
public final class InvalidDocumentException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String document;
    private final transient List<DocumentProblem> problems;

    /**
     * Creates the exception.
     *
     * @param document what kind of document was read, e.g. {@code "report"}
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidDocumentException(String document, List<DocumentProblem> problems) {
        super(message(document, problems));
        this.document = document;
        this.problems = List.copyOf(problems);
    }

    private static String message(String document, List<DocumentProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid document must have at least one problem");
        }
        StringBuilder text = new StringBuilder("the ").append(document).append(" document is invalid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
        for (DocumentProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }

    /**
     * Returns the kind of document that was read.
     *
     * @return e.g. {@code "report"} or {@code "case file"}
     */
    public String document() {
        return document;
    }

    /**
     * Returns every problem found, in document order where the order is known.
     *
     * @return the problems, never empty
     */
    public List<DocumentProblem> problems() {
        return problems;
    }
}
