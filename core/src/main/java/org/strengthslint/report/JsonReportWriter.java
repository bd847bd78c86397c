package org.strengthslint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.strengthslint.CheckResult;
import org.strengthslint.Finding;
import org.strengthslint.Severity;
import org.strengthslint.Version;

/** The JSON report: the contract in DESIGN.md that other tools read. */
public final class JsonReportWriter implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Report report, Writer out) throws IOException {
        MAPPER.writeValue(new NonClosingWriter(out), toJson(report));
        out.write(System.lineSeparator());
    }

    public static ObjectNode toJson(Report report) {
        List<CheckResult> results = report.results();
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("tool").put("name", "strengths-lint").put("version", Version.current());
        ArrayNode files = root.putArray("files");
        for (CheckResult result : results) {
            ObjectNode file = files.addObject();
            file.put("path", result.path());
            file.put("format", result.format());
            file.put("words", result.words());
            file.put("error", result.error());
            ArrayNode findings = file.putArray("findings");
            for (Finding f : result.findings()) {
                ObjectNode finding = findings.addObject();
                finding.put("rule", f.rule());
                finding.put("category", f.category());
                finding.put("severity", f.severity().label());
                finding.put("line", f.line());
                finding.put("column", f.column());
                finding.put("endLine", f.endLine());
                finding.put("endColumn", f.endColumn());
                finding.put("offset", f.offset());
                finding.put("length", f.length());
                finding.put("page", f.page());
                finding.put("paragraph", f.paragraph());
                finding.put("text", f.text());
                finding.put("sentence", f.sentence());
                finding.put("message", f.message());
                ArrayNode suggestions = finding.putArray("suggestions");
                f.suggestions().forEach(suggestions::add);
                finding.put("mention", f.mention());
            }
        }
        Summary summary = report.summary();
        ObjectNode totals = root.putObject("summary");
        totals.put("files", summary.files());
        totals.put("unreadable", summary.unreadable());
        totals.put("words", summary.words());
        ObjectNode counts = totals.putObject("findings");
        for (Severity severity : Severity.values()) {
            counts.put(severity.label(), summary.count(severity));
        }
        totals.put("suppressed", summary.suppressed());
        totals.put("baselined", summary.baselined());
        totals.put("staleBaseline", summary.staleBaseline());
        return root;
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
