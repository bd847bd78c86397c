package org.strengthslint.lexicon;

import java.util.Map;
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

    /**
     * The setting one layer of settings (a profile's or a configuration's) has for an entry: its
     * rule setting, which beats its category's; null when the layer says nothing about it.
     */
    public static RuleSetting forEntry(
            LexiconEntry entry, Map<String, RuleSetting> rules, Map<String, RuleSetting> categories) {
        RuleSetting rule = rules.get(entry.id());
        return rule != null ? rule : categories.get(entry.category());
    }
}
