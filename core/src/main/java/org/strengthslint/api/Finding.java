package org.strengthslint.api;

import java.util.List;

/**
 * One place where a document uses a term from the lexicon.
 *
 * <p>Lines and columns are 1-based; {@code endColumn} is exclusive; columns count UTF-16 code
 * units of the extracted text, as do {@code offset} and {@code length}.
 *
 * @param page      the page (or, in a presentation, the slide) for paginated formats, when known;
 *                  otherwise null
 * @param paragraph the 1-based paragraph number in word-processor formats (DOCX, DOC, ODT, RTF),
 *                  counting every non-empty paragraph, heading, list item and table-cell
 *                  paragraph in reading order; otherwise null
 * @param sentence the sentence the term stands in, with runs of white space collapsed; a sentence
 *                 longer than 500 characters is cut to about 200 characters either side of the
 *                 term, each cut marked "[\u2026]" (see the JSON contract in docs)
 * @param mention  true where the text talks about the term (for example in quotation marks)
 *                 rather than using it; mentions are reported at info
 * @param context  when the check was asked to explain itself, the context conditions the finding
 *                 passed, in words; otherwise empty
 * @param edit     the change that puts the first suggestion in place, or null where no edit can be
 *                 made safely (the words' part in the sentence is unclear, or the finding is a
 *                 mention)
 * @param sentenceIndex where the finding's text starts in {@code sentence} (a 0-based index into
 *                 that string), so a report can mark the very occurrence that was found; -1 when
 *                 not known
 * @param noEdit   when the finding carries no edit, why not, in words ("a mention is talked about,
 *                 not used"); null when it carries one or when nobody said
 */
public record Finding(
        String rule,
        String category,
        Severity severity,
        int line,
        int column,
        int endLine,
        int endColumn,
        int offset,
        int length,
        Integer page,
        Integer paragraph,
        String text,
        String sentence,
        String message,
        List<String> suggestions,
        boolean mention,
        List<String> context,
        Edit edit,
        int sentenceIndex,
        String noEdit) {

    public Finding {
        suggestions = List.copyOf(suggestions);
        context = List.copyOf(context);
    }

    /** A finding with no explanation of its context. */
    public Finding(
            String rule,
            String category,
            Severity severity,
            int line,
            int column,
            int endLine,
            int endColumn,
            int offset,
            int length,
            Integer page,
            Integer paragraph,
            String text,
            String sentence,
            String message,
            List<String> suggestions,
            boolean mention) {
        this(
                rule,
                category,
                severity,
                line,
                column,
                endLine,
                endColumn,
                offset,
                length,
                page,
                paragraph,
                text,
                sentence,
                message,
                suggestions,
                mention,
                List.of(),
                null,
                -1,
                null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return copy(newSeverity, edit, noEdit);
    }

    /** This finding with another edit, or with none and the reason why ({@code noEdit} is ignored with an edit). */
    public Finding withEdit(Edit newEdit, String why) {
        return copy(severity, newEdit, newEdit == null ? why : null);
    }

    private Finding copy(Severity newSeverity, Edit newEdit, String newNoEdit) {
        return new Finding(
                rule,
                category,
                newSeverity,
                line,
                column,
                endLine,
                endColumn,
                offset,
                length,
                page,
                paragraph,
                text,
                sentence,
                message,
                suggestions,
                mention,
                context,
                newEdit,
                sentenceIndex,
                newNoEdit);
    }

    /** Whether the finding carries a safe edit. */
    public boolean hasEdit() {
        return edit != null;
    }
}
