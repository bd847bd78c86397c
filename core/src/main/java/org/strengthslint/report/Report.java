package org.strengthslint.report;

import java.util.List;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.FailOn;
import org.strengthslint.api.Finding;
import org.strengthslint.lexicon.Lexicon;

/**
 * Everything one run reports: the results in input order, the lexicon they were checked with
 * (for rule descriptions), what a baseline took out, and the level at which the run fails.
 *
 * @param baselined      findings left out because the baseline already holds them
 * @param staleBaseline  baseline entries for the checked files that no longer match anything
 * @param failOn         the level that fails the run; reports that have levels of their own
 *                       (JUnit, Checkstyle, GitHub, SARIF) mark exactly these findings as failing
 */
public record Report(List<CheckResult> results, Lexicon lexicon, int baselined, int staleBaseline, FailOn failOn) {

    public Report {
        results = List.copyOf(results);
    }

    public Report(List<CheckResult> results, Lexicon lexicon, int baselined, int staleBaseline) {
        this(results, lexicon, baselined, staleBaseline, FailOn.WARNING);
    }

    public Report(List<CheckResult> results, Lexicon lexicon) {
        this(results, lexicon, 0, 0);
    }

    /** How a report with levels shows a finding: failing the run, or recorded without failing. */
    public enum Level {
        /** At or above the fail-on level. */
        FAILS,
        /** Below it, and a warning or an error. */
        WARNS,
        /** Below it, and for information. */
        NOTES
    }

    public Level level(Finding finding) {
        if (failOn.fails(finding.severity())) {
            return Level.FAILS;
        }
        return finding.severity() == org.strengthslint.api.Severity.INFO ? Level.NOTES : Level.WARNS;
    }

    public Summary summary() {
        return Summary.of(this);
    }

    /**
     * Writes this report to a file in UTF-8 with the given writer, making the file's folder if it
     * is missing (the front ends decide first where a report may go).
     */
    public void writeTo(ReportWriter writer, java.nio.file.Path file) throws java.io.IOException {
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        try (java.io.Writer out =
                java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            writer.write(this, out);
        }
    }
}
