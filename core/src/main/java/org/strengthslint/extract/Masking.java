package org.strengthslint.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Blanks out parts of a text that are not prose, keeping every offset and line break. */
final class Masking {
    private static final Pattern URL_OR_EMAIL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"')\\]]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private Masking() {
    }

    static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                text.setCharAt(i, ' ');
            }
        }
    }

    /** A fully blank copy of {@code text} (only its line breaks remain). */
    static StringBuilder blankCopy(String text) {
        StringBuilder copy = new StringBuilder(text);
        blank(copy, 0, copy.length());
        return copy;
    }

    static void blankUrls(StringBuilder text) {
        Matcher m = URL_OR_EMAIL.matcher(text);
        while (m.find()) {
            blank(text, m.start(), m.end());
        }
    }
}
