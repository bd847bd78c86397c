package org.strengthslint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.strengthslint.api.FailOn;
import org.strengthslint.lexicon.RuleSetting;

/**
 * An organisation's settings from {@code .strengths-lint.yml}.
 *
 * @param source      the file it came from, for error messages ("" for the defaults)
 * @param failOn      the fail-on level it sets, or null to leave the default
 * @param profile     the profile it chooses, or null for the default profile
 * @param profileLine where the profile is named, for error messages
 * @param rules       settings by rule id
 * @param categories  settings by category
 * @param allow       phrases the organisation has chosen to use; never reported
 * @param lexicons    the organisation's own entry files, resolved against the configuration file
 * @param include     globs of files a folder scan checks (empty: every supported document)
 * @param exclude     globs of files and folders a folder scan skips
 * @param folder      the folder the file is in: globs are relative to it (null for the defaults)
 * @param maxExpansion how many times its compressed size a part of a ZIP-based document may expand
 *                    to (see {@link org.strengthslint.extract.ExtractionLimits}), or null to leave the default
 */
public record Configuration(
        String source,
        FailOn failOn,
        String profile,
        int profileLine,
        Map<String, RuleSetting> rules,
        Map<String, RuleSetting> categories,
        List<String> allow,
        List<Path> lexicons,
        List<String> include,
        List<String> exclude,
        Path folder,
        Integer maxExpansion) {

    public static final Configuration DEFAULT = new Configuration(
            "", null, null, 0, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), null, null);

    public Configuration {
        rules = Map.copyOf(rules);
        categories = Map.copyOf(categories);
        allow = List.copyOf(allow);
        lexicons = List.copyOf(lexicons);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** A configuration that leaves the document limits as they are. */
    public Configuration(
            String source,
            FailOn failOn,
            String profile,
            int profileLine,
            Map<String, RuleSetting> rules,
            Map<String, RuleSetting> categories,
            List<String> allow,
            List<Path> lexicons,
            List<String> include,
            List<String> exclude,
            Path folder) {
        this(source, failOn, profile, profileLine, rules, categories, allow, lexicons, include, exclude, folder, null);
    }

    /** This configuration with another profile (from the command line), or the same when null. */
    public Configuration withProfile(String newProfile) {
        if (newProfile == null) {
            return this;
        }
        return new Configuration(
                source,
                failOn,
                newProfile,
                0,
                rules,
                categories,
                allow,
                lexicons,
                include,
                exclude,
                folder,
                maxExpansion);
    }
}
