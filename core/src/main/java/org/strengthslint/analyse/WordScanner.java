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
    private WordScanner() {}

    /** Which ASCII characters are word characters: letters and digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            ASCII_WORD[Character.toUpperCase(c)] = true;
        }
    }

    /** The form a standalone ampersand is matched by. */
    private static final String AMPERSAND_FORM = "and";

    /**
     * Whether the token counts in a text's number of words: not the second part of a hyphenated
     * word, which {@link #scan} counts with the first, nor a standalone ampersand, a sign read as
     * "and" but no word of the text's.
     */
    public static boolean countsAsWord(Token token) {
        return !token.hyphenBefore()
                && !(token.end() - token.start() == 1 && token.form().equals(AMPERSAND_FORM));
    }

    /** The words of {@code text} between {@code from} and {@code to}, in order. */
    public static List<Token> scan(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Words words = new Words(text, from, to);
        while (words.next()) {
            if (words.hyphenBefore && !tokens.isEmpty()) {
                Token previous = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(previous.start(), previous.end(), previous.form(), previous.hyphenBefore(), true));
            }
            tokens.add(new Token(words.start, words.end, words.form(), words.hyphenBefore, false));
        }
        return tokens;
    }

    /**
     * The number of words in {@code text} between {@code from} and {@code to}, counted as
     * {@link #scan} counts them (a word joined to the one before by a hyphen is part of it), or
     * -1 as soon as a word's normalised form might be one of {@code forms}. Most blocks hold no
     * candidate term: this answers for them without making a token or a string. A word with
     * letters beyond ASCII is always "might".
     */
    public static int countWordsUnless(CharSequence text, int from, int to, FormHashes forms) {
        int count = 0;
        Words words = new Words(text, from, to);
        while (words.next()) {
            if (!words.hasAsciiForm() || forms.mightContain(words.formHash())) {
                return -1;
            }
            if (!words.hyphenBefore && !words.isAmpersand()) {
                count++; // an ampersand is a sign, not a word of the text's count
            }
        }
        return count;
    }

    /**
     * The words of one block, one after another: the block's characters (and one either side)
     * are copied into an array once, because scanning an array is several times faster than a
     * call to {@link CharSequence#charAt} per character in code compiled by the quick client
     * compiler the launcher uses.
     */
    private static final class Words {
        private final char[] array;
        /** The text offset of {@code array[0]}. */
        private final int base;
        /** One past the text offset of the last character copied. */
        private final int limit;

        private final int from;
        private final int to;
        /** The current word's text offsets, and whether a hyphen joins it to the word before. */
        int start;

        int end;
        boolean hyphenBefore;

        Words(CharSequence text, int from, int to) {
            this.from = from;
            this.to = to;
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
            end = -1;
        }

        /** Moves to the next word; false when there is none. */
        boolean next() {
            // Fields read into locals: the client compiler reloads a field on every pass of a loop.
            char[] chars = array;
            int offset = base;
            int stop = to;
            int previousEnd = end;
            int i = previousEnd < 0 ? from : previousEnd;
            // The ASCII test is written out in both loops: the client compiler calls a method of
            // this size rather than inlining it, and these loops run once per character.
            while (i < stop) {
                char c = chars[i - offset];
                if (c < 128 ? ASCII_WORD[c] || c == '&' && isStandaloneAmpersand(i) : isWordCharBeyondAscii(i)) {
                    break;
                }
                i++;
            }
            if (i >= stop) {
                return false;
            }
            start = i;
            if (chars[i - offset] == '&') {
                end = i + 1; // a word of its own, read as "and"
                hyphenBefore = false;
                return true;
            }
            while (i < stop) {
                char c = chars[i - offset];
                if (!(c < 128
                        ? ASCII_WORD[c] || c == '\'' && isInnerApostrophe(i)
                        : isWordCharBeyondAscii(i) || isInnerApostrophe(i))) {
                    break;
                }
                i++;
            }
            end = i;
            hyphenBefore = previousEnd >= 0 && start - previousEnd == 1 && isHyphen(chars[previousEnd - offset]);
            return true;
        }

        /**
         * An ampersand that is not inside a word ("A&E", "B&B" stay as they are): it joins words
         * as "and" does ("lacks insight & is not compliant"), and is read as that word.
         */
        private boolean isStandaloneAmpersand(int i) {
            boolean letterBefore = i > from && Character.isLetterOrDigit(array[i - 1 - base]);
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(array[i + 1 - base]);
            return !(letterBefore && letterAfter);
        }

        /** The current word is a standalone ampersand. */
        boolean isAmpersand() {
            return end - start == 1 && array[start - base] == '&';
        }

        /** Whether every character is ASCII, or an apostrophe or soft hyphen that normalising maps to ASCII. */
        boolean hasAsciiForm() {
            char[] chars = array;
            for (int i = start - base, stop = end - base; i < stop; i++) {
                char c = chars[i];
                if (c >= 128 && !isApostrophe(c) && c != '\u00AD') {
                    return false;
                }
            }
            return true;
        }

        /** {@link String#hashCode()} of the normalised form, when {@link #hasAsciiForm()}. */
        int formHash() {
            if (isAmpersand()) {
                return AMPERSAND_FORM.hashCode();
            }
            char[] chars = array;
            int hash = 0;
            for (int i = start - base, stop = end - base; i < stop; i++) {
                char c = chars[i];
                if (c < 128) {
                    hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                } else if (isApostrophe(c)) {
                    hash = 31 * hash + '\'';
                }
            }
            return hash;
        }

        /** The normalised form. Most words are ASCII: they are lower-cased here, without the general normalisation's copies. */
        String form() {
            if (isAmpersand()) {
                return AMPERSAND_FORM;
            }
            int offset = start - base;
            int length = end - start;
            char[] lower = null;
            for (int i = 0; i < length; i++) {
                char c = array[offset + i];
                if (c >= 128) {
                    return normalise(new String(array, offset, length));
                }
                if (c >= 'A' && c <= 'Z') {
                    if (lower == null) {
                        lower = Arrays.copyOfRange(array, offset, offset + length);
                    }
                    lower[i] = (char) (c + ('a' - 'A'));
                }
            }
            return lower == null ? new String(array, offset, length) : new String(lower);
        }

        /** Whether the character at {@code i}, beyond ASCII ({@link #ASCII_WORD} answers for ASCII), is part of a word. */
        private boolean isWordCharBeyondAscii(int i) {
            char c = array[i - base];
            if (Character.isLetterOrDigit(c) || c == '\u00AD') {
                return true;
            }
            // Surrogate pairs (letters outside the basic plane) count as word characters.
            return Character.isHighSurrogate(c)
                            && i + 1 < limit
                            && Character.isLetter(Character.toCodePoint(c, array[i + 1 - base]))
                    || Character.isLowSurrogate(c) && i > base && Character.isHighSurrogate(array[i - 1 - base]);
        }

        private boolean isInnerApostrophe(int i) {
            return isApostrophe(array[i - base])
                    && i > from
                    && i + 1 < to
                    && Character.isLetter(array[i - 1 - base])
                    && Character.isLetter(array[i + 1 - base]);
        }
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
