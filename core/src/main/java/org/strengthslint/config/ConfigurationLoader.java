package org.strengthslint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strengthslint.FailOn;
import org.strengthslint.Severity;
import org.strengthslint.match.PatternSyntax;

/** Reads {@code .strengths-lint.yml}; anything it does not understand is an error, never ignored. */
public final class ConfigurationLoader {
    /** The configuration file's name. */
    public static final String FILE_NAME = ".strengths-lint.yml";

    private static final List<String> KEYS = List.of("failOn", "profile", "rules", "categories", "allow", "lexicons",
            "include", "exclude", "maxExpansion");
    /** "false" is how YAML 1.1 readers see an unquoted off. */
    private static final Set<String> LEVELS = Set.of("off", "false", "error", "warning", "info");

    private ConfigurationLoader() {
    }

    public static Configuration load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file.toString(), 0, "configuration file not found");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidDataException(file.toString(), 0, "cannot read configuration file: " + e.getMessage());
        }
        return parse(text, file.toString(), file.toAbsolutePath().normalize().getParent());
    }

    /** Parses configuration text; relative lexicon paths are resolved against {@code folder}. */
    public static Configuration parse(String text, String source, Path folder) {
        Map<String, YamlNode> keys = new java.util.LinkedHashMap<>(
                YamlNode.parse(text, source).mapping("the configuration", KEYS, List.of()));
        // A key with nothing after it (as in the starter file, where the examples are comments) is unset.
        keys.values().removeIf(YamlNode::isNull);
        FailOn failOn = null;
        if (keys.containsKey("failOn")) {
            failOn = FailOn.parse(keys.get("failOn").choice("failOn", Set.of("error", "warning", "info", "never")));
        }
        List<String> allow = keys.containsKey("allow") ? keys.get("allow").textList("allow") : List.of();
        for (String phrase : allow) {
            String problem = PatternSyntax.problem(phrase);
            if (problem != null) {
                throw keys.get("allow").error("allowed term '" + phrase + "' " + problem);
            }
        }
        List<Path> lexicons = new ArrayList<>();
        if (keys.containsKey("lexicons")) {
            for (String path : keys.get("lexicons").textList("lexicons")) {
                lexicons.add(folder == null ? Path.of(path) : folder.resolve(path).normalize());
            }
        }
        String profile = keys.containsKey("profile") ? keys.get("profile").text("profile") : null;
        int profileLine = keys.containsKey("profile") ? keys.get("profile").line() : 0;
        Integer maxExpansion = null;
        if (keys.containsKey("maxExpansion")) {
            maxExpansion = keys.get("maxExpansion").integer("maxExpansion");
            if (maxExpansion < 1) {
                throw keys.get("maxExpansion").error("maxExpansion must be a whole number of at least 1");
            }
        }
        return new Configuration(source, failOn, profile, profileLine, settings(keys.get("rules"), "rules"),
                settings(keys.get("categories"), "categories"), allow, lexicons, globs(keys.get("include"), "include"),
                globs(keys.get("exclude"), "exclude"), folder, maxExpansion);
    }

    private static List<String> globs(YamlNode node, String what) {
        if (node == null) {
            return List.of();
        }
        List<String> globs = node.textList(what);
        for (String glob : globs) {
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw node.error(what + ": '" + glob + "' is not a valid glob: " + e.getMessage());
            }
        }
        return globs;
    }

    private static Map<String, RuleSetting> settings(YamlNode node, String what) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        if (node == null) {
            return settings;
        }
        for (Map.Entry<String, YamlNode> entry : node.mapping(what).entrySet()) {
            YamlNode value = entry.getValue();
            String level = value.choice(what + "." + entry.getKey(), LEVELS);
            settings.put(entry.getKey(), new RuleSetting(entry.getKey(),
                    level.equals("off") || level.equals("false") ? null : Severity.parse(level), value.line()));
        }
        return settings;
    }
}
