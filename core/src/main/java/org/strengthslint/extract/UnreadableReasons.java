package org.strengthslint.extract;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * The reason in plain words for a failure while reading a document, decided by the types of the
 * exceptions thrown (the failure and its causes), never by their messages or class names: a
 * message is worded for developers and changes between versions of a library.
 *
 * <ul>
 * <li>a limit of ours ({@link ExtractionStopped}) gives its own reason;</li>
 * <li>encryption: Tika's and POI's {@code EncryptedDocumentException} (POI's for DOC and OLE2
 * files, Tika's when it wraps one) and PDFBox's {@link InvalidPasswordException} (a PDF that
 * needs a password to open);</li>
 * <li>Tika's {@link ZeroByteFileException}: an empty file;</li>
 * <li>a file gone or locked while being read, and a parser that runs out of memory or stack;</li>
 * <li>anything else: damaged or truncated.</li>
 * </ul>
 *
 * Archive bombs are not among them: Tika's and POI's own checks never run, because every part of
 * a ZIP-based document is read through {@link ExpansionLimit}, which stops with its own reason.
 */
final class UnreadableReasons {
    static final String ENCRYPTED = "password protected: the document is encrypted";

    private UnreadableReasons() {}

    static UnreadableDocumentException of(Throwable thrown, DocumentFormat format) {
        ExtractionStopped stopped = ExtractionStopped.findIn(thrown);
        if (stopped != null) {
            return new UnreadableDocumentException(stopped.getMessage(), thrown);
        }
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            String reason = reason(t, format);
            if (reason != null) {
                return new UnreadableDocumentException(reason, thrown);
            }
        }
        return new UnreadableDocumentException(
                "damaged or truncated: it could not be read as " + format.withArticle() + " document", thrown);
    }

    /** The reason one exception of the chain gives, or null when its type says nothing. */
    private static String reason(Throwable t, DocumentFormat format) {
        if (t instanceof org.apache.tika.exception.EncryptedDocumentException
                || t instanceof org.apache.poi.EncryptedDocumentException
                || t instanceof InvalidPasswordException) {
            return ENCRYPTED;
        }
        if (t instanceof ZeroByteFileException) {
            return "empty file (0 bytes): not " + format.withArticle() + " document";
        }
        if (t instanceof NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof OutOfMemoryError) {
            return "too large to read in the memory available";
        }
        if (t instanceof StackOverflowError) {
            return "damaged: its structure is nested too deeply to read";
        }
        return null;
    }
}
