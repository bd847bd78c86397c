package org.strengthslint.extract;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The text of a plain-text or Markdown file with the encoding it was read in (the byte-order mark
 * and the character set), so that a fixed file is written back as it was: only the edited
 * characters differ. The text is exactly the text a check reads, so the offsets of findings apply
 * to it.
 */
public final class EncodedText {
    private final String text;
    private final Charset charset;
    private final byte[] byteOrderMark;

    /** No byte-order mark. */
    static final byte[] NONE = new byte[0];

    EncodedText(String text, Charset charset, byte[] byteOrderMark) {
        this.text = text;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark.clone();
    }

    /** The file's bytes decoded as a check decodes them. */
    public static EncodedText decode(byte[] bytes) {
        return TextDecoder.decodeKeepingEncoding(bytes);
    }

    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the file starts with a byte-order mark. */
    public boolean hasByteOrderMark() {
        return byteOrderMark.length > 0;
    }

    /** {@code newText} in the file's encoding, after the file's byte-order mark if it had one. */
    public byte[] encode(String newText) {
        byte[] body = newText.getBytes(charset);
        byte[] bytes = Arrays.copyOf(byteOrderMark, byteOrderMark.length + body.length);
        System.arraycopy(body, 0, bytes, byteOrderMark.length, body.length);
        return bytes;
    }

    /**
     * Whether encoding the text again gives back {@code original} exactly: not so when the file
     * holds bytes its character set cannot say (they were read as replacement characters), and
     * then the file must not be rewritten.
     */
    public boolean keeps(byte[] original) {
        return Arrays.equals(encode(text), original);
    }
}
