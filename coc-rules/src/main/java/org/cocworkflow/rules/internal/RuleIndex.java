package org.cocworkflow.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocworkflow.rules.edition.RuleFile;

/**
 * Where each rule of an edition is declared: file and header line, read from the DRL text. A header is the word
 * {@code rule} with nothing but white space before it on its line, then white space and the quoted name.
 */
public final class RuleIndex {
    /** The header from the word {@code rule} on; the scan has checked the line before it. */
    private static final Pattern HEADER = Pattern.compile("rule\\s+\"([^\"]+)\"");

    /** A rule's declaration. */
    public record Declared(String rule, String file, int line) {
    }

    private RuleIndex() {
    }

    /**
     * Lists the rules declared in the files, in file order.
     *
     * @param files the edition's files
     * @return the declarations
     */
    public static List<Declared> of(List<RuleFile> files) {
        List<Declared> declared = new ArrayList<>();
        for (RuleFile file : files) {
            String text = file.text();
            Matcher header = HEADER.matcher(text);
            // The file is read once: a search for the word, not a pattern tried at every character (which showed
            // in the first advice of a fresh JVM), and lines counted on from the previous header.
            int line = 1;
            int counted = 0;
            int from = 0;
            for (int at = text.indexOf("rule", from); at >= 0; at = text.indexOf("rule", from)) {
                from = at + 1;
                if (!startsLine(text, at) || !header.region(at, text.length()).lookingAt()) {
                    continue;
                }
                int name = header.start(1);
                for (; counted < name; counted++) {
                    if (text.charAt(counted) == '\n') {
                        line++;
                    }
                }
                declared.add(new Declared(header.group(1), file.path(), line));
                from = header.end();
            }
        }
        return declared;
    }

    /** True if only white space stands between the offset and the start of the text or of its line. */
    private static boolean startsLine(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
