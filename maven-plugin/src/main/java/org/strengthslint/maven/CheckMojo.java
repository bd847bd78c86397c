package org.strengthslint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.strengthslint.CheckRun;
import org.strengthslint.CheckSession;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.FailOn;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.extract.DocumentFinder;
import org.strengthslint.report.Report;
import org.strengthslint.report.ReportFormat;
import org.strengthslint.report.ReportWriter;
import org.strengthslint.report.Summary;
import org.strengthslint.report.TextReportWriter;
import org.strengthslint.report.VisibleText;

/**
 * Checks the project's documents for deficit-based language, writes the reports, and fails the
 * build when a finding is at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    /** Skip the check. */
    @Parameter(property = "strengths-lint.skip", defaultValue = "false")
    boolean skip;

    /** Fail the build on findings at or above this level: error, warning, info or never. */
    @Parameter(property = "strengths-lint.failOn")
    String failOn;

    /** Configuration file; by default the nearest .strengths-lint.yml above each document. */
    @Parameter(property = "strengths-lint.config")
    File config;

    /** Folders to search for documents (default: the project's base directory). */
    @Parameter(property = "strengths-lint.directories")
    List<File> directories;

    /** Globs (relative to each folder) of the documents to check (default: every supported document type). */
    @Parameter(property = "strengths-lint.includes")
    List<String> includes;

    /** Globs of documents or folders to skip; target/, .git/ and node_modules/ are always skipped. */
    @Parameter(property = "strengths-lint.excludes")
    List<String> excludes;

    /** Report only findings that are not in this baseline file. */
    @Parameter(property = "strengths-lint.baseline")
    File baseline;

    /** Record the current findings in this baseline file (the build then passes on them). */
    @Parameter(property = "strengths-lint.writeBaseline")
    File writeBaseline;

    /** Report formats written to the output directory: sarif, json, html, checkstyle, junit, github, text, csv. */
    @Parameter(property = "strengths-lint.formats", defaultValue = "sarif,json,html")
    List<String> formats;

    /** Fail the build when a document cannot be read. */
    @Parameter(property = "strengths-lint.failOnUnreadable", defaultValue = "true")
    boolean failOnUnreadable;

    /** Where the reports go. */
    @Parameter(property = "strengths-lint.outputDirectory", defaultValue = "${project.build.directory}/strengths-lint")
    File outputDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("strengths-lint: skipped");
            return;
        }
        try {
            run();
        } catch (InvalidDataException e) {
            throw new MojoFailureException(
                    String.join(
                            System.lineSeparator(),
                            e.problems().stream()
                                    .map(problem -> "strengths-lint: " + problem.getMessage())
                                    .toList()),
                    e);
        }
    }

    private void run() throws MojoExecutionException, MojoFailureException {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        if (baseline != null && writeBaseline == null && !baseline.exists()) {
            throw new MojoFailureException("strengths-lint: " + baseline + ": baseline file not found (create it with "
                    + "mvn verify -Dstrengths-lint.writeBaseline="
                    + base.relativize(baseline.toPath().toAbsolutePath().normalize())
                            .toString()
                            .replace('\\', '/') + ")");
        }
        LanguageModels models;
        try {
            models = new LanguageModels();
        } catch (IllegalArgumentException e) { // a bad strengthslint.opennlp property, named in the message
            throw new MojoFailureException("strengths-lint: " + e.getMessage(), e);
        }
        // the session owns the threads office documents are read on
        try (CheckSession session = CheckSession.builder(models)
                .configuration(config == null ? null : config.toPath())
                .build()) {
            check(session, base);
        }
    }

    private void check(CheckSession session, Path base) throws MojoExecutionException, MojoFailureException {
        // The project's own linter starts building while the documents are found.
        var unused = session.startLinter(base); // waited for by linterFor

        DocumentFinder documentFinder;
        try {
            documentFinder = new DocumentFinder(orEmpty(includes), orEmpty(excludes));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("strengths-lint: " + e.getMessage(), e);
        }
        List<Path> documents = new ArrayList<>();
        List<File> folders = directories == null || directories.isEmpty() ? List.of(basedir) : directories;
        for (File folder : folders) {
            for (Path document :
                    documentFinder.find(folder.toPath().toAbsolutePath().normalize())) {
                if (session.includes(document)) {
                    documents.add(document);
                }
            }
        }
        CheckRun run = new CheckRun(
                failOn == null ? null : FailOn.parse(failOn.toLowerCase(Locale.ROOT)),
                session.configurationFor(base),
                baseline == null ? null : baseline.toPath(),
                writeBaseline == null ? null : writeBaseline.toPath());

        List<CheckResult> results = CheckSession.checkAll(
                documents,
                Runtime.getRuntime().availableProcessors(),
                document -> session.check(document, name(base, document)),
                document -> name(base, document));
        CheckRun.Outcome outcome;
        try {
            outcome = run.finish(results, session.linterFor(base).lexicon());
        } catch (IOException e) {
            throw new MojoExecutionException("strengths-lint: cannot write the baseline " + writeBaseline, e);
        }
        if (writeBaseline != null) {
            getLog().info("strengths-lint: wrote the baseline " + writeBaseline);
        }
        Report report = outcome.report();
        Path html = writeReports(report, base);
        logFindings(report);
        Summary summary = report.summary();
        getLog().info("strengths-lint: " + TextReportWriter.summaryLine(summary));

        if (failOnUnreadable && outcome.unreadable() > 0) {
            throw new MojoFailureException(
                    "strengths-lint: " + outcome.unreadable() + (outcome.unreadable() == 1 ? " document" : " documents")
                            + " could not be read" + seeReport(html));
        }
        if (outcome.failing() > 0) {
            throw new MojoFailureException("strengths-lint: " + counts(summary) + "; " + outcome.failing()
                    + " at or above '" + run.failOn().label() + "'" + seeReport(html));
        }
    }

    /** A document's name in logs and reports: its path relative to the project, with forward slashes. */
    private static String name(Path base, Path document) {
        return base.relativize(document).toString().replace('\\', '/');
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** Writes every report; returns the HTML report's path, if one was written. */
    private Path writeReports(Report report, Path base) throws MojoExecutionException {
        Path html = null;
        try {
            Files.createDirectories(outputDirectory.toPath());
            for (String name : formats) {
                String format = name.strip().toLowerCase(Locale.ROOT);
                if (format.isEmpty()) {
                    continue;
                }
                ReportFormat chosen = ReportFormat.of(format)
                        .orElseThrow(() -> new MojoExecutionException("strengths-lint: unknown report format '" + name
                                + "' (expected one of " + ReportFormat.labels() + ")"));
                ReportWriter writer = chosen.writer(false, false, base);
                Path file = outputDirectory.toPath().resolve("strengths-lint." + chosen.fileSuffix());
                report.writeTo(writer, file);
                if (chosen == ReportFormat.HTML) {
                    html = file;
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("strengths-lint: cannot write the reports to " + outputDirectory, e);
        }
        return html;
    }

    private void logFindings(Report report) {
        for (CheckResult result : report.results()) {
            if (!result.readable()) {
                getLog().error(VisibleText.escape(result.path() + ": cannot be read: " + result.error()));
                continue;
            }
            for (Finding f : result.findings()) {
                // names and text come from the documents: escaped, so a log line is one line
                String line = VisibleText.escape(result.path()) + ":" + f.line() + ":" + f.column() + ": ["
                        + VisibleText.escape(f.rule()) + "] " + VisibleText.escape(f.message())
                        + (f.suggestions().isEmpty()
                                ? ""
                                : " (instead: " + VisibleText.escape(String.join("; ", f.suggestions())) + ")");
                if (f.severity() == Severity.ERROR) {
                    getLog().error(line);
                } else if (f.severity() == Severity.WARNING) {
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
        }
    }

    private static String counts(Summary summary) {
        return summary.count(Severity.ERROR) + " errors, " + summary.count(Severity.WARNING) + " warnings, "
                + summary.count(Severity.INFO) + " info in " + summary.files() + " documents";
    }

    private static String seeReport(Path html) {
        return html == null ? "" : "; see " + html;
    }
}
