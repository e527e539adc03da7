package org.cocworkflow.core;

import java.util.Objects;

/**
 * One problem found in a JSON document: where it is (a JSON path such as {@code $.parties[2].roles}) and what was
 * expected there. Never holds the offending value, which may be case content.
 *
 * @param path the JSON path of the problem, starting at {@code $}
 * @param problem what is wrong, in words a developer can act on
 */
public record DocumentProblem(String path, String problem) {
    /**
     * Checks that both parts are present.
     *
     * @param path the JSON path of the problem
     * @param problem what is wrong
     */
    public DocumentProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return path + ": " + problem;
    }
}
