package org.strengthslint.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and normalises them, in one pass with no models. This is the cheap
 * first look at every sentence: the statistical tools only run where it finds a candidate.
 */
public final class WordScanner {
    private WordScanner() {
    }

    /** The words of {@code text} between {@code from} and {@code to}, in order. */
    public static List<Token> scan(CharSequence text, int from, int to) {
        Chars chars = new Chars(text, from, to);
        char[] a = chars.array;
        int base = chars.base;
        List<Token> tokens = new ArrayList<>();
        int i = from;
        int previousEnd = -1;
        while (i < to) {
            if (!chars.isWordChar(i)) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < to && (chars.isWordChar(i) || chars.isInnerApostrophe(i, from, to))) {
                ascii &= a[i - base] < 128;
                i++;
            }
            boolean hyphenBefore = previousEnd >= 0 && start - previousEnd == 1 && isHyphen(a[previousEnd - base]);
            if (hyphenBefore && !tokens.isEmpty()) {
                Token previous = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(previous.start(), previous.end(), previous.form(), previous.hyphenBefore(), true));
            }
            tokens.add(new Token(start, i, ascii ? asciiForm(a, start - base, i - start)
                    : normalise(new String(a, start - base, i - start)), hyphenBefore, false));
            previousEnd = i;
        }
        return tokens;
    }

    /**
     * The number of words in {@code text} between {@code from} and {@code to}, counted as
     * {@link #scan} counts them (a word joined to the one before by a hyphen is part of it), or
     * -1 as soon as a word's normalised form might be one of {@code formHashes} (sorted
     * {@link String#hashCode()}s of forms). Most blocks hold no candidate term: this answers for
     * them without making a token or a string. A word with letters beyond ASCII is always "might".
     */
    public static int countWordsUnless(CharSequence text, int from, int to, int[] formHashes) {
        Chars chars = new Chars(text, from, to);
        char[] a = chars.array;
        int base = chars.base;
        int words = 0;
        int i = from;
        int previousEnd = -1;
        while (i < to) {
            if (!chars.isWordChar(i)) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            boolean known = true;
            while (i < to && (chars.isWordChar(i) || chars.isInnerApostrophe(i, from, to))) {
                char c = a[i - base];
                if (c < 128) {
                    hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                } else if (isApostrophe(c)) {
                    hash = 31 * hash + '\'';
                } else if (c != '\u00AD') {
                    known = false;
                }
                i++;
            }
            if (!known || Arrays.binarySearch(formHashes, hash) >= 0) {
                return -1;
            }
            if (!(previousEnd >= 0 && start - previousEnd == 1 && isHyphen(a[previousEnd - base]))) {
                words++;
            }
            previousEnd = i;
        }
        return words;
    }

    /**
     * The characters of a block, and one either side, copied into an array once: scanning an
     * array is several times faster than a call to {@link CharSequence#charAt} per character in
     * code compiled by the quick client compiler the launcher uses.
     */
    private static final class Chars {
        final char[] array;
        /** The text offset of {@code array[0]}. */
        final int base;
        /** One past the text offset of the last character copied. */
        final int limit;

        Chars(CharSequence text, int from, int to) {
            base = Math.max(0, from - 1);
            limit = Math.min(text.length(), to + 1);
            array = new char[limit - base];
            if (text instanceof String string) {
                string.getChars(base, limit, array, 0);
            } else {
                for (int i = base; i < limit; i++) {
                    array[i - base] = text.charAt(i);
                }
            }
        }

        boolean isWordChar(int i) {
            char c = array[i - base];
            if (c < 128) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            }
            if (Character.isLetterOrDigit(c) || c == '\u00AD') {
                return true;
            }
            // Surrogate pairs (letters outside the basic plane) count as word characters.
            return Character.isHighSurrogate(c) && i + 1 < limit
                    && Character.isLetter(Character.toCodePoint(c, array[i + 1 - base]))
                    || Character.isLowSurrogate(c) && i > base && Character.isHighSurrogate(array[i - 1 - base]);
        }

        boolean isInnerApostrophe(int i, int from, int to) {
            return isApostrophe(array[i - base]) && i > from && i + 1 < to
                    && Character.isLetter(array[i - 1 - base]) && Character.isLetter(array[i + 1 - base]);
        }
    }

    /** Most words are ASCII: lower-cased here, they skip the general normalisation and its copies. */
    private static String asciiForm(char[] a, int offset, int length) {
        char[] form = null;
        for (int i = 0; i < length; i++) {
            char c = a[offset + i];
            if (c >= 'A' && c <= 'Z') {
                if (form == null) {
                    form = Arrays.copyOfRange(a, offset, offset + length);
                }
                form[i] = (char) (c + ('a' - 'A'));
            }
        }
        return form == null ? new String(a, offset, length) : new String(form);
    }

    /** The form a word is matched by: lower case, one kind of apostrophe (spellings are handled by the patterns). */
    public static String normalise(CharSequence word) {
        StringBuilder form = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isApostrophe(c)) {
                form.append('\'');
            } else if (c != '\u00AD') {
                form.append(c);
            }
        }
        return form.toString().toLowerCase(Locale.ROOT);
    }

    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
