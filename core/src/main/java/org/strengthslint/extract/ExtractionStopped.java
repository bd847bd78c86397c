package org.strengthslint.extract;

/**
 * Thrown from inside a parser's callbacks when a limit is reached, to stop the parser at once.
 * Parsers may wrap it; {@link #findIn(Throwable)} looks through the causes.
 */
final class ExtractionStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExtractionStopped(String reason) {
        super(reason, null, false, false);
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
