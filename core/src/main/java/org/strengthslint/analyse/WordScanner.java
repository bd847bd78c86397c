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
     * The form of the "n't" of a contraction, a word of its own that patterns match where they
     * say "not" ("doesn't engage" is "does not engage"); it is counted with the word before it.
     */
    public static final String NEGATION_FORM = "n't";

    /** The forms "not" takes: the word, and the "n't" of a contraction. */
    public static final java.util.Set<String> NOT_FORMS = java.util.Set.of("not", NEGATION_FORM);

    /**
     * The auxiliaries a "n't" is split from, as written before it, with the form each is matched
     * by: "can't", "won't" and "shan't" are "can", "will" and "shall" with "not". Other words
     * ending in "n't" ("ain't") stay whole.
     */
    private static final java.util.Map<String, String> NEGATED_AUXILIARIES = java.util.Map.ofEntries(
            java.util.Map.entry("do", "do"),
            java.util.Map.entry("does", "does"),
            java.util.Map.entry("did", "did"),
            java.util.Map.entry("is", "is"),
            java.util.Map.entry("are", "are"),
            java.util.Map.entry("was", "was"),
            java.util.Map.entry("were", "were"),
            java.util.Map.entry("has", "has"),
            java.util.Map.entry("have", "have"),
            java.util.Map.entry("had", "had"),
            java.util.Map.entry("ca", "can"),
            java.util.Map.entry("could", "could"),
            java.util.Map.entry("wo", "will"),
            java.util.Map.entry("would", "would"),
            java.util.Map.entry("sha", "shall"),
            java.util.Map.entry("should", "should"),
            java.util.Map.entry("must", "must"),
            java.util.Map.entry("need", "need"),
            java.util.Map.entry("might", "might"),
            java.util.Map.entry("dare", "dare"),
            java.util.Map.entry("ought", "ought"));

    /**
     * A word written with "n't" ("doesn't", "can't", "WON'T"), as the two words it is matched as:
     * the auxiliary's form and {@link #NEGATION_FORM}; null for any other word.
     */
    public static String[] negatedAuxiliary(String word) {
        String form = normalise(word);
        if (!form.endsWith("n't")) {
            return null;
        }
        String head = NEGATED_AUXILIARIES.get(form.substring(0, form.length() - 3));
        return head == null ? null : new String[] {head, NEGATION_FORM};
    }

    /**
     * Whether the token counts in a text's number of words: not the second part of a hyphenated
     * word, which {@link #scan} counts with the first, nor a standalone ampersand, a sign read as
     * "and" but no word of the text's.
     */
    public static boolean countsAsWord(Token token) {
        return !token.hyphenBefore() && !token.ampersand() && !token.form().equals(NEGATION_FORM);
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
            if (!words.hyphenBefore && !words.isAmpersand() && !words.negation) {
                count++; // an ampersand is a sign, not a word of the text's count; "n't" is its word's
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
        /** The current word is the "n't" split from an auxiliary ({@link #NEGATED_AUXILIARIES}). */
        boolean negation;
        /** The current word is an auxiliary a "n't" was split from: its form, else null. */
        String negatedHead;
        /** Where the "n't" after the current word ends, when it was split from it; else -1. */
        private int negationEnd = -1;

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
            negatedHead = null;
            if (negationEnd >= 0) {
                // the "n't" split from the word before: a word of its own, touching it
                start = previousEnd;
                end = negationEnd;
                negationEnd = -1;
                negation = true;
                hyphenBefore = false;
                return true;
            }
            negation = false;
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
            splitNegation(chars, offset);
            // "&-junkies": a hyphen after a standalone ampersand joins no word to it
            hyphenBefore = previousEnd >= 0
                    && start - previousEnd == 1
                    && isHyphen(chars[previousEnd - offset])
                    && chars[previousEnd - 1 - offset] != '&';
            return true;
        }

        /**
         * "doesn't", "can't": the word ends before "n't" when what stands before it is an
         * auxiliary, and the next word is the "n't".
         */
        private void splitNegation(char[] chars, int offset) {
            int length = end - start;
            if (length < 4) {
                return;
            }
            char n = chars[end - 3 - offset];
            char t = chars[end - 1 - offset];
            if ((n != 'n' && n != 'N') || !isApostrophe(chars[end - 2 - offset]) || (t != 't' && t != 'T')) {
                return;
            }
            String head = NEGATED_AUXILIARIES.get(
                    new String(chars, start - offset, length - 3).toLowerCase(java.util.Locale.ROOT));
            if (head != null) {
                negatedHead = head;
                negationEnd = end;
                end -= 3;
            }
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
            if (negation) {
                return NEGATION_FORM.hashCode();
            }
            if (negatedHead != null) {
                return negatedHead.hashCode();
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
            if (negation) {
                return NEGATION_FORM;
            }
            if (negatedHead != null) {
                return negatedHead;
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
