package org.strengthslint.api;

import java.util.Locale;

/** The least severe finding that makes a check fail (exit code 1), or never. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FailOn parse(String label) {
        for (FailOn value : values()) {
            if (value.label().equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not one of error, warning, info, never");
    }
}
