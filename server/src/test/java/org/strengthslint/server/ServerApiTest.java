package org.strengthslint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.Linter;
import org.strengthslint.extract.ExtractionLimits;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.report.JsonReportWriter;
import org.strengthslint.report.Report;
import org.strengthslint.review.WordFiles;

/** The JSON API of {@code serve}, through real HTTP requests to a running server. */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LETTER = "The homeless deserve respect. He failed to engage.";

    @TempDir
    static Path folder;

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer(folder);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void checkAnswersWithTheJsonReportOfCheck() throws Exception {
        HttpResponse<String> response = server.postText("/api/check", LETTER);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        StringWriter expected = new StringWriter();
        try (Linter linter = Linter.builder().build()) {
            new JsonReportWriter()
                    .write(new Report(List.of(linter.check(LETTER, "pasted text")), linter.lexicon()), expected);
        }
        assertEquals(expected.toString(), response.body());
        JsonNode findings = JSON.readTree(response.body()).at("/files/0/findings");
        assertEquals("the-homeless", findings.get(0).get("rule").asText());
        assertEquals(0, findings.get(0).get("offset").asInt());
        assertEquals(12, findings.get(0).get("length").asInt());
        assertEquals("failed-to-engage", findings.get(1).get("rule").asText());
        assertEquals(33, findings.get(1).get("offset").asInt());
        assertEquals(
                "He did not take up the support offered.",
                findings.get(1).at("/edit/sentence").asText());
    }

    @Test
    void aWordFileIsCheckedWithItsParagraphs() throws Exception {
        byte[] letter = RunningServer.docx("Dear Sam,", "You have failed to engage with your support worker.");
        HttpResponse<String> response =
                server.postFile("/api/check", "warning.docx", letter, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode file = JSON.readTree(response.body()).at("/files/0");
        assertEquals("warning.docx", file.get("path").asText());
        assertEquals("docx", file.get("format").asText());
        JsonNode finding = file.at("/findings/0");
        assertEquals("failed to engage", finding.get("text").asText());
        assertEquals(2, finding.get("paragraph").asInt());
    }

    @Test
    void thePageGetsTheTextTheFindingsPointInto() throws Exception {
        byte[] letter = RunningServer.docx("Dear Sam,", "You have failed to engage with your support worker.");
        JsonNode view = JSON.readTree(
                server.postFile("/api/document", "warning.docx", letter, HttpResponse.BodyHandlers.ofString())
                        .body());
        String text = view.get("text").asText();
        JsonNode finding = view.at("/report/files/0/findings/0");
        int offset = finding.get("offset").asInt();
        assertEquals(
                "failed to engage",
                text.substring(offset, offset + finding.get("length").asInt()));
        assertTrue(view.get("reviewable").asBoolean());
        assertFalse(view.get("pasted").asBoolean());
    }

    @Test
    void aProfileIsChosenPerRequest() throws Exception {
        String text = "We wrote to all service users today.";
        JsonNode usual =
                JSON.readTree(server.postText("/api/check", text).body()).at("/files/0/findings/0");
        JsonNode strict = JSON.readTree(
                        server.postText("/api/check?profile=strict", text).body())
                .at("/files/0/findings/0");
        assertEquals("info", usual.get("severity").asText());
        assertEquals("warning", strict.get("severity").asText());
        HttpResponse<String> unknown = server.postText("/api/check?profile=lenient", text);
        assertError(400, "there is no profile 'lenient' (there are: default, strict, statutory)", unknown);
    }

    @Test
    void aCrossOriginRequestIsRefused() throws Exception {
        HttpResponse<String> foreign = server.postText("/api/check", LETTER, "Origin", "http://evil.example");
        assertError(403, "requests from other web sites are refused (from http://evil.example)", foreign);
        HttpResponse<String> crossSite = server.postText("/api/review", LETTER, "Sec-Fetch-Site", "cross-site");
        assertEquals(403, crossSite.statusCode());
        String own = "http://127.0.0.1:" + server.server.port();
        assertEquals(200, server.postText("/api/check", LETTER, "Origin", own).statusCode());
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        // a page whose own name was made to point at 127.0.0.1 sends that name as the Host
        String answer = rawGet(server.server.port(), "evil.example:" + server.server.port(), "/api/rules");
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.contains("this server answers only to its own address, not to evil.example"), answer);
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/page.js", "/api/rules", "/nothing-here")) {
            HttpResponse<String> response = server.get(path);
            assertEquals(
                    RequestGuard.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(null),
                    path);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(null),
                    path);
        }
        assertEquals(404, server.get("/nothing-here").statusCode());
    }

    @Test
    void anUnreadableFileGetsThePlainReasonOfCheck() throws Exception {
        byte[] encrypted = resource("/documents/encrypted.docx");
        HttpResponse<String> response =
                server.postFile("/api/check", "locked.docx", encrypted, HttpResponse.BodyHandlers.ofString());
        assertEquals(422, response.statusCode());
        assertEquals(
                "password protected: the document is encrypted",
                JSON.readTree(response.body()).at("/files/0/error").asText());
        assertEquals(200, server.postText("/api/check", LETTER).statusCode()); // and it keeps serving
    }

    @Test
    void reviewGivesTheWordDocumentBackWithCommentsOnTheWords() throws Exception {
        byte[] letter = RunningServer.docx(
                "Dear Sam,", "You have failed to engage with your support worker.", "The homeless deserve respect.");
        HttpResponse<byte[]> response =
                server.postFile("/api/review", "warning.docx", letter, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(
                "attachment; filename=\"warning.reviewed.docx\"; filename*=UTF-8''warning.reviewed.docx",
                response.headers().firstValue("Content-Disposition").orElse(null));
        try (XWPFDocument reviewed = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            XWPFComment[] comments = reviewed.getComments();
            assertEquals(2, comments.length);
            assertEquals("strengths-lint", comments[0].getAuthor());
        }
        org.w3c.dom.Document body = WordFiles.xml(response.body(), "word/document.xml");
        List<String> anchored = new ArrayList<>();
        for (org.w3c.dom.Element start : WordFiles.elements(body, "commentRangeStart")) {
            anchored.add(WordFiles.commented(body, start.getAttributeNS(WordFiles.W, "id")));
        }
        assertEquals(List.of("failed to engage", "The homeless"), anchored);

        HttpResponse<byte[]> tracked = server.postFile(
                "/api/review?trackChanges=true", "warning.docx", letter, HttpResponse.BodyHandlers.ofByteArray());
        body = WordFiles.xml(tracked.body(), "word/document.xml");
        WordFiles.accept(body, "strengths-lint");
        assertEquals(
                List.of(
                        "Dear Sam,",
                        "You have not worked with your support worker.",
                        "People experiencing homelessness deserve respect."),
                WordFiles.paragraphs(body));
    }

    @Test
    void reviewOfAnotherFormatSaysWhatItCanReview() throws Exception {
        HttpResponse<String> response = server.postFile(
                "/api/review",
                "notes.txt",
                LETTER.getBytes(StandardCharsets.UTF_8),
                HttpResponse.BodyHandlers.ofString());
        assertError(415, "not a Word (DOCX) or OpenDocument text (ODT) document: it is text", response);
    }

    @Test
    void rulesListEveryRuleWithWhy() throws Exception {
        JsonNode rules = JSON.readTree(server.get("/api/rules").body());
        JsonNode homeless = null;
        for (JsonNode rule : rules.get("rules")) {
            if (rule.get("id").asText().equals("the-homeless")) {
                homeless = rule;
            }
        }
        Lexicon bundled = Lexicon.bundled();
        assertEquals(bundled.size(), rules.get("rules").size());
        assertEquals(
                bundled.entry("the-homeless").orElseThrow().why(),
                homeless.get("why").asText());
        assertEquals("default", rules.at("/profiles/0/id").asText());
    }

    @Test
    void theReportCanBeDownloadedAsHtml() throws Exception {
        HttpResponse<String> response = server.postText("/api/check?format=html", LETTER);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<mark>failed to engage</mark>"), response.body());
        assertEquals(
                "attachment; filename=\"pasted-text-report.html\"; filename*=UTF-8''pasted-text-report.html",
                response.headers().firstValue("Content-Disposition").orElse(null));
    }

    @Test
    void concurrentRequestsShareOneLinterAndGetTheSameAnswer() throws Exception {
        String expected = server.postText("/api/check", LETTER).body();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(
                        pool.submit(() -> server.postText("/api/check", LETTER).body()));
            }
            for (Future<String> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOversizedUploadIsRefusedAndTheServerKeepsServing(@TempDir Path other) throws Exception {
        ExtractionLimits small = ExtractionLimits.DEFAULT.withMaxFileBytes(4 * 1024);
        try (RunningServer limited = new RunningServer(other, small)) {
            byte[] big = "word ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> file =
                    limited.postFile("/api/check", "big.txt", big, HttpResponse.BodyHandlers.ofString());
            assertError(413, "the file is larger than the limit of 4 KB", file);
            HttpResponse<String> text = limited.postText("/api/check", "word ".repeat(40_000));
            assertError(413, "the text is larger than the limit of 4 KB", text);
            assertEquals(200, limited.postText("/api/check", LETTER).statusCode());
        }
    }

    @Test
    void uploadsLeaveNoFileBehind(@TempDir Path other) throws Exception {
        try (RunningServer running = new RunningServer(other)) {
            // over the 1 MB kept in memory, so the upload goes through a temporary file
            byte[] big = "They were hard to engage. ".repeat(60_000).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response =
                    running.postFile("/api/check", "notes.txt", big, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            try (var files = Files.list(running.server.uploadFolder())) {
                assertEquals(List.of(), files.toList());
            }
        }
    }

    @Test
    void theOrganisationsSettingsApply(@TempDir Path organisation) throws Exception {
        Files.writeString(
                organisation.resolve(".strengths-lint.yml"),
                "profile: strict\nrules:\n  failed-to-engage: off\nallow:\n  - the homeless\n");
        try (RunningServer theirs = new RunningServer(organisation)) {
            JsonNode body = JSON.readTree(theirs.postText("/api/check", LETTER + " Our service users.")
                    .body());
            JsonNode findings = body.at("/files/0/findings");
            assertEquals(1, findings.size(), body.toString());
            assertEquals("service-user", findings.get(0).get("rule").asText());
            assertEquals("warning", findings.get(0).get("severity").asText());
            JsonNode settings = JSON.readTree(theirs.get("/api/settings").body());
            assertEquals("strict", settings.get("profile").asText());
            assertEquals(".strengths-lint.yml", settings.get("configuration").asText());
        }
    }

    @Test
    void listeningOnEveryAddressStillAnswersOnlyToThisComputersNames(@TempDir Path other) throws Exception {
        try (LintServer everywhere = LintServer.start(
                new ServerOptions("0.0.0.0", 0, null, other, ExtractionLimits.DEFAULT),
                new org.strengthslint.analyse.LanguageModels())) {
            assertTrue(rawGet(everywhere.port(), "rebind.evil.example:" + everywhere.port(), "/api/settings")
                    .startsWith("HTTP/1.1 403"));
            assertTrue(rawGet(everywhere.port(), "127.0.0.1:" + everywhere.port(), "/api/settings")
                    .startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void aCheckOverTheTimeLimitIsStoppedWithAReason(@TempDir Path other) throws Exception {
        ExtractionLimits quick = ExtractionLimits.DEFAULT.withTimeout(Duration.ofMillis(1));
        try (RunningServer hurried = new RunningServer(other, quick)) {
            HttpResponse<String> response =
                    hurried.postText("/api/check", "They were hard to engage and chaotic. ".repeat(20_000));
            assertError(503, "checking took longer than the limit of 1 ms; try a shorter text", response);
        }
    }

    @Test
    void aMalformedUploadGetsAPlainReason() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/check"))
                .header("Content-Type", "multipart/form-data; boundary=nothing-like-the-body")
                .POST(HttpRequest.BodyPublishers.ofString("this is not a multipart body"))
                .build();
        HttpResponse<String> response = server.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertError(400, "the request could not be read (a form upload must be multipart/form-data)", response);
    }

    @Test
    void textIsReadInTheCharsetItNames() throws Exception {
        String text = "Le café says he is an addict.";
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/check"))
                .header("Content-Type", "text/plain; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.ISO_8859_1)))
                .build();
        JsonNode finding = JSON.readTree(server.http
                        .send(request, HttpResponse.BodyHandlers.ofString())
                        .body())
                .at("/files/0/findings/0");
        assertEquals(text, finding.get("sentence").asText());
        assertEquals(22, finding.get("offset").asInt());
    }

    @Test
    void whatThePageIgnoredGetsNoComment() throws Exception {
        byte[] letter = RunningServer.docx("You have failed to engage with your support worker.", "He is an addict.");
        JsonNode findings = JSON.readTree(
                        server.postFile("/api/check", "letter.docx", letter, HttpResponse.BodyHandlers.ofString())
                                .body())
                .at("/files/0/findings");
        String ignore = "failed-to-engage@" + findings.get(0).get("offset").asInt();
        HttpResponse<byte[]> response = server.postFile(
                "/api/review?ignore=" + ignore, "letter.docx", letter, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("1", response.headers().firstValue("X-Review-Comments").orElse(null));
        org.w3c.dom.Document body = WordFiles.xml(response.body(), "word/document.xml");
        String id = WordFiles.elements(body, "commentRangeStart").get(0).getAttributeNS(WordFiles.W, "id");
        assertEquals("addict", WordFiles.commented(body, id));
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        String answer = rawGet(server.server.port(), "127.0.0.1:" + server.server.port(), "/%2e%2e/%2e%2e/etc/passwd");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("Content-Security-Policy: " + RequestGuard.CONTENT_SECURITY_POLICY), answer);
    }

    /** A GET with the Host header given, which Java's HTTP client will not let a caller choose. */
    /** The answer has the status and the JSON "error" message a person is shown. */
    private static void assertError(int status, String error, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, JSON.readTree(response.body()).get("error").asText());
    }

    private static String rawGet(int port, String host, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ServerApiTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
