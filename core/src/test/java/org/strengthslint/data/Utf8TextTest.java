package org.strengthslint.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
    @Test
    void aByteOrderMarkIsDropped() {
        byte[] text = "\uFEFFfailOn: error\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("failOn: error\n", Utf8Text.decode(text, "cfg.yml"));
    }

    /** Java's own message for this is "Input length = 1". */
    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirPositionAndLine() {
        byte[] latin1 = "failOn: error\nallow: [caf\u00e9]\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Utf8Text.decode(latin1, "cfg.yml"));
        assertEquals("cfg.yml:2: not valid UTF-8 (at byte 26); save the file as UTF-8", e.getMessage());
    }

    @Test
    void utf16IsNamed() {
        byte[] utf16 = "failOn: error\n".getBytes(StandardCharsets.UTF_16);
        assertEquals(
                "cfg.yml: is UTF-16 text; save it as UTF-8",
                assertThrows(InvalidDataException.class, () -> Utf8Text.decode(utf16, "cfg.yml"))
                        .getMessage());
    }

    @Test
    void excerptsAreShortAndOnOneLine() {
        assertEquals("a\\nb\\u202e", Excerpt.of("a\nb\u202e"));
        assertEquals("x".repeat(60) + "... (61 characters)", Excerpt.of("x".repeat(61)));
    }
}
