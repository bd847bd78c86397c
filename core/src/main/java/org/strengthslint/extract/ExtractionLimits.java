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
 * @param maxExpansion a part of a ZIP-based document (DOCX, PPTX, ODT, ODP) may expand, past its
 *                     first 10 MB, to at most this many times its compressed size; more is
 *                     reported as an archive bomb
 */
public record ExtractionLimits(long maxFileBytes, long maxTextChars, Duration timeout, int maxExpansion) {
    /** 256 MB of file, 64 million characters of text, 2 minutes, 200 times. */
    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(256L * 1024 * 1024, 64_000_000L, Duration.ofMinutes(2), 200);

    public ExtractionLimits {
        Objects.requireNonNull(timeout);
        if (maxFileBytes < 1 || maxTextChars < 1 || timeout.isNegative() || timeout.isZero() || maxExpansion < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The time limit as people write it: "2 min", "90 s", "500 ms". */
    public String timeoutInWords() {
        return Durations.describe(timeout);
    }

    /** The given limits, and the default expansion limit. */
    public ExtractionLimits(long maxFileBytes, long maxTextChars, Duration timeout) {
        this(maxFileBytes, maxTextChars, timeout, DEFAULT.maxExpansion());
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, maxTextChars, timeout, maxExpansion);
    }

    public ExtractionLimits withMaxTextChars(long chars) {
        return new ExtractionLimits(maxFileBytes, chars, timeout, maxExpansion);
    }

    public ExtractionLimits withTimeout(Duration newTimeout) {
        return new ExtractionLimits(maxFileBytes, maxTextChars, newTimeout, maxExpansion);
    }

    public ExtractionLimits withMaxExpansion(int times) {
        return new ExtractionLimits(maxFileBytes, maxTextChars, timeout, times);
    }
}
