package org.strengthslint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Explains one rule: what it finds, why it matters, what to say instead, and its examples.")
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as printed in [brackets] by check.")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon = Lexicon.bundled();
        LexiconEntry entry = lexicon.entry(id).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown rule '" + VisibleText.escape(id) + "' (see 'strengths-lint rules')"));
        String category = lexicon.category(entry.category()).map(c -> c.title()).orElse(entry.category());
        // lexicon text is printed with control characters escaped (an organisation's own lexicon
        // is as much input as a document), one line of the explanation at a time
        out.println(visible(entry.id()) + " (" + visible(category) + ", " + entry.severity().label() + ")");
        out.println();
        out.println("Finds:       " + visible(String.join(", ", entry.patterns())));
        out.println("Instead:     " + visible(String.join("; ", entry.suggestions())));
        if (!entry.conditions().isEmpty()) {
            out.println("Context:     " + visible(String.join("; ", entry.conditions().stream()
                    .map(org.strengthslint.match.ContextConditions::describe).toList())));
        }
        out.println();
        entry.explanation().lines().forEach(line -> out.println(visible(line)));
        if (entry.principle() > 0) {
            out.println();
            out.println("Toolkit principle " + entry.principle() + ".");
        }
        if (!entry.sources().isEmpty()) {
            out.println();
            out.println("Sources:");
            for (String source : entry.sources()) {
                out.println("  " + visible(source) + ": " + visible(String.valueOf(lexicon.sources().get(source))));
            }
        }
        out.println();
        out.println("Flagged:");
        entry.flaggedExamples().forEach(example -> out.println("  " + visible(example)));
        out.println("Not flagged:");
        entry.cleanExamples().forEach(example -> out.println("  " + visible(example)));
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static String visible(String text) {
        return VisibleText.escape(text);
    }
}
