package org.strengthslint.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep one hostile or broken file from taking the whole run with it.
 *
 * @param maxFileBytes files larger than this are not read
 * @param maxTextChars reading stops when the extracted text grows past this many characters
 *                     (this also stops archive bombs: a small file that expands to gigabytes)
 * @param timeout      reading one file stops after this long
 */
public record ExtractionLimits(long maxFileBytes, long maxTextChars, Duration timeout) {
    /** 256 MB of file, 64 million characters of text, 2 minutes. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(256L * 1024 * 1024, 64_000_000L,
            Duration.ofMinutes(2));

    public ExtractionLimits {
        Objects.requireNonNull(timeout);
        if (maxFileBytes < 1 || maxTextChars < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, maxTextChars, timeout);
    }

    public ExtractionLimits withMaxTextChars(long chars) {
        return new ExtractionLimits(maxFileBytes, chars, timeout);
    }

    public ExtractionLimits withTimeout(Duration newTimeout) {
        return new ExtractionLimits(maxFileBytes, maxTextChars, newTimeout);
    }
}
