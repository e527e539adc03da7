package org.cocworkflow.rules.edition;

import org.immutables.value.Value;

/** A problem found in an edition: the file, the line (1-based, or 0 where there is none), and the message. */
@Value.Immutable
public interface EditionProblem {
    /** @return the file within the edition */
    String file();

    /** @return the line, counting from 1; 0 when the problem has no line */
    int line();

    /** @return what is wrong */
    String message();

    /**
     * Creates a problem.
     *
     * @param file the file
     * @param line the line, or 0
     * @param message what is wrong
     * @return the problem
     */
    static EditionProblem of(String file, int line, String message) {
        return ImmutableEditionProblem.builder().file(file).line(line).message(message).build();
    }

    /**
     * Formats the problem as {@code file:line: message}.
     *
     * @return the text
     */
    default String describe() {
        return file() + (line() > 0 ? ":" + line() : "") + ": " + message();
    }
}
