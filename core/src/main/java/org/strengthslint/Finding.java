package org.strengthslint;

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
 * @param sentence the sentence the term stands in, with runs of white space collapsed
 * @param mention  true where the text talks about the term (for example in quotation marks)
 *                 rather than using it; mentions are reported at info
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
        boolean mention) {

    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, category, newSeverity, line, column, endLine, endColumn, offset, length, page,
                paragraph, text, sentence, message, suggestions, mention);
    }
}
