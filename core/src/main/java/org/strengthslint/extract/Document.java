package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document ready to check.
 *
 * @param name      the path or name the user knows it by
 * @param format    {@code markdown}, {@code text}, {@code docx}, ... (see {@link DocumentFormat#label()})
 * @param text      the extracted text; every offset in a finding refers to it
 * @param checkable the same text, of the same length, with what must not be checked (code,
 *                  URLs, markup, front matter) replaced by spaces; line breaks are kept
 * @param blocks    the paragraphs, headings, list items and table cells: sentences never cross a
 *                  block. A block longer than {@link #MAX_BLOCK} characters (a 50 MB file on one
 *                  line) is cut into pieces at sentence ends or spaces, so the work and memory
 *                  per block stay bounded
 * @param lines     line starts of {@code text}
 * @param pages     the page (or slide) of each stretch of text, or null for formats without pages
 * @param paragraphStarts where each paragraph starts, for formats that number paragraphs (word
 *                  processors); null otherwise
 * @param commentSuppressions paragraphs on which a document comment (Word, OpenDocument) switches
 *                  rules off, as a suppression comment does in text and Markdown
 * @param emphasis  stretches set in italics or bold (Markdown's emphasis), in order; a term set
 *                  apart this way in a sentence about wording is talked about, not used
 */
public record Document(
        String name,
        String format,
        String text,
        String checkable,
        List<Block> blocks,
        LineIndex lines,
        PageMap pages,
        int[] paragraphStarts,
        List<SuppressedRange> commentSuppressions,
        List<Block> emphasis) {

    /** A stretch of text where some rules (all, when {@code rules} is empty) are switched off. */
    public record SuppressedRange(int start, int end, java.util.Set<String> rules) {
        public SuppressedRange {
            rules = java.util.Set.copyOf(rules);
        }

        public boolean covers(int offset, String rule) {
            return start <= offset && offset < end && (rules.isEmpty() || rules.contains(rule));
        }
    }

    public Document(
            String name,
            String format,
            String text,
            String checkable,
            List<Block> blocks,
            LineIndex lines,
            PageMap pages,
            int[] paragraphStarts) {
        this(name, format, text, checkable, blocks, lines, pages, paragraphStarts, List.of(), List.of());
    }

    /** Blocks longer than this are cut into pieces. */
    public static final int MAX_BLOCK = 20_000;

    /**
     * A stretch of text that stands on its own, such as a paragraph, heading or table cell.
     *
     * @param headingLevel 1 to 6 where the markup marks it as a heading of that level (Markdown's
     *                     "#", HTML's h1 to h6, a heading style in a word processor); 0 for any
     *                     other block, and wherever the format does not say
     */
    public record Block(int start, int end, int headingLevel) {
        /** A block that is not marked as a heading. */
        public Block(int start, int end) {
            this(start, end, 0);
        }

        /** Whether the markup marks this block as a heading. */
        public boolean heading() {
            return headingLevel > 0;
        }
    }

    public Document {
        if (checkable.length() != text.length()) {
            throw new IllegalArgumentException("checkable text must keep the offsets of the text");
        }
        blocks = splitLongBlocks(text, blocks);
        commentSuppressions = List.copyOf(commentSuppressions);
        emphasis = List.copyOf(emphasis);
    }

    /** This document with the suppressions its comments make. */
    public Document withCommentSuppressions(List<SuppressedRange> suppressions) {
        return new Document(
                name, format, text, checkable, blocks, lines, pages, paragraphStarts, suppressions, emphasis);
    }

    /** This document with its pages where the file records them (null: no page is known). */
    Document withPages(PageMap newPages) {
        return new Document(
                name, format, text, checkable, blocks, lines, newPages, paragraphStarts, commentSuppressions, emphasis);
    }

    /** This document with the stretches its markup sets in italics or bold. */
    public Document withEmphasis(List<Block> emphasised) {
        return new Document(
                name, format, text, checkable, blocks, lines, pages, paragraphStarts, commentSuppressions, emphasised);
    }

    /** Whether {@code [start, end)} lies inside one stretch set in italics or bold. */
    public boolean emphasised(int start, int end) {
        for (Block stretch : emphasis) {
            if (stretch.start() <= start && end <= stretch.end()) {
                return true;
            }
        }
        return false;
    }

    public Document(String name, String format, String text, String checkable, List<Block> blocks) {
        this(name, format, text, checkable, blocks, new LineIndex(text), null, null);
    }

    /** A document whose paragraphs are its blocks, numbered when {@code numberParagraphs} is set. */
    public Document(
            String name,
            String format,
            String text,
            String checkable,
            List<Block> blocks,
            LineIndex lines,
            PageMap pages,
            boolean numberParagraphs) {
        this(
                name,
                format,
                text,
                checkable,
                blocks,
                lines,
                pages,
                numberParagraphs ? blocks.stream().mapToInt(Block::start).toArray() : null);
    }

    /** The page (or slide) of the character at {@code offset}; null when the format has none or it is not known. */
    public Integer pageAt(int offset) {
        return pages == null ? null : pages.pageAt(offset);
    }

    /** The 1-based paragraph holding the character at {@code offset}; null for formats without paragraph numbers. */
    public Integer paragraphAt(int offset) {
        if (paragraphStarts == null || paragraphStarts.length == 0) {
            return null;
        }
        int index = Arrays.binarySearch(paragraphStarts, offset);
        return (index >= 0 ? index : Math.max(0, -index - 2)) + 1;
    }

    private static List<Block> splitLongBlocks(String text, List<Block> blocks) {
        boolean anyLong = false;
        for (Block block : blocks) {
            if (block.end() - block.start() > MAX_BLOCK) {
                anyLong = true;
                break;
            }
        }
        if (!anyLong) {
            return List.copyOf(blocks);
        }
        List<Block> pieces = new ArrayList<>(blocks.size() + 16);
        for (Block block : blocks) {
            int start = block.start();
            while (block.end() - start > MAX_BLOCK) {
                int cut = cutPoint(text, start, start + MAX_BLOCK);
                pieces.add(new Block(start, cut, block.headingLevel()));
                start = cut;
                while (start < block.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (block.end() > start) {
                pieces.add(new Block(start, block.end(), block.headingLevel()));
            }
        }
        return List.copyOf(pieces);
    }

    /** The last sentence end before {@code limit}, else the last space, else {@code limit} itself. */
    private static int cutPoint(String text, int start, int limit) {
        int floor = start + MAX_BLOCK / 2;
        for (int i = limit - 1; i > floor; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        int cut = limit;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}
