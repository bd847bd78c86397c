package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Version;

/**
 * Checkstyle's XML format, which many CI servers and editors read. A finding's severity there is
 * {@code error} exactly when it fails the run (at or above --fail-on), since the tools that read
 * this format fail on errors; the others are {@code warning} or {@code info}.
 */
public final class CheckstyleReportWriter implements ReportWriter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        XmlReports.write(out, xml -> {
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "strengths-lint " + Version.current());
            for (CheckResult result : report.results()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", XmlReports.clean(ReportPaths.of(result.path())));
                if (!result.readable()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", "1");
                    xml.writeAttribute("severity", "error");
                    xml.writeAttribute("message", XmlReports.clean("cannot be read: " + result.error()));
                    xml.writeAttribute("source", "strengths-lint.unreadable");
                }
                for (Finding f : result.findings()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", Integer.toString(f.line()));
                    xml.writeAttribute("column", Integer.toString(f.column()));
                    xml.writeAttribute(
                            "severity",
                            switch (report.level(f)) {
                                case FAILS -> "error";
                                case WARNS -> "warning";
                                case NOTES -> "info";
                            });
                    String message = f.message()
                            + (f.suggestions().isEmpty() ? "" : ". Instead: " + String.join("; ", f.suggestions()));
                    xml.writeAttribute("message", XmlReports.clean(message));
                    xml.writeAttribute("source", XmlReports.clean("strengths-lint." + f.rule()));
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }
}
