package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium, as a reviewer would open it in a browser, and
 * checks what the rendered page holds. CI installs Chromium (.ci/run); on a machine without it
 * the test is skipped, except under CI where it must run.
 */
class HtmlReportInBrowserTest {
    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @Test
    void theReportRendersWithEveryFindingHighlighted(@TempDir Path dir) throws Exception {
        Path browser = chromium();
        if (System.getenv("CI") == null) {
            assumeTrue(browser != null, "Chromium is not installed here");
        }
        assertTrue(browser != null, "CI must install Chromium (see .ci/run)");
        Path html = dir.resolve("review.html");
        CliRun run = CliRun.run(
                "check", "--format", "html", "--output", html.toString(), "src/test/resources/fixtures/letter.md");
        assertEquals(1, run.exitCode());

        Process process = new ProcessBuilder(
                        browser.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + dir.resolve("profile"),
                        "--dump-dom",
                        html.toUri().toString())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "Chromium finished");
        assertTrue(dom.contains("<h1>strengths-lint report</h1>"), dom);
        assertTrue(dom.contains("<mark>failed to engage</mark>"), dom);
        assertTrue(dom.contains("<mark>challenging behaviour</mark>"), dom);
        assertTrue(dom.contains("Instead: did not take up the support offered"), dom);
        assertTrue(dom.contains("(quoted: a mention)"), dom);
        assertEquals(6, dom.split("class=\"finding ", -1).length - 1, "six findings shown");
    }
}
