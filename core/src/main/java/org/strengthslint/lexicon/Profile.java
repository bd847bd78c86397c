package org.strengthslint.lexicon;

import java.util.Map;

/**
 * Ready-made settings for a kind of organisation or document ("strict", "statutory"): severities
 * by category and by rule, applied before an organisation's own settings.
 */
public record Profile(
        String id, String description, Map<String, RuleSetting> categories, Map<String, RuleSetting> rules) {

    public Profile {
        categories = Map.copyOf(categories);
        rules = Map.copyOf(rules);
    }

    /** The profile switches the entry off: by its id, or by its category when it does not name the entry. */
    public boolean switchesOff(LexiconEntry entry) {
        RuleSetting setting = RuleSetting.forEntry(entry, rules, categories);
        return setting != null && setting.off();
    }
}
