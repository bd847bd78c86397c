package org.strengthslint.api;

/**
 * The exact change that puts a finding's first suggestion in place, when it can be made safely.
 *
 * <p>{@code offset} and {@code length} are in the same coordinates as {@link Finding#offset()}
 * (UTF-16 code units of the extracted text) but may cover more than the finding's words: a noun
 * phrase's article ("an addict" becomes "a person who uses drugs") or a verb's auxiliary belongs to
 * the edit when the suggestion needs it changed.
 *
 * @param offset      where the replaced text starts
 * @param length      how many characters it covers
 * @param replacement the text that takes its place
 * @param sentence    the finding's sentence as it would read with the edit made
 */
public record Edit(int offset, int length, String replacement, String sentence) {
    public Edit {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("an edit needs a place: offset " + offset + ", length " + length);
        }
        if (replacement == null || sentence == null) {
            throw new IllegalArgumentException("an edit needs its replacement and the sentence it makes");
        }
    }

    /** Where the replaced text ends (exclusive). */
    public int end() {
        return offset + length;
    }
}
