package org.cocworkflow.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocworkflow.core.testing.Theories;
import org.cocworkflow.rules.RuleTesting;
import org.cocworkflow.rules.edition.Editions;
import org.cocworkflow.rules.edition.RuleFile;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
    /** The definition the index follows, as one multi-line pattern: slow, but plainly right. */
    private static final Pattern DEFINITION = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    @Test
    void findsEachHeaderWithTheLineOfItsName() {
        String text = "package p;\n\nrule \"First\"\nwhen\nthen\nend\n\n  \trule   \"Second one\" // note\n"
                + "when then end\nrule\n\"Third\"\nwhen then end\n";
        assertEquals(List.of(new RuleIndex.Declared("First", "a.drl", 3),
                new RuleIndex.Declared("Second one", "a.drl", 8), new RuleIndex.Declared("Third", "a.drl", 11)),
                RuleIndex.of(List.of(RuleFile.of("a.drl", text))));
    }

    @Test
    void ignoresTheWordWhereItDoesNotStartALine() {
        String text = "// rule \"Commented\"\nrules \"Plural\"\nx rule \"After a word\"\nrule Unquoted\n";
        assertEquals(List.of(), RuleIndex.of(List.of(RuleFile.of("a.drl", text))));
    }

    @Test
    void countsLinesOfEachFileFromOne() {
        RuleFile first = RuleFile.of("a.drl", "\n\nrule \"A\" when then end\n");
        RuleFile second = RuleFile.of("b.drl", "rule \"B\" when then end\n");
        assertEquals(List.of(new RuleIndex.Declared("A", "a.drl", 3), new RuleIndex.Declared("B", "b.drl", 1)),
                RuleIndex.of(List.of(first, second)));
    }

    @Test
    void indexesEveryRuleOfTheShippedEditionAsTheDefinitionDoes() {
        List<RuleFile> files = Editions.shipped().files();
        List<RuleIndex.Declared> indexed = RuleIndex.of(files);
        assertEquals(148, indexed.size());
        assertEquals(byDefinition(files), indexed);
    }

    @Test
    void agreesWithTheDefinitionOnAnyText() {
        Theories.qt().forAll(RuleTesting.drlLikeTexts()).checkAssert(text -> {
            List<RuleFile> files = List.of(RuleFile.of("a.drl", text));
            assertEquals(byDefinition(files), RuleIndex.of(files));
        });
    }

    private static List<RuleIndex.Declared> byDefinition(List<RuleFile> files) {
        List<RuleIndex.Declared> declared = new ArrayList<>();
        for (RuleFile file : files) {
            Matcher matcher = DEFINITION.matcher(file.text());
            while (matcher.find()) {
                int line = 1;
                for (int i = 0; i < matcher.start(1); i++) {
                    if (file.text().charAt(i) == '\n') {
                        line++;
                    }
                }
                declared.add(new RuleIndex.Declared(matcher.group(1), file.path(), line));
            }
        }
        return declared;
    }
}
