package org.strengthslint.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.strengthslint.api.Severity;
import org.strengthslint.data.Excerpt;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.data.RepositoryFiles;
import org.strengthslint.data.YamlNode;

/**
 * Reads and validates lexicon files. Every problem is reported with its file and line, so a
 * broken entry can never be half-loaded.
 */
public final class LexiconLoader {
    /** Where the bundled lexicon's index lives on the class path. */
    public static final String BUNDLED_INDEX = "org/strengthslint/lexicon/lexicon.yml";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");
    private static final List<String> INDEX_KEYS = List.of("categories", "sources", "files", "profiles");
    private static final List<String> INDEX_REQUIRED = List.of("categories", "sources", "files");
    private static final List<String> PROFILE_KEYS = List.of("id", "description", "categories", "rules");
    private static final List<String> LEVELS = List.of("error", "warning", "info", "off");
    private static final List<String> CATEGORY_KEYS = List.of("id", "title", "description");
    private static final List<String> FILE_KEYS = List.of("category", "entries");
    private static final List<String> ENTRY_FIELDS = List.of(
            "id", "severity", "patterns", "suggestions", "fit", "explanation", "principle", "sources", "examples");
    /** An entry's keys: its own fields and the context conditions ({@link ConditionKey}). */
    private static final List<String> ENTRY_KEYS = entryKeys();

    private static final List<String> ENTRY_REQUIRED =
            List.of("id", "severity", "patterns", "suggestions", "explanation");
    private static final List<String> EXAMPLE_KEYS = List.of("flagged", "clean");
    /**
     * The most forms (every inflection and spelling of every word, see {@link PatternSyntax#forms})
     * one entry's patterns may put into the matcher: the bundled lexicon's largest entry has 162.
     */
    public static final int MAX_FORMS_PER_ENTRY = 2_000;
    /** The most forms all the entries read by one loader may have: the bundled lexicon has about 4,800. */
    public static final int MAX_FORMS_PER_LEXICON = 200_000;

    private static List<String> entryKeys() {
        List<String> keys = new ArrayList<>(ENTRY_FIELDS);
        keys.addAll(ConditionKey.keys());
        return List.copyOf(keys);
    }

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<LexiconEntry> entries = new ArrayList<>();
    private final Map<String, LexiconEntry.Origin> idOrigins = new LinkedHashMap<>();
    /** The entry each pattern read so far first appeared in, by its lower-case text. */
    private final Map<String, LexiconEntry> patternOwners = new LinkedHashMap<>();

    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private String profilesFile;
    /** Forms the entries read so far put into the matcher, against {@link #MAX_FORMS_PER_LEXICON}. */
    private int forms;

    private LexiconLoader() {}

    /** The bundled lexicon: its compiled form when the build made one, otherwise its YAML. */
    static Lexicon bundled(ClassLoader classLoader) {
        try (InputStream compiled = classLoader.getResourceAsStream(CompiledLexicon.RESOURCE)) {
            if (compiled != null) {
                return CompiledLexicon.read(compiled);
            }
        } catch (IOException e) {
            // a damaged compiled form: the YAML is the source, read it instead
        }
        return fromClassPath(classLoader, BUNDLED_INDEX);
    }

    /** A lexicon whose index is the class-path resource {@code index}; its files sit beside it. */
    public static Lexicon fromClassPath(ClassLoader classLoader, String index) {
        return new LoaderFromClassPath(classLoader, index).load().build();
    }

    /**
     * The bundled lexicon plus an organisation's own entry files (same format as the bundled files),
     * named by the caller: links are followed (see {@link RepositoryFiles#readNamed}).
     */
    public static Lexicon bundledWith(List<Path> extraFiles) {
        return bundledWith(extraFiles, null);
    }

    /**
     * The bundled lexicon plus an organisation's own entry files, which must be inside
     * {@code folder} (the configuration's folder) when it is not null, links followed or not.
     */
    public static Lexicon bundledWith(List<Path> extraFiles, Path folder) {
        Lexicon bundled = Lexicon.bundled();
        LexiconLoader loader = new LexiconLoader();
        loader.categories.putAll(bundled.categories());
        loader.sources.putAll(bundled.sources());
        loader.profiles.putAll(bundled.profiles());
        for (LexiconEntry entry : bundled.entries()) {
            loader.entries.add(entry);
            loader.idOrigins.put(entry.id(), entry.origin());
            // an organisation's entry that repeats a bundled pattern with the same conditions is
            // as unreachable as a repeat inside the bundled files
            for (String pattern : entry.patterns()) {
                loader.patternOwners.putIfAbsent(pattern.toLowerCase(Locale.ROOT), entry);
            }
        }
        for (Path file : extraFiles) {
            String text = folder == null
                    ? RepositoryFiles.readNamed(file, RepositoryFiles.Kind.LEXICON)
                    : RepositoryFiles.readInside(file, folder, RepositoryFiles.Kind.LEXICON);
            loader.readEntryFile(YamlNode.parse(text, file.toString()));
        }
        return loader.build();
    }

    /** A lexicon from an index and entry files held in memory (file name to text), as if read from disk. */
    static Lexicon fromTexts(String index, Map<String, String> files) {
        LexiconLoader loader = new LexiconLoader();
        List<String> names = loader.readIndex(YamlNode.parse(index, "lexicon.yml"));
        for (String file : names) {
            String text = files.get(file);
            if (text == null) {
                throw new InvalidDataException("lexicon.yml", 0, "lists " + file + ", which does not exist");
            }
            loader.readEntryFile(YamlNode.parse(text, file));
        }
        if (loader.profilesFile != null && files.containsKey(loader.profilesFile)) {
            loader.readProfiles(YamlNode.parse(files.get(loader.profilesFile), loader.profilesFile));
        }
        return loader.build();
    }

    private void readProfiles(YamlNode file) {
        Map<String, YamlNode> keys = file.mapping("the profiles file", List.of("profiles"), List.of("profiles"));
        for (YamlNode item : keys.get("profiles").sequence("profiles")) {
            Map<String, YamlNode> fields = item.mapping("a profile", PROFILE_KEYS, List.of("id", "description"));
            String id = fields.get("id").text("a profile id");
            if (!ID.matcher(id).matches()) {
                throw fields.get("id")
                        .error("profile id '" + Excerpt.of(id) + "' must be kebab-case (lower-case words joined by -)");
            }
            Map<String, RuleSetting> byCategory = settings(fields.get("categories"), "categories", categories.keySet());
            Map<String, RuleSetting> byRule = settings(fields.get("rules"), "rules", idOrigins.keySet());
            if (profiles.put(id, new Profile(id, fields.get("description").text("description"), byCategory, byRule))
                    != null) {
                throw fields.get("id").error("duplicate profile '" + Excerpt.of(id) + "'");
            }
        }
    }

    private static Map<String, RuleSetting> settings(YamlNode node, String what, Set<String> known) {
        Map<String, RuleSetting> settings = new LinkedHashMap<>();
        if (node == null) {
            return settings;
        }
        for (Map.Entry<String, YamlNode> entry : node.mapping(what).entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw entry.getValue()
                        .error("unknown " + (what.equals("rules") ? "rule id" : "category") + " '"
                                + Excerpt.of(entry.getKey()) + "' in " + what);
            }
            String level = entry.getValue().choice(what + "." + entry.getKey(), LEVELS);
            settings.put(
                    entry.getKey(),
                    new RuleSetting(
                            entry.getKey(),
                            level.equals("off") ? null : Severity.parse(level),
                            entry.getValue().line()));
        }
        return settings;
    }

    private Lexicon build() {
        return new Lexicon(categories, sources, entries, profiles);
    }

    private static final class LoaderFromClassPath {
        private final ClassLoader classLoader;
        private final String indexResource;

        LoaderFromClassPath(ClassLoader classLoader, String indexResource) {
            this.classLoader = classLoader;
            this.indexResource = indexResource;
        }

        LexiconLoader load() {
            LexiconLoader loader = new LexiconLoader();
            YamlNode index = YamlNode.parse(read(indexResource), indexResource);
            List<String> files = loader.readIndex(index);
            String folder = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
            for (String file : files) {
                loader.readEntryFile(YamlNode.parse(read(folder + file), folder + file));
            }
            if (loader.profilesFile != null) {
                loader.readProfiles(YamlNode.parse(read(folder + loader.profilesFile), folder + loader.profilesFile));
            }
            return loader;
        }

        private String read(String resource) {
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new InvalidDataException(
                            resource, 0, "not found on the class path (is strengths-lint-lexicon a dependency?)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidDataException(resource, 0, "cannot read: " + e.getMessage());
            }
        }
    }

    private List<String> readIndex(YamlNode index) {
        Map<String, YamlNode> keys = index.mapping("the lexicon index", INDEX_KEYS, INDEX_REQUIRED);
        if (keys.containsKey("profiles")) {
            profilesFile = keys.get("profiles").text("profiles");
        }
        for (YamlNode item : keys.get("categories").sequence("categories")) {
            Map<String, YamlNode> fields = item.mapping("a category", CATEGORY_KEYS, List.of("id", "description"));
            String id = fields.get("id").text("a category id");
            if (!ID.matcher(id).matches()) {
                throw fields.get("id")
                        .error("category id '" + Excerpt.of(id)
                                + "' must be kebab-case (lower-case words joined by -)");
            }
            String title = fields.containsKey("title")
                    ? fields.get("title").text("title")
                    : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
            if (categories.put(
                            id,
                            new Category(id, title, fields.get("description").text("description")))
                    != null) {
                throw fields.get("id").error("duplicate category '" + Excerpt.of(id) + "'");
            }
        }
        for (Map.Entry<String, YamlNode> source :
                keys.get("sources").mapping("sources").entrySet()) {
            sources.put(source.getKey(), source.getValue().text("the title of source " + source.getKey()));
        }
        return keys.get("files").textList("files");
    }

    private void readEntryFile(YamlNode file) {
        Map<String, YamlNode> keys = file.mapping("a lexicon file", FILE_KEYS, FILE_KEYS);
        YamlNode categoryNode = keys.get("category");
        String category = categoryNode.text("category");
        if (!categories.containsKey(category)) {
            throw categoryNode.error("unknown category '" + Excerpt.of(category) + "' (known: "
                    + String.join(", ", categories.keySet()) + ")");
        }
        for (YamlNode item : keys.get("entries").sequence("entries")) {
            LexiconEntry entry = readEntry(item, category);
            LexiconEntry.Origin earlier = idOrigins.putIfAbsent(entry.id(), entry.origin());
            if (earlier != null) {
                throw item.error("duplicate id '" + entry.id() + "' (first defined at " + earlier + ")");
            }
            samePatternCheck(entry, item);
            entries.add(entry);
        }
    }

    /**
     * A pattern may stand in two entries only with different conditions ("sufferer" alone and after
     * an illness): with the same ones, the later entry could never report it.
     */
    private void samePatternCheck(LexiconEntry entry, YamlNode item) {
        Set<ConditionSpec> conditions = Set.copyOf(entry.conditions());
        for (String pattern : entry.patterns()) {
            LexiconEntry first = patternOwners.putIfAbsent(pattern.toLowerCase(Locale.ROOT), entry);
            if (first != null
                    && first != entry
                    && Set.copyOf(first.conditions()).equals(conditions)) {
                throw patternNode(item, pattern)
                        .error("entry '" + entry.id() + "': pattern '" + Excerpt.of(pattern)
                                + "' is already in entry '"
                                + first.id() + "' (" + first.origin()
                                + ") with the same conditions, so it could never be"
                                + " reported here while that entry is on; keep it in one entry");
            }
        }
    }

    /** The line of the entry's patterns that holds {@code pattern}, for an error that points at it; or the entry. */
    private static YamlNode patternNode(YamlNode item, String pattern) {
        YamlNode patterns = item.mapping("an entry").get("patterns");
        if (patterns != null && patterns.isSequence()) {
            for (YamlNode written : patterns.sequence("patterns")) {
                if (written.isScalar() && written.scalar("pattern").equals(pattern)) {
                    return written;
                }
            }
        }
        return item;
    }

    private LexiconEntry readEntry(YamlNode item, String category) {
        Map<String, YamlNode> f = item.mapping("an entry", ENTRY_KEYS, ENTRY_REQUIRED);
        String id = f.get("id").text("id");
        if (!ID.matcher(id).matches()) {
            throw f.get("id").error("id '" + Excerpt.of(id) + "' must be kebab-case (lower-case words joined by -)");
        }
        String what = "entry '" + id + "': ";
        Severity severity = Severity.parse(f.get("severity").choice(what + "severity", SEVERITIES));
        List<String> patterns = patterns(f.get("patterns"), what + "patterns");
        if (patterns.isEmpty()) {
            throw f.get("patterns").error(what + "patterns must list at least one phrase");
        }
        countForms(patterns, f.get("patterns"), what);
        List<String> suggestions = f.get("suggestions").textList(what + "suggestions");
        if (suggestions.isEmpty() || suggestions.size() > 3) {
            throw f.get("suggestions").error(what + "give one to three suggestions, not " + suggestions.size());
        }
        Fit fit = f.containsKey("fit") ? FitReader.read(f.get("fit"), what) : Fit.undeclared();
        List<ConditionSpec> conditions = new ArrayList<>();
        for (Map.Entry<String, YamlNode> field : f.entrySet()) {
            ConditionSpec condition = condition(field.getKey(), field.getValue(), what);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        int principle = 0;
        if (f.containsKey("principle")) {
            principle = f.get("principle").integer(what + "principle");
            if (principle < 1 || principle > 10) {
                throw f.get("principle").error(what + "principle must be between 1 and 10, not " + principle);
            }
        }
        List<String> entrySources = f.containsKey("sources") ? f.get("sources").textList(what + "sources") : List.of();
        for (String source : entrySources) {
            if (!sources.containsKey(source)) {
                throw f.get("sources")
                        .error(what + "unknown source '" + Excerpt.of(source) + "' (add it to the sources in "
                                + BUNDLED_INDEX + ")");
            }
        }
        List<String> flagged = List.of();
        List<String> clean = List.of();
        if (f.containsKey("examples")) {
            Map<String, YamlNode> examples = f.get("examples").mapping(what + "examples", EXAMPLE_KEYS, List.of());
            if (examples.containsKey("flagged")) {
                List<String> marked = new ArrayList<>();
                for (YamlNode example : examples.get("flagged").sequence(what + "flagged examples")) {
                    String text = example.text(what + "a flagged example");
                    checkMarked(text, example, what);
                    marked.add(text);
                }
                flagged = List.copyOf(marked);
            }
            if (examples.containsKey("clean")) {
                clean = examples.get("clean").textList(what + "clean examples");
            }
        }
        return new LexiconEntry(
                id,
                category,
                severity,
                patterns,
                conditions,
                suggestions,
                fit,
                f.get("explanation").text(what + "explanation"),
                principle,
                entrySources,
                flagged,
                clean,
                new LexiconEntry.Origin(item.source(), item.line()));
    }

    /** The context condition written under {@code key}, validated; null for an entry field or a switch set to false. */
    private static ConditionSpec condition(String key, YamlNode node, String what) {
        ConditionKey condition = ConditionKey.of(key).orElse(null);
        if (condition == null) {
            return null;
        }
        if (condition.arguments() == ConditionKey.Arguments.SWITCH) {
            return node.bool(what + key) ? new ConditionSpec(key, List.of()) : null;
        }
        List<String> arguments = node.textList(what + key);
        if (arguments.isEmpty()) {
            throw node.error(what + key + " must list at least one value");
        }
        for (String argument : arguments) {
            String problem = condition.problem(argument);
            if (problem != null) {
                throw node.error(what + key + ": " + problem);
            }
        }
        return new ConditionSpec(key, arguments);
    }

    private static List<String> patterns(YamlNode node, String what) {
        List<String> phrases = node.textList(what);
        for (String phrase : phrases) {
            String problem = PatternSyntax.patternProblem(phrase);
            if (problem != null) {
                throw node.error(what + ": '" + Excerpt.of(phrase) + "' " + problem);
            }
        }
        return phrases;
    }

    /**
     * Counts the forms an entry's patterns put into the matcher against the limits per entry and
     * per lexicon, so a file cannot make building the matcher take unbounded time or memory.
     */
    private void countForms(List<String> patterns, YamlNode node, String what) {
        int entryForms = 0;
        for (String pattern : patterns) {
            entryForms += PatternSyntax.forms(pattern);
            if (entryForms > MAX_FORMS_PER_ENTRY) {
                throw node.error(what + "the patterns have more than " + MAX_FORMS_PER_ENTRY + " inflected forms and "
                        + "spellings in all (the limit per entry); split the entry or write fewer patterns");
            }
        }
        forms += entryForms;
        if (forms > MAX_FORMS_PER_LEXICON) {
            throw node.error(what + "the lexicon's patterns have more than " + MAX_FORMS_PER_LEXICON
                    + " inflected forms and spellings in all (the limit per lexicon)");
        }
    }

    /** A flagged example must mark at least one span, with brackets that pair up. */
    private static void checkMarked(String example, YamlNode node, String what) {
        int depth = 0;
        int spans = 0;
        for (char c : example.toCharArray()) {
            if (c == '[') {
                depth++;
                spans++;
            } else if (c == ']') {
                depth--;
            }
            if (depth < 0 || depth > 1) {
                throw node.error(what + "unbalanced [ ] in flagged example: " + Excerpt.of(example));
            }
        }
        if (depth != 0) {
            throw node.error(what + "unbalanced [ ] in flagged example: " + Excerpt.of(example));
        }
        if (spans == 0) {
            throw node.error(what + "a flagged example must mark the expected span with [ ]: " + Excerpt.of(example));
        }
    }
}
