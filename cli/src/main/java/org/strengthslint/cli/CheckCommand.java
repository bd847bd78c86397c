package org.strengthslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.strengthslint.CheckRun;
import org.strengthslint.CheckSession;
import org.strengthslint.Linter;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.FailOn;
import org.strengthslint.config.Configuration;
import org.strengthslint.report.Report;
import org.strengthslint.report.ReportFormat;
import org.strengthslint.report.ReportWriter;
import org.strengthslint.report.TextReportWriter;
import org.strengthslint.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Checks documents for deficit-based language and suggests strengths-based alternatives.",
            "",
            "A PATH is a file, a folder (searched for every supported document type, skipping hidden "
                    + "folders, target/ and node_modules/), or - for standard input. Formats: text, Markdown, "
                    + "DOCX, DOC, ODT, RTF, PDF, HTML, EML, MSG, PPTX and ODP.",
            "",
            "Settings come from --config FILE, or else from the nearest .strengths-lint.yml in the folder "
                    + "of each checked file or a folder above it.",
            ""
        },
        footer = {
            "",
            "Exit codes:",
            "  0  nothing at or above the --fail-on level",
            "  1  findings at or above the --fail-on level",
            "  2  bad usage, or invalid configuration, baseline or lexicon",
            "  3  one or more inputs could not be read (the others are still checked and reported)",
            "",
            "Examples:",
            "  strengths-lint check letters/warning.md",
            "  strengths-lint check --format json --output report.json policies/",
            "  strengths-lint check --format sarif -o results.sarif --report html=review.html docs/",
            "  strengths-lint check --write-baseline .strengths-lint-baseline.json docs/",
            "  strengths-lint check --baseline .strengths-lint-baseline.json docs/",
            "  cat letter.txt | strengths-lint check --stdin-name letter.txt -"
        })
final class CheckCommand implements Callable<Integer> {

    enum Colour {
        auto,
        always,
        never
    }

    /** One more report from the same run: {@code --report html=review.html}. */
    record ReportTarget(ReportFormat format, Path file) {}

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders, or - for standard input.")
    List<String> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(
            names = "--report",
            paramLabel = "FORMAT=FILE",
            converter = ReportTargetConverter.class,
            description = "Also write a report in FORMAT to FILE (repeatable), from the same check: "
                    + "for example --report sarif=results.sarif --report html=review.html.")
    List<ReportTarget> reports = new ArrayList<>();

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            converter = FailOnConverter.class,
            description = "Exit with 1 when a finding is at or above LEVEL: error, warning, info or never "
                    + "(default: warning, or failOn from the configuration file).")
    FailOn failOn;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file for every checked file (default: the nearest .strengths-lint.yml "
                    + "above each file).")
    Path config;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Profile of settings: default, strict or statutory (see 'strengths-lint rules "
                    + "--profiles'); overrides the configuration's profile.")
    String profile;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Report only findings that are not in this baseline file.")
    Path baseline;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "Record the current findings in FILE as the baseline (exits 0 unless a file cannot be read).")
    Path writeBaseline;

    @Option(
            names = "--stdin-name",
            paramLabel = "NAME",
            defaultValue = "<stdin>",
            description = "The name to report standard input under; its ending (.md) chooses Markdown "
                    + "(default: ${DEFAULT-VALUE}).")
    String stdinName;

    @Option(
            names = "--explain-context",
            description = "For lexicon editors: after each finding, the context conditions it passed; and every "
                    + "place where a term matched but its context ruled it out, with the reason (text and JSON).")
    boolean explainContext;

    @Option(
            names = {"-q", "--quiet"},
            description = "Text format: print findings only, without suggestions, explanations or summary.")
    boolean quiet;

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            defaultValue = "auto",
            description = "Colour in the text format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + "only on a terminal, and not when NO_COLOR is set).")
    Colour colour;

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            converter = PositiveIntConverter.class,
            description = "Documents checked at the same time (default: the number of processors).")
    Integer jobs;

    /** Office documents and folders: --include, --exclude, --max-file-size, --max-text, --timeout. */
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

    /** The report formats' names, for help and completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ReportFormat.values())
                    .map(ReportFormat::label)
                    .iterator();
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.of(value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException(
                            "unknown report format '" + value + "' (expected one of " + ReportFormat.labels() + ")"));
        }
    }

    static final class ReportTargetConverter implements CommandLine.ITypeConverter<ReportTarget> {
        @Override
        public ReportTarget convert(String value) {
            int equals = value.indexOf('=');
            if (equals <= 0 || equals == value.length() - 1) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not FORMAT=FILE");
            }
            return new ReportTarget(
                    new FormatConverter().convert(value.substring(0, equals)), Path.of(value.substring(equals + 1)));
        }
    }

    /** The language models, possibly already loading: {@link Main#main} starts them early. */
    private final LanguageModels models;

    CheckCommand(LanguageModels models) {
        this.models = models;
    }

    /** Invalid configuration, baseline or lexicon ends the run: Main reports it with exit code 2. */
    @Override
    public Integer call() {
        // the session owns the threads office documents are read on
        try (CheckSession session = CheckSession.builder(models)
                .configuration(config)
                .profile(profile)
                .explainContext(explainContext)
                .limits(configuration -> documents.limits(configuration.maxExpansion()))
                .build()) {
            return check(session, spec.commandLine().getErr());
        }
    }

    private int check(CheckSession session, PrintWriter err) {
        Path first = paths.isEmpty() || paths.get(0).equals("-") ? null : Path.of(paths.get(0));
        // The main linter starts building at once, on its own thread, while documents are read.
        var unused = session.startLinter(first); // waited for by linterFor
        Configuration main = session.configurationFor(first);
        CheckRun run = new CheckRun(failOn, main, baseline, writeBaseline);

        List<InputCollector.Input> inputs = new ArrayList<>();
        for (InputCollector.Input input : InputCollector.collect(paths, stdinName, documents.finder())) {
            if (!input.found() || session.includes(input.file())) {
                inputs.add(input);
            }
        }
        if (!documents.allowEmpty) {
            for (String folder : InputCollector.folders(paths)) {
                if (inputs.stream().noneMatch(input -> folder.equals(input.folder()))) {
                    err.println("strengths-lint: no document to check in " + VisibleText.escape(folder) + " ("
                            + VisibleText.escape(documents.describeGlobs() + configurationGlobs(session, folder))
                            + "); use --allow-empty if that is expected");
                    return ExitCodes.USAGE;
                }
            }
        }
        String outputProblem = OutputFiles.problem(
                outputs(), reads(inputs, session), Path.of("").toAbsolutePath());
        if (outputProblem != null) {
            err.println("strengths-lint: " + outputProblem);
            return ExitCodes.USAGE;
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        List<CheckResult> results;
        try (Progress progress = Progress.start(format == ReportFormat.TEXT, inputs.size())) {
            results = CheckSession.checkAll(
                    inputs,
                    threads,
                    input -> {
                        try {
                            return checkWithin(session, input);
                        } finally {
                            progress.step();
                        }
                    },
                    InputCollector.Input::name);
        }
        Linter built = session.linterFor(first);
        CheckRun.Outcome outcome;
        try {
            outcome = run.finish(results, built.lexicon());
        } catch (IOException e) {
            err.println("strengths-lint: cannot write the baseline "
                    + VisibleText.escape(writeBaseline + ": " + e.getMessage()));
            return ExitCodes.USAGE;
        }
        if (!writeReports(outcome.report(), err)) {
            return ExitCodes.USAGE;
        }
        if (writeBaseline != null) {
            err.println("strengths-lint: wrote " + TextReportWriter.plural(outcome.recorded(), "finding")
                    + " to the baseline " + VisibleText.escape(writeBaseline.toString()));
        }
        return outcome.exitCode();
    }

    /** Every file this check is asked to write. */
    private List<OutputFiles.Output> outputs() {
        List<OutputFiles.Output> outputs = new ArrayList<>();
        if (output != null) {
            outputs.add(new OutputFiles.Output("the report", output));
        }
        for (ReportTarget target : reports) {
            outputs.add(new OutputFiles.Output("the " + target.format().label() + " report", target.file()));
        }
        if (writeBaseline != null) {
            outputs.add(new OutputFiles.Output("the baseline", writeBaseline));
        }
        return outputs;
    }

    /**
     * Every file this check reads, which no output may replace: the documents, the configurations
     * (named or found above the documents) and the lexicon files they name, and the baseline
     * (which --write-baseline may refresh: it is then named twice on purpose).
     */
    private List<OutputFiles.Read> reads(List<InputCollector.Input> inputs, CheckSession session) {
        List<OutputFiles.Read> reads = new ArrayList<>();
        java.util.Set<Path> configurations = new java.util.LinkedHashSet<>();
        for (InputCollector.Input input : inputs) {
            if (input.file() != null) {
                reads.add(new OutputFiles.Read("one of the files being checked", input.file()));
            }
            session.configurationFileFor(input.file()).ifPresent(configurations::add); // standard input: from here
        }
        for (Path configuration : configurations) {
            reads.add(new OutputFiles.Read("the configuration being read", configuration));
            for (Path lexicon : session.configurationFor(configuration).lexicons()) {
                reads.add(new OutputFiles.Read("a lexicon file being read", lexicon));
            }
        }
        if (baseline != null && writeBaseline == null) {
            reads.add(new OutputFiles.Read("the baseline being read", baseline));
        }
        return reads;
    }

    private boolean writeReports(Report report, PrintWriter err) {
        List<ReportTarget> targets = new ArrayList<>();
        targets.add(new ReportTarget(format, output));
        targets.addAll(reports);
        for (ReportTarget target : targets) {
            ReportWriter writer = target.format().writer(target.file() == null && useColour(), quiet, null);
            try {
                if (target.file() == null) {
                    Writer out = spec.commandLine().getOut();
                    writer.write(report, out);
                    out.flush();
                } else {
                    report.writeTo(writer, target.file());
                }
            } catch (IOException e) {
                err.println("strengths-lint: cannot write the report to "
                        + VisibleText.escape(target.file() + ": " + e.getMessage()));
                return false;
            }
        }
        return true;
    }

    /** Waits until memory allows the document (see {@link MemoryGate}), then checks it. */
    private CheckResult checkWithin(CheckSession session, InputCollector.Input input) {
        long size = input.file() == null ? 0 : input.file().toFile().length();
        try (MemoryGate.Pass pass = memory.enter(size)) {
            return check(session, input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckSession.unreadable(input.name(), "interrupted");
        }
    }

    /** A failure in one document is reported against it, and never stops the others. */
    private CheckResult check(CheckSession session, InputCollector.Input input) {
        return input.file() == null
                ? session.check(System.in, input.name())
                : session.check(input.file(), input.name());
    }

    /** The configuration's own include and exclude globs, when it has any, for the message above. */
    private static String configurationGlobs(CheckSession session, String folder) {
        Configuration configuration = session.configurationFor(Path.of(folder));
        if (configuration.include().isEmpty() && configuration.exclude().isEmpty()) {
            return "";
        }
        return "; configuration " + configuration.source() + ": include " + configuration.include() + ", exclude "
                + configuration.exclude();
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> Terminal.interactive() && System.getenv("NO_COLOR") == null;
        };
    }
}
