package org.strengthslint.extract;

import java.util.List;

/**
 * A document ready to check.
 *
 * @param name      the path or name the user knows it by
 * @param format    {@code markdown}, {@code text}, ...
 * @param text      the extracted text; every offset in a finding refers to it
 * @param checkable the same text, of the same length, with what must not be checked (code,
 *                  URLs, markup, front matter) replaced by spaces; line breaks are kept
 * @param blocks    the paragraphs, headings and list items: sentences never cross a block
 */
public record Document(String name, String format, String text, String checkable, List<Block> blocks,
        LineIndex lines) {

    /** A stretch of text that stands on its own, such as a paragraph, heading or table cell. */
    public record Block(int start, int end) {
    }

    public Document {
        if (checkable.length() != text.length()) {
            throw new IllegalArgumentException("checkable text must keep the offsets of the text");
        }
        blocks = List.copyOf(blocks);
    }

    public Document(String name, String format, String text, String checkable, List<Block> blocks) {
        this(name, format, text, checkable, blocks, new LineIndex(text));
    }
}
