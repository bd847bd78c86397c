package org.strengthslint.analyse;

/**
 * A word in the text, with its normalised form for matching.
 *
 * @param start        offset of the first character in the text
 * @param end          offset after the last character
 * @param form         the normalised form: lower case, one apostrophe, British spelling
 * @param hyphenBefore joined to the previous word by a hyphen, with no space
 * @param hyphenAfter  joined to the next word by a hyphen, with no space
 */
public record Token(int start, int end, String form, boolean hyphenBefore, boolean hyphenAfter) {
    /** A standalone ampersand, a sign of one character read as "and" ("A&E" is one word of its own). */
    public boolean ampersand() {
        return end - start == 1 && form.equals("and");
    }
}
