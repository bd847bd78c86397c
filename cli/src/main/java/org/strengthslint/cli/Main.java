package org.strengthslint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Version;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code strengths-lint} command. */
@Command(
        name = "strengths-lint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Finds deficit-based language in the documents of homelessness and social-care "
                + "organisations and suggests strengths-based alternatives.",
        footer = {"", "Run 'strengths-lint check --help' for the options of a check."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LanguageModels models = needsModels(args) ? models(new PrintWriter(System.err, true)) : null;
        if (models == null && needsModels(args)) {
            System.exit(ExitCodes.USAGE);
        }
        if (models != null && args.length > 0 && args[0].equals("check")) {
            // Most runs are checks: start loading the language models now, while the command
            // line is being parsed, instead of after it.
            models.preloadInBackground();
        }
        // Reports are UTF-8 whatever the machine's locale: JSON, SARIF and XML must be, and a
        // terminal that is not UTF-8 is rare now (Java 17 would otherwise follow a C locale's ASCII).
        System.exit(run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                models,
                UnaryOperator.identity()));
    }

    /** Runs the command with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, UnaryOperator.identity());
    }

    /**
     * Runs the command with findings given their edits by {@code edits} before fix and review use
     * them: tests use this to hold the commands to the contract of {@link Finding#edit()}.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, UnaryOperator<Finding> edits) {
        LanguageModels models = needsModels(args) ? models(err) : null;
        return models == null && needsModels(args) ? ExitCodes.USAGE : run(args, out, err, models, edits);
    }

    /** Only check, explain, fix, review and serve read text; --help, --version, rules and init need no language models. */
    private static boolean needsModels(String[] args) {
        return args.length > 0
                && (args[0].equals("check")
                        || args[0].equals("explain")
                        || args[0].equals("fix")
                        || args[0].equals("review")
                        || args[0].equals("serve"))
                && !java.util.Arrays.asList(args).contains("--help")
                && !java.util.Arrays.asList(args).contains("-h");
    }

    /** The models the system property strengthslint.opennlp chooses, or null when it names none (said on {@code err}). */
    private static LanguageModels models(PrintWriter err) {
        try {
            return new LanguageModels();
        } catch (IllegalArgumentException e) {
            err.println("strengths-lint: " + VisibleText.escape(e.getMessage()));
            return null;
        }
    }

    private static int run(
            String[] args, PrintWriter out, PrintWriter err, LanguageModels models, UnaryOperator<Finding> edits) {
        CommandLine commandLine = new CommandLine(new Main());
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("check", () -> new CheckCommand(models));
        subcommands.put("rules", RulesCommand::new);
        subcommands.put("explain", () -> new ExplainCommand(models));
        subcommands.put("fix", () -> new FixCommand(models, edits));
        subcommands.put("review", () -> new ReviewCommand(models, edits));
        subcommands.put("serve", () -> new ServeCommand(models));
        subcommands.put("init", InitCommand::new);
        subcommands.put("help", CommandLine.HelpCommand::new);
        // picocli reads every registered command's options by reflection before it parses
        // anything; a run of one command needs only that command (the top-level usage and
        // 'help' list them all, and a misspelt command gets suggestions from them all).
        String named = args.length > 0 && !args[0].equals("help") && subcommands.containsKey(args[0]) ? args[0] : null;
        for (Map.Entry<String, Supplier<Object>> subcommand : subcommands.entrySet()) {
            if (named == null || named.equals(subcommand.getKey())) {
                commandLine.addSubcommand(subcommand.getValue().get());
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        // A mistake on the command line gets one line saying what is wrong and where help is,
        // as git does, not the whole help text.
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine.Model.CommandSpec where = exception.getCommandLine().getCommandSpec();
            // picocli's messages quote what was typed, which can be a file name a shell glob expanded
            err.println("strengths-lint: " + VisibleText.escape(exception.getMessage()));
            if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getSuggestions().isEmpty()) {
                err.println("Did you mean: "
                        + VisibleText.escape(unmatched.getSuggestions().get(0)) + "?"); // the closest
            }
            err.println("Run '" + where.qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof InvalidDataException invalid) {
                for (InvalidDataException problem : invalid.problems()) { // each on its own line, sorted
                    err.println("strengths-lint: " + VisibleText.escape(oneLine(problem.getMessage())));
                }
            } else {
                err.println(
                        "strengths-lint: internal error: " + VisibleText.escape(oneLine(String.valueOf(exception))));
            }
            return ExitCodes.USAGE;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; exit 1 would tell CI "findings", and a stack trace helps nobody
            err.println("strengths-lint: ran out of memory (give Java more with -Xmx, or check fewer files at once)");
            return ExitCodes.USAGE;
        } catch (StackOverflowError e) {
            err.println("strengths-lint: internal error: " + e);
            return ExitCodes.USAGE;
        }
    }

    /** A message as one line: the first, so a reason never spills into the report. */
    private static String oneLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).stripTrailing();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, for example 'check'");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"strengths-lint " + Version.current()};
        }
    }
}
