package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strengths-lint serve} from the shaded jar, as a person starts it in their organisation's
 * folder: it prints the address, serves the page and the API with that folder's settings, and
 * stops when the process is stopped. Runs after {@code package} (failsafe).
 */
class ServeJarIT {
    private static final Pattern READY = Pattern.compile(
            "strengths-lint is ready: open (http://127\\.0\\.0\\.1:\\d+/) in your browser \\(Ctrl\\+C stops it\\)");

    @Test
    void theJarServesThePageWithTheFoldersSettings(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve(".strengths-lint.yml"), "rules:\n  failed-to-engage: info\n");
        Path jar = Path.of("target", "strengths-lint.jar").toAbsolutePath();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        "0")
                .directory(folder.toFile())
                .redirectError(folder.resolve("err.txt").toFile())
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher ready = READY.matcher(String.valueOf(line));
            assertTrue(ready.matches(), line + " / " + Files.readString(folder.resolve("err.txt")));
            URI address = URI.create(ready.group(1));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Check a letter</h1>"), page.body());
            HttpResponse<String> check = http.send(
                    HttpRequest.newBuilder(address.resolve("api/check"))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString("He failed to engage."))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, check.statusCode());
            assertTrue(check.body().contains("\"severity\" : \"info\""), check.body()); // the folder's own setting
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve stops when asked");
        }
        assertEquals("", Files.readString(folder.resolve("err.txt")));
    }
}
