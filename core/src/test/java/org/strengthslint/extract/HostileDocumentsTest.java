package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents made to hurt the reader, each made here: e-mail nested thousands of levels deep,
 * archive bombs and the real forms they must not be confused with, endless standard input,
 * broken links, and Word 6.0 and 95 files (from Apache POI's test documents).
 */
class HostileDocumentsTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private final DocumentReader reader = new DocumentReader();

    @Test
    void word6And95FilesAreRead() throws Exception {
        assertEquals(
                "The quick brown fox jumps over the lazy dog\n",
                reader.read(OfficeExtractionTest.DOCUMENTS.resolve("poi/Word6.doc"), "Word6.doc")
                        .text());
        Document word95 = reader.read(OfficeExtractionTest.DOCUMENTS.resolve("poi/Word95.doc"), "Word95.doc");
        assertEquals("doc", word95.format());
        assertEquals(
                "The quick brown fox jumps over the lazy dog\nParagraph 2\nParagraph 3. Has some RED text and"
                        + " some BLUE BOLD text in it.\nLast (4th) paragraph.\n",
                word95.text());
    }

    /** An e-mail whose body is {@code levels} multipart/alternative parts deep. */
    private static byte[] nestedMail(int levels) {
        StringBuilder mail = new StringBuilder(
                "From: a@example.org\r\nTo: b@example.org\r\nSubject: deep\r\n" + "MIME-Version: 1.0\r\n");
        for (int i = 0; i < levels; i++) {
            mail.append("Content-Type: multipart/alternative; boundary=\"b")
                    .append(i)
                    .append("\"\r\n\r\n--b")
                    .append(i)
                    .append("\r\n");
        }
        mail.append("Content-Type: text/plain\r\n\r\nHe has complex needs.\r\n");
        for (int i = levels - 1; i >= 0; i--) {
            mail.append("--b").append(i).append("--\r\n");
        }
        return mail.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private String outcome(byte[] bytes, String name) {
        try {
            return reader.read(bytes, name).text();
        } catch (UnreadableDocumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void deeplyNestedMailGivesTheSameAnswerEveryTime() {
        assertEquals("deep\nHe has complex needs.\n", outcome(nestedMail(100), "deep.eml"));
        String tooDeep = "damaged: its parts are nested more than 100 levels deep";
        assertTimeoutPreemptively(BOUND, () -> {
            assertEquals(tooDeep, outcome(nestedMail(101), "deep.eml"));
            // deep enough to run a thread out of stack: once read, once not, before the limit
            for (int run = 0; run < 3; run++) {
                assertEquals(tooDeep, outcome(nestedMail(20_000), "deep.eml"), "run " + run);
            }
            assertEquals(tooDeep, outcome(nestedMail(10_000), "deep.eml"));
        });
    }

    /** A DOCX made with POI whose document.xml is replaced by {@code body}, deflated. */
    private static byte[] docxWithBody(byte[] documentXml) throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("placeholder");
            document.write(made);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(made.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals("word/document.xml") ? documentXml : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** 40 MB of white space between two paragraphs: no text, so only the expansion limit stops it early. */
    static byte[] bomb() throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream(41 << 20);
        xml.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w="
                        + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>He has"
                        + " complex needs.</w:t></w:r></w:p>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 40; i++) {
            xml.writeBytes(spaces);
        }
        xml.writeBytes(
                "<w:p><w:r><w:t>The end.</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        return docxWithBody(xml.toByteArray());
    }

    @Test
    void anArchiveBombIsStoppedByTheExpansionLimitAndTheLimitCanBeRaised(@TempDir Path dir) throws Exception {
        byte[] bomb = bomb();
        assertTrue(bomb.length < 100_000, "a real bomb: " + bomb.length + " bytes expand to 40 MB");
        Path file = dir.resolve("bomb.docx");
        Files.write(file, bomb);
        String stopped = "archive bomb: word/document.xml expands to more than 200 times its compressed size";
        assertTimeoutPreemptively(BOUND, () -> {
            assertEquals(
                    stopped,
                    assertThrows(UnreadableDocumentException.class, () -> reader.read(file, "bomb.docx"))
                            .getMessage());
            assertEquals(stopped, outcome(bomb, "bomb.docx"), "from standard input");
            DocumentReader trusting = new DocumentReader(ExtractionLimits.DEFAULT.withMaxExpansion(5_000));
            assertEquals(
                    "He has complex needs.\nThe end.\n",
                    trusting.read(file, "bomb.docx").text());
        });
    }

    /**
     * Forms are mostly empty table cells, whose XML compresses very well: made with POI, an empty
     * 100 by 5 table expands about 130 times and 5,000 rows over 200 times, more than the ratio
     * allows; they are read because every part may expand to 10 MB whatever its ratio.
     */
    @Test
    void formsOfEmptyTableCellsAreNotBombs() throws Exception {
        for (int rows : new int[] {100, 5_000}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (XWPFDocument form = new XWPFDocument()) {
                form.createParagraph().createRun().setText("Referral form");
                form.createTable(rows, 5);
                form.write(bytes);
            }
            double expansion = expansion(bytes.toByteArray(), "word/document.xml");
            assertTrue(rows == 100 ? expansion > 30 : expansion > 200, rows + " rows expand " + expansion + " times");
            Document read = reader.read(bytes.toByteArray(), "form.docx");
            assertEquals("Referral form\n", read.text(), rows + " rows");
        }
    }

    /** How many times its compressed size a part of a ZIP archive expands. */
    private static double expansion(byte[] archive, String part) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile zip =
                org.apache.commons.compress.archivers.zip.ZipFile.builder()
                        .setByteArray(archive)
                        .get()) {
            var entry = zip.getEntry(part);
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes().length / (double) entry.getCompressedSize();
            }
        }
    }

    @Test
    void endlessStandardInputStopsAtTheTextLimit() {
        DocumentReader reader = new DocumentReader(ExtractionLimits.DEFAULT.withMaxTextChars(1_000_000));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
                return length;
            }
        };
        assertTimeoutPreemptively(
                BOUND,
                () -> assertEquals(
                        "larger than the limit: more than 1,000,000 characters of" + " text",
                        assertThrows(UnreadableDocumentException.class, () -> reader.read(endless, "<stdin>"))
                                .getMessage()));
        DocumentReader small = new DocumentReader(ExtractionLimits.DEFAULT.withMaxFileBytes(100_000));
        assertEquals(
                "larger than the limit: more than 100,000 bytes (the limit is 100,000 bytes)",
                assertThrows(UnreadableDocumentException.class, () -> small.read(endless, "<stdin>"))
                        .getMessage());
    }

    @Test
    void standardInputWithinTheLimitsIsRead() throws Exception {
        assertEquals(
                "He has complex needs.",
                reader.read(
                                new ByteArrayInputStream("He has complex needs.".getBytes(StandardCharsets.UTF_8)),
                                "<stdin>")
                        .text());
        byte[] docx = Files.readAllBytes(OfficeExtractionTest.DOCUMENTS.resolve("features.docx"));
        assertEquals(
                reader.read(docx, "features.docx").text(),
                reader.read(new ByteArrayInputStream(docx), "features.docx").text());
    }

    @Test
    void aBrokenLinkAndAFormatNamedWithAnArticle(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("letter.md"), Path.of("missing.md"));
        assertEquals(
                "broken link: it points to missing.md, which does not exist",
                assertThrows(UnreadableDocumentException.class, () -> reader.read(link, "letter.md"))
                        .getMessage());
        Path message = Files.writeString(dir.resolve("note.msg"), "He has complex needs.");
        assertEquals(
                "not an Outlook message (MSG) document: the file holds plain text (rename it to .txt to check it"
                        + " as text)",
                assertThrows(UnreadableDocumentException.class, () -> reader.read(message, "note.msg"))
                        .getMessage());
        Path empty = Files.createFile(dir.resolve("empty.odt"));
        assertEquals(
                "empty file (0 bytes): not an OpenDocument text (ODT) document",
                assertThrows(UnreadableDocumentException.class, () -> reader.read(empty, "empty.odt"))
                        .getMessage());
        assertEquals("an HTML", DocumentFormat.HTML.withArticle());
        assertEquals("an e-mail (EML)", DocumentFormat.EML.withArticle());
        assertEquals("a Word (DOCX)", DocumentFormat.DOCX.withArticle());
        assertEquals("a PDF", DocumentFormat.PDF.withArticle());
    }

    @Test
    void aFolderThatCannotBeSearchedIsSaidToBeSo(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        assertEquals(
                "is a folder, not a document",
                assertThrows(UnreadableDocumentException.class, () -> reader.read(folder, "locked"))
                        .getMessage());
        Files.setPosixFilePermissions(folder, java.util.Set.of());
        try {
            // the superuser can search any folder: there the folder is only a folder
            String expected = Files.isReadable(folder)
                    ? "is a folder, not a document"
                    : "permission denied: the folder cannot be searched";
            assertEquals(
                    expected,
                    assertThrows(UnreadableDocumentException.class, () -> reader.read(folder, "locked"))
                            .getMessage());
        } finally {
            Files.setPosixFilePermissions(
                    folder, java.util.EnumSet.allOf(java.nio.file.attribute.PosixFilePermission.class));
        }
    }
}
