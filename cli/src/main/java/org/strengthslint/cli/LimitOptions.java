package org.strengthslint.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strengthslint.extract.ExtractionLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How far a document is read: file size, text length, time and archive expansion. A picocli mixin
 * shared by {@code check} (through {@link DocumentOptions}) and {@code serve}, whose uploads keep
 * the same limits.
 */
final class LimitOptions {
    @Option(
            names = "--max-file-size",
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description = "Files larger than SIZE are reported unreadable, not read (default: 256MB; "
                    + "units B, KB, MB, GB).")
    Long maxFileBytes;

    @Option(
            names = "--max-text",
            paramLabel = "CHARS",
            converter = SizeConverter.class,
            description = "Stop reading a document, and report it, once its text passes CHARS characters; "
                    + "this also stops archive bombs (default: 64M; K and M multiply by 1,000 and 1,000,000).")
    Long maxTextChars;

    @Option(
            names = "--timeout",
            paramLabel = "TIME",
            converter = DurationConverter.class,
            description = "Stop reading a document, and report it, after TIME (default: 120s; units ms, s, m).")
    Duration timeout;

    @Option(
            names = "--max-expansion",
            paramLabel = "TIMES",
            converter = CheckCommand.PositiveIntConverter.class,
            description = "A part of a DOCX, PPTX, ODT or ODP file may expand, past its first 10 MB, to at most TIMES "
                    + "its compressed size; more is reported as an archive bomb (default: 200, or maxExpansion "
                    + "from the configuration).")
    Integer maxExpansion;

    /** The limits from the command line, over those of the configuration (null: none there). */
    ExtractionLimits limits(Integer configuredMaxExpansion) {
        ExtractionLimits limits = limits();
        if (maxExpansion == null && configuredMaxExpansion != null) {
            limits = limits.withMaxExpansion(configuredMaxExpansion);
        }
        return limits;
    }

    ExtractionLimits limits() {
        ExtractionLimits limits = ExtractionLimits.DEFAULT;
        if (maxExpansion != null) {
            limits = limits.withMaxExpansion(maxExpansion);
        }
        if (maxFileBytes != null) {
            limits = limits.withMaxFileBytes(maxFileBytes);
        }
        if (maxTextChars != null) {
            limits = limits.withMaxTextChars(maxTextChars);
        }
        if (timeout != null) {
            limits = limits.withTimeout(timeout);
        }
        return limits;
    }

    /** "512KB", "256MB", "1GB", "64M", "2000": a positive whole number with an optional unit. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|k|kb|m|mb|g|gb)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
                long multiplier = switch (unit) {
                    case "kb" -> 1024L;
                    case "mb" -> 1024L * 1024;
                    case "gb" -> 1024L * 1024 * 1024;
                    case "k" -> 1000L;
                    case "m" -> 1_000_000L;
                    case "g" -> 1_000_000_000L;
                    default -> 1L;
                };
                if (n >= 1) {
                    return n * multiplier;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 10MB or 64M");
        }
    }

    /** "90s", "2m", "500ms", "30" (seconds). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip());
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
                if (n >= 1) {
                    return switch (unit) {
                        case "ms" -> Duration.ofMillis(n);
                        case "m", "min" -> Duration.ofMinutes(n);
                        default -> Duration.ofSeconds(n);
                    };
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a time such as 30s or 2m");
        }
    }
}
