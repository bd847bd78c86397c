package org.strengthslint.extract;

import java.time.Duration;

final class Durations {
    private Durations() {}

    /** In the unit it was most likely given in: "90 s", "2 min", "500 ms", "1.5 s". */
    static String describe(Duration duration) {
        long nanos = duration.toNanos();
        long second = 1_000_000_000L;
        if (nanos >= 60 * second && nanos % (60 * second) == 0) {
            return (nanos / (60 * second)) + " min";
        }
        if (nanos >= second && nanos % second == 0) {
            return (nanos / second) + " s";
        }
        long milli = 1_000_000L;
        if (nanos % milli == 0 && nanos < second) {
            return (nanos / milli) + " ms";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / (double) second);
    }
}
