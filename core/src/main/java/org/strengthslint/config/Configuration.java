package org.strengthslint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.strengthslint.FailOn;

/**
 * An organisation's settings from {@code .strengths-lint.yml}.
 *
 * @param source     the file it came from, for error messages ("" for the defaults)
 * @param failOn     the fail-on level it sets, or null to leave the default
 * @param rules      settings by rule id
 * @param categories settings by category
 * @param allow      phrases the organisation has chosen to use; never reported
 * @param lexicons   the organisation's own entry files, resolved against the configuration file
 */
public record Configuration(String source, FailOn failOn, Map<String, RuleSetting> rules,
        Map<String, RuleSetting> categories, List<String> allow, List<Path> lexicons) {

    public static final Configuration DEFAULT = new Configuration("", null, Map.of(), Map.of(), List.of(), List.of());

    public Configuration {
        rules = Map.copyOf(rules);
        categories = Map.copyOf(categories);
        allow = List.copyOf(allow);
        lexicons = List.copyOf(lexicons);
    }
}
