package org.strengthslint.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Turns the bytes of a text file into text: byte-order marks are honoured, UTF-8 is the default,
 * and a file that is not valid UTF-8 is decoded by charset detection rather than rejected
 * (older Word-exported text files are often Windows-1252).
 */
final class TextDecoder {
    private TextDecoder() {}

    public static String decode(byte[] bytes) {
        return decodeKeepingEncoding(bytes).text();
    }

    /** The text, with the byte-order mark and character set it was read with. */
    static EncodedText decodeKeepingEncoding(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return withMark(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return withMark(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return withMark(bytes, 2, StandardCharsets.UTF_16LE);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new EncodedText(text, StandardCharsets.UTF_8, EncodedText.NONE);
        } catch (CharacterCodingException notUtf8) {
            Charset charset = detect(bytes);
            return new EncodedText(new String(bytes, charset), charset, EncodedText.NONE);
        }
    }

    private static EncodedText withMark(byte[] bytes, int length, Charset charset) {
        return new EncodedText(
                new String(bytes, length, bytes.length - length, charset),
                charset,
                java.util.Arrays.copyOf(bytes, length));
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null) {
            try {
                return Charset.forName(match.getName());
            } catch (IllegalArgumentException unsupported) {
                // fall through to the most common legacy encoding of English documents
            }
        }
        return Charset.forName("windows-1252");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
