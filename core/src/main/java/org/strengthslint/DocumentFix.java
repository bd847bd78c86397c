package org.strengthslint;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.Document;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.EncodedText;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.review.TextFix;

/**
 * A text or Markdown document checked and its safe edits made on its text: what
 * {@code strengths-lint fix} shows as a diff or writes back. The fixed file keeps the original's
 * encoding and byte-order mark, so only the edited characters differ.
 *
 * @param result   the check of the document
 * @param findings the findings of the check (with the edits the caller chose to give them)
 * @param applied  the findings whose edits were made, in reading order
 * @param notDone  the chosen findings whose edit was not made, and why
 * @param text     the document's text as read
 * @param fixed    the text with the edits made
 * @param charset  the character set the file was read in
 * @param byteOrderMark whether the file starts with a byte-order mark
 * @param bytes    the fixed file's bytes; null when nothing changed or when the file's encoding
 *                 cannot be written back byte for byte ({@link #writable()})
 */
public record DocumentFix(
        CheckResult result,
        List<Finding> findings,
        List<Finding> applied,
        List<NotDone> notDone,
        String text,
        String fixed,
        Charset charset,
        boolean byteOrderMark,
        byte[] bytes) {

    /** A chosen finding whose edit was not made, and why, in words read after "not applied: ". */
    public record NotDone(Finding finding, String reason) {}

    public DocumentFix {
        findings = List.copyOf(findings);
        applied = List.copyOf(applied);
        notDone = List.copyOf(notDone);
        bytes = bytes == null ? null : bytes.clone();
    }

    /** The fixed file's bytes (a copy), or null ({@link #writable()}). */
    @Override
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentFix that
                && result.equals(that.result)
                && findings.equals(that.findings)
                && applied.equals(that.applied)
                && notDone.equals(that.notDone)
                && text.equals(that.text)
                && fixed.equals(that.fixed)
                && charset.equals(that.charset)
                && byteOrderMark == that.byteOrderMark
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, findings, applied, notDone, text, fixed, charset, byteOrderMark)
                + 31 * Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DocumentFix[" + result.path() + ": " + applied.size() + " of " + findings.size() + " findings fixed"
                + (changed() && !writable() ? ", not writable" : "") + "]";
    }

    /** Whether any edit was made. */
    public boolean changed() {
        return !applied.isEmpty();
    }

    /** Whether the fixed text can be written back in the file's own encoding. */
    public boolean writable() {
        return bytes != null;
    }

    /**
     * Fixes a document's bytes, read within {@code limits}.
     *
     * @param edits  gives the check's findings their edits (the check's own: {@code identity}; tests
     *               change them to hold the fix to the contract of {@link Finding#edit()})
     * @param chosen the findings to fix (a rule or category the user named, or all)
     * @throws UnreadableDocumentException when it cannot be read, or is not text or Markdown
     *                                     ({@link UnreadableDocumentException#isOtherFormat()},
     *                                     with the format it is)
     */
    public static DocumentFix of(
            Linter linter,
            ExtractionLimits limits,
            byte[] bytes,
            String name,
            UnaryOperator<Finding> edits,
            Predicate<Finding> chosen)
            throws UnreadableDocumentException {
        Document document;
        try (DocumentReader reader = new DocumentReader(limits)) {
            document = reader.read(bytes, name);
        }
        if (!document.format().equals("text") && !document.format().equals("markdown")) {
            throw UnreadableDocumentException.otherFormat(
                    "fix changes text and Markdown files only, not " + document.format(), document.format());
        }
        CheckResult result = linter.check(document);
        List<Finding> findings = result.findings().stream().map(edits).toList();
        TextFix.Result fix =
                TextFix.apply(document, findings.stream().filter(chosen).toList());
        EncodedText encoded = EncodedText.decode(bytes);
        boolean keeps = encoded.text().equals(document.text()) && encoded.keeps(bytes);
        return new DocumentFix(
                result,
                findings,
                fix.applied(),
                fix.notDone().stream()
                        .map(n -> new NotDone(n.finding(), n.reason()))
                        .toList(),
                document.text(),
                fix.text(),
                encoded.charset(),
                encoded.hasByteOrderMark(),
                fix.changed() && keeps ? encoded.encode(fix.text()) : null);
    }
}
