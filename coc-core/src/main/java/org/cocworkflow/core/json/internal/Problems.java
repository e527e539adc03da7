package org.cocworkflow.core.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
     * Records an unknown field. The name found in the document is never repeated, since a document can carry case
     * content in a field name; the problem gives the field's position and, where the name is close to a field of
     * the format, suggests that field.
     *
     * @param path the object's path
     * @param position the field's position in the object, counting from 1
     * @param name the name as found in the document
     * @param known the fields the format allows here
     */
    public void unknownField(String path, int position, String name, Collection<String> known) {
        String suggestion = known.stream().filter(k -> close(k, name)).findFirst()
                .map(k -> "; did you mean '" + k + "'?").orElse("");
        add(path, "field #" + position + " is not part of the format (its name is not shown)" + suggestion);
    }

    /**
     * Tells whether a field name from a binding failure may be shown: after validation only the format's own
     * field names reach the binding, but a name of another shape is never shown.
     *
     * @param name the name
     * @return true if the name may appear in a message
     */
    static boolean showable(String name) {
        return SHOWABLE_NAME.matcher(name).matches();
    }

    /** Case-insensitive edit distance of at most 2 (at most 1 for short names). */
    private static boolean close(String known, String found) {
        String a = known.toLowerCase(Locale.ROOT);
        String b = found.toLowerCase(Locale.ROOT);
        int allowed = a.length() < 5 ? 1 : 2;
        if (Math.abs(a.length() - b.length()) > allowed) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= allowed;
    }
}
