package org.strengthslint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.strengthslint.lexicon.Category;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.lexicon.Profile;
import org.strengthslint.report.RulesJsonWriter;
import org.strengthslint.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Lists the rules of the bundled lexicon: id, category, severity and what to say instead.")
final class RulesCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only the rules of this category.")
    String category;

    @Option(names = "--profiles", description = "List the profiles (ready-made settings) instead of the rules.")
    boolean profiles;

    @Option(names = "--categories", description = "List the categories instead of the rules.")
    boolean categories;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon = Lexicon.bundled();
        if (category != null && lexicon.category(category).isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "unknown category '" + VisibleText.escape(category) + "' (known: "
                            + String.join(", ", lexicon.categories().keySet()) + ")");
        }
        if (profiles) {
            for (Profile profile : lexicon.profiles().values()) {
                out.println(VisibleText.escape(profile.id() + ": " + profile.description()));
            }
            out.flush();
            return ExitCodes.CLEAN;
        }
        if (categories) {
            for (Category c : lexicon.categories().values()) {
                out.println(VisibleText.escape(c.id() + ": " + c.description()));
            }
            out.flush();
            return ExitCodes.CLEAN;
        }
        List<LexiconEntry> entries = lexicon.entries().stream()
                .filter(e -> category == null || e.category().equals(category))
                .toList();
        if (format == Format.json) {
            RulesJsonWriter.write(lexicon, entries, out);
        } else {
            int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(10);
            for (LexiconEntry entry : entries) {
                out.printf(
                        "%-" + width + "s  %-16s %-8s %s -> %s%n",
                        VisibleText.escape(entry.id()),
                        VisibleText.escape(entry.category()),
                        entry.severity().label(),
                        VisibleText.escape(String.join(", ", entry.terms())),
                        VisibleText.escape(String.join("; ", entry.suggestions())));
            }
            out.printf("%d rules%n", entries.size());
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
