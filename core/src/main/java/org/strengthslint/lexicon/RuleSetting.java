package org.strengthslint.lexicon;

import org.strengthslint.api.Severity;

/**
 * What the configuration says about one rule or category: switched off, or reported at a
 * different severity.
 *
 * @param key      the rule id or category it applies to
 * @param severity the new severity, or null when switched off
 * @param line     where it is written, for error messages
 */
public record RuleSetting(String key, Severity severity, int line) {
    public boolean off() {
        return severity == null;
    }
}
