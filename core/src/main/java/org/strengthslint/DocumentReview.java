package org.strengthslint;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.extract.TracedText;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.review.DocxReview;
import org.strengthslint.review.OdtReview;
import org.strengthslint.review.ReviewResult;

/**
 * A Word (DOCX) or OpenDocument text (ODT) document checked and given back with a comment on each
 * finding (and, when asked, each safe edit as a tracked change): what {@code strengths-lint review}
 * writes and what the page of {@code strengths-lint serve} downloads.
 *
 * @param result   the check of the document
 * @param findings the findings the comments were made from
 * @param reviewed the reviewed document and what could not be put in it
 */
public record DocumentReview(CheckResult result, List<Finding> findings, ReviewResult reviewed) {
    public DocumentReview {
        findings = List.copyOf(findings);
    }

    /**
     * Reviews a document's bytes, read within {@code limits} (those of the command or server that
     * received it).
     *
     * @param choose the findings to comment on, from those of the check: all of them, or fewer (the
     *               page of {@code serve} leaves out those a person ignored; tests change edits to
     *               hold the review to the contract of {@link Finding#edit()})
     * @throws UnreadableDocumentException when it cannot be read, or is neither DOCX nor ODT
     *                                     ({@link UnreadableDocumentException#isOtherFormat()})
     * @throws IOException                 when the reviewed copy cannot be made
     */
    public static DocumentReview of(
            Linter linter,
            ExtractionLimits limits,
            byte[] bytes,
            String name,
            boolean trackChanges,
            Instant date,
            UnaryOperator<List<Finding>> choose)
            throws UnreadableDocumentException, IOException {
        TracedText text;
        try (DocumentReader reader = new DocumentReader(limits)) {
            text = reader.readTraced(bytes, name);
        }
        CheckResult result = linter.check(text.document());
        List<Finding> findings = choose.apply(result.findings());
        Function<Finding, String> why = finding ->
                linter.lexicon().entry(finding.rule()).map(LexiconEntry::why).orElse("");
        ReviewResult reviewed = text.document().format().equals("odt")
                ? new OdtReview(text, trackChanges, date, why).review(bytes, findings)
                : new DocxReview(text, trackChanges, date, why).review(bytes, findings);
        return new DocumentReview(result, findings, reviewed);
    }
}
