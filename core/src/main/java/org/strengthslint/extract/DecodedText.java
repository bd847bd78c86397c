package org.strengthslint.extract;

import java.io.IOException;
import java.util.Locale;

/** The text of a plain-text or Markdown document: its bytes decoded, and held to the text limit. */
final class DecodedText {
    private DecodedText() {}

    static String of(Source source, ExtractionLimits limits) throws IOException {
        return within(TextDecoder.decode(source.readAll()), limits);
    }

    /** The text, or {@link ExtractionStopped} when it is longer than the limit allows. */
    static String within(String text, ExtractionLimits limits) {
        if (text.length() > limits.maxTextChars()) {
            throw new ExtractionStopped(tooLong(limits));
        }
        return text;
    }

    static String tooLong(ExtractionLimits limits) {
        return "larger than the limit: more than " + String.format(Locale.ROOT, "%,d", limits.maxTextChars())
                + " characters of text";
    }
}
