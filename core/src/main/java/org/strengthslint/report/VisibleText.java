package org.strengthslint.report;

/**
 * Makes text safe to print where a reader (a terminal, a CI log, an XML report) would otherwise
 * act on it: control characters and the characters that reorder text on screen are written out
 * as escapes ({@code \n}, {@code \u001b}, {@code \u202e}). A file name or a document is chosen
 * by whoever wrote it, so a name holding a line break must not start a forged line (a GitHub
 * workflow command, say), an escape sequence must not reach the terminal, and a right-to-left
 * override must not make one name look like another.
 *
 * <p>Escaped: C0 controls (tab and line breaks included: a report line is one line), DEL, C1
 * controls, the bidirectional controls U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069, the
 * line and paragraph separators U+2028 and U+2029, the non-characters U+FFFE and U+FFFF, and
 * surrogates without their pair (none of these last can be written in XML or encoded in UTF-8).
 * Everything else, the backslash included, is left as it is.
 */
public final class VisibleText {
    private VisibleText() {}

    /** The text with every character that could act on its reader escaped; the same object when none. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!needsEscape(c)) {
                out.append(c);
            } else {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out.toString();
    }

    /** True when {@link #escape} would change the text. */
    public static boolean needsEscape(String text) {
        return text != null && firstToEscape(text) >= 0;
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (needsEscape(c)) {
                return i;
            }
        }
        return -1;
    }

    /** One UTF-16 unit on its own (a surrogate here has no pair). */
    private static boolean needsEscape(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\uFFFE'
                || c == '\uFFFF'
                || Character.isSurrogate(c);
    }
}
