package org.strengthslint.api;

import java.util.Locale;

/** How serious a finding is, from most to least. */
public enum Severity {
    /** A label that should not be used about a person. */
    ERROR,
    /** Deficit, blame or depersonalising framing. */
    WARNING,
    /** Jargon on which guides disagree, legal terms of art, and mentions of a term. */
    INFO;

    /** The lower-case name used in files, options and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as serious as {@code other} or more. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Severity parse(String label) {
        for (Severity severity : values()) {
            if (severity.label().equals(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (expected error, warning or info)");
    }
}
