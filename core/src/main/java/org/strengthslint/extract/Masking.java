package org.strengthslint.extract;

/** Blanks out parts of a text that are not prose, keeping every offset and line break. */
final class Masking {
    private Masking() {}

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

    /** Suppression comments are instructions to the linter, not prose: their rule ids are not checked. */
    static void blankSuppressionComments(StringBuilder text) {
        if (text.indexOf("strengths-lint-") < 0) {
            return;
        }
        java.util.regex.Matcher m = org.strengthslint.extract.InlineSuppressions.DIRECTIVE.matcher(text);
        while (m.find()) {
            blank(text, m.start(), m.end());
        }
    }

    /**
     * Blanks web addresses (http://, https://, ftp://, www.) and e-mail addresses. A hand-written
     * scan rather than a regular expression: it runs over every character of every document.
     */
    static void blankUrls(StringBuilder text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = -1;
            if (c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                start = schemeStart(text, i);
            } else if ((c == 'w' || c == 'W')
                    && i + 3 < n
                    && startsWithIgnoreCase(text, i, "www.")
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                start = i;
            } else if (c == '@'
                    && i > 0
                    && isAddressChar(text.charAt(i - 1))
                    && i + 1 < n
                    && isAddressChar(text.charAt(i + 1))) {
                start = i;
                while (start > 0 && isAddressChar(text.charAt(start - 1))) {
                    start--;
                }
            }
            if (start < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !Character.isWhitespace(text.charAt(end)) && "<>\"')]".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            blank(text, start, end);
            i = end;
        }
    }

    /** Where the scheme before "://" starts, or -1 when there is no scheme (letters) before it. */
    private static int schemeStart(CharSequence text, int colon) {
        int start = colon;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < colon ? start : -1;
    }

    private static boolean startsWithIgnoreCase(CharSequence text, int at, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
    }
}
