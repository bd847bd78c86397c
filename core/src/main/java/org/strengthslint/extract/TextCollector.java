package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the extracted text of an office document: one line per paragraph, list item or table
 * cell, each a {@link Document.Block}; line breaks inside a paragraph stay line breaks. It also
 * records which page each stretch of text is on, and enforces the text-size limit and the time
 * limit from inside the parser's callbacks.
 */
final class TextCollector {
    private final StringBuilder text = new StringBuilder();
    private final List<Document.Block> blocks = new ArrayList<>();
    private final long maxChars;
    private final long deadline;
    private final String timeoutReason;
    private boolean collapseWhitespace;
    private int blockStart = -1;
    private boolean pendingSpace;
    private int[] runStarts = new int[8];
    private int[] runPages = new int[8];
    private int runs;
    private int calls;
    private ExtractionStopped stopped;
    private List<String> excluded = List.of();
    /** Where each character of the text came from, when traced (see {@link #traceOrigins()}); -1: made here. */
    private long[] origins;

    TextCollector(ExtractionLimits limits) {
        this.maxChars = limits.maxTextChars();
        this.deadline = System.nanoTime() + limits.timeout().toNanos();
        this.timeoutReason = "timed out: reading it took longer than " + Durations.describe(limits.timeout());
    }

    /** HTML: runs of white space are one space, as a browser shows them. */
    void collapseWhitespace(boolean collapse) {
        this.collapseWhitespace = collapse;
    }

    /**
     * From now on, record for each character of the text where it came from in the file, as the
     * caller says through {@link #append(String, long[])}: the review of a document puts comments
     * and changes on the very characters the findings were made on.
     */
    void traceOrigins() {
        origins = new long[64];
    }

    /** Where each character of the text came from (-1: made by the reading, such as a line break). */
    long[] origins() {
        long[] copy = new long[text.length()];
        System.arraycopy(origins, 0, copy, 0, Math.min(copy.length, origins.length));
        return copy;
    }

    int position() {
        return text.length();
    }

    /** From the current position on, text is on {@code page} (0: on no particular page). */
    void page(int page) {
        if (runs > 0 && runStarts[runs - 1] == text.length()) {
            runPages[runs - 1] = page;
            return;
        }
        if (runs == runStarts.length) {
            runStarts = Arrays.copyOf(runStarts, runs * 2);
            runPages = Arrays.copyOf(runPages, runs * 2);
        }
        runStarts[runs] = text.length();
        runPages[runs] = page;
        runs++;
    }

    void append(String s) {
        append(s.toCharArray(), 0, s.length());
    }

    /** Appends {@code s}, whose character {@code i} came from {@code from[i]} in the file (-1: nowhere). */
    void append(String s, long[] from) {
        appendFrom(s.toCharArray(), 0, s.length(), from);
    }

    void append(char[] ch, int start, int length) {
        appendFrom(ch, start, length, null);
    }

    private void appendFrom(char[] ch, int start, int length, long[] from) {
        tick();
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            switch (c) {
                case '\r' -> {
                    if (i + 1 < start + length && ch[i + 1] == '\n') {
                        continue;
                    }
                    c = '\n';
                }
                case '\u000B', '\f', '\u2028', '\u2029', '\u0085' -> c = '\n';
                case '\u00AD', '\u200B', '\uFEFF', '\u200E', '\u200F' -> {
                    continue;
                }
                case '\u00A0', '\u2007', '\u202F' -> c = ' ';
                default -> {
                    if (c < ' ' && c != '\t' && c != '\n') {
                        c = ' ';
                    }
                }
            }
            boolean space = c == ' ' || c == '\t' || c == '\n';
            if (blockStart < 0) {
                if (space) {
                    continue;
                }
                blockStart = text.length();
                pendingSpace = false;
            }
            if (collapseWhitespace) {
                if (space) {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace) {
                    text.append(' ');
                    traced(-1);
                    pendingSpace = false;
                }
            }
            if (c == '\n' && text.length() > blockStart && text.charAt(text.length() - 1) == '\n') {
                endBlock(); // a blank line inside a block (a plain-text e-mail body) ends a paragraph
                continue;
            }
            text.append(c);
            if (origins != null) {
                traced(from == null ? -1 : from[i - start]);
            }
        }
        if (text.length() > maxChars) {
            stop("larger than the limit: more than " + String.format(java.util.Locale.ROOT, "%,d", maxChars)
                    + " characters of text");
        }
    }

    /** A line break inside the current paragraph. */
    void lineBreak() {
        tick();
        if (blockStart >= 0) {
            if (collapseWhitespace) {
                pendingSpace = true;
                return;
            }
            pendingSpace = false;
            text.append('\n');
            traced(-1);
        }
    }

    /**
     * Paragraphs to leave unchecked, matched by their text from the end of the document (Tika
     * writes the comments of a DOC file as ordinary paragraphs after the body): each is removed
     * from the blocks, and its text blanked in the checkable text.
     */
    void excludeFromEnd(List<String> paragraphs) {
        this.excluded = paragraphs;
    }

    /** Ends the current paragraph, if one is open. */
    void endBlock() {
        endBlock(0);
    }

    /** Ends the current block, which the markup marks as a heading of {@code level} (1 to 6), if one is open. */
    void endHeading(int level) {
        endBlock(level);
    }

    private void endBlock(int headingLevel) {
        tick();
        if (blockStart < 0) {
            return;
        }
        int end = text.length();
        while (end > blockStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        if (end > blockStart) {
            blocks.add(new Document.Block(blockStart, end, headingLevel));
            text.append('\n');
            traced(-1);
        }
        blockStart = -1;
        pendingSpace = false;
    }

    /** Records the origin of the character just appended, when origins are traced. */
    private void traced(long origin) {
        if (origins == null) {
            return;
        }
        int at = text.length() - 1;
        if (at >= origins.length) {
            origins = Arrays.copyOf(origins, Math.max(at + 1, origins.length * 2));
        }
        origins[at] = origin;
    }

    /** Counts parser callbacks; every so often checks the clock and for interruption. */
    void tick() {
        if (stopped != null) {
            throw stopped;
        }
        if ((calls++ & 0xFF) == 0) {
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                stop(timeoutReason);
            }
        }
    }

    private void stop(String reason) {
        stopped = new ExtractionStopped(reason);
        throw stopped;
    }

    /** Set when a limit stopped the parser, even if the parser swallowed the exception. */
    ExtractionStopped stopped() {
        return stopped;
    }

    private static String normalise(String paragraph) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (Character.isLetterOrDigit(c)
                    || c > 0x7F
                            && !Character.isWhitespace(c)
                            && !Character.isISOControl(c)
                            && Character.getType(c) != Character.FORMAT
                            && c != '\uFFFD') {
                out.append(c);
            } else if (c > ' ' && c < 0x7F) {
                out.append(c);
            }
        }
        return out.toString();
    }

    int[] runStarts() {
        return Arrays.copyOf(runStarts, runs);
    }

    int[] runPages() {
        return Arrays.copyOf(runPages, runs);
    }

    List<Document.Block> blocks() {
        return blocks;
    }

    String text() {
        return text.toString();
    }

    /** The document, with pages when any were recorded. */
    Document build(String name, DocumentFormat format) {
        endBlock();
        if (stopped != null) {
            throw stopped;
        }
        String extracted = text.toString();
        StringBuilder checkable = new StringBuilder(extracted);
        Masking.blankUrls(checkable);
        List<Document.Block> blocks = this.blocks;
        if (!excluded.isEmpty()) {
            blocks = new ArrayList<>(blocks);
            for (String paragraph : excluded) {
                String wanted = normalise(paragraph);
                if (wanted.isEmpty()) {
                    continue;
                }
                for (int i = blocks.size() - 1; i >= 0; i--) {
                    Document.Block block = blocks.get(i);
                    if (normalise(extracted.substring(block.start(), block.end()))
                            .equals(wanted)) {
                        Masking.blank(checkable, block.start(), block.end());
                        blocks.remove(i);
                        break;
                    }
                }
            }
        }
        if (format == DocumentFormat.PDF) {
            blocks = ShortLines.split(extracted, blocks);
        }
        ListMarkers.blank(checkable, extracted, blocks);
        PageMap pages = runs == 0 ? null : new PageMap(runStarts(), runPages());
        return new Document(
                name,
                format.label(),
                extracted,
                checkable.toString(),
                blocks,
                new LineIndex(extracted),
                pages,
                format.numbersParagraphs());
    }
}
