package org.strengthslint.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every report format, by the name people write (command line, Maven, configuration), in one place. */
public enum ReportFormat {
    TEXT("text", "txt"),
    JSON("json", "json"),
    SARIF("sarif", "sarif"),
    CHECKSTYLE("checkstyle", "checkstyle.xml"),
    JUNIT("junit", "junit.xml"),
    GITHUB("github", "github.txt"),
    HTML("html", "html"),
    CSV("csv", "csv");

    private final String label;
    private final String fileSuffix;

    ReportFormat(String label, String fileSuffix) {
        this.label = label;
        this.fileSuffix = fileSuffix;
    }

    /** The name people write: "sarif". */
    public String label() {
        return label;
    }

    /** The end of a report file's name in a folder of reports: "checkstyle.xml". */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** The format a name stands for, in any case ("SARIF", "sarif"). */
    public static Optional<ReportFormat> of(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
    }

    /** "text, json, sarif, checkstyle, junit, github, html": for help and error messages. */
    public static String labels() {
        return String.join(
                ", ", Arrays.stream(values()).map(ReportFormat::label).toList());
    }

    /**
     * A writer of this format.
     *
     * @param colour     terminal colours (text, and only when writing to a terminal)
     * @param quiet      findings only (text)
     * @param sourceRoot the folder SARIF's paths are relative to, or null for the working folder
     */
    public ReportWriter writer(boolean colour, boolean quiet, Path sourceRoot) {
        return switch (this) {
            case TEXT -> new TextReportWriter(colour, quiet);
            case JSON -> new JsonReportWriter();
            case SARIF -> sourceRoot == null ? new SarifReportWriter() : new SarifReportWriter(sourceRoot);
            case CHECKSTYLE -> new CheckstyleReportWriter();
            case JUNIT -> new JunitReportWriter();
            case GITHUB -> new GithubReportWriter();
            case HTML -> new HtmlReportWriter();
            case CSV -> new CsvReportWriter();
        };
    }
}
