package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text: every character is checked except URLs and e-mail addresses; blank lines separate blocks. */
final class PlainTextExtractor {
    private static final Pattern BLANK_LINES = Pattern.compile("\\R[ \\t]*\\R\\s*");

    private PlainTextExtractor() {}

    /** The {@link Extractor} of plain text. */
    static Document read(Source source, DocumentFormat format, String name, ExtractionLimits limits)
            throws java.io.IOException {
        return extract(name, DecodedText.of(source, limits));
    }

    public static Document extract(String name, String text) {
        StringBuilder checkable = new StringBuilder(text);
        Masking.blankUrls(checkable);
        Masking.blankSuppressionComments(checkable);
        return new Document(name, "text", text, checkable.toString(), blocks(text, 0, text.length()));
    }

    static List<Document.Block> blocks(String text, int from, int to) {
        List<Document.Block> blocks = new ArrayList<>();
        Matcher m = BLANK_LINES.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            addBlock(blocks, text, start, m.start());
            start = m.end();
        }
        addBlock(blocks, text, start, to);
        return blocks;
    }

    private static void addBlock(List<Document.Block> blocks, String text, int start, int end) {
        if (end > start && !text.substring(start, end).isBlank()) {
            blocks.add(new Document.Block(start, end));
        }
    }
}
