package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Office documents made with LibreOffice from {@code documents/source/} (see make.sh there):
 * what is read, in which blocks, on which page and paragraph.
 */
class OfficeExtractionTest {
    static final Path DOCUMENTS = Path.of("src/test/resources/documents");
    private final DocumentReader reader = new DocumentReader();

    private Document read(String file) throws UnreadableDocumentException {
        return reader.read(DOCUMENTS.resolve(file), file);
    }

    private static List<String> blockTexts(Document document) {
        List<String> texts = new ArrayList<>();
        for (Document.Block block : document.blocks()) {
            texts.add(document.text().substring(block.start(), block.end()));
        }
        return texts;
    }

    private static int offsetOf(Document document, String text) {
        int at = document.text().indexOf(text);
        assertTrue(at >= 0, "'" + text + "' is in the extracted text of " + document.name());
        return at;
    }

    @ParameterizedTest
    @ValueSource(strings = {"features.docx", "features.odt", "features.doc"})
    void aHeadingStyleMarksItsBlockAsAHeading(String file) throws Exception {
        Document document = read(file);
        List<String> headings = new ArrayList<>();
        for (Document.Block block : document.blocks()) {
            if (block.heading()) {
                headings.add(block.headingLevel() + " " + document.text().substring(block.start(), block.end()));
            }
        }
        assertEquals(List.of("1 Support plan review"), headings, file);
    }

    @Test
    void docxBodyThenNotesThenHeadersAndFootersWithoutDeletionsOrComments() throws Exception {
        Document docx = read("features.docx");
        assertEquals("docx", docx.format());
        assertEquals(
                List.of(
                        "Support plan review",
                        "Dear Sam,",
                        "Staff wrote that you had failed to engage with the service. We want to understand what gets in the way.",
                        "The last review called you hard to engage in the summary. We will not use that label again.",
                        "Your support worker noted that staff describe you as chaotic.",
                        "Date",
                        "What happened",
                        "21 February 2026",
                        "Recorded as challenging behaviour",
                        "On the second page: other service users have complained about the noise.",
                        "Yours sincerely,",
                        "Sarah Whitfield",
                        "An earlier note called him an entrenched rough sleeper.",
                        "Harbour House, a hostel for people with complex needs",
                        "Never describe a resident as a junkie."),
                blockTexts(docx));
        assertFalse(docx.text().contains("addict"), "tracked deletion left out");
        assertFalse(docx.text().contains("alcoholic"), "comment left out");
        // one paragraph per line
        assertEquals(4, docx.lines().line(offsetOf(docx, "The last review")));
        assertEquals(4, docx.paragraphAt(offsetOf(docx, "hard to engage")));
        assertEquals(9, docx.paragraphAt(offsetOf(docx, "challenging behaviour")));
        // pages: the manual page break before "On the second page"; the footnote is on the page of its reference
        assertEquals(1, docx.pageAt(offsetOf(docx, "challenging behaviour")));
        assertEquals(2, docx.pageAt(offsetOf(docx, "other service users")));
        assertEquals(1, docx.pageAt(offsetOf(docx, "entrenched rough sleeper")));
        assertNull(docx.pageAt(offsetOf(docx, "complex needs")), "a header is on every page");
    }

    @Test
    void odtHasTheSameParagraphsAndPages() throws Exception {
        Document odt = read("features.odt");
        assertEquals("odt", odt.format());
        assertFalse(odt.text().contains("addict"), "tracked deletion left out");
        assertFalse(odt.text().contains("alcoholic"), "comment left out");
        assertTrue(blockTexts(odt).contains("Recorded as challenging behaviour"));
        assertEquals(1, odt.pageAt(offsetOf(odt, "challenging behaviour")));
        assertEquals(2, odt.pageAt(offsetOf(odt, "other service users")));
        assertNull(odt.pageAt(offsetOf(odt, "junkie")), "a footer is on every page");
        assertEquals(11, odt.paragraphAt(offsetOf(odt, "other service users")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"features.doc", "features.rtf"})
    void docAndRtfLeaveOutDeletionsAndCommentsAndHaveNoPages(String file) throws Exception {
        Document document = read(file);
        assertFalse(document.text().contains("addict"), "tracked deletion left out");
        assertFalse(document.checkable().contains("alcoholic"), "comment not checked");
        assertFalse(blockTexts(document).stream().anyMatch(b -> b.contains("alcoholic")));
        for (String expected : List.of(
                "hard to engage in the summary",
                "entrenched rough sleeper",
                "Recorded as challenging behaviour",
                "a hostel for people with complex needs",
                "junkie")) {
            assertTrue(document.text().contains(expected), file + " has " + expected);
        }
        assertNull(document.pageAt(offsetOf(document, "other service users")));
        assertTrue(document.paragraphAt(offsetOf(document, "other service users")) > 1);
    }

    @Test
    void pdfPagesCountFromOne() throws Exception {
        Document pdf = read("features.pdf");
        assertEquals("pdf", pdf.format());
        assertEquals(1, pdf.pageAt(offsetOf(pdf, "hard to engage")));
        assertEquals(2, pdf.pageAt(offsetOf(pdf, "other service users")));
        assertNull(pdf.paragraphAt(offsetOf(pdf, "hard to engage")), "paragraph numbers are for word processors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"slides.pptx", "slides.odp"})
    void slidesArePages(String file) throws Exception {
        Document slides = read(file);
        assertEquals(
                List.of(
                        "Outreach team update",
                        "We met twelve people sleeping rough this month.",
                        "Next steps",
                        "Two people with complex needs are still hard to engage."),
                blockTexts(slides));
        assertEquals(1, slides.pageAt(offsetOf(slides, "twelve")));
        assertEquals(2, slides.pageAt(offsetOf(slides, "complex needs")));
    }

    @Test
    void emailSubjectAndOneBodyAlternativeButNoAttachment() throws Exception {
        Document eml = read("notice.eml");
        assertEquals("eml", eml.format());
        assertEquals(
                List.of(
                        "Room 12: he has complex needs",
                        "Hi Priya,",
                        "Staff say Jordan has failed to engage with his key work sessions.\nCan we meet on Thursday?",
                        "Sarah"),
                blockTexts(eml));
    }

    @Test
    void outlookMessage() throws Exception {
        Document msg = read("review.msg");
        assertEquals("msg", msg.format());
        assertTrue(
                blockTexts(msg)
                        .contains("The panel said Jordan is hard to engage and has complex needs.\n"
                                + "Can we talk about what support he wants?"),
                blockTexts(msg).toString());
    }

    @Test
    void htmlCollapsesWhiteSpaceAndLeavesOutTheHead() throws Exception {
        Document html = read("parity.html");
        assertEquals("html", html.format());
        assertFalse(
                blockTexts(html).contains("Final warning")
                        && html.text().indexOf("Final warning") != html.text().lastIndexOf("Final warning"),
                "the <title> is not repeated");
        assertTrue(blockTexts(html)
                .contains("I am writing to give you a final warning about your behaviour at Harbour "
                        + "House. This letter follows our meeting on 5 March 2026 with your support worker."));
    }

    @Test
    void typeComesFromTheContentNotTheName() throws Exception {
        assertEquals("html", read("web-page.doc").format(), "a web page saved with a .doc name");
        Path copy = Files.createTempFile("letter", ".pdf");
        try {
            Files.copy(DOCUMENTS.resolve("parity.docx"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertEquals("docx", reader.read(copy, "letter.pdf").format());
        } finally {
            Files.delete(copy);
        }
    }

    @Test
    void hostileFilesGiveAReasonInPlainWords() {
        assertReason("password protected: the document is encrypted", "encrypted.docx");
        assertReason("password protected: the document is encrypted", "encrypted.pdf");
        assertReason(
                "damaged or truncated: not a complete Word (DOCX) file (the ZIP archive inside is incomplete"
                        + " or corrupt)",
                "truncated.docx");
        assertReason("damaged or truncated: it could not be read as a PDF document", "truncated.pdf");
        assertReason(
                "archive bomb: word/document.xml expands to more than 200 times its compressed size", "zipbomb.docx");
        assertReason("not a text document (it contains binary data)", "binary.txt");
        assertReason("damaged, or not a Word (DOCX) document: its content is not in that format", "photo.docx");
        assertReason("empty file (0 bytes): not a Word (DOCX) document", "empty.docx");
        assertReason(
                "not a PDF document: the file holds plain text (rename it to .txt to check it as text)",
                "text-named.pdf");
    }

    /**
     * A file's ZIP archive is looked into with the JDK's reader, bytes from standard input with
     * the one OpenDocument files are read with: both must tell the same documents apart, and give
     * the same reasons for the archives that are not documents.
     */
    @Test
    void zipBasedFilesAreToldApartAlikeFromAFileAndFromStandardInput(@TempDir Path folder) throws Exception {
        assertSameFromFileAndBytes(
                folder, "features.docx", "docx", Files.readAllBytes(DOCUMENTS.resolve("features.docx")));
        assertSameFromFileAndBytes(
                folder, "features.odt", "odt", Files.readAllBytes(DOCUMENTS.resolve("features.odt")));
        assertSameFromFileAndBytes(folder, "slides.pptx", "pptx", Files.readAllBytes(DOCUMENTS.resolve("slides.pptx")));
        assertSameFromFileAndBytes(folder, "slides.odp", "odp", Files.readAllBytes(DOCUMENTS.resolve("slides.odp")));
        assertSameFromFileAndBytes(
                folder,
                "sheet.docx",
                "unsupported type: spreadsheets (XLSX) are not supported",
                zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
        assertSameFromFileAndBytes(
                folder,
                "sheet.odt",
                "unsupported type: OpenDocument spreadsheet files are not" + " supported",
                zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"));
        assertSameFromFileAndBytes(
                folder,
                "notes.docx",
                "damaged, or not a Word (DOCX) document: it is a ZIP archive" + " without the parts of one",
                zip("notes.txt", "hello"));
        assertSameFromFileAndBytes(
                folder,
                "truncated.docx",
                "damaged or truncated: not a complete Word (DOCX) file"
                        + " (the ZIP archive inside is incomplete or corrupt)",
                Files.readAllBytes(DOCUMENTS.resolve("truncated.docx")));
    }

    private void assertSameFromFileAndBytes(Path folder, String name, String formatOrReason, byte[] bytes)
            throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        assertEquals(formatOrReason, formatOrReason(() -> reader.read(file, name)), name + " from a file");
        assertEquals(formatOrReason, formatOrReason(() -> reader.read(bytes, name)), name + " from bytes");
    }

    private interface Reading {
        Document read() throws UnreadableDocumentException;
    }

    private static String formatOrReason(Reading reading) {
        try {
            return reading.read().format();
        } catch (UnreadableDocumentException e) {
            return e.getMessage();
        }
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new java.util.zip.ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        assertTrue(read("owner-password.pdf").text().contains("hard to engage"));
    }

    private void assertReason(String reason, String file) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(file));
        assertEquals(reason, e.getMessage(), file);
    }

    @Test
    void limitsOnSizeTextAndTime() throws Exception {
        DocumentReader small = new DocumentReader(ExtractionLimits.DEFAULT.withMaxFileBytes(10_000));
        assertEquals(
                "larger than the limit: 23,197 bytes (the limit is 10,000 bytes)",
                assertThrows(
                                UnreadableDocumentException.class,
                                () -> small.read(DOCUMENTS.resolve("features.pdf"), "features.pdf"))
                        .getMessage());
        DocumentReader shortText = new DocumentReader(ExtractionLimits.DEFAULT.withMaxTextChars(100));
        assertEquals(
                "larger than the limit: more than 100 characters of text",
                assertThrows(
                                UnreadableDocumentException.class,
                                () -> shortText.read(DOCUMENTS.resolve("features.docx"), "features.docx"))
                        .getMessage());
        assertEquals(
                "larger than the limit: more than 100 characters of text",
                assertThrows(
                                UnreadableDocumentException.class,
                                () -> shortText.read(DOCUMENTS.resolve("parity.md"), "parity.md"))
                        .getMessage());
        DocumentReader hurried =
                new DocumentReader(ExtractionLimits.DEFAULT.withTimeout(java.time.Duration.ofNanos(1)));
        assertEquals(
                "timed out: reading it took longer than 0.0 s",
                assertThrows(
                                UnreadableDocumentException.class,
                                () -> hurried.read(DOCUMENTS.resolve("features.pdf"), "features.pdf"))
                        .getMessage());
    }

    @Test
    void inputFilesAreNotWrittenOrTouched() throws Exception {
        for (String file : List.of(
                "features.docx",
                "features.doc",
                "features.odt",
                "features.rtf",
                "features.pdf",
                "slides.pptx",
                "slides.odp",
                "review.msg",
                "notice.eml",
                "parity.html",
                "zipbomb.docx",
                "truncated.docx",
                "encrypted.docx")) {
            Path path = DOCUMENTS.resolve(file);
            byte[] before = Files.readAllBytes(path);
            FileTime modified = Files.getLastModifiedTime(path);
            try {
                read(file);
            } catch (UnreadableDocumentException expected) {
                // some of them cannot be read: they must still be left as they were
            }
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(path)), file + " unchanged");
            assertEquals(modified, Files.getLastModifiedTime(path), file + " modification time unchanged");
        }
    }
}
