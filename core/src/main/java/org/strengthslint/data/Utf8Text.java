package org.strengthslint.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the text of a configuration, lexicon or baseline file, which must be UTF-8. A UTF-8
 * byte-order mark (as some Windows editors write) is accepted and dropped; anything that is not
 * UTF-8 is an error that says where, rather than Java's "Input length = 3".
 */
public final class Utf8Text {
    private Utf8Text() {}

    /** @throws InvalidDataException naming the first byte that is not UTF-8, and its line */
    public static String decode(byte[] bytes, String source) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        } else if (bytes.length >= 2
                && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                        || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
            throw new InvalidDataException(source, 0, "is UTF-16 text; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new InvalidDataException(
                    source, lineAt(bytes, at), "not valid UTF-8 (at byte " + (at + 1) + "); save the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
