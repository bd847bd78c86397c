package org.strengthslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.strengthslint.CheckSession;
import org.strengthslint.DocumentReview;
import org.strengthslint.Linter;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.FailOn;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.report.VisibleText;
import org.strengthslint.review.ReviewResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Writes a copy of a Word or OpenDocument text document with a comment on each finding, for its writer "
                    + "to work through in Word or LibreOffice.",
            "",
            "Each comment, by 'strengths-lint', is anchored on the finding's words and says what was found, "
                    + "what to say instead, how the sentence would read, and why. With --track-changes, each "
                    + "safe edit is also made as a tracked change, which Word's review pane accepts or rejects. "
                    + "The document itself is never changed: the copy is NAME.reviewed.docx (or .odt) beside it, or "
                    + "-o FILE. Word (DOCX) and OpenDocument text (ODT) only; tracked changes in DOCX only."
        },
        footer = {
            "",
            "Exit codes:",
            "  0  the copy was written, with no finding at or above the --fail-on level",
            "  1  the copy was written, with findings at or above the --fail-on level",
            "  2  bad usage (not DOCX or ODT, an output that exists or is the input), or invalid configuration",
            "  3  the document could not be read, or the copy could not be written",
            "",
            "Examples:",
            "  strengths-lint review letter.docx",
            "  strengths-lint review --track-changes -o letter-for-sam.docx letter.docx"
        })
final class ReviewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A Word (DOCX) or OpenDocument text (ODT) document.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Write the reviewed copy to FILE (default: the document's name with .reviewed.docx or .reviewed.odt).")
    Path output;

    @Option(names = "--force", description = "Write over the output file if it exists (never over the document).")
    boolean force;

    @Option(
            names = "--track-changes",
            description =
                    "Also make each safe edit as a tracked change (a deletion and an insertion by strengths-lint).")
    boolean trackChanges;

    @Mixin
    ChangeOptions settings;

    private final LanguageModels models;
    private final UnaryOperator<Finding> edits;

    ReviewCommand(LanguageModels models, UnaryOperator<Finding> edits) {
        this.models = models;
        this.edits = edits;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String shown = VisibleText.escape(file.toString());
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".fodt") || lower.endsWith(".doc") || lower.endsWith(".rtf")) {
            err.println("strengths-lint: " + shown + ": review writes Word (DOCX) and OpenDocument text (ODT) "
                    + "documents only; save it as DOCX (Word or LibreOffice: Save As, Word Document) and review that");
            return ExitCodes.USAGE;
        }
        Path target = output != null ? output : reviewedName(file);
        String targetShown = VisibleText.escape(target.toString());
        if (Files.exists(file) && Files.exists(target)) {
            try {
                if (Files.isSameFile(file, target)) {
                    err.println("strengths-lint: will not write the review to " + targetShown
                            + ": it is the document being reviewed (choose another file)");
                    return ExitCodes.USAGE;
                }
            } catch (IOException e) {
                // cannot tell: the checks below still stop a write over an existing file
            }
        }
        if (Files.isDirectory(target)) {
            err.println("strengths-lint: cannot write the review to " + targetShown + ": it is a folder");
            return ExitCodes.USAGE;
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("strengths-lint: cannot write the review to " + targetShown + ": there is no folder "
                    + VisibleText.escape(folder.toString()));
            return ExitCodes.USAGE;
        }
        if (Files.exists(target) && !force) {
            err.println("strengths-lint: " + targetShown + " exists; use --force to write over it, or -o FILE");
            return ExitCodes.USAGE;
        }
        try (CheckSession session = CheckSession.builder(models)
                .configuration(settings.config)
                .profile(settings.profile)
                .limits(configuration -> settings.limits(configuration.maxExpansion()))
                .build()) {
            Linter linter = session.linterFor(file);
            FailOn level = settings.failOn(linter.configuration());
            DocumentReview review;
            try {
                review = DocumentReview.of(
                        linter,
                        session.limitsFor(file),
                        session.bytesOf(file),
                        file.toString(),
                        trackChanges,
                        Instant.now(),
                        findings -> findings.stream().map(edits).toList());
            } catch (UnreadableDocumentException e) {
                String message = e.getMessage();
                if (e.isOtherFormat()) { // a file of another format: a usage error
                    err.println("strengths-lint: " + shown + ": " + VisibleText.escape(message)
                            + (text(message) ? "; for text and Markdown, use 'strengths-lint fix'" : ""));
                    return ExitCodes.USAGE;
                }
                err.println("strengths-lint: " + shown + ": " + VisibleText.escape(message));
                return ExitCodes.UNREADABLE;
            } catch (IOException e) {
                err.println("strengths-lint: cannot write the review to " + targetShown + ": "
                        + VisibleText.escape(e.getMessage()));
                return ExitCodes.UNREADABLE;
            }
            ReviewResult reviewed = review.reviewed();
            List<Finding> findings = review.findings();
            try {
                AtomicFile.create(target, reviewed.document(), force);
            } catch (IOException e) {
                err.println("strengths-lint: cannot write the review to " + targetShown + ": "
                        + VisibleText.escape(e.getMessage()));
                return ExitCodes.UNREADABLE;
            }
            for (ReviewResult.NotDone notDone : reviewed.notDone()) {
                Finding f = notDone.finding();
                err.println(shown + ", " + place(f) + ": no " + notDone.what() + " (" + notDone.reason() + "): ["
                        + f.rule() + "] " + VisibleText.escape(f.text()));
            }
            if (trackChanges) {
                for (Finding f : findings) {
                    if (f.edit() == null) {
                        err.println(shown + ", " + place(f) + ": no safe edit: [" + f.rule() + "] "
                                + VisibleText.escape(f.text())
                                + (f.noEdit() == null ? "" : " (" + VisibleText.escape(f.noEdit()) + ")"));
                    }
                }
            }
            out.println("wrote " + targetShown + ": " + count(reviewed.comments(), "comment")
                    + (trackChanges ? ", " + count(reviewed.changes(), "tracked change") : ""));
            out.flush();
            return findings.stream().anyMatch(f -> level.fails(f.severity())) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        }
    }

    /** Where a finding is, as a writer finds it in Word: the page when known, and the paragraph. */
    private static String place(Finding finding) {
        StringBuilder place = new StringBuilder();
        if (finding.page() != null && finding.page() > 0) {
            place.append("page ").append(finding.page()).append(", ");
        }
        if (finding.paragraph() != null) {
            place.append("paragraph ").append(finding.paragraph());
        } else {
            place.append(finding.line()).append(':').append(finding.column());
        }
        return place.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** letter.docx -> letter.reviewed.docx, letter.odt -> letter.reviewed.odt, beside it. */
    static Path reviewedName(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ending = name.toLowerCase(java.util.Locale.ROOT).endsWith(".odt") ? ".odt" : ".docx";
        return document.resolveSibling(stem + ".reviewed" + ending);
    }

    /** Whether a "not a Word or OpenDocument" message says the file is plain text or Markdown. */
    private static boolean text(String message) {
        return message.contains("plain text")
                || message.endsWith(": it is text")
                || message.endsWith(": it is markdown");
    }
}
