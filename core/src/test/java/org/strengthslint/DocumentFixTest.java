package org.strengthslint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.testing.TestLinters;

/** What {@code fix} shows or writes: the edits made on the text, and the file in its own encoding. */
class DocumentFixTest {
    private static final Linter LINTER = TestLinters.withTestLexicon();

    private static DocumentFix fix(byte[] bytes, String name) throws UnreadableDocumentException {
        return DocumentFix.of(LINTER, ExtractionLimits.DEFAULT, bytes, name, UnaryOperator.identity(), f -> true);
    }

    @Test
    void theEditsAreMadeAndTheFileKeepsItsByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "She has complex needs.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        DocumentFix fix = fix(bytes, "note.txt");
        assertEquals("She has complex needs.\n", fix.text());
        assertEquals(1, fix.applied().size(), fix.findings().toString());
        assertTrue(fix.byteOrderMark());
        assertTrue(fix.writable());
        String fixed = fix.fixed();
        assertEquals("She has what the person wants support with.\n", fixed);
        byte[] expected = (new String(bom, StandardCharsets.UTF_8) + fixed).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, fix.bytes());
    }

    @Test
    void aFileWhoseEncodingCannotBeWrittenBackIsNotWritable() throws Exception {
        byte[] broken = "She has complex needs \u00e9 x.\n".getBytes(StandardCharsets.ISO_8859_1);
        // 0x81 is a byte no single-byte character set the file could be read in gives a character to
        broken[broken.length - 4] = (byte) 0x81;
        DocumentFix fix = fix(broken, "note.txt");
        assertTrue(fix.changed());
        assertFalse(fix.writable());
        assertNull(fix.bytes());
    }

    @Test
    void nothingToFixChangesNothing() throws Exception {
        DocumentFix fix = fix("Support for people sleeping rough.\n".getBytes(StandardCharsets.UTF_8), "note.md");
        assertEquals(List.of(), fix.applied());
        assertFalse(fix.changed());
        assertNull(fix.bytes());
        assertEquals(fix.text(), fix.fixed());
    }

    @Test
    void onlyTheChosenFindingsAreFixed() throws Exception {
        byte[] bytes = "She has complex needs.\n".getBytes(StandardCharsets.UTF_8);
        DocumentFix fix = DocumentFix.of(
                LINTER, ExtractionLimits.DEFAULT, bytes, "note.txt", UnaryOperator.identity(), (Finding f) -> false);
        assertEquals(1, fix.findings().size());
        assertFalse(fix.changed());
    }

    @Test
    void aWordDocumentIsAnotherFormatNamedAsSuch() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("src/test/resources/documents/parity.docx"));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> fix(docx, "a.docx"));
        assertTrue(e.isOtherFormat());
        assertEquals("docx", e.format());
        assertEquals("fix changes text and Markdown files only, not docx", e.getMessage());
    }
}
