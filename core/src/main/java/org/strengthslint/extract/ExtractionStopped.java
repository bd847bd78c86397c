package org.strengthslint.extract;

/**
 * Thrown from inside a parser's callbacks when a limit is reached, to stop the parser at once.
 * Parsers may wrap it; {@link #findIn(Throwable)} looks through the causes.
 */
final class ExtractionStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean encrypted;

    ExtractionStopped(String reason) {
        this(reason, false);
    }

    private ExtractionStopped(String reason, boolean encrypted) {
        super(reason, null, false, false);
        this.encrypted = encrypted;
    }

    /** The file is encrypted: seen by its own structure, before any parser is asked. */
    static ExtractionStopped encrypted() {
        return new ExtractionStopped(UnreadableReasons.ENCRYPTED, true);
    }

    /** True when the reason is that the document is encrypted (a reason no other guess may replace). */
    boolean isEncrypted() {
        return encrypted;
    }

    static ExtractionStopped findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ExtractionStopped stopped) {
                return stopped;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof ExtractionStopped stopped) {
                    return stopped;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
