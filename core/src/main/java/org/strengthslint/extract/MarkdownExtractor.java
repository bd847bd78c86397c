package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown, parsed with source positions: only the prose is checked. Code (fenced, indented and
 * inline), HTML, link targets, autolinks, bare URLs and YAML front matter are blanked out;
 * every finding keeps its exact position in the source file.
 *
 * <p>A long document is cut into sections at blank lines where no block can continue (before a
 * line that starts in the first column, outside fenced code and HTML), and the sections are
 * parsed in parallel. Each section parses exactly as it would inside the whole document, except
 * that a link reference defined in another section is not resolved; its text is still checked.
 */
final class MarkdownExtractor {
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\R.*?\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);
    /** Sections are at least this long, so small documents are parsed in one piece. */
    private static final int MIN_SECTION = 32 * 1024;

    /** One for every reader: commonmark's parser keeps no state between documents. */
    static final MarkdownExtractor SHARED = new MarkdownExtractor();

    // a table's cells are blocks of their own, as in Word and HTML: a sentence never runs from one
    // cell into the next, and a language guide's "Term to avoid" column heads the terms under it
    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** The {@link Extractor} of Markdown. */
    static Document read(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws java.io.IOException {
        return SHARED.extract(name, DecodedText.of(source, limits));
    }

    public Document extract(String name, String text) {
        StringBuilder source = new StringBuilder(text);
        Matcher frontMatter = FRONT_MATTER.matcher(text);
        if (frontMatter.find()) {
            Masking.blank(source, 0, frontMatter.end());
        }
        String parsed = source.toString();
        char[] checkable = Masking.blankCopy(text).toString().toCharArray();
        List<Integer> cuts = sectionStarts(parsed);
        List<ProseCollector> sections = IntStream.range(0, cuts.size())
                .parallel()
                .mapToObj(i -> {
                    int start = cuts.get(i);
                    int end = i + 1 < cuts.size() ? cuts.get(i + 1) : parsed.length();
                    // Sections are disjoint, so each writes its own stretch of the shared array.
                    ProseCollector collector = new ProseCollector(text, start, checkable);
                    parser.parse(parsed.substring(start, end)).accept(collector);
                    return collector;
                })
                .toList();
        List<Document.Block> blocks = new ArrayList<>();
        List<Document.Block> emphasis = new ArrayList<>();
        for (ProseCollector section : sections) {
            blocks.addAll(section.blocks);
            emphasis.addAll(section.emphasis);
        }
        StringBuilder prose = new StringBuilder(checkable.length).append(checkable);
        Masking.blankUrls(prose);
        return new Document(name, "markdown", text, prose.toString(), blocks).withEmphasis(emphasis);
    }

    /** Offsets where sections start: line starts after a blank line, outside code and HTML. */
    static List<Integer> sectionStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        if (text.length() < 2 * MIN_SECTION) {
            return starts;
        }
        String fence = null;
        boolean inComment = false;
        boolean previousBlank = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            String trimmed = line.strip();
            boolean blank = trimmed.isEmpty();
            if (fence == null
                    && !inComment
                    && previousBlank
                    && !blank
                    && !Character.isWhitespace(line.charAt(0))
                    && lineStart - starts.get(starts.size() - 1) >= MIN_SECTION) {
                starts.add(lineStart);
            }
            if (fence != null) {
                if (closesFence(trimmed, fence)) {
                    fence = null;
                }
            } else if (inComment) {
                inComment = !line.contains("-->");
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                char mark = trimmed.charAt(0);
                int length = 0;
                while (length < trimmed.length() && trimmed.charAt(length) == mark) {
                    length++;
                }
                fence = String.valueOf(mark).repeat(length);
            } else if (line.contains("<!--")
                    && !line.substring(line.indexOf("<!--")).contains("-->")) {
                inComment = true;
            }
            previousBlank = blank;
            lineStart = next;
        }
        return starts;
    }

    private static boolean closesFence(String line, String fence) {
        if (!line.startsWith(fence)) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Copies the source of every text node back into the blank copy, and records the blocks. */
    private static final class ProseCollector extends AbstractVisitor {
        private final String text;
        private final int offset;
        private final char[] checkable;
        final List<Document.Block> blocks = new ArrayList<>();
        /** Stretches in italics or bold, markers included. */
        final List<Document.Block> emphasis = new ArrayList<>();

        ProseCollector(String text, int offset, char[] checkable) {
            this.text = text;
            this.offset = offset;
            this.checkable = checkable;
        }

        @Override
        public void visit(Emphasis node) {
            addSpan(node, emphasis);
            visitChildren(node);
        }

        @Override
        public void visit(StrongEmphasis node) {
            addSpan(node, emphasis);
            visitChildren(node);
        }

        @Override
        public void visit(Paragraph paragraph) {
            addBlock(paragraph);
            visitChildren(paragraph);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableCell cell) {
                addSpan(cell, blocks);
            }
            visitChildren(node);
        }

        @Override
        public void visit(Heading heading) {
            addSpan(heading, blocks, heading.getLevel());
            visitChildren(heading);
        }

        @Override
        public void visit(Text node) {
            if (node.getParent() instanceof Link link && node.getLiteral().equals(link.getDestination())) {
                return; // an autolink: <https://...>
            }
            for (SourceSpan span : node.getSourceSpans()) {
                int start = offset + span.getInputIndex();
                text.getChars(start, start + span.getLength(), checkable, start);
            }
        }

        private void addBlock(Block block) {
            addSpan(block, blocks);
        }

        /** The stretch of source a node covers, from its first span to the end of its last. */
        private void addSpan(Node node, List<Document.Block> into) {
            addSpan(node, into, 0);
        }

        private void addSpan(Node node, List<Document.Block> into, int headingLevel) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan last = spans.get(spans.size() - 1);
                into.add(new Document.Block(
                        offset + spans.get(0).getInputIndex(),
                        offset + last.getInputIndex() + last.getLength(),
                        headingLevel));
            }
        }
    }
}
