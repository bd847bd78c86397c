package org.strengthslint.match;

/**
 * Gives a suggestion the case it needs where the matched words stood: a capital first letter when
 * they began a sentence with one ("Complex needs were..." -> "Several things..."), and otherwise
 * the suggestion as the lexicon writes it. A match in capitals (an acronym such as "NRPF", or a
 * heading set in capitals) never turns the suggestion into capitals: a sentence of them would
 * shout, and an acronym's expansion is ordinary words.
 */
final class CasePreserver {
    private CasePreserver() {}

    static String like(String matched, String suggestion, boolean startsSentence) {
        if (suggestion.isEmpty() || matched.isEmpty() || !startsSentence) {
            return suggestion;
        }
        if (Character.isUpperCase(matched.codePointAt(0))) {
            int first = suggestion.codePointAt(0);
            return new StringBuilder()
                    .appendCodePoint(Character.toUpperCase(first))
                    .append(suggestion, Character.charCount(first), suggestion.length())
                    .toString();
        }
        return suggestion;
    }
}
