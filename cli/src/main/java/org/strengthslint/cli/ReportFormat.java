package org.strengthslint.cli;

import org.strengthslint.report.CheckstyleReportWriter;
import org.strengthslint.report.GithubReportWriter;
import org.strengthslint.report.HtmlReportWriter;
import org.strengthslint.report.JsonReportWriter;
import org.strengthslint.report.JunitReportWriter;
import org.strengthslint.report.ReportWriter;
import org.strengthslint.report.SarifReportWriter;
import org.strengthslint.report.TextReportWriter;

/** The report formats of {@code --format} and {@code --report}. */
enum ReportFormat {
    text, json, sarif, checkstyle, junit, github, html;

    ReportWriter writer(boolean colour, boolean quiet) {
        return switch (this) {
            case text -> new TextReportWriter(colour, quiet);
            case json -> new JsonReportWriter();
            case sarif -> new SarifReportWriter();
            case checkstyle -> new CheckstyleReportWriter();
            case junit -> new JunitReportWriter();
            case github -> new GithubReportWriter();
            case html -> new HtmlReportWriter();
        };
    }
}
