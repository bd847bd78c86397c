package org.strengthslint.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.strengthslint.DocumentReview;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Version;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.extract.UnreadableDocumentException;
import org.strengthslint.report.Report;
import org.strengthslint.report.ReportFormat;
import org.strengthslint.report.RulesJsonWriter;
import org.strengthslint.review.ReviewResult;

/**
 * The JSON API beside the page (docs/serve.md): check, the page's document view, review, rules and
 * settings. Documents are read and checked on a few threads of the API's own, as many as the
 * computer has cores (at least two), so that however many requests arrive at once only that many
 * documents are in memory; a request that waits or works longer than the time limit is answered
 * with 503 and its work stopped.
 */
final class Api implements AutoCloseable {
    private final ProfileLinters linters;
    private final ExtractionLimits limits;
    private final ExecutorService work;

    Api(ProfileLinters linters, ExtractionLimits limits) {
        this.linters = linters;
        this.limits = limits;
        this.work =
                Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
                    Thread thread = new Thread(task, "strengths-lint-serve-check");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** A document a request sent, checked: its result, and its text when it could be read. */
    private record Checked(Upload upload, CheckResult result, String text) {}

    /** Reads the request's document and checks it, in one step, so only the API's threads hold documents. */
    private Checked check(Context ctx, Linter linter) {
        return inTime(() -> {
            Upload upload = Upload.from(ctx, limits);
            Linter.CheckedText checked = upload.isFile()
                    ? linter.checkShowingText(upload.bytes(), upload.name())
                    : linter.checkShowingText(upload.text(), upload.name());
            return new Checked(upload, checked.result(), checked.text());
        });
    }

    /** {@code POST /api/check}: the report, in the JSON contract of {@code check --format json} or another format. */
    void check(Context ctx) {
        ReportFormat format = format(ctx);
        Linter linter = linters.linter(ctx.queryParam("profile"));
        Checked checked = check(ctx, linter);
        String answer = report(format, linter, checked.result());
        ctx.status(checked.result().error() == null ? 200 : 422);
        ctx.contentType(contentType(format));
        if (format == ReportFormat.HTML) {
            attachment(ctx, stem(checked.upload()) + "-report.html");
        }
        ctx.result(answer);
    }

    /**
     * {@code POST /api/document}: what the page shows, the document's text (in which the findings'
     * offsets point) and the report in the JSON contract.
     */
    void document(Context ctx) {
        Linter linter = linters.linter(ctx.queryParam("profile"));
        Checked checked = check(ctx, linter);
        String report = report(ReportFormat.JSON, linter, checked.result()).strip();
        ctx.status(checked.result().error() == null ? 200 : 422);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Json.object(json -> {
            json.writeStringField("name", checked.upload().name());
            json.writeStringField("format", checked.result().format());
            json.writeBooleanField("pasted", !checked.upload().isFile());
            json.writeBooleanField(
                    "reviewable",
                    checked.text() != null && reviewable(checked.result().format()));
            json.writeStringField("text", checked.text());
            json.writeFieldName("report");
            json.writeRawValue(report);
        }));
    }

    /**
     * {@code POST /api/review}: a Word (DOCX) or OpenDocument text (ODT) document back with a
     * comment on each finding, but those named by {@code ignore=RULE@OFFSET} (what the page's
     * person ignored).
     */
    void review(Context ctx) {
        Linter linter = linters.linter(ctx.queryParam("profile"));
        boolean trackChanges = "true".equalsIgnoreCase(ctx.queryParam("trackChanges"));
        Set<String> ignored = new HashSet<>(ctx.queryParams("ignore"));
        record Reviewed(Upload upload, DocumentReview review) {}
        Reviewed done = inTime(() -> {
            Upload upload = Upload.from(ctx, limits);
            if (!upload.isFile()) {
                throw new ApiError(400, "review needs a Word (DOCX) or OpenDocument text (ODT) file, sent as 'file'");
            }
            try {
                return new Reviewed(
                        upload,
                        DocumentReview.of(
                                linter,
                                limits,
                                upload.bytes(),
                                upload.name(),
                                trackChanges,
                                Instant.now(),
                                findings -> findings.stream()
                                        .filter(f -> !ignored.contains(f.rule() + "@" + f.offset()))
                                        .toList()));
            } catch (UnreadableDocumentException e) {
                throw new ApiError(e.isOtherFormat() ? 415 : 422, e.getMessage());
            }
        });
        DocumentReview review = done.review();
        Upload upload = done.upload();
        ReviewResult reviewed = review.reviewed();
        boolean odt = review.result().format().equals("odt");
        ctx.contentType(
                odt
                        ? "application/vnd.oasis.opendocument.text"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        attachment(ctx, stem(upload) + ".reviewed" + (odt ? ".odt" : ".docx"));
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
    void settings(Context ctx) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Json.object(json -> {
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
        }));
    }

    /** Runs a step of a request on the API's threads, within the time limit. */
    private <T> T inTime(Callable<T> step) {
        Future<T> future = work.submit(step);
        try {
            return future.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiError(
                    503, "checking took longer than the limit of " + limits.timeoutInWords() + "; try a shorter text");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The report of one result in a format: for JSON, exactly what {@code check --format json} writes. */
    private static String report(ReportFormat format, Linter linter, CheckResult result) {
        StringWriter out = new StringWriter();
        try {
            format.writer(false, false, null).write(new Report(List.of(result), linter.lexicon()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static ReportFormat format(Context ctx) {
        String name = ctx.queryParam("format");
        if (name == null || name.isBlank()) {
            return ReportFormat.JSON;
        }
        return ReportFormat.of(name)
                .orElseThrow(() -> new ApiError(
                        400, "there is no report format '" + name + "' (there are: " + ReportFormat.labels() + ")"));
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
    private static String stem(Upload upload) {
        if (!upload.isFile()) {
            return "pasted-text";
        }
        int dot = upload.name().lastIndexOf('.');
        return dot > 0 ? upload.name().substring(0, dot) : upload.name();
    }

    /** Stops the API's threads; a check still running is interrupted. */
    @Override
    public void close() {
        work.shutdownNow();
    }
}
