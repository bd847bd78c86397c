package org.strengthslint;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.CheckResult;
import org.strengthslint.config.Configuration;
import org.strengthslint.config.ConfigurationFinder;
import org.strengthslint.config.ConfigurationLoader;
import org.strengthslint.config.PathFilter;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.extract.Document;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.extract.UnreadableDocumentException;

/**
 * One run over many documents, as the command line and the Maven plugin make it: each document
 * is governed by a configuration file (given, or the nearest {@code .strengths-lint.yml} above
 * it), each configuration gets one {@link Linter}, built once on its own thread while documents
 * are read, and all linters share one set of language models. Thread-safe.
 *
 * <p>Closing the session closes every linter it built (see {@link Linter#close()}).
 */
public final class CheckSession implements AutoCloseable {
    private final Path explicitConfiguration;
    private final String profile;
    private final LanguageModels models;
    private final ConfigurationFinder finder = new ConfigurationFinder();
    private final Map<Optional<Path>, Configuration> configurations = new ConcurrentHashMap<>();
    private final Map<Optional<Path>, CompletableFuture<Linter>> linters = new ConcurrentHashMap<>();
    /** Globs compiled once per configuration, not once per file found. */
    private final Map<Optional<Path>, PathFilter> filters = new ConcurrentHashMap<>();

    private final boolean explainContext;
    private final Function<Configuration, ExtractionLimits> limits;
    /** One reader for each configuration's limits, so documents are read while their linter is built. */
    private final Map<Optional<Path>, DocumentReader> readers = new ConcurrentHashMap<>();

    private CheckSession(Builder builder) {
        this.explicitConfiguration = builder.configuration;
        this.profile = builder.profile;
        this.models = builder.models;
        this.explainContext = builder.explainContext;
        this.limits = builder.limits;
    }

    /** A session that shares {@code models} (possibly already loading) among its linters. */
    public static Builder builder(LanguageModels models) {
        return new Builder(models);
    }

    /** Builds a {@link CheckSession}: by default each document finds its own configuration. */
    public static final class Builder {
        private final LanguageModels models;
        private Path configuration;
        private String profile;
        private boolean explainContext;
        private Function<Configuration, ExtractionLimits> limits = Linter::defaultLimits;

        private Builder(LanguageModels models) {
            this.models = Objects.requireNonNull(models);
        }

        /** A configuration file for every document (null: each finds the nearest one above it). */
        public Builder configuration(Path file) {
            this.configuration = file;
            return this;
        }

        /** A profile that overrides the configurations' own (null: theirs). */
        public Builder profile(String name) {
            this.profile = name;
            return this;
        }

        /** Linters that explain each decision ({@link Linter.Builder#explainContext()}). */
        public Builder explainContext(boolean explain) {
            this.explainContext = explain;
            return this;
        }

        /**
         * The limits on reading each document, from the configuration that governs it (by default
         * {@link ExtractionLimits#DEFAULT} with the configuration's {@code maxExpansion}).
         */
        public Builder limits(Function<Configuration, ExtractionLimits> forConfiguration) {
            this.limits = Objects.requireNonNull(forConfiguration);
            return this;
        }

        public CheckSession build() {
            return new CheckSession(this);
        }
    }

    /** The configuration file governing a document or folder (null: standard input, governed from here). */
    public Optional<Path> configurationFileFor(Path path) {
        if (explicitConfiguration != null) {
            return Optional.of(explicitConfiguration);
        }
        return finder.find(path == null ? Path.of("") : path);
    }

    /** @throws InvalidDataException when the configuration file is invalid */
    public Configuration configurationFor(Path path) {
        // A file named with --config is the user's choice; one found above a document came with
        // the repository and must not lead outside its folder (RepositoryFiles).
        return configurations.computeIfAbsent(
                configurationFileFor(path),
                file -> file.map(this::read).orElse(Configuration.DEFAULT).withProfile(profile));
    }

    /**
     * Reads a configuration file. When it has problems, the rest of it is checked against the
     * lexicon too (rule ids, categories, profile), so that every problem is reported in one run.
     */
    private Configuration read(Path file) {
        ConfigurationLoader.Reading reading = ConfigurationLoader.read(file, explicitConfiguration == null);
        if (reading.problems().isEmpty()) {
            return reading.configuration();
        }
        List<InvalidDataException> problems = new java.util.ArrayList<>(reading.problems());
        try {
            Configuration partial = reading.configuration().withProfile(profile);
            problems.addAll(Linter.configurationProblems(Linter.lexiconFor(partial), partial));
        } catch (InvalidDataException e) {
            problems.add(e);
        }
        throw InvalidDataException.of(problems);
    }

    /** Whether a document found by a folder scan is included by its configuration's globs. */
    public boolean includes(Path document) {
        Configuration configuration = configurationFor(document);
        return filters.computeIfAbsent(configurationFileFor(document), file -> new PathFilter(configuration))
                .accepts(document);
    }

    /** Starts building the linter for a path's configuration, if not started yet. */
    public CompletableFuture<Linter> startLinter(Path path) {
        Configuration configuration = configurationFor(path);
        return linters.computeIfAbsent(
                configurationFileFor(path),
                file -> CompletableFuture.supplyAsync(
                        () -> {
                            Linter.Builder builder = Linter.builder()
                                    .configuration(configuration)
                                    .languageModels(models)
                                    .limits(limits.apply(configuration));
                            return (explainContext ? builder.explainContext() : builder).build();
                        },
                        runnable -> {
                            Thread thread = new Thread(runnable, "strengths-lint-setup");
                            thread.setDaemon(true);
                            thread.start();
                        }));
    }

    /**
     * The linter for a path's configuration, waiting for it to be built.
     *
     * @throws InvalidDataException when the configuration or a lexicon it names is invalid
     */
    public Linter linterFor(Path path) {
        try {
            return startLinter(path).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The limits on reading a document or folder, from the configuration that governs it. */
    public ExtractionLimits limitsFor(Path path) {
        return limits.apply(configurationFor(path));
    }

    /**
     * Checks a file, reporting it under {@code name}. It is read while its linter is still being
     * built; a file that cannot be read or checked gives a result with an {@code error}.
     *
     * @throws InvalidDataException when the configuration or a lexicon it names is invalid: not one
     *                              file's problem, so it ends the run
     */
    public CheckResult check(Path file, String name) {
        return check(file, name, reader -> reader.read(file, name));
    }

    /**
     * Checks a stream (standard input, governed by the configuration found from the working
     * folder), as {@link #check(Path, String)}.
     */
    public CheckResult check(InputStream in, String name) {
        return check(null, name, reader -> reader.read(in, name));
    }

    private interface Read {
        Document from(DocumentReader reader) throws UnreadableDocumentException;
    }

    private CheckResult check(Path file, String name, Read read) {
        // outside the try: an invalid configuration is not one file's problem and ends the run
        DocumentReader reader = readerFor(file);
        var unused = startLinter(file); // built while the document is read; waited for below
        Document document;
        try {
            document = read.from(reader);
        } catch (UnreadableDocumentException e) {
            return unreadable(name, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(name, "failed while reading: " + e);
        } catch (OutOfMemoryError e) {
            return unreadable(name, "too large to read in the memory available");
        }
        Linter ready = linterFor(file);
        try {
            return ready.check(document);
        } catch (OutOfMemoryError e) {
            return unreadable(name, "too large to check in the memory available");
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(name, "failed while checking: " + e);
        }
    }

    private DocumentReader readerFor(Path file) {
        // the limits are worked out once for each configuration, when its reader is made
        return readers.computeIfAbsent(configurationFileFor(file), unused -> new DocumentReader(limitsFor(file)));
    }

    /**
     * The bytes of a file, after the checks {@link #check(Path, String)} makes (it exists, is a
     * regular readable file, within the size limit of its configuration): for commands that change
     * a document, which read it once and work on those bytes.
     */
    public byte[] bytesOf(Path file) throws UnreadableDocumentException {
        return readerFor(file).readBytes(file);
    }

    /** The result for a document that could not be read or checked, its format told by its name. */
    public static CheckResult unreadable(String name, String reason) {
        return Linter.unreadable(name, reason);
    }

    /**
     * Closes every linter this session built and the readers it read with; a linter still being
     * built is closed when it is ready. Close the session once its documents are checked.
     */
    @Override
    public void close() {
        readers.values().forEach(DocumentReader::close);
        for (CompletableFuture<Linter> linter : linters.values()) {
            // one still being built is closed as soon as it is ready; a failed build has nothing to close
            var unused = linter.thenAccept(Linter::close);
        }
    }

    /**
     * Checks items in parallel on {@code jobs} threads and returns the results in input order.
     * {@code check} handles one item; an {@link InvalidDataException} from it ends the run, any
     * other failure is reported against that item, under the name {@code nameOf} gives it.
     */
    public static <T> List<CheckResult> checkAll(
            List<T> items, int jobs, Function<T, CheckResult> check, Function<T, String> nameOf) {
        int threads = Math.max(1, Math.min(items.size(), jobs));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "strengths-lint-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> check.apply(item)));
            }
            List<CheckResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InvalidDataException invalid) {
                        throw invalid;
                    }
                    results.add(unreadable(nameOf.apply(items.get(i)), "failed while checking: " + e.getCause()));
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
