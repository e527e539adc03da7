package org.cocworkflow.rules.edition;

import java.io.Serial;
import java.util.List;
import org.cocworkflow.core.CocException;

/**
 * An edition could not be used: its files do not compile, its {@code edition.json} is wrong, or a case names an
 * edition the advisor has not loaded. Lists every problem with its file and line.
 */
public final class EditionException extends CocException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<EditionProblem> problems;

    /**
     * Creates the exception.
     *
     * @param what what could not be done, e.g. "the edition in ./my-edition does not compile"
     * @param problems every problem found, possibly none
     */
    public EditionException(String what, List<EditionProblem> problems) {
        super(message(what, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String what, List<EditionProblem> problems) {
        StringBuilder text = new StringBuilder(what);
        problems.forEach(p -> text.append("\n  ").append(p.describe()));
        return text.toString();
    }

    /**
     * Returns every problem found.
     *
     * @return the problems
     */
    public List<EditionProblem> problems() {
        return problems;
    }
}
