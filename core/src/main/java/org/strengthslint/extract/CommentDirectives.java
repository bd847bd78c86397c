package org.strengthslint.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression instructions written as document comments in Word and OpenDocument files: a
 * comment saying {@code strengths-lint-disable [RULE...]} (or {@code -disable-next-line}) on a
 * paragraph switches those rules off for that paragraph, as an HTML comment does in Markdown.
 */
final class CommentDirectives {
    private static final Pattern DIRECTIVE =
            Pattern.compile("strengths-lint-(?:disable-next-line|disable)((?:\\s+[A-Za-z0-9-]+)*)");

    private final List<Integer> anchors = new ArrayList<>();
    private final List<Set<String>> rules = new ArrayList<>();

    /** The rules a comment's text switches off (empty: all), or null when it is not a directive. */
    static Set<String> rulesIn(String comment) {
        Matcher m = DIRECTIVE.matcher(comment);
        if (!m.find()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (String id : m.group(1).strip().split("\\s+")) {
            if (!id.isEmpty() && !id.equals("strengths-lint-enable")) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A directive comment anchored at {@code offset} of the extracted text. */
    void add(int offset, Set<String> ruleIds) {
        anchors.add(offset);
        rules.add(ruleIds);
    }

    /** The document with each directive applied to the block (paragraph) its anchor is in. */
    Document applyTo(Document document) {
        if (anchors.isEmpty()) {
            return document;
        }
        List<Document.SuppressedRange> ranges = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            int anchor = anchors.get(i);
            for (Document.Block block : document.blocks()) {
                // the comment's paragraph: the block the anchor is in (a comment at the end of a
                // paragraph anchors at its end), or the next one when it falls between paragraphs
                if (anchor <= block.end()) {
                    ranges.add(
                            new Document.SuppressedRange(Math.min(anchor, block.start()), block.end(), rules.get(i)));
                    break;
                }
            }
        }
        return document.withCommentSuppressions(ranges);
    }
}
