package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8IsTheDefault() {
        assertEquals("café ‘quoted’", TextDecoder.decode("café ‘quoted’".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void byteOrderMarksAreHonouredAndRemoved() {
        assertEquals(
                "Zoë",
                TextDecoder.decode(bytes(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Zoë".getBytes(StandardCharsets.UTF_8))));
        assertEquals(
                "Zoë",
                TextDecoder.decode(
                        bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zoë".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(
                "Zoë",
                TextDecoder.decode(
                        bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Zoë".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void invalidUtf8IsDecodedByDetectionNotRejected() {
        String text = "The résident’s café was closed for the winter, and the staff met him on Tuesday.";
        assertEquals(text, TextDecoder.decode(text.getBytes(Charset.forName("windows-1252"))));
    }

    private static byte[] bytes(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}
