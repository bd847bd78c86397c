package org.strengthslint.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpException;
import org.strengthslint.analyse.LanguageModels;

/**
 * The local web application of {@code strengths-lint serve}: one page to paste a letter or drop a
 * document, see what to reconsider and take the suggestions, and the JSON API beside it
 * (docs/serve.md). The lexicon, configuration and language models are loaded once, at start, and
 * shared by every request; documents are held in memory, or (uploads over 1 MB) in temporary files
 * deleted when their request ends, and are never logged.
 *
 * <pre>{@code
 * try (LintServer server = LintServer.start(ServerOptions.local(Path.of("")), new LanguageModels())) {
 *     System.out.println("open " + server.address());
 *     server.await();
 * }
 * }</pre>
 */
public final class LintServer implements AutoCloseable {
    /** Room for a multipart request's own headers and fields beside the file. */
    private static final long ENVELOPE_BYTES = 64 * 1024;
    /**
     * How much of a refused request's body is read and thrown away before the refusal is sent: a
     * client still sending when the server answers and closes sees the connection reset instead of
     * the reason. Past this, the connection is closed on it.
     */
    private static final long DRAIN_BYTES = 64L * 1024 * 1024;

    private final Javalin app;
    private final ProfileLinters linters;
    private final Api api;
    private final Path uploads;
    private final ServerOptions options;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LintServer(Javalin app, ProfileLinters linters, Api api, Path uploads, ServerOptions options) {
        this.app = app;
        this.linters = linters;
        this.api = api;
        this.uploads = uploads;
        this.options = options;
    }

    /**
     * Loads the configuration and lexicon, builds a linter for each profile and starts listening.
     *
     * @throws org.strengthslint.data.InvalidDataException when the configuration or a lexicon it names is invalid
     * @throws IllegalStateException                       when the port cannot be used (the message says why)
     */
    public static LintServer start(ServerOptions options, LanguageModels models) {
        ProfileLinters linters = ProfileLinters.build(options, models);
        Path uploads;
        try {
            uploads = Files.createTempDirectory("strengths-lint-uploads");
        } catch (IOException e) {
            linters.close();
            throw new UncheckedIOException("cannot make a folder for uploads", e);
        }
        Api api = new Api(linters, options.limits());
        RequestGuard guard = new RequestGuard(options);
        long maxRequest = options.limits().maxFileBytes() + ENVELOPE_BYTES;
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = maxRequest;
            config.jetty.multipartConfig.cacheDirectory(uploads.toString());
            config.jetty.multipartConfig.maxFileSize(options.limits().maxFileBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(maxRequest, SizeUnit.BYTES);
            // Jetty's own answers to requests it cannot parse carry the same headers as ours
            config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/strengthslint/server/page";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-store");
            });
            config.routes.before(ctx -> {
                guard.check(ctx);
                if (ctx.req().getContentLengthLong() > maxRequest) {
                    throw Upload.tooLarge(options.limits(), isText(ctx));
                }
            });
            config.routes.get("/api/settings", api::settings);
            config.routes.get("/api/rules", api::rules);
            config.routes.post("/api/check", api::check);
            config.routes.post("/api/document", api::document);
            config.routes.post("/api/review", api::review);
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 413) {
                    error(
                            ctx,
                            413,
                            Upload.tooLarge(options.limits(), isText(ctx)).getMessage());
                } else {
                    error(ctx, e.getStatus(), reason(e.getStatus()));
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                int status = jettyStatus(e);
                if (status == 413) {
                    error(ctx, 413, Upload.tooLarge(options.limits(), false).getMessage());
                } else if (status >= 400 && status < 500) {
                    error(ctx, 400, "the request could not be read (a form upload must be multipart/form-data)");
                } else {
                    // the message may quote the document: say only what kind of failure it was
                    error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + ")");
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, reason(404));
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            api.close();
            linters.close();
            deleteFolder(uploads);
            throw new IllegalStateException(
                    "cannot listen on " + options.host() + ":" + options.port() + " (" + rootMessage(e) + ")", e);
        }
        return new LintServer(app, linters, api, uploads, options);
    }

    /** The address of the page, for people to open ({@code http://127.0.0.1:7878/}). */
    public URI address() {
        String host = options.isWildcard() ? "localhost" : options.urlHost();
        return URI.create("http://" + host + ":" + app.port() + "/");
    }

    /** The port it listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Where uploads over 1 MB wait while their request is answered (for tests: it is empty between requests). */
    Path uploadFolder() {
        return uploads;
    }

    /** Waits until the server is closed (by {@link #close()} from another thread, or at JVM shutdown). */
    public void await() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            api.close();
            linters.close();
            deleteFolder(uploads);
            stopped.countDown();
        }
    }

    private static void error(Context ctx, int status, String reason) {
        if (status == 413) {
            drain(ctx);
        }
        RequestGuard.secure(ctx);
        ctx.status(status)
                .contentType("application/json; charset=utf-8")
                .result(Json.object(json -> json.writeStringField("error", reason)));
    }

    /** Reads what is left of a refused request's body (up to {@link #DRAIN_BYTES}) and drops it. */
    private static void drain(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_BYTES;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the body cannot be read further: the refusal is sent all the same
        }
    }

    private static boolean isText(Context ctx) {
        String type = ctx.contentType();
        return type == null || type.toLowerCase(Locale.ROOT).startsWith("text/plain");
    }

    private static String reason(int status) {
        return switch (status) {
            case 404 -> "there is nothing here";
            case 405 -> "this address does not answer that kind of request";
            default -> "the request was refused";
        };
    }

    /** The status Jetty gave a request it could not read (a multipart body over a limit, or malformed), or 0. */
    private static int jettyStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.getCode();
            }
            if (t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).contains("exceeds")) {
                return 413; // Jetty's multipart parser says "... exceeds max ..." this way
            }
            if (t instanceof jakarta.servlet.ServletException || t instanceof java.io.EOFException) {
                return 400;
            }
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is removed by the system in time
        }
    }
}
