package org.cocworkflow.core.guard;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocworkflow.core.party.Identifier;
import org.cocworkflow.core.party.IdentifierKind;
import org.cocworkflow.core.party.Party;

/**
 * Whether a text names a person: their name or a word of it (three letters or more), an identifier, the local
 * part of an e-mail address, a handle, or their contact. Used to keep identities out of what the accused and the
 * community see.
 */
final class Mentions {
    private static final int SHORTEST_WORD = 3;

    private Mentions() {
    }

    /** Returns the strings that would identify a person in a text, lower-cased. */
    static Set<String> of(Party party) {
        Set<String> needles = new LinkedHashSet<>();
        party.displayName().ifPresent(name -> {
            needles.add(Wording.plain(name).strip());
            for (String word : Wording.plain(name).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= SHORTEST_WORD) {
                    needles.add(word);
                }
            }
        });
        for (Identifier identifier : party.identifiers()) {
            String value = Wording.plain(identifier.value()).strip();
            needles.add(value);
            if (identifier.kind() == IdentifierKind.EMAIL && value.indexOf('@') >= SHORTEST_WORD) {
                needles.add(value.substring(0, value.indexOf('@')));
            }
            if (value.startsWith("@") && value.length() > SHORTEST_WORD) {
                needles.add(value.substring(1));
            }
        }
        party.contact().ifPresent(contact -> needles.add(Wording.plain(contact).strip()));
        needles.removeIf(String::isBlank);
        return needles;
    }

    /** Tells whether the text names any of the parties. */
    static boolean anyIn(String text, Collection<Party> parties) {
        String plain = Wording.plain(text);
        for (Party party : parties) {
            for (String needle : of(party)) {
                if (appears(plain, needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean appears(String text, String needle) {
        boolean word = needle.chars().allMatch(Character::isLetterOrDigit);
        if (!word) {
            return text.contains(needle);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }
}
