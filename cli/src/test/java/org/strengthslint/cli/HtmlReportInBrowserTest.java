package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.testing.HeadlessChromium;

/**
 * Opens the HTML report in headless Chromium, as a reviewer would open it in a browser, and
 * checks what the rendered page holds. CI installs Chromium (.ci/run); on a machine without it
 * the test is skipped, except under CI where it must run.
 */
class HtmlReportInBrowserTest {
    @Test
    void theReportRendersWithEveryFindingHighlighted(@TempDir Path dir) throws Exception {
        Path browser = HeadlessChromium.binary();
        if (System.getenv("CI") == null) {
            assumeTrue(browser != null, "Chromium is not installed here");
        }
        assertTrue(browser != null, "CI must install Chromium (see .ci/run)");
        Path html = dir.resolve("review.html");
        CliRun run = CliRun.run(
                "check", "--format", "html", "--output", html.toString(), "src/test/resources/fixtures/letter.md");
        assertEquals(1, run.exitCode());

        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless"));
        command.addAll(HeadlessChromium.FLAGS);
        command.addAll(List.of(
                "--user-data-dir=" + dir.resolve("profile"),
                "--dump-dom",
                html.toUri().toString()));
        Process process = new ProcessBuilder(command)
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
