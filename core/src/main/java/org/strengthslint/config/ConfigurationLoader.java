package org.strengthslint.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strengthslint.api.FailOn;
import org.strengthslint.api.Severity;
import org.strengthslint.data.Excerpt;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.data.RepositoryFiles;
import org.strengthslint.data.YamlNode;
import org.strengthslint.extract.DocumentFinder;
import org.strengthslint.lexicon.PatternSyntax;
import org.strengthslint.lexicon.RuleSetting;

/** Reads {@code .strengths-lint.yml}; anything it does not understand is an error, never ignored. */
public final class ConfigurationLoader {
    /** The configuration file's name. */
    public static final String FILE_NAME = ".strengths-lint.yml";

    private static final List<String> KEYS = List.of(
            "failOn", "profile", "rules", "categories", "allow", "lexicons", "include", "exclude", "maxExpansion");
    private static final List<String> LEVELS = List.of("error", "warning", "info", "off");
    private static final List<String> FAIL_LEVELS = List.of("error", "warning", "info", "never");

    private ConfigurationLoader() {}

    /**
     * A configuration as far as it could be read, and its problems: the parts with a problem are
     * left out, so that a caller can look for more problems in what is left (rule ids against
     * the lexicon) and report them all at once.
     */
    public record Reading(Configuration configuration, List<InvalidDataException> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }

        /** The configuration; @throws InvalidDataException with every problem when there are any */
        public Configuration orThrow() {
            if (!problems.isEmpty()) {
                throw InvalidDataException.of(problems);
            }
            return configuration;
        }
    }

    /**
     * Reads a configuration file named by the person running the tool ({@code --config}): a link
     * is followed wherever it leads, but the file must still be a regular file within
     * {@link RepositoryFiles#CONFIGURATION_LIMIT}, and the lexicon files it names must be inside
     * its folder.
     */
    public static Configuration load(Path file) {
        return read(file, false).orThrow();
    }

    /**
     * Reads a configuration file found in a folder above a document, which comes with the
     * repository: as {@link #load}, and it may not be a link to somewhere outside its own folder.
     */
    public static Configuration loadFound(Path file) {
        return read(file, true).orThrow();
    }

    /**
     * As {@link #load} ({@code found} false) or {@link #loadFound}, returning the problems of the
     * content instead of throwing them.
     *
     * @throws InvalidDataException when the file cannot be read at all, or is not YAML
     */
    public static Reading read(Path file, boolean found) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        String text = found
                ? RepositoryFiles.readInside(file, folder, RepositoryFiles.Kind.CONFIGURATION)
                : RepositoryFiles.readNamed(file, RepositoryFiles.Kind.CONFIGURATION);
        return parse(text, file.toString(), folder, true);
    }

    /** Parses configuration text; relative lexicon paths are resolved against {@code folder}. */
    public static Configuration parse(String text, String source, Path folder) {
        return parse(text, source, folder, false).orThrow();
    }

    /**
     * @param checkFiles whether the lexicon files named must exist and be readable now (a file
     *                   loaded from disk), so that a problem is reported at its line
     */
    private static Reading parse(String text, String source, Path folder, boolean checkFiles) {
        // Every problem is collected and reported together, so a person mends them all in one go.
        List<InvalidDataException> problems = new ArrayList<>();
        YamlNode root = YamlNode.parse(text, source);
        Map<String, YamlNode> keys = new LinkedHashMap<>(root.mapping("the configuration"));
        for (Map.Entry<String, YamlNode> key : List.copyOf(keys.entrySet())) {
            if (!KEYS.contains(key.getKey())) {
                problems.add(new InvalidDataException(
                        source,
                        root.keyLine(key.getKey()),
                        YamlNode.unknownKey(key.getKey(), "the configuration", KEYS)));
                keys.remove(key.getKey());
            }
        }
        // A key with nothing after it (as in the starter file, where the examples are comments) is unset.
        keys.values().removeIf(YamlNode::isNull);
        FailOn failOn = collect(
                problems,
                null,
                () -> keys.containsKey("failOn")
                        ? FailOn.parse(keys.get("failOn").choice("failOn", FAIL_LEVELS))
                        : null);
        List<String> allow = new ArrayList<>();
        if (keys.containsKey("allow")) {
            for (YamlNode item : collect(
                    problems, List.<YamlNode>of(), () -> keys.get("allow").sequence("allow"))) {
                collect(problems, null, () -> {
                    String phrase = item.text("each item of allow");
                    String problem = PatternSyntax.problem(phrase);
                    if (problem != null) {
                        throw item.error("allowed term '" + Excerpt.of(phrase) + "' " + problem);
                    }
                    return allow.add(phrase);
                });
            }
        }
        List<Path> lexicons = new ArrayList<>();
        if (keys.containsKey("lexicons")) {
            for (YamlNode item : collect(
                    problems, List.<YamlNode>of(), () -> keys.get("lexicons").sequence("lexicons"))) {
                collect(problems, null, () -> lexicons.add(lexiconPath(item, folder, checkFiles)));
            }
        }
        String profile = collect(
                problems,
                null,
                () -> keys.containsKey("profile") ? keys.get("profile").text("profile") : null);
        int profileLine = keys.containsKey("profile") ? keys.get("profile").line() : 0;
        Integer maxExpansion = collect(problems, null, () -> {
            if (!keys.containsKey("maxExpansion")) {
                return null;
            }
            int value = keys.get("maxExpansion").integer("maxExpansion");
            if (value < 1) {
                throw keys.get("maxExpansion").error("maxExpansion must be a whole number of at least 1");
            }
            return value;
        });
        Map<String, RuleSetting> rules = settings(keys.get("rules"), "rules", problems);
        Map<String, RuleSetting> categories = settings(keys.get("categories"), "categories", problems);
        List<String> include = globs(keys.get("include"), "include", problems);
        List<String> exclude = globs(keys.get("exclude"), "exclude", problems);
        return new Reading(
                new Configuration(
                        source,
                        failOn,
                        profile,
                        profileLine,
                        rules,
                        categories,
                        allow,
                        lexicons,
                        include,
                        exclude,
                        folder,
                        maxExpansion),
                problems);
    }

    /** The value {@code read} gives, or {@code otherwise} with its problem recorded. */
    private static <T> T collect(
            List<InvalidDataException> problems, T otherwise, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidDataException e) {
            problems.add(e);
            return otherwise;
        }
    }

    /**
     * A lexicon file named in the configuration: relative to the configuration's folder and inside
     * it, so a pull request cannot make the tool read (and quote in its errors) files elsewhere on
     * the machine that runs it.
     */
    private static Path lexiconPath(YamlNode item, Path folder, boolean checkFile) {
        String written = item.text("each item of lexicons");
        Path path;
        try {
            path = Path.of(written);
        } catch (java.nio.file.InvalidPathException e) {
            throw item.error("lexicons: '" + Excerpt.of(written) + "' is not a valid path");
        }
        if (path.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
            throw item.error("lexicons: '" + Excerpt.of(written) + "' is an absolute path; name lexicon files "
                    + "relative to the configuration's folder");
        }
        if (folder == null) {
            return path;
        }
        Path resolved = folder.resolve(path).normalize();
        if (!resolved.toAbsolutePath()
                .normalize()
                .startsWith(folder.toAbsolutePath().normalize())) {
            throw item.error("lexicons: '" + Excerpt.of(written) + "' is outside the configuration's folder; "
                    + "lexicon files must be inside it");
        }
        if (checkFile) {
            String problem = RepositoryFiles.insideProblem(resolved, folder, RepositoryFiles.Kind.LEXICON);
            if (problem != null) {
                throw item.error("lexicons: '" + Excerpt.of(written) + "' " + problem);
            }
        }
        return resolved;
    }

    /** Include or exclude globs: one problem per bad glob, at its own line. */
    private static List<String> globs(YamlNode node, String what, List<InvalidDataException> problems) {
        if (node == null) {
            return List.of();
        }
        List<YamlNode> items =
                node.isScalar() ? List.of(node) : collect(problems, List.of(), () -> node.sequence(what));
        List<String> globs = new ArrayList<>();
        for (YamlNode item : items) {
            collect(problems, null, () -> {
                String glob = item.text(item == node ? what : "each item of " + what);
                String problem = DocumentFinder.globProblem(glob);
                if (problem != null) {
                    throw item.error(what + ": glob '" + Excerpt.of(glob) + "' " + problem);
                }
                return globs.add(glob);
            });
        }
        return List.copyOf(globs);
    }

    private static Map<String, RuleSetting> settings(YamlNode node, String what, List<InvalidDataException> problems) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        if (node == null) {
            return settings;
        }
        for (Map.Entry<String, YamlNode> entry : collect(problems, Map.<String, YamlNode>of(), () -> node.mapping(what))
                .entrySet()) {
            YamlNode value = entry.getValue();
            collect(problems, null, () -> {
                // "false" is how a YAML 1.1 reader sees an unquoted off
                String level =
                        value.isScalar() && "false".equals(value.scalar(what).strip())
                                ? "off"
                                : value.choice(what + "." + entry.getKey(), LEVELS);
                return settings.put(
                        entry.getKey(),
                        new RuleSetting(
                                entry.getKey(), level.equals("off") ? null : Severity.parse(level), value.line()));
            });
        }
        return settings;
    }
}
