package org.strengthslint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.strengthslint.CheckResult;
import org.strengthslint.FailOn;
import org.strengthslint.Finding;
import org.strengthslint.Linter;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.config.Configuration;
import org.strengthslint.config.ConfigurationLoader;
import org.strengthslint.config.InvalidDataException;
import org.strengthslint.extract.Document;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.report.JsonReportWriter;
import org.strengthslint.report.ReportWriter;
import org.strengthslint.report.TextReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Checks documents for deficit-based language and suggests strengths-based alternatives.",
            "",
            "A PATH is a file, a folder (searched for every supported document type, skipping hidden",
            "folders, target/ and node_modules/), or - for standard input.",
            "Formats: text, Markdown, DOCX, DOC, ODT, RTF, PDF, HTML, EML, MSG, PPTX and ODP."},
        footer = {"",
            "Exit codes:",
            "  0  nothing at or above the --fail-on level",
            "  1  findings at or above the --fail-on level",
            "  2  bad usage, or invalid configuration or lexicon",
            "  3  one or more inputs could not be read (the others are still checked and reported)",
            "",
            "Examples:",
            "  strengths-lint check letters/warning.md",
            "  strengths-lint check --format json --output report.json policies/",
            "  cat letter.txt | strengths-lint check --stdin-name letter.txt -"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Colour { auto, always, never }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The language models, possibly already loading: {@link Main#main} starts them early. */
    private final LanguageModels models;

    CheckCommand(LanguageModels models) {
        this.models = models;
    }

    /** Made when a check runs, not when the command line is parsed (--help must stay fast). */
    private DocumentReader reader;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
            description = "Exit with 1 when a finding is at or above LEVEL: error, warning, info or never "
                    + "(default: warning, or failOn from the configuration file).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: none; see README).")
    Path config;

    @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "<stdin>",
            description = "The name to report standard input under; its ending (.md) chooses Markdown "
                    + "(default: ${DEFAULT-VALUE}).")
    String stdinName;

    @Option(names = {"-q", "--quiet"},
            description = "Text format: print findings only, without suggestions, explanations or summary.")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour in the text format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + "only on a terminal, and not when NO_COLOR is set).")
    Colour colour;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = PositiveIntConverter.class,
            description = "Documents checked at the same time (default: the number of processors).")
    Integer jobs;

    // office documents and folders (issue 4): --include, --exclude, --max-file-size, --max-text, --timeout
    @CommandLine.Mixin
    DocumentOptions documents = new DocumentOptions();
    private final MemoryGate memory = MemoryGate.forHeap();

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class PositiveIntConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of at least 1");
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Configuration configuration;
        try {
            configuration = config == null ? Configuration.DEFAULT : ConfigurationLoader.load(config);
        } catch (InvalidDataException e) {
            err.println("strengths-lint: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        FailOn failLevel = failLevel(configuration);
        reader = new DocumentReader(documents.limits());
        List<InputCollector.Input> inputs = InputCollector.collect(paths, stdinName, documents.filter());

        // The lexicon and models load on one thread while the documents are read and parsed on
        // the others: start-up and extraction overlap instead of adding up.
        CompletableFuture<Linter> linter = CompletableFuture.supplyAsync(
                () -> Linter.builder().configuration(configuration).languageModels(models).build(),
                runnable -> daemon(runnable, "strengths-lint-setup").start());
        List<CheckResult> results;
        try (Progress progress = Progress.start(format == Format.text,
                inputs.size())) {
            results = checkAll(linter, inputs, progress);
        }
        Linter built;
        try {
            built = linter.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidDataException invalid) {
                err.println("strengths-lint: " + invalid.getMessage());
                return ExitCodes.USAGE;
            }
            throw e;
        }

        ReportWriter writer = switch (format) {
            case json -> new JsonReportWriter();
            case text -> new TextReportWriter(built.lexicon(), useColour(), quiet);
        };
        try {
            if (output == null) {
                Writer out = spec.commandLine().getOut();
                writer.write(results, out);
                out.flush();
            } else {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
                        StandardCharsets.UTF_8))) {
                    writer.write(results, out);
                }
            }
        } catch (IOException e) {
            err.println("strengths-lint: cannot write the report to " + output + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return exitCode(results, failLevel);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private FailOn failLevel(Configuration configuration) {
        if (failOn != null) {
            return failOn;
        }
        return configuration.failOn() != null ? configuration.failOn() : FailOn.WARNING;
    }

    /** Checks every input, in parallel, returning the results in input order. */
    private List<CheckResult> checkAll(CompletableFuture<Linter> linter, List<InputCollector.Input> inputs,
            Progress progress) {
        int threads = Math.max(1, Math.min(inputs.size(),
                jobs != null ? jobs : Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> daemon(runnable, "strengths-lint-check"));
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (InputCollector.Input input : inputs) {
                futures.add(pool.submit(() -> {
                    try {
                        return checkWithin(memory, linter, input);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<CheckResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), inputs.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CheckResult await(Future<CheckResult> future, InputCollector.Input input) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return CheckResult.unreadable(input.name(), DocumentReader.formatOf(input.name()),
                    "failed while checking: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.unreadable(input.name(), DocumentReader.formatOf(input.name()), "interrupted");
        }
    }

    /** Waits until memory allows the document, then checks it (see {@link MemoryGate}). */
    private CheckResult checkWithin(MemoryGate gate, CompletableFuture<Linter> linter, InputCollector.Input input)
            throws InterruptedException {
        long size = input.file() == null ? 0 : input.file().toFile().length();
        try (MemoryGate.Pass pass = gate.enter(size)) {
            return check(linter, input);
        }
    }

    /** A failure in one document is reported against it, and never stops the others. */
    private CheckResult check(CompletableFuture<Linter> linter, InputCollector.Input input) {
        String format = DocumentReader.formatOf(input.name());
        Document document;
        try {
            document = input.file() == null ? reader.read(System.in.readAllBytes(), input.name())
                    : reader.read(input.file(), input.name());
        } catch (UnreadableDocumentException e) {
            return CheckResult.unreadable(input.name(), format, e.getMessage());
        } catch (IOException e) {
            return CheckResult.unreadable(input.name(), format, "cannot be read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return CheckResult.unreadable(input.name(), format, "failed while reading: " + e);
        } catch (OutOfMemoryError e) {
            return CheckResult.unreadable(input.name(), format, "too large to read in the memory available");
        }
        Linter ready;
        try {
            ready = linter.join();
        } catch (CompletionException e) {
            return CheckResult.unreadable(input.name(), format, "not checked: the linter could not be set up");
        }
        try {
            return ready.check(document);
        } catch (OutOfMemoryError e) {
            return CheckResult.unreadable(input.name(), format, "too large to check in the memory available");
        } catch (RuntimeException | StackOverflowError e) {
            return CheckResult.unreadable(input.name(), format, "failed while checking: " + e);
        }
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> output == null && System.console() != null && System.getenv("NO_COLOR") == null;
        };
    }

    private static int exitCode(List<CheckResult> results, FailOn failLevel) {
        boolean unreadable = false;
        boolean failing = false;
        for (CheckResult result : results) {
            unreadable |= !result.readable();
            for (Finding finding : result.findings()) {
                failing |= failLevel.fails(finding.severity());
            }
        }
        if (unreadable) {
            return ExitCodes.UNREADABLE;
        }
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
