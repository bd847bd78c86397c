package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.junit.jupiter.api.Test;

/**
 * Unreadable documents are told apart by the types of the exceptions their parsers throw (Tika's,
 * POI's, PDFBox's), and by the checks of our own that stop before a parser is asked, never by an
 * exception's message or the ending of its class name.
 */
class UnreadableReasonsTest {
    private static final String DAMAGED_PDF = "damaged or truncated: it could not be read as a PDF document";

    /** What the PDF extractor throws for a fixture, and the reason given for it. */
    private static Throwable thrownReading(String file) throws IOException {
        Source source = new Source.BytesSource(Files.readAllBytes(OfficeExtractionTest.DOCUMENTS.resolve(file)));
        return assertThrows(
                Exception.class,
                () -> DocumentFormat.PDF
                        .extractor()
                        .extract(source, DocumentFormat.PDF, file, ExtractionLimits.DEFAULT));
    }

    private static List<Class<?>> chain(Throwable thrown) {
        List<Class<?>> types = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            types.add(t.getClass());
        }
        return types;
    }

    @Test
    void anEncryptedPdfIsKnownByTikasAndPdfBoxsExceptionTypes() throws IOException {
        Throwable thrown = thrownReading("encrypted.pdf");
        assertEquals(
                List.of(org.apache.tika.exception.EncryptedDocumentException.class, InvalidPasswordException.class),
                chain(thrown));
        assertEquals(
                UnreadableReasons.ENCRYPTED,
                UnreadableReasons.of(thrown, DocumentFormat.PDF).getMessage());
        // either type alone is enough
        assertEquals(
                UnreadableReasons.ENCRYPTED,
                UnreadableReasons.of(thrown.getCause(), DocumentFormat.PDF).getMessage());
        assertEquals(
                UnreadableReasons.ENCRYPTED,
                UnreadableReasons.of(
                                new org.apache.tika.exception.EncryptedDocumentException("no cause"),
                                DocumentFormat.PDF)
                        .getMessage());
    }

    @Test
    void aTruncatedPdfIsDamaged() throws IOException {
        Throwable thrown = thrownReading("truncated.pdf");
        assertEquals(List.of(IOException.class), chain(thrown));
        UnreadableDocumentException reason = UnreadableReasons.of(thrown, DocumentFormat.PDF);
        assertEquals(DAMAGED_PDF, reason.getMessage());
        assertEquals(thrown, reason.getCause());
    }

    /** An encrypted Office file is an OLE2 container with an encrypted package: seen before any parser. */
    @Test
    void anEncryptedDocxIsKnownByItsStructure() throws IOException {
        byte[] bytes = Files.readAllBytes(OfficeExtractionTest.DOCUMENTS.resolve("encrypted.docx"));
        ExtractionStopped stopped = assertThrows(
                ExtractionStopped.class, () -> FormatDetector.detect(new Source.BytesSource(bytes), "encrypted.docx"));
        assertTrue(stopped.isEncrypted());
        assertEquals(
                UnreadableReasons.ENCRYPTED,
                UnreadableReasons.of(stopped, DocumentFormat.DOCX).getMessage());
        // under a text file's name it is still reported as encrypted, not as binary data
        try (DocumentReader reader = new DocumentReader()) {
            assertEquals(
                    UnreadableReasons.ENCRYPTED,
                    assertThrows(UnreadableDocumentException.class, () -> reader.read(bytes, "secret.txt"))
                            .getMessage());
        }
    }

    @Test
    void poisEncryptionExceptionAnywhereInTheChainMeansEncrypted() {
        Throwable wrapped = new TikaException(
                "parse failed", new org.apache.poi.EncryptedDocumentException("Cannot process encrypted word file"));
        assertEquals(
                UnreadableReasons.ENCRYPTED,
                UnreadableReasons.of(wrapped, DocumentFormat.DOC).getMessage());
    }

    @Test
    void anEmptyFileIsKnownByTikasType() {
        assertEquals(
                "empty file (0 bytes): not an HTML document",
                UnreadableReasons.of(new ZeroByteFileException("InputStream must have > 0 bytes"), DocumentFormat.HTML)
                        .getMessage());
    }

    /** A class of our own in the chain: its name and message would once have passed for encryption. */
    private static final class EncryptedDocumentException extends IOException {
        EncryptedDocumentException() {
            super("Encrypted: a password is required");
        }
    }

    @Test
    void namesAndMessagesDoNotDecide() {
        assertEquals(
                DAMAGED_PDF,
                UnreadableReasons.of(new EncryptedDocumentException(), DocumentFormat.PDF)
                        .getMessage());
        assertEquals(
                DAMAGED_PDF,
                UnreadableReasons.of(new IOException("Zip bomb detected! The file would exceed"), DocumentFormat.PDF)
                        .getMessage());
    }

    @Test
    void ourOwnLimitsGiveTheirOwnReason() {
        Throwable wrapped = new TikaException("parse failed", new ExtractionStopped("archive bomb: x"));
        UnreadableDocumentException reason = UnreadableReasons.of(wrapped, DocumentFormat.PPTX);
        assertEquals("archive bomb: x", reason.getMessage());
        assertInstanceOf(TikaException.class, reason.getCause());
    }
}
