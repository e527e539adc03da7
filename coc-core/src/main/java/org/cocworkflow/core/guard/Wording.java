package org.cocworkflow.core.guard;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heuristics on free text (documented with {@link Guards}): wording that often goes with coercion, apology
 * requests or identifying detail. They raise flags for a person to check and never refuse on their own.
 */
final class Wording {
    /** Coercive phrasings towards the victim, by what they do (seed 003, "Things not to do"). */
    private static final Map<String, Pattern> COERCIVE = Map.of(
            "offering withdrawal", Pattern.compile("\\bwithdraw\\w*|\\bretract\\w*|\\bdrop (the|this|your|it)\\b"
                    + "|\\btake (it|this|that|the report|your report|the complaint) back\\b"
                    + "|\\b(it's|it is) (ok|okay|fine|alright) (if|to) (you )?(don't|do not|not)\\b"
                    + "|\\byou (don't|do not) have to (pursue|go through|continue|proceed)"
                    + "|\\blet (it|this) go\\b|\\bforget about (it|this)\\b"),
            "doubting the victim", Pattern.compile("\\bare you (sure|certain|positive)\\b"
                    + "|\\bdo you (really|actually) want\\b|\\bthink (twice|carefully)\\b"
                    + "|\\bmisunderst(and|ood)\\w*|\\bover-?react\\w*|\\bjust (a )?(joke|joking)\\b"),
            "asking how to handle it", Pattern.compile("\\bhow (would|do|should) you (like|want) (us|me) to\\b"
                    + "|\\bwhat (would|do) you (like|want) (us|me) to do\\b|\\bwhat should (we|i) do\\b"
                    + "|\\bhow should (we|i) (handle|deal|proceed|respond)"),
            "asking about penalties", Pattern.compile("\\bwhat (punishment|penalty|sanction|consequence)s?\\b"
                    + "|\\bwhat should happen to (him|her|them)\\b"
                    + "|\\bshould (we|i) (ban|expel|remove|warn|punish)\\b"
                    + "|\\bdo you want (him|her|them) (to be )?(banned|removed|expelled|punished|warned)\\b"),
            "pressing for reconciliation", Pattern.compile("\\bforgiv\\w*|\\baccept (an|the|his|her|their) apolog"
                    + "|\\bmediat\\w*|\\bclear the air\\b|\\bsort (it|this|things) out\\b"
                    + "|\\bmeet (with )?(him|her|them)\\b"));

    private static final Pattern APOLOGY = Pattern.compile("\\bapolog\\w*|\\bsay (you're|you are) sorry\\b");
    /**
     * Wording that asks for or requires an apology, as opposed to one that merely mentions it: "you must apologise",
     * "please apologize to her", "an apology is expected", "we ask you to say sorry".
     */
    private static final Pattern APOLOGY_REQUEST = Pattern.compile("\\b(must|should|shall|need to|needs to|have to"
            + "|has to|are to|is to|required to|expected to|please|we ask you to|asked to|ask that you|will)"
            + "( (now|also|first|still|then))? (apologi[sz]e|say (you're|you are) sorry"
            + "|make (an|a formal|a public) apology)"
            + "|\\ban apology (is|will be) (expected|required|needed|necessary)"
            + "|\\b(require|expect|request|want) an apology\\b"
            + "|\\bapologi[sz]e (to|before)\\b");
    /** "Do not apologise to her", "you must not apologize": discouraging an apology is what seed 003 asks. */
    private static final Pattern FORBIDS_APOLOGY = Pattern.compile("\\b(do not|don't|must not|mustn't|should not"
            + "|shouldn't|not to|never|no need to|need not) (\\w+ )?(apologi[sz]e|say (you're|you are) sorry)");
    private static final Pattern DATE_OR_TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}(am|pm)\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}\\b"
            + "|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private Wording() {
    }

    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** Returns what kinds of coercive phrasing the text shows, in fixed words. */
    static List<String> coercion(String text) {
        String plain = plain(text);
        return COERCIVE.entrySet().stream().filter(e -> e.getValue().matcher(plain).find()).map(Map.Entry::getKey)
                .sorted().toList();
    }

    static boolean mentionsApology(String text) {
        return APOLOGY.matcher(plain(text)).find();
    }

    /** Tells whether the text asks for or requires an apology; wording that forbids one does not count. */
    static boolean asksForApology(String text) {
        String plain = plain(text);
        return APOLOGY_REQUEST.matcher(plain).find() && !FORBIDS_APOLOGY.matcher(plain).find();
    }

    static boolean mentionsDateOrTime(String text) {
        return DATE_OR_TIME.matcher(plain(text)).find();
    }
}
