package org.strengthslint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * @param configuration a configuration file for every document, or null to find one per document
     * @param profile       a profile that overrides the configurations' own, or null
     * @param models        the language models to share (possibly already loading)
     */
    public CheckSession(Path configuration, String profile, LanguageModels models) {
        this(configuration, profile, models, false);
    }

    /**
     * As {@link #CheckSession(Path, String, LanguageModels)}, with linters that explain each decision
     * when {@code explainContext} ({@link Linter.Builder#explainContext()}).
     */
    public CheckSession(Path configuration, String profile, LanguageModels models, boolean explainContext) {
        this.explainContext = explainContext;
        this.explicitConfiguration = configuration;
        this.profile = profile;
        this.models = models;
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
                                    .languageModels(models);
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

    /**
     * Closes every linter this session built; one still being built is closed when it is ready.
     * Close the session once its documents are checked.
     */
    @Override
    public void close() {
        for (CompletableFuture<Linter> linter : linters.values()) {
            // one still being built is closed as soon as it is ready; a failed build has nothing to close
            var unused = linter.thenAccept(Linter::close);
        }
    }

    /**
     * Checks items in parallel on {@code jobs} threads and returns the results in input order.
     * {@code check} handles one item; an {@link InvalidDataException} from it ends the run, any
     * other failure is reported against that item by {@code failed}.
     */
    public static <T> List<CheckResult> checkAll(
            List<T> items,
            int jobs,
            Function<T, CheckResult> check,
            java.util.function.BiFunction<T, Throwable, CheckResult> failed) {
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
                    results.add(failed.apply(items.get(i), e.getCause()));
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
