package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mends the paragraphs a PDF reader found. A PDF has no headings or paragraphs, only lines placed
 * on a page; its reader guesses paragraphs from the spacing, and often joins a heading, or the
 * last line of a list item, to the paragraph after it ("3. Evictions and exclusions" + "There
 * were seven evictions..."), making one sentence of the two; and it sometimes breaks a sentence
 * in two, at a page break or a line it took for the start of a paragraph. In running text every
 * line but a paragraph's last fills the width of the column, so a line well short of that width,
 * followed by a line that starts as a new sentence or item would, ends a block; and a block whose
 * last line is full and ends mid-sentence goes on in the next block when that starts in lower case.
 * A line that starts with a bullet ends the block before it too: the reader often makes one
 * paragraph of a whole list.
 */
final class ShortLines {
    /** A line shorter than this share of the column's width is short. */
    static final double SHORT = 0.6;
    /** Fewer full lines than this, and the column's width is not known well enough to judge. */
    static final int MIN_LINES = 8;

    private ShortLines() {}

    static List<Document.Block> split(String text, List<Document.Block> blocks) {
        int width = columnWidth(text, blocks);
        if (width == 0) {
            return blocks;
        }
        List<Document.Block> split = new ArrayList<>(blocks.size());
        for (Document.Block block : blocks) {
            List<Document.Block> pieces = new ArrayList<>();
            int start = block.start();
            int lineStart = block.start();
            while (true) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0 || lineEnd >= block.end()) {
                    break;
                }
                int next = lineEnd + 1;
                // a number at a line's start may be a sentence's ("...rose from 9 in 2022 to / 12. This
                // was..."): it starts an item only after a short line or one ending a clause
                boolean itemAfter = numbered(text, next, block.end())
                        && (isShort(text, lineStart, lineEnd, width) || endsClause(text, lineStart, lineEnd));
                if (isShort(text, lineStart, lineEnd, width) && startsAnew(text, next, block.end())
                        || ListMarkers.length(text, next, block.end()) > 0
                        || itemAfter) {
                    pieces.add(new Document.Block(start, trimmedEnd(text, start, lineEnd)));
                    start = next;
                }
                lineStart = next;
            }
            pieces.add(new Document.Block(start, block.end()));
            int last = split.size() - 1;
            Document.Block first = pieces.get(0);
            if (last >= 0
                    && goesOn(text, split.get(last), width)
                    && startsInLowerCase(text, first.start(), first.end())) {
                pieces.set(0, new Document.Block(split.remove(last).start(), first.end()));
            }
            split.addAll(pieces);
        }
        return split;
    }

    /** A block whose last line is full and ends without the end of a sentence or a heading. */
    private static boolean goesOn(String text, Document.Block block, int width) {
        int lineStart = text.lastIndexOf('\n', block.end() - 1) + 1;
        lineStart = Math.max(lineStart, block.start());
        int end = trimmedEnd(text, lineStart, block.end());
        if (end == lineStart || end - lineStart < width * SHORT) {
            return false;
        }
        return ".!?:;".indexOf(text.charAt(end - 1)) < 0;
    }

    private static boolean endsClause(String text, int start, int end) {
        int last = trimmedEnd(text, start, end);
        return last > start && ".:;".indexOf(text.charAt(last - 1)) >= 0;
    }

    /** "2. keep the centre...", "10) ...": a numbered item or heading starts at this line. */
    private static boolean numbered(String text, int from, int end) {
        int i = from;
        while (i < end && i - from < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > from && i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ')') && text.charAt(i + 1) == ' ';
    }

    private static boolean startsInLowerCase(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** The width of a full line: most lines of the paragraphs with several lines are this long. */
    private static int columnWidth(String text, List<Document.Block> blocks) {
        int[] lengths = new int[16];
        int count = 0;
        for (Document.Block block : blocks) {
            int lineStart = block.start();
            for (int i = block.start(); i <= block.end(); i++) {
                if (i == block.end() || text.charAt(i) == '\n') {
                    if (i < block.end()) { // a paragraph's last line is not a full one
                        if (count == lengths.length) {
                            lengths = Arrays.copyOf(lengths, count * 2);
                        }
                        lengths[count++] = i - lineStart;
                    }
                    lineStart = i + 1;
                }
            }
        }
        if (count < MIN_LINES) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(lengths, count);
        Arrays.sort(sorted);
        return sorted[count * 3 / 4]; // the upper quartile: headings and short items pull the median down
    }

    private static boolean isShort(String text, int start, int end, int width) {
        int length = trimmedEnd(text, start, end) - start;
        if (length == 0 || length >= width * SHORT) {
            return false;
        }
        char last = text.charAt(start + length - 1);
        return last != ',' && last != '-' && last != '\u2010' && last != '\u2013' && last != '(' && last != '/';
    }

    /** The next line starts with a capital, a digit or a bullet, as a heading, sentence or item does. */
    private static boolean startsAnew(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            return Character.isUpperCase(c)
                    || Character.isDigit(c)
                    || "\u2022\u25CF\u25AA\u25E6\u2013\u2014-*\u00B7".indexOf(c) >= 0
                    || c == '"'
                    || c == '\u201C'
                    || c == '\''
                    || c == '\u2018'
                    || c == '(';
        }
        return false;
    }

    private static int trimmedEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
