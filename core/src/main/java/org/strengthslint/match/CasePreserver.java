package org.strengthslint.match;

import java.util.Locale;

/** Gives a suggestion the case of the text it replaces: "Complex needs" gets a capital too. */
final class CasePreserver {
    private CasePreserver() {}

    public static String like(String matched, String suggestion) {
        if (suggestion.isEmpty() || matched.isEmpty()) {
            return suggestion;
        }
        boolean letters = false;
        boolean allUpper = true;
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                allUpper &= Character.isUpperCase(c);
            }
        }
        if (letters && allUpper && matched.codePointCount(0, matched.length()) > 1) {
            return suggestion.toUpperCase(Locale.ROOT);
        }
        int first = matched.codePointAt(0);
        if (Character.isUpperCase(first)) {
            return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
        }
        return suggestion;
    }
}
