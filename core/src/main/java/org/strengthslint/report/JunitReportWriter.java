package org.strengthslint.report;

import java.io.IOException;
import java.io.Writer;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;

/**
 * JUnit's XML format for CI servers that show test results: one test case per document, one
 * failure per finding that fails the run (at or above --fail-on), and the other findings in the
 * test case's output, recorded without failing it. An unreadable document is an error.
 */
public final class JunitReportWriter implements ReportWriter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        Summary summary = report.summary();
        int failing = 0;
        for (CheckResult result : report.results()) {
            if (result.readable() && result.findings().stream().anyMatch(f -> report.level(f) == Report.Level.FAILS)) {
                failing++;
            }
        }
        int failures = failing;
        XmlReports.write(out, xml -> {
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "strengths-lint");
            xml.writeAttribute("tests", Integer.toString(summary.files()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(summary.unreadable()));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "strengths-lint");
            xml.writeAttribute("tests", Integer.toString(summary.files()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(summary.unreadable()));
            for (CheckResult result : report.results()) {
                String path = XmlReports.clean(ReportPaths.of(result.path()));
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "strengths-lint");
                xml.writeAttribute("name", path);
                if (!result.readable()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("error");
                    xml.writeAttribute("message", XmlReports.clean("cannot be read: " + result.error()));
                    xml.writeEndElement();
                }
                StringBuilder passing = new StringBuilder();
                for (Finding f : result.findings()) {
                    // each piece escaped on its own: the line breaks between them are the report's
                    String line = path + ":" + f.line() + ":" + f.column() + ": "
                            + f.severity().label() + " [" + XmlReports.clean(f.rule()) + "] "
                            + XmlReports.clean(f.message());
                    String instead = f.suggestions().isEmpty()
                            ? ""
                            : "\nInstead: " + XmlReports.clean(String.join("; ", f.suggestions()));
                    if (report.level(f) != Report.Level.FAILS) {
                        passing.append(line)
                                .append('\n')
                                .append(XmlReports.clean(f.sentence()))
                                .append(instead)
                                .append('\n');
                        continue;
                    }
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", XmlReports.clean(f.rule()));
                    xml.writeAttribute("message", line);
                    xml.writeCharacters(XmlReports.clean(f.sentence()) + instead);
                    xml.writeEndElement();
                }
                if (!passing.isEmpty()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(passing.toString());
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }
}
