package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its line in the pull
 * request ({@code ::warning file=...,line=...::message}): {@code error} for the findings that
 * fail the run (at or above --fail-on), {@code warning} or {@code notice} for the others.
 */
public final class GithubReportWriter implements ReportWriter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        String nl = "\n";
        for (CheckResult result : report.results()) {
            String path = ReportPaths.of(result.path());
            if (!result.readable()) {
                out.write("::error file=" + property(path) + ",title=" + property("unreadable") + "::"
                        + data("cannot be read: " + result.error()) + nl);
                continue;
            }
            for (Finding f : result.findings()) {
                String command = switch (report.level(f)) {
                    case FAILS -> "error";
                    case WARNS -> "warning";
                    case NOTES -> "notice";
                };
                String message = f.message();
                if (!f.suggestions().isEmpty()) {
                    message += ". Instead: " + String.join("; ", f.suggestions());
                }
                out.write("::" + command + " file=" + property(path) + ",line=" + f.line() + ",col=" + f.column()
                        + ",endLine=" + f.endLine() + ",endColumn=" + f.endColumn() + ",title=" + property(f.rule())
                        + "::" + data(message) + nl);
            }
        }
        out.flush();
    }

    /**
     * Escapes a message as the runner expects ('%', carriage return and line feed), and writes
     * out any other control or reordering character (see {@link VisibleText}), which the log would
     * otherwise show or act on.
     */
    static String data(String text) {
        return VisibleText.escape(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escapes a property value, which also may not hold ':' or ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
