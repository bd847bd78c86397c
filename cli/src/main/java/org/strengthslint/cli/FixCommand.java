package org.strengthslint.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.strengthslint.CheckSession;
import org.strengthslint.DocumentFix;
import org.strengthslint.Linter;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.FailOn;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.report.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "fix",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Puts the suggestions in place in text and Markdown files, where a finding has a safe edit.",
            "",
            "Prints the changes as a unified diff (which 'git apply' or 'patch -p1' takes); --write makes them "
                    + "in the files instead. Findings without a safe edit are listed on standard error, not "
                    + "changed. Markdown markup, code and front matter are never changed; line endings, a "
                    + "byte-order mark and the file's encoding are kept. For Word documents, use "
                    + "'strengths-lint review'."
        },
        footer = {
            "",
            "Exit codes:",
            "  0  no finding at or above the --fail-on level remains (after --write: in the fixed files)",
            "  1  findings at or above the --fail-on level remain",
            "  2  bad usage, a file that is not text or Markdown, or invalid configuration or lexicon",
            "  3  one or more files could not be read or written (the others are still fixed)",
            "",
            "Examples:",
            "  strengths-lint fix letters/warning.md",
            "  strengths-lint fix --write --rule service-user letters/*.md"
        })
final class FixCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text or Markdown files.")
    List<Path> files;

    @Option(
            names = "--write",
            description = "Make the edits in the files (each written to a temporary file beside it, then "
                    + "moved over it) instead of printing a diff.")
    boolean write;

    @Option(
            names = "--rule",
            paramLabel = "ID",
            split = ",",
            description = "Make only the edits of these rules (repeatable, or comma-separated).")
    List<String> rules = new ArrayList<>();

    @Option(
            names = "--category",
            paramLabel = "ID",
            split = ",",
            description = "Make only the edits of rules in these categories (repeatable, or comma-separated).")
    List<String> categories = new ArrayList<>();

    @Mixin
    ChangeOptions settings;

    private final LanguageModels models;
    private final UnaryOperator<Finding> edits;

    /**
     * @param edits gives a finding its edit: the check's own ({@code identity}); tests give findings
     *              edits of their own, so the command is tested against the contract of {@link Finding#edit()}
     */
    FixCommand(LanguageModels models, UnaryOperator<Finding> edits) {
        this.models = models;
        this.edits = edits;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CheckSession session = CheckSession.builder(models)
                .configuration(settings.config)
                .profile(settings.profile)
                .limits(configuration -> settings.limits(configuration.maxExpansion()))
                .build()) {
            Path first = files.get(0);
            Linter main = session.linterFor(first);
            String unknown = unknownRuleOrCategory(main.lexicon());
            if (unknown != null) {
                err.println("strengths-lint: " + unknown);
                return ExitCodes.USAGE;
            }
            FailOn level = settings.failOn(session.configurationFor(first));
            int exit = ExitCodes.CLEAN;
            for (Path file : files) {
                int result = fix(file, session, level, out, err);
                exit = worse(exit, result);
            }
            out.flush();
            return exit;
        }
    }

    /** The exit code of several files: unreadable (3) over usage (2) over findings (1) over clean. */
    private static int worse(int a, int b) {
        int[] order = {ExitCodes.CLEAN, ExitCodes.FINDINGS, ExitCodes.USAGE, ExitCodes.UNREADABLE};
        int rankA = 0;
        int rankB = 0;
        for (int i = 0; i < order.length; i++) {
            if (order[i] == a) {
                rankA = i;
            }
            if (order[i] == b) {
                rankB = i;
            }
        }
        return rankA >= rankB ? a : b;
    }

    private String unknownRuleOrCategory(Lexicon lexicon) {
        for (String rule : rules) {
            if (lexicon.entry(rule).isEmpty()) {
                return "unknown rule '" + VisibleText.escape(rule) + "' (see 'strengths-lint rules')";
            }
        }
        for (String category : categories) {
            if (lexicon.category(category).isEmpty()) {
                return "unknown category '" + VisibleText.escape(category) + "' (see 'strengths-lint rules')";
            }
        }
        return null;
    }

    private int fix(Path file, CheckSession session, FailOn level, PrintWriter out, PrintWriter err) {
        String name = file.toString();
        String shown = VisibleText.escape(name);
        if (Files.isDirectory(file)) {
            err.println("strengths-lint: " + shown + ": is a folder; fix takes files");
            return ExitCodes.USAGE;
        }
        DocumentFix fix;
        try {
            byte[] bytes = session.bytesOf(file);
            fix = DocumentFix.of(session.linterFor(file), session.limitsFor(file), bytes, name, edits, this::chosen);
        } catch (UnreadableDocumentException e) {
            if (e.isOtherFormat()) {
                err.println("strengths-lint: " + shown + ": " + VisibleText.escape(e.getMessage())
                        + ("docx".equals(e.format())
                                ? "; for a Word document use 'strengths-lint review " + shown + "'"
                                : ""));
                return ExitCodes.USAGE;
            }
            err.println("strengths-lint: " + shown + ": " + VisibleText.escape(e.getMessage()));
            return ExitCodes.UNREADABLE;
        }
        for (DocumentFix.NotDone notDone : fix.notDone()) {
            Finding f = notDone.finding();
            err.println(shown + ":" + f.line() + ":" + f.column() + ": "
                    + (notDone.reason().equals("no safe edit")
                            ? "no safe edit"
                            : "not applied (" + notDone.reason() + ")")
                    + ": [" + f.rule() + "] " + VisibleText.escape(f.text())
                    + (f.edit() == null && f.noEdit() != null ? " (" + VisibleText.escape(f.noEdit()) + ")" : ""));
        }
        Set<Finding> made = new LinkedHashSet<>(fix.applied());
        if (fix.changed()) {
            if (!fix.writable()) {
                err.println("strengths-lint: " + shown + ": not changed: its encoding (" + fix.charset()
                        + ") cannot be written back byte for byte");
                made.clear();
            } else if (write) {
                try {
                    AtomicFile.replace(file, fix.bytes());
                    out.println(shown + ": made " + fix.applied().size() + " edit"
                            + (fix.applied().size() == 1 ? "" : "s"));
                } catch (IOException e) {
                    err.println(
                            "strengths-lint: " + shown + ": cannot be written: " + VisibleText.escape(e.getMessage()));
                    return ExitCodes.UNREADABLE;
                }
            } else {
                String bom = fix.byteOrderMark() ? "\uFEFF" : "";
                printDiff(out, name, bom + fix.text(), bom + fix.fixed());
                made.clear(); // only shown: every finding remains in the file
            }
        }
        boolean failing =
                fix.findings().stream().filter(f -> !made.contains(f)).anyMatch(f -> level.fails(f.severity()));
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private boolean chosen(Finding finding) {
        return (rules.isEmpty() || rules.contains(finding.rule()))
                && (categories.isEmpty() || categories.contains(finding.category()));
    }

    /**
     * A unified diff, as git prints one ("a/" and "b/" before the path), with three lines of
     * context, that {@code git apply} and {@code patch -p1} take: each line keeps its own line
     * ending (a CRLF file's diff has CRLF lines), a last line without one is marked "\\ No newline
     * at end of file", and a byte-order mark stays on the first line.
     */
    private static void printDiff(PrintWriter out, String name, String before, String after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        String path = name.replace('\\', '/');
        String separator = path.startsWith("/") ? "" : "/";
        StringBuilder diff = new StringBuilder();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff(
                "a" + separator + path, "b" + separator + path, original, patch, 3)) {
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
                end--;
            }
            String ending = line.substring(end);
            diff.append(shown(line.substring(0, end)));
            if (ending.isEmpty()) {
                boolean contentLine = !line.startsWith("---") && !line.startsWith("+++") && !line.startsWith("@@");
                diff.append('\n');
                if (contentLine) {
                    diff.append("\\ No newline at end of file\n");
                }
            } else {
                diff.append(ending);
            }
        }
        out.print(diff);
        out.flush();
    }

    /** A line of the diff as shown: tabs stay tabs, so the diff still applies; other control characters escaped. */
    private static String shown(String line) {
        return String.join(
                "\t",
                java.util.Arrays.stream(line.split("\t", -1))
                        .map(VisibleText::escape)
                        .toList());
    }

    /** The lines of a text, each with its own line ending (the last may have none). */
    private static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
