package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.testing.TestLinters;

/** Text that is large, deep, empty or badly encoded is read or refused with a reason, never a crash. */
class HostileTextTest {
    private final Linter linter = TestLinters.withTestLexicon();

    @Test
    void aFiftyMegabyteSingleLineIsCheckedInPiecesWithExactPositions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-line.txt");
        String sentence = "Staff met a resident today and talked about the week ahead. ";
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = sentence.repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50 * 1024 * 1024 / chunk.length; i++) {
                out.write(chunk);
            }
            out.write("He has complex needs.".getBytes(StandardCharsets.US_ASCII));
        }
        long size = Files.size(file);
        CheckResult result = linter.check(file);
        assertEquals(null, result.error());
        assertEquals(1, result.findings().size());
        assertEquals("complex-needs", result.findings().get(0).rule());
        assertEquals(1, result.findings().get(0).line());
        assertEquals(
                size - "complex needs.".length() + 1, result.findings().get(0).column());
    }

    @Test
    void deeplyNestedHtmlIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep.html");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<html><body>");
            for (int i = 0; i < 200_000; i++) {
                out.write("<div>");
            }
            out.write("<p>He has complex needs.</p>");
            for (int i = 0; i < 200_000; i++) {
                out.write("</div>");
            }
            out.write("</body></html>");
        }
        CheckResult result = linter.check(file);
        assertEquals(null, result.error());
        assertEquals(1, result.findings().size(), result.toString());
        assertEquals("complex needs", result.findings().get(0).text());
    }

    @Test
    void emptyFilesHaveNoFindings(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"empty.txt", "empty.md", "empty.html"}) {
            Path file = Files.createFile(dir.resolve(name));
            CheckResult result = linter.check(file);
            assertEquals(null, result.error(), name);
            assertEquals(0, result.words(), name);
        }
    }

    @Test
    void invalidUtf8AndUtf16WithAByteOrderMarkAreDecoded(@TempDir Path dir) throws IOException {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "Caf\u00e9 note: he has complex needs.".getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = dir.resolve("utf16.txt");
        byte[] text = "He has complex needs.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(utf16, withBom);
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, new byte[] {
            'H',
            'e',
            ' ',
            'h',
            'a',
            's',
            ' ',
            (byte) 0xC3,
            (byte) 0x28,
            ' ',
            'c',
            'o',
            'm',
            'p',
            'l',
            'e',
            'x',
            ' ',
            'n',
            'e',
            'e',
            'd',
            's',
            '.'
        });
        for (Path file : new Path[] {latin, utf16, broken}) {
            CheckResult result = linter.check(file);
            assertEquals(null, result.error(), file.toString());
            assertEquals(1, result.findings().size(), file.toString());
            assertEquals("complex needs", result.findings().get(0).text());
        }
    }

    @Test
    void aUtf16HtmlFileWithAByteOrderMarkIsHtml(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.html");
        byte[] text = "<html><body><p>He has complex needs.</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(file, withBom);
        CheckResult result = linter.check(file);
        assertEquals("html", result.format());
        assertEquals(null, result.error());
        assertTrue(
                result.findings().size() == 1 && result.findings().get(0).text().equals("complex needs"),
                result.toString());
    }
}
