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
        List<Token> tokens = new ArrayList<>();
        int i = from;
        int previousEnd = -1;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c, text, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (isWordChar(text.charAt(i), text, i) || isInnerApostrophe(text, i, from, to))) {
                i++;
            }
            boolean hyphenBefore = previousEnd >= 0 && start - previousEnd == 1 && isHyphen(text.charAt(previousEnd));
            if (hyphenBefore && !tokens.isEmpty()) {
                Token previous = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(previous.start(), previous.end(), previous.form(), previous.hyphenBefore(), true));
            }
            tokens.add(new Token(start, i, form(text, start, i), hyphenBefore, false));
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
        int words = 0;
        int i = from;
        int previousEnd = -1;
        while (i < to) {
            if (!isWordChar(text.charAt(i), text, i)) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            boolean known = true;
            while (i < to && (isWordChar(text.charAt(i), text, i) || isInnerApostrophe(text, i, from, to))) {
                char c = text.charAt(i);
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
            if (!(previousEnd >= 0 && start - previousEnd == 1 && isHyphen(text.charAt(previousEnd)))) {
                words++;
            }
            previousEnd = i;
        }
        return words;
    }

    /** Most words are plain lower-case ASCII: they skip the general normalisation and its copies. */
    private static String form(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return normalise(text.subSequence(start, end));
            }
        }
        return text.subSequence(start, end).toString();
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

    private static boolean isWordChar(char c, CharSequence text, int i) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetterOrDigit(c) || c == '\u00AD') {
            return true;
        }
        // Surrogate pairs (letters outside the basic plane) count as word characters.
        return Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLetter(Character.toCodePoint(c, text.charAt(i + 1)))
                || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static boolean isInnerApostrophe(CharSequence text, int i, int from, int to) {
        return isApostrophe(text.charAt(i)) && i > from && i + 1 < to
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }
}
