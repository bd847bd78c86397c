package org.strengthslint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.config.Configuration;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.extract.Document;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.extract.InlineSuppressions;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.lexicon.LexiconLoader;
import org.strengthslint.lexicon.Profile;
import org.strengthslint.lexicon.RuleSetting;
import org.strengthslint.match.ContextConditions;
import org.strengthslint.match.TermMatcher;

/**
 * Checks documents for deficit-based language. Build one, then share it: it is thread-safe, and
 * the language models it loads on first use are shared by every thread.
 *
 * <p>A linter holds threads to read office documents on (so that a parser that hangs can be left
 * behind when the time limit passes), started the first time it reads one. Close it when you are
 * done, for example with try-with-resources, to stop them; it cannot check files or bytes after
 * that. A linter that is never closed does not keep the JVM alive: its threads are daemon threads,
 * and each ends after a minute without work.
 *
 * <pre>{@code
 * try (Linter linter = Linter.builder().build()) {        // the bundled lexicon
 *     CheckResult result = linter.check(Path.of("letter.md"));
 *     for (Finding f : result.findings()) {
 *         System.out.println(f.line() + ":" + f.column() + " " + f.text() + " -> " + f.suggestions());
 *     }
 * }
 * }</pre>
 */
public final class Linter implements AutoCloseable {
    private final Lexicon lexicon;
    private final Configuration configuration;
    private final TermMatcher matcher;
    private final LanguageModels models;
    private final DocumentReader reader;

    /** The profile used when the configuration chooses none. */
    public static final String DEFAULT_PROFILE = "default";

    /**
     * @param profile the profile that applies: the configuration's, the lexicon's default when it
     *     chooses none, or null for the lexicon as written (to check an organisation's examples)
     */
    private Linter(
            Lexicon lexicon,
            Configuration configuration,
            Profile profile,
            LanguageModels models,
            ExtractionLimits limits,
            boolean explain) {
        this.reader = new DocumentReader(limits);
        this.lexicon = lexicon;
        this.configuration = configuration;
        this.models = models;
        this.matcher = new TermMatcher(lexicon, profile, configuration, explain);
    }

    /** The profile a configuration chooses, or the lexicon's "default" profile when it chooses none. */
    private static Profile profileFor(Lexicon lexicon, Configuration configuration) {
        return configuration.profile() == null
                ? lexicon.profile(DEFAULT_PROFILE).orElse(null)
                : lexicon.profile(configuration.profile()).orElseThrow();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Checks a file; a file that cannot be read gives a result with an {@code error}, never an exception. */
    public CheckResult check(Path file) {
        return check(file, file.toString());
    }

    /** Checks a file, reporting it under {@code name}. */
    public CheckResult check(Path file, String name) {
        try {
            return check(reader.read(file, name));
        } catch (UnreadableDocumentException e) {
            return unreadable(name, e.getMessage());
        }
    }

    /** Checks bytes (for example standard input); the format is detected from the content and the name. */
    public CheckResult check(byte[] content, String name) {
        return checkShowingText(content, name).result();
    }

    /** The result for a document that could not be read or checked, its format told by its name. */
    static CheckResult unreadable(String name, String reason) {
        return CheckResult.unreadable(name, DocumentReader.formatOf(name), reason);
    }

    /** Checks text in memory; {@code name} chooses the format (a {@code .md} name is read as Markdown). */
    public CheckResult check(String text, String name) {
        return check(reader.fromText(text, name));
    }

    /**
     * The lexicon's default profile switches the entry off, so that only another profile or the
     * configuration reports it; as {@code explain} and the lexicon reference say.
     */
    public static boolean offByDefault(Lexicon lexicon, LexiconEntry entry) {
        return lexicon.profile(DEFAULT_PROFILE).map(p -> p.switchesOff(entry)).orElse(false);
    }

    /**
     * What an entry's context conditions say, as {@code explain} and the lexicon reference show
     * them ("only when it describes a person", "not before \"shelter\"").
     */
    public static List<String> contextOf(LexiconEntry entry) {
        return entry.conditions().stream().map(ContextConditions::describe).toList();
    }

    /**
     * A check with the text its findings' offsets point into: for showing findings beside the
     * document, as the page of {@code strengths-lint serve} does.
     *
     * @param result the check
     * @param text   the document's text as read; null when it could not be read
     */
    public record CheckedText(CheckResult result, String text) {}

    /** Checks bytes as {@link #check(byte[], String)} does, and gives the text the findings point into. */
    public CheckedText checkShowingText(byte[] content, String name) {
        try {
            Document document = reader.read(content, name);
            return new CheckedText(check(document), document.text());
        } catch (UnreadableDocumentException e) {
            return new CheckedText(unreadable(name, e.getMessage()), null);
        }
    }

    /** Checks text in memory as {@link #check(String, String)} does, and gives the text the findings point into. */
    public CheckedText checkShowingText(String text, String name) {
        Document document = reader.fromText(text, name);
        return new CheckedText(check(document), document.text());
    }

    public CheckResult check(Document document) {
        TermMatcher.Result result = matcher.check(document, models);
        InlineSuppressions suppressions = InlineSuppressions.in(document.text(), document.lines());
        List<Finding> findings = result.findings();
        int suppressed = 0;
        if (!suppressions.isEmpty() || !document.commentSuppressions().isEmpty()) {
            findings = new ArrayList<>();
            for (Finding finding : result.findings()) {
                if (suppressions.suppresses(finding)
                        || document.commentSuppressions().stream()
                                .anyMatch(range -> range.covers(finding.offset(), finding.rule()))) {
                    suppressed++;
                } else {
                    findings.add(finding);
                }
            }
        }
        return new CheckResult(
                document.name(), document.format(), result.words(), null, findings, suppressed, result.rejected());
    }

    /**
     * Stops the threads this linter reads office documents on. Checking text in memory still
     * works; checking a file or bytes throws {@link IllegalStateException}.
     */
    @Override
    public void close() {
        reader.close();
    }

    /** {@link ExtractionLimits#DEFAULT}, with the configuration's {@code maxExpansion} if it sets one. */
    static ExtractionLimits defaultLimits(Configuration configuration) {
        return configuration.maxExpansion() == null
                ? ExtractionLimits.DEFAULT
                : ExtractionLimits.DEFAULT.withMaxExpansion(configuration.maxExpansion());
    }

    /** Builds a {@link Linter}; by default with the bundled lexicon and no configuration. */
    public static final class Builder {
        private Lexicon lexicon;
        private Configuration configuration = Configuration.DEFAULT;
        private boolean preloadModels;
        private LanguageModels models;
        private boolean stockOpenNlp;
        private ExtractionLimits limits;
        private boolean explainContext;

        private Builder() {}

        /**
         * Explain each decision: findings list the context conditions they passed
         * ({@link Finding#context()}), and results keep the candidates that conditions ruled out,
         * with the reason ({@link CheckResult#rejected()}). For lexicon editors; slower.
         */
        public Builder explainContext() {
            this.explainContext = true;
            return this;
        }

        /**
         * Limits on each file read: size, extracted text, time, expansion (default
         * {@link ExtractionLimits#DEFAULT}, with the configuration's {@code maxExpansion} if it sets one).
         */
        public Builder limits(ExtractionLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon);
            return this;
        }

        public Builder configuration(Configuration configuration) {
            this.configuration = Objects.requireNonNull(configuration);
            return this;
        }

        /**
         * Share language models (loaded or loading) made before this linter, for example by a
         * command line that starts loading them before it has parsed its arguments.
         */
        public Builder languageModels(LanguageModels models) {
            this.models = Objects.requireNonNull(models);
            return this;
        }

        /**
         * Run Apache OpenNLP's own sentence detector, tokenizer and tagger on the models, rather
         * than strengths-lint's faster code that gives the same answers (docs/library.md, "The
         * language models"); for comparing the two. Ignored when {@link #languageModels} shares
         * models made elsewhere.
         */
        public Builder stockOpenNlp() {
            this.stockOpenNlp = true;
            return this;
        }

        /**
         * Load the language models in the background from the start, rather than when the first
         * candidate term needs them: shorter start-up for a process that checks straight away.
         */
        public Builder preloadModels() {
            this.preloadModels = true;
            return this;
        }

        /**
         * @throws InvalidDataException when the lexicon or configuration is invalid, naming the
         *                              file, line and problem
         */
        public Linter build() {
            LanguageModels models =
                    this.models != null ? this.models : stockOpenNlp ? LanguageModels.stock() : new LanguageModels();
            if (preloadModels && this.models == null) {
                models.preloadInBackground();
            }
            Lexicon chosen = lexicon;
            List<LexiconEntry> organisations = List.of();
            if (chosen == null) {
                chosen = lexiconFor(configuration);
                java.util.Set<String> files = new java.util.HashSet<>();
                configuration.lexicons().forEach(file -> files.add(file.toString()));
                organisations = chosen.entries().stream()
                        .filter(e -> files.contains(e.origin().file()))
                        .toList();
            }
            List<InvalidDataException> problems = configurationProblems(chosen, configuration);
            if (!problems.isEmpty()) {
                throw InvalidDataException.of(problems);
            }
            ExtractionLimits chosenLimits = limits == null ? defaultLimits(configuration) : limits;
            if (!organisations.isEmpty()) {
                // the entries' own examples are checked against the lexicon as written, with no
                // profile: a profile may leave the entry's category out
                try (Linter examples = new Linter(chosen, Configuration.DEFAULT, null, models, chosenLimits, false)) {
                    OrganisationExamples.check(examples, organisations);
                }
            }
            return new Linter(
                    chosen, configuration, profileFor(chosen, configuration), models, chosenLimits, explainContext);
        }
    }

    /** The bundled lexicon with the organisation's own files (which must be inside the configuration's folder). */
    static Lexicon lexiconFor(Configuration configuration) {
        return configuration.lexicons().isEmpty()
                ? Lexicon.bundled()
                : LexiconLoader.bundledWith(configuration.lexicons(), configuration.folder());
    }

    /** What a configuration names that the lexicon does not have: profile, rule ids, categories. */
    static List<InvalidDataException> configurationProblems(Lexicon lexicon, Configuration configuration) {
        List<InvalidDataException> problems = new java.util.ArrayList<>();
        if (configuration.profile() != null
                && lexicon.profile(configuration.profile()).isEmpty()) {
            problems.add(new InvalidDataException(
                    configuration.source().isEmpty() ? "--profile" : configuration.source(),
                    configuration.profileLine(),
                    "unknown profile '"
                            + configuration.profile() + "' ("
                            + nearest(
                                    configuration.profile(), lexicon.profiles().keySet())
                            + "known: " + String.join(", ", lexicon.profiles().keySet()) + ")"));
        }
        java.util.Set<String> ids = new java.util.TreeSet<>();
        lexicon.entries().forEach(entry -> ids.add(entry.id()));
        for (RuleSetting rule : configuration.rules().values()) {
            if (lexicon.entry(rule.key()).isEmpty()) {
                problems.add(new InvalidDataException(
                        configuration.source(),
                        rule.line(),
                        "unknown rule id '" + rule.key() + "' (" + nearest(rule.key(), ids)
                                + "see `strengths-lint rules`)"));
            }
        }
        for (RuleSetting category : configuration.categories().values()) {
            if (lexicon.category(category.key()).isEmpty()) {
                problems.add(new InvalidDataException(
                        configuration.source(),
                        category.line(),
                        "unknown category '" + category.key() + "' ("
                                + nearest(category.key(), lexicon.categories().keySet()) + "known: "
                                + String.join(", ", lexicon.categories().keySet()) + ")"));
            }
        }
        return problems;
    }

    private static String nearest(String name, java.util.Collection<String> known) {
        return org.strengthslint.data.NearestName.of(name, known)
                .map(n -> "did you mean '" + n + "'? ")
                .orElse("");
    }
}
