package org.cocworkflow.core.identity;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How identifiers are normalized before hashing, so that the same person yields the same key however the
 * identifier was typed, and trivial variations do not slip past a ban.
 *
 * <p><b>E-mail addresses:</b> Unicode NFKC; invisible format characters removed; surrounding space, a
 * {@code mailto:} prefix and a display-name wrapper ({@code Name <address>}) removed; split at the last {@code @};
 * the domain lower-cased, its trailing dot removed and converted to its ASCII (punycode) form; the local part
 * lower-cased and cut at the first {@code +} that is not its first character (sub-addressing); for {@code gmail.com} (and
 * {@code googlemail.com}, which becomes {@code gmail.com}) the dots of the local part removed.
 *
 * <p><b>Handles:</b> NFKC; invisible format characters removed; surrounding space and one leading {@code @}
 * removed; runs of white space folded to one space; lower-cased. A handle is always paired with its
 * {@link #service(String) service}, normalized the same way, so that equal handles on different services differ.
 *
 * <p><b>Names</b> (only ever a reason for a person to look, never a match on their own): compatibility
 * decomposition with accents removed; a few letters written out ({@code ß}&rarr;{@code ss}, {@code æ}&rarr;{@code ae},
 * {@code ø}&rarr;{@code o}, ...); apostrophes removed; other punctuation turned into spaces; lower-cased; the words
 * sorted, so that {@code Smith, Alice} and {@code Alice Smith} agree.
 *
 * <p>Errors say what shape was expected and never quote the input.
 */
public final class Normalization {
    // Compiled once: the store normalizes every accused's name and address on each record of a case it did not
    // write itself.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019`\u00b4]");
    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String GMAIL = "gmail.com";
    private static final String GOOGLEMAIL = "googlemail.com";

    private Normalization() {
    }

    /**
     * Normalizes an e-mail address.
     *
     * @param address the address as typed
     * @return the normalized address, {@code local@domain}
     * @throws IllegalArgumentException if the text is not an e-mail address
     */
    public static String email(String address) {
        String text = clean(Normalizer.normalize(address, Normalizer.Form.NFKC)).strip();
        int open = text.lastIndexOf('<');
        if (open >= 0 && text.endsWith(">")) {
            text = text.substring(open + 1, text.length() - 1).strip();
        }
        if (text.regionMatches(true, 0, "mailto:", 0, 7)) {
            text = text.substring(7).strip();
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw invalidEmail();
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (hasSpaceOrBracket(local) || hasSpaceOrBracket(domain) || domain.isEmpty() || domain.contains("@")
                || domain.startsWith(".") || domain.contains("..")) {
            throw invalidEmail();
        }
        try {
            domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalidEmail();
        }
        local = local.toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals(GOOGLEMAIL)) {
            domain = GMAIL;
        }
        if (domain.equals(GMAIL)) {
            local = local.replace(".", "");
        }
        if (local.isEmpty()) {
            throw invalidEmail();
        }
        return local + "@" + domain;
    }

    /**
     * Normalizes the name of the service a handle belongs to.
     *
     * @param service the service's name, e.g. {@code Slack:PyLadies}
     * @return the normalized name
     * @throws IllegalArgumentException if the name is blank
     */
    public static String service(String service) {
        String text = foldSpaces(clean(Normalizer.normalize(service, Normalizer.Form.NFKC)).strip());
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a service name must not be blank");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Normalizes a handle.
     *
     * @param handle the handle as typed, e.g. {@code @Alice} or {@code @alice@Example.Social}
     * @return the normalized handle
     * @throws IllegalArgumentException if nothing is left of the handle
     */
    public static String handle(String handle) {
        String text = clean(Normalizer.normalize(handle, Normalizer.Form.NFKC)).strip();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        text = foldSpaces(text.strip());
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a handle must have at least one character besides '@' and spaces");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Normalizes a person's name for review flags.
     *
     * @param name the name as typed
     * @return the sorted, lower-case words of the name
     * @throws IllegalArgumentException if the name has no letters or digits
     */
    public static String name(String name) {
        String text = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        text = clean(text).toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("þ", "th").replace("ı", "i");
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = NEITHER_LETTER_NOR_DIGIT.matcher(text).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a name must have at least one letter or digit");
        }
        return Arrays.stream(text.split(" ")).sorted().collect(Collectors.joining(" "));
    }

    private static IllegalArgumentException invalidEmail() {
        return new IllegalArgumentException("an e-mail address must have the form local-part@domain, without spaces");
    }

    /** Removes invisible format characters (zero-width spaces, joiners, soft hyphens, direction marks). */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String foldSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ");
    }

    private static boolean hasSpaceOrBracket(String text) {
        return text.chars().anyMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>');
    }
}
