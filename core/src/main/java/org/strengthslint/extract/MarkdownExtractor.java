package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown, parsed with source positions: only the prose is checked. Code (fenced, indented and
 * inline), HTML, link targets, autolinks, bare URLs and YAML front matter are blanked out;
 * every finding keeps its exact position in the source file.
 */
public final class MarkdownExtractor {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\R.*?\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)",
            Pattern.DOTALL);

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    public Document extract(String name, String text) {
        StringBuilder source = new StringBuilder(text);
        Matcher frontMatter = FRONT_MATTER.matcher(text);
        if (frontMatter.find()) {
            Masking.blank(source, 0, frontMatter.end());
        }
        Node root = parser.parse(source.toString());
        StringBuilder checkable = Masking.blankCopy(text);
        List<Document.Block> blocks = new ArrayList<>();
        root.accept(new ProseCollector(text, checkable, blocks));
        Masking.blankUrls(checkable);
        return new Document(name, "markdown", text, checkable.toString(), blocks);
    }

    /** Copies the source of every text node back into the blank copy, and records the blocks. */
    private static final class ProseCollector extends AbstractVisitor {
        private final String text;
        private final StringBuilder checkable;
        private final List<Document.Block> blocks;

        ProseCollector(String text, StringBuilder checkable, List<Document.Block> blocks) {
            this.text = text;
            this.checkable = checkable;
            this.blocks = blocks;
        }

        @Override
        public void visit(Paragraph paragraph) {
            addBlock(paragraph);
            visitChildren(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            addBlock(heading);
            visitChildren(heading);
        }

        @Override
        public void visit(Text node) {
            if (node.getParent() instanceof Link link && node.getLiteral().equals(link.getDestination())) {
                return; // an autolink: <https://...>
            }
            for (SourceSpan span : node.getSourceSpans()) {
                int start = span.getInputIndex();
                int end = start + span.getLength();
                checkable.replace(start, end, text.substring(start, end));
            }
        }

        private void addBlock(Block block) {
            List<SourceSpan> spans = block.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan last = spans.get(spans.size() - 1);
                blocks.add(new Document.Block(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()));
            }
        }
    }
}
