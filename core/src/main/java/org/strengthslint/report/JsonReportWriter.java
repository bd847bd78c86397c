package org.strengthslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Rejection;
import org.strengthslint.api.Severity;
import org.strengthslint.api.Version;

/**
 * The JSON report: the contract other tools read (docs/reports.md). Written as a stream, finding
 * by finding, so a report on tens of thousands of documents needs no more memory than the
 * results themselves.
 */
public final class JsonReportWriter implements ReportWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the writer
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "strengths-lint");
            json.writeStringField("version", Version.current());
            json.writeEndObject();
            json.writeArrayFieldStart("files");
            for (CheckResult result : report.results()) {
                writeFile(json, result);
            }
            json.writeEndArray();
            writeSummary(json, report.summary());
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** The safe edit for the first suggestion, or null where none can be made safely. */
    private static void writeEdit(JsonGenerator json, Edit edit) throws IOException {
        if (edit == null) {
            json.writeNullField("edit");
            return;
        }
        json.writeObjectFieldStart("edit");
        json.writeNumberField("offset", edit.offset());
        json.writeNumberField("length", edit.length());
        json.writeStringField("replacement", edit.replacement());
        json.writeStringField("sentence", edit.sentence());
        json.writeEndObject();
    }

    private static void writeFile(JsonGenerator json, CheckResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", result.path());
        json.writeStringField("format", result.format());
        json.writeNumberField("words", result.words());
        json.writeStringField("error", result.error());
        json.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            json.writeStartObject();
            json.writeStringField("rule", f.rule());
            json.writeStringField("category", f.category());
            json.writeStringField("severity", f.severity().label());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
            json.writeNumberField("endLine", f.endLine());
            json.writeNumberField("endColumn", f.endColumn());
            json.writeNumberField("offset", f.offset());
            json.writeNumberField("length", f.length());
            writeNumberOrNull(json, "page", f.page());
            writeNumberOrNull(json, "paragraph", f.paragraph());
            json.writeStringField("text", f.text());
            json.writeStringField("sentence", f.sentence());
            json.writeStringField("message", f.message());
            writeStrings(json, "suggestions", f.suggestions());
            json.writeBooleanField("mention", f.mention());
            writeEdit(json, f.edit());
            json.writeStringField("noEdit", f.edit() == null ? f.noEdit() : null);
            if (!f.context().isEmpty()) {
                writeStrings(json, "context", f.context());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!result.rejected().isEmpty()) {
            json.writeArrayFieldStart("rejected");
            for (Rejection r : result.rejected()) {
                json.writeStartObject();
                json.writeStringField("rule", r.rule());
                json.writeNumberField("line", r.line());
                json.writeNumberField("column", r.column());
                json.writeNumberField("offset", r.offset());
                json.writeNumberField("length", r.length());
                json.writeStringField("text", r.text());
                json.writeStringField("reason", r.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("unreadable", summary.unreadable());
        json.writeNumberField("words", summary.words());
        json.writeObjectFieldStart("findings");
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.label(), summary.count(severity));
        }
        json.writeEndObject();
        json.writeNumberField("suppressed", summary.suppressed());
        json.writeNumberField("baselined", summary.baselined());
        json.writeNumberField("staleBaseline", summary.staleBaseline());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String name, java.util.List<String> values)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeNumberOrNull(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
