package org.strengthslint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.strengthslint.DocumentReview;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Version;
import org.strengthslint.extract.Document;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.report.Report;
import org.strengthslint.report.ReportFormat;
import org.strengthslint.report.RulesJsonWriter;
import org.strengthslint.review.ReviewResult;

/** The JSON API beside the page (docs/serve.md): check, the page's document view, review, rules and settings. */
final class Api {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final ProfileLinters linters;
    private final DocumentReader reader;
    private final ExtractionLimits limits;

    Api(ProfileLinters linters, DocumentReader reader, ExtractionLimits limits) {
        this.linters = linters;
        this.reader = reader;
        this.limits = limits;
    }

    /** A document checked: its result, and the document when it could be read. */
    private record Checked(CheckResult result, Document document) {}

    private Checked check(Linter linter, Upload upload) {
        try {
            Document document = upload.isFile()
                    ? reader.read(upload.bytes(), upload.name())
                    : reader.fromText(upload.text(), upload.name());
            return new Checked(linter.check(document), document);
        } catch (UnreadableDocumentException e) {
            return new Checked(
                    CheckResult.unreadable(upload.name(), DocumentReader.formatOf(upload.name()), e.getMessage()),
                    null);
        }
    }

    /** {@code POST /api/check}: the report, in the JSON contract of {@code check --format json} or another format. */
    void check(Context ctx) {
        ReportFormat format = format(ctx);
        Linter linter = linters.linter(parameter(ctx, "profile"));
        Upload upload = Upload.from(ctx, limits);
        Checked checked = check(linter, upload);
        Report report = new Report(List.of(checked.result()), linter.lexicon());
        StringWriter out = new StringWriter();
        try {
            format.writer(false, false, null).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.status(checked.result().error() == null ? 200 : 422);
        ctx.contentType(contentType(format));
        if (format == ReportFormat.HTML) {
            attachment(ctx, stem(upload.name()) + "-report.html");
        }
        ctx.result(out.toString());
    }

    /**
     * {@code POST /api/document}: what the page shows, the document's text (in which the findings'
     * offsets point) and the report in the JSON contract.
     */
    void document(Context ctx) throws IOException {
        Linter linter = linters.linter(parameter(ctx, "profile"));
        Upload upload = Upload.from(ctx, limits);
        Checked checked = check(linter, upload);
        StringWriter report = new StringWriter();
        org.strengthslint.report.ReportFormat.JSON
                .writer(false, false, null)
                .write(new Report(List.of(checked.result()), linter.lexicon()), report);
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("name", upload.name());
            json.writeStringField("format", checked.result().format());
            json.writeBooleanField("pasted", !upload.isFile());
            json.writeBooleanField(
                    "reviewable",
                    checked.document() != null && reviewable(checked.result().format()));
            json.writeStringField(
                    "text",
                    checked.document() == null ? null : checked.document().text());
            json.writeFieldName("report");
            json.writeRawValue(report.toString().strip());
            json.writeEndObject();
        }
        ctx.status(checked.result().error() == null ? 200 : 422);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(out.toString());
    }

    /** {@code POST /api/review}: a Word (DOCX) or OpenDocument text (ODT) document back with a comment on each finding. */
    void review(Context ctx) throws IOException {
        Linter linter = linters.linter(parameter(ctx, "profile"));
        boolean trackChanges = "true".equalsIgnoreCase(parameter(ctx, "trackChanges"));
        Upload upload = Upload.from(ctx, limits);
        if (!upload.isFile()) {
            throw new ApiError(400, "review needs a Word (DOCX) or OpenDocument text (ODT) file, sent as 'file'");
        }
        DocumentReview review;
        try {
            review = DocumentReview.of(
                    linter,
                    reader,
                    upload.bytes(),
                    upload.name(),
                    trackChanges,
                    Instant.now(),
                    UnaryOperator.identity());
        } catch (UnreadableDocumentException e) {
            String reason = e.getMessage();
            throw new ApiError(reason.startsWith("not a ") ? 415 : 422, reason);
        }
        ReviewResult reviewed = review.reviewed();
        String ending = review.result().format().equals("odt") ? ".odt" : ".docx";
        ctx.contentType(
                ending.equals(".odt")
                        ? "application/vnd.oasis.opendocument.text"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        attachment(ctx, stem(upload.name()) + ".reviewed" + ending);
        ctx.header("X-Review-Comments", Integer.toString(reviewed.comments()));
        ctx.header("X-Review-Changes", Integer.toString(reviewed.changes()));
        ctx.result(reviewed.document());
    }

    /** {@code GET /api/rules}: every rule of the lexicon in use, with its categories and profiles. */
    void rules(Context ctx) throws IOException {
        Linter linter = linters.configured();
        StringWriter out = new StringWriter();
        RulesJsonWriter.write(linter.lexicon(), linter.lexicon().entries(), out);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(out.toString());
    }

    /** {@code GET /api/settings}: what the page needs to know before a check. */
    void settings(Context ctx) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("version", Version.current());
            json.writeStringField("profile", linters.configuredProfile());
            json.writeStringField(
                    "configuration",
                    linters.configurationFile()
                            .map(file -> file.getFileName().toString())
                            .orElse(null));
            json.writeNumberField("maxFileBytes", limits.maxFileBytes());
            json.writeStringField("maxFileSize", Upload.size(limits.maxFileBytes()));
            json.writeNumberField("maxTextChars", limits.maxTextChars());
            json.writeEndObject();
        }
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(out.toString());
    }

    private static ReportFormat format(Context ctx) {
        String name = parameter(ctx, "format");
        if (name == null || name.isBlank()) {
            return ReportFormat.JSON;
        }
        return ReportFormat.of(name)
                .orElseThrow(() -> new ApiError(
                        400, "there is no report format '" + name + "' (there are: " + ReportFormat.labels() + ")"));
    }

    /** A query parameter (the page sends its choices so), or a multipart field of that name. */
    private static String parameter(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null && ctx.isMultipartFormData()) {
            value = ctx.formParam(name);
        }
        return value;
    }

    private static boolean reviewable(String format) {
        return format.equals("docx") || format.equals("odt");
    }

    private static String contentType(ReportFormat format) {
        return switch (format) {
            case JSON -> "application/json; charset=utf-8";
            case SARIF -> "application/sarif+json; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
            case CHECKSTYLE, JUNIT -> "application/xml; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            case TEXT, GITHUB -> "text/plain; charset=utf-8";
        };
    }

    /** Says the answer is a file to save under {@code name} (any name a browser may send, safely quoted). */
    private static void attachment(Context ctx, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** "letter.docx" -> "letter"; pasted text -> "pasted-text". */
    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.replace(' ', '-').toLowerCase(Locale.ROOT).equals("pasted-text") ? "pasted-text" : stem;
    }
}
