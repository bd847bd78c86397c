package org.strengthslint.extract;

import java.util.List;

/**
 * A Word or OpenDocument text document's text, with where each character came from: the review of
 * a document puts comments and tracked changes on exactly the characters a finding was made on.
 *
 * @param document the document, as a check reads it
 * @param parts    the names of the package parts read, in reading order ("/word/document.xml",
 *                 "content.xml")
 * @param origins  for each character of the text, its origin (see {@link #originAt(int)}), or -1
 *                 for a character the reading made (a line break between paragraphs, a tab)
 */
public record TracedText(Document document, List<String> parts, long[] origins) {
    private static final int INDEX_BITS = 24;
    private static final int ELEMENT_BITS = 28;

    public TracedText {
        parts = List.copyOf(parts);
    }

    /**
     * Where one character came from: the part; in Word, the text element ({@code w:t}) numbered
     * from 0 in document order among that part's text elements, and in OpenDocument the text node
     * (the text between two tags) numbered the same way; and the character's index in it.
     */
    public record Origin(String part, int element, int index) {}

    /** Where the character at {@code offset} of the text came from, or null when the reading made it. */
    public Origin originAt(int offset) {
        if (offset < 0 || offset >= origins.length || origins[offset] < 0) {
            return null;
        }
        long origin = origins[offset];
        int index = (int) (origin & ((1L << INDEX_BITS) - 1));
        int element = (int) ((origin >>> INDEX_BITS) & ((1L << ELEMENT_BITS) - 1));
        int part = (int) (origin >>> (INDEX_BITS + ELEMENT_BITS));
        return new Origin(parts.get(part), element, index);
    }

    /**
     * One origin as a number: a text element longer than 16 million characters, or a part with more
     * than 268 million of them, is beyond any document the text limit lets through.
     */
    static long origin(int part, int element, int index) {
        if (index >= 1 << INDEX_BITS || element >= 1 << ELEMENT_BITS) {
            return -1;
        }
        return ((long) part << (INDEX_BITS + ELEMENT_BITS)) | ((long) element << INDEX_BITS) | index;
    }
}
