package org.strengthslint.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.extract.ExtractionLimits;

/** A server on a free port of 127.0.0.1 for a test class, and the requests its tests make. */
final class RunningServer implements AutoCloseable {
    private static final LanguageModels MODELS = new LanguageModels();

    final LintServer server;
    final HttpClient http = HttpClient.newHttpClient();

    RunningServer(Path folder, ExtractionLimits limits) {
        this.server = LintServer.start(new ServerOptions("127.0.0.1", 0, null, folder, limits), MODELS);
    }

    RunningServer(Path folder) {
        this(folder, ExtractionLimits.DEFAULT);
    }

    URI uri(String path) {
        return server.address().resolve(path);
    }

    HttpResponse<String> postText(String path, String text, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends once more when the first try fails to read an answer: the client may have picked a
     * pooled connection the server had just closed (after a refused upload, or idle), which no
     * client can tell in advance. A second failure is the test's failure.
     */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> answer)
            throws IOException, InterruptedException {
        try {
            return http.send(request, answer);
        } catch (IOException stale) {
            return http.send(request, answer);
        }
    }

    <T> HttpResponse<T> postFile(String path, String name, byte[] content, HttpResponse.BodyHandler<T> answer)
            throws IOException, InterruptedException {
        String boundary = "----strengths-lint-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request, answer);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Word document of one paragraph per string, as a writer would make it. */
    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
