package org.strengthslint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.strengthslint.CheckSession;
import org.strengthslint.Linter;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Rejection;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Explains a rule: what it finds, why it matters, what to say instead, and its examples.",
            "",
            "Name the rule by its id (as printed in [brackets] by check) or by a term it finds: "
                    + "'strengths-lint explain \"complex needs\"'. The organisation's own entries are included: "
                    + "those of the nearest .strengths-lint.yml above the current folder, or of --config."
        })
final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE-OR-TERM", description = "A rule id, or a term such as 'hard to engage'.")
    String wanted;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration whose lexicons to include (default: the nearest .strengths-lint.yml "
                    + "above the current folder).")
    Path config;

    private final LanguageModels models;

    ExplainCommand(LanguageModels models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Linter linter = CheckSession.builder(models)
                .configuration(config)
                .explainContext(true)
                .build()
                .linterFor(null);
        Lexicon lexicon = linter.lexicon();
        List<LexiconEntry> entries = lexicon.entry(wanted)
                .map(List::of)
                .orElseGet(() -> byTerm(
                        // every rule of the lexicon, even those the configuration turns off or allows
                        Linter.builder()
                                .lexicon(lexicon)
                                .languageModels(models)
                                .explainContext()
                                .build(),
                        wanted));
        if (entries.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "no rule has the id or finds the term '" + VisibleText.escape(wanted)
                            + "' (see 'strengths-lint rules')");
        }
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.println();
                out.println("----");
                out.println();
            }
            explain(out, lexicon, entries.get(i));
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    /**
     * The rules whose terms the text holds, found by checking it: so inflections and spellings
     * count ("addicts", "Service Users"), and so do terms that this short text's context would
     * otherwise rule out.
     */
    private static List<LexiconEntry> byTerm(Linter linter, String term) {
        CheckResult result = linter.check(term, "<explain>");
        Set<String> ids = new LinkedHashSet<>();
        result.findings().stream().map(Finding::rule).forEach(ids::add);
        result.rejected().stream().map(Rejection::rule).forEach(ids::add);
        return ids.stream()
                .map(id -> linter.lexicon().entry(id))
                .flatMap(Optional::stream)
                .toList();
    }

    private static void explain(PrintWriter out, Lexicon lexicon, LexiconEntry entry) {
        String category = lexicon.category(entry.category()).map(c -> c.title()).orElse(entry.category());
        // lexicon text is printed with control characters escaped (an organisation's own lexicon
        // is as much input as a document), one line of the explanation at a time
        out.println(visible(entry.id()) + " (" + visible(category) + ", "
                + entry.severity().label() + ")");
        out.println();
        out.println("Finds:       " + visible(String.join(", ", entry.terms())));
        out.println("Instead:     " + visible(String.join("; ", entry.suggestions())));
        if (!entry.conditions().isEmpty()) {
            out.println("Context:     " + visible(String.join("; ", Linter.contextOf(entry))));
        }
        if (Linter.offByDefault(lexicon, entry)) {
            out.println("Reported:    not with the default profile; with `profile: strict`, or `rules: {"
                    + visible(entry.id()) + ": info}` in .strengths-lint.yml");
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
                out.println("  " + visible(source) + ": "
                        + visible(String.valueOf(lexicon.sources().get(source))));
            }
        }
        if (!entry.origin().file().isEmpty() && !entry.origin().file().startsWith("org/strengthslint/")) {
            out.println();
            out.println("Defined in:  " + visible(String.valueOf(entry.origin())));
        }
        out.println();
        out.println("Flagged:");
        entry.flaggedExamples().forEach(example -> out.println("  " + visible(example)));
        out.println("Not flagged:");
        entry.cleanExamples().forEach(example -> out.println("  " + visible(example)));
    }

    private static String visible(String text) {
        return VisibleText.escape(text);
    }
}
