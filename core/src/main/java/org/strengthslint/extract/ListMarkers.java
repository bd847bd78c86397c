package org.strengthslint.extract;

import java.util.List;

/**
 * The bullet or number a word processor or PDF writes as text at the start of a list item ("•
 * carry a caseload...", "1.&lt;tab&gt;treat staff..."). Markdown's own list syntax never reaches the
 * text, and DOCX's numbering is not text; blanking these in the checkable text makes the
 * sentence a finding shows the same whatever format the document was saved in.
 */
final class ListMarkers {
    private static final String BULLETS =
            "\u2022\u00B7\u25AA\u25E6\u25CF\u25CB\u25A0\u25A1\u27A2\u2713\u2043\uF0B7\uF0A7";

    private ListMarkers() {}

    /**
     * The length of the list marker and the white space after it at {@code from}, or 0: a bullet
     * followed by white space, or a number of one to three digits with '.' or ')' followed by a tab
     * (how Word writes its list numbering; a number and a space may be a heading's number).
     */
    static int length(String text, int from, int end) {
        int i = from;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= end) {
            return 0;
        }
        int after;
        boolean needsTab = false;
        if (BULLETS.indexOf(text.charAt(i)) >= 0) {
            after = i + 1;
        } else {
            int digits = i;
            while (digits < end && digits - i < 3 && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits == i || digits >= end || (text.charAt(digits) != '.' && text.charAt(digits) != ')')) {
                return 0;
            }
            after = digits + 1;
            needsTab = true;
        }
        if (after >= end || (needsTab ? text.charAt(after) != '\t' : !Character.isWhitespace(text.charAt(after)))) {
            return 0;
        }
        while (after < end && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        return after - from;
    }

    /** Blanks the marker at the start of each block in the checkable text. */
    static void blank(StringBuilder checkable, String text, List<Document.Block> blocks) {
        for (Document.Block block : blocks) {
            int length = length(text, block.start(), block.end());
            if (length > 0) {
                Masking.blank(checkable, block.start(), block.start() + length);
            }
        }
    }
}
