package org.strengthslint.extract;

import java.time.Duration;

final class Durations {
    private Durations() {
    }

    /** "90 s", "2 min", "1.5 s". */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0) {
            return (millis / 60_000) + " min";
        }
        if (millis % 1000 == 0) {
            return (millis / 1000) + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
