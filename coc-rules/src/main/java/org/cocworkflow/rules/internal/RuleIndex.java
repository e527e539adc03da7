package org.cocworkflow.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocworkflow.rules.edition.RuleFile;

/** Where each rule of an edition is declared: file and header line, read from the DRL text. */
public final class RuleIndex {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

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
            Matcher matcher = RULE.matcher(file.text());
            while (matcher.find()) {
                declared.add(new Declared(matcher.group(1), file.path(), lineOf(file.text(), matcher.start(1))));
            }
        }
        return declared;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
