package org.cocworkflow.core.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cocworkflow.core.DocumentProblem;

/** Collects the problems of one document, up to a limit, and builds their JSON paths. */
public final class Problems {
    private static final Pattern SHOWABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

    private final List<DocumentProblem> problems = new ArrayList<>();
    private final int limit;
    private int dropped;

    /**
     * Creates an empty collection.
     *
     * @param limit the most problems kept
     */
    public Problems(int limit) {
        this.limit = limit;
    }

    /**
     * Records a problem.
     *
     * @param path where
     * @param problem what, without any value from the document
     */
    public void add(String path, String problem) {
        if (problems.size() < limit) {
            problems.add(new DocumentProblem(path, problem));
        } else {
            dropped++;
        }
    }

    /**
     * Tells whether any problem was recorded.
     *
     * @return true if there is at least one
     */
    public boolean any() {
        return !problems.isEmpty();
    }

    /**
     * Returns the problems, with a final note if some were left out.
     *
     * @return the problems
     */
    public List<DocumentProblem> list() {
        List<DocumentProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new DocumentProblem("$", dropped + " more problems not listed"));
        }
        return all;
    }

    /**
     * Returns the path of a field the format knows.
     *
     * @param path the object's path
     * @param name the field's name, from the format
     * @return the field's path
     */
    public static String field(String path, String name) {
        return path + "." + name;
    }

    /**
     * Returns the path of an array element.
     *
     * @param path the array's path
     * @param index the index
     * @return the element's path
     */
    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * Tells whether a field name from a document may be shown: a short identifier-like name cannot carry much
     * case content, anything else is not repeated.
     *
     * @param name the name as found in the document
     * @return true if the name may appear in a message
     */
    public static boolean showable(String name) {
        return SHOWABLE_NAME.matcher(name).matches();
    }
}
