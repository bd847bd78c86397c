package org.strengthslint.match;

import java.util.Locale;
import java.util.Set;

/**
 * "a" or "an" before a word, by how the word sounds rather than how it is spelt: "an unsettled
 * man", "a user", "an hour", "an NRPF case". Used where an edit changes the word after an
 * article, so the article changes with it.
 */
final class Articles {
    /** Words that start with a vowel letter and a consonant sound ("a user", "a one-off"). */
    private static final Set<String> CONSONANT_SOUND = Set.of(
            "one",
            "once",
            "use",
            "used",
            "user",
            "users",
            "useful",
            "usual",
            "usually",
            "unique",
            "unit",
            "united",
            "universal",
            "university",
            "european",
            "eu",
            "uk",
            "ukrainian",
            "unicorn",
            "uniform");
    /** Words that start with a consonant letter and a vowel sound. */
    private static final Set<String> VOWEL_SOUND = Set.of("hour", "hours", "honest", "honour", "honor", "heir");

    private Articles() {}

    static boolean isIndefinite(String form) {
        return form.equals("a") || form.equals("an");
    }

    /** The indefinite article for the phrase {@code words}, in lower case. */
    static String before(String words) {
        String first = words.strip().split("[\\s-]", 2)[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (CONSONANT_SOUND.contains(lower) || lower.startsWith("eu") || lower.startsWith("uni")) {
            return "a";
        }
        if (VOWEL_SOUND.contains(lower)) {
            return "an";
        }
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) && Character.isLetter(first.charAt(0))) {
            // an initialism is read letter by letter: "an NRPF case", "a GP"
            return "aefhilmnorsx".indexOf(Character.toLowerCase(first.charAt(0))) >= 0 ? "an" : "a";
        }
        return !lower.isEmpty() && "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }
}
