package org.strengthslint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.strengthslint.review.WordFiles;
import org.strengthslint.testing.HeadlessChromium;

/**
 * The page of {@code serve} in a real browser: Debian's Chromium driven by its chromedriver
 * through Selenium, as a support worker would use it. CI installs both (.ci/run); on a machine
 * without them the tests are skipped, except under CI where they must run.
 *
 * <p>{@code -Dscreenshot.update=true} copies the screenshot this test makes to
 * {@code docs/images/serve-page.png}, the picture the README shows.
 */
class PageInBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String LETTER = "Dear Sam,\n\n"
            + "We are writing about your stay at Riverside House. Our records show that you have failed to engage "
            + "with your support worker since March, and staff describe you as non-compliant with the house rules. "
            + "Staff have also seen you with addicts outside the building.\n\n"
            + "We know that things have been hard. Please come and see us on Monday so that we can agree a plan "
            + "together.";

    @TempDir
    static Path folder;

    private static RunningServer server;
    private static ChromeDriver driver;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        Path chromium = HeadlessChromium.binary();
        if (System.getenv("CI") == null) {
            assumeTrue(
                    chromium != null && Files.isExecutable(CHROMEDRIVER),
                    "Chromium and chromedriver are not installed here");
        }
        assertTrue(
                chromium != null && Files.isExecutable(CHROMEDRIVER),
                "CI must install chromium and chromium-driver (see .ci/run)");
        server = new RunningServer(folder);
        downloads = Files.createDirectories(folder.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new", "--window-size=1280,1100", "--user-data-dir=" + folder.resolve("profile"));
        options.addArguments(HeadlessChromium.FLAGS);
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // the accessibility scan of the whole rules page runs as one script, which takes longer
        // than Selenium's default 30 seconds on a busy two-core machine
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** The page, fresh, with its settings and rules loaded. */
    private static void open() {
        driver.get(server.server.address().toString());
        waiting().until(d -> d.findElements(By.cssSelector("#profile option")).size() == 3);
    }

    private static void pasteAndCheck(String text) {
        WebElement box = driver.findElement(By.id("text"));
        box.clear();
        // as pasted: the whole text at once, line breaks included
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                        box,
                        text);
        driver.findElement(By.id("check")).click();
        waitForResults();
    }

    private static void waitForResults() {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        waiting().until(d -> !d.findElement(By.id("status")).getText().startsWith("Checking"));
    }

    private static List<String> marks() {
        List<String> marks = new ArrayList<>();
        for (WebElement mark : driver.findElements(By.cssSelector("#document .mark"))) {
            String severity = mark.getAttribute("class")
                    .replace("mark", "")
                    .replace("current", "")
                    .strip();
            marks.add(severity + ": " + mark.getText());
        }
        return marks;
    }

    @Test
    void aPastedLetterShowsEveryFindingHighlighted() throws IOException {
        open();
        pasteAndCheck(LETTER);
        assertEquals(List.of("warning: failed to engage", "warning: non-compliant", "error: addicts"), marks());
        String summary = driver.findElement(By.id("summary")).getText();
        assertEquals("68 words. 3 things to look at: 1 to change, 2 to reconsider.", summary);
        WebElement card =
                driver.findElements(By.cssSelector("#findings li.finding")).get(2);
        String shown = card.getText();
        assertTrue(shown.startsWith("Change\n“addicts”\nLabelling: \"addicts\""), shown);
        assertTrue(shown.contains("Instead: people who use drugs; people with a drug dependency"), shown);
        assertTrue(
                shown.contains("Would read: Staff have also seen you with people who use drugs outside the building."),
                shown);
        assertTrue(shown.contains("Why: \"Addict\" makes drug use the whole of a person"), shown);
        assertFalse(shown.contains("addict]"), "no rule id in the main view: " + shown);
        String noEdit = driver.findElements(By.cssSelector("#findings li.finding"))
                .get(1)
                .getText();
        assertTrue(
                noEdit.contains("No change suggested in place: the words after it (\"with ...\") belong to it."),
                noEdit);
        // a highlight takes the reader to its explanation
        driver.findElements(By.cssSelector("#document .mark")).get(2).click();
        assertEquals(card, driver.switchTo().activeElement());
        screenshot();
    }

    @Test
    void aSuggestionIsTakenWithTheKeyboardAlone() {
        open();
        Actions keys = new Actions(driver);
        tabTo(element -> "text".equals(element.getAttribute("id")));
        keys.sendKeys("He has failed to engage with us.").perform();
        tabTo(element -> "check".equals(element.getAttribute("id")));
        keys.sendKeys(Keys.ENTER).perform();
        waitForResults();
        tabTo(element -> String.valueOf(element.getAttribute("aria-label")).startsWith("Use this"));
        keys.sendKeys(Keys.ENTER).perform();
        waiting().until(d -> d.findElement(By.id("text")).getAttribute("value").equals("He has not worked with us."));
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("Changed to"));
        assertEquals(
                "Changed to “not worked with”. Nothing to reconsider.",
                driver.findElement(By.id("status")).getText());
        assertEquals(List.of(), marks());
        assertEquals(
                "He has not worked with us.",
                driver.findElement(By.id("document")).getText());
    }

    @Test
    void ignoringTakingAndTypingKeepThePageTrue() {
        open();
        pasteAndCheck("He failed to engage. She is an addict.");
        assertEquals(List.of("warning: failed to engage", "error: addict"), marks());
        driver.findElement(By.cssSelector("button[aria-label='Ignore “failed to engage”']"))
                .click();
        assertEquals(List.of("error: addict"), marks());
        assertEquals(
                "8 words. 1 thing to look at: 1 to change.\n1 ignored while this page is open.",
                driver.findElement(By.id("summary")).getText());
        driver.findElement(By.cssSelector("button[aria-label^='Use this']")).click();
        waiting()
                .until(d -> d.findElement(By.id("text"))
                        .getAttribute("value")
                        .equals("He failed to engage. She is a person who uses drugs."));
        waiting().until(d ->
                !(Boolean) ((JavascriptExecutor) d).executeScript("return document.getElementById('check').disabled;"));
        assertEquals(List.of(), marks(), "the ignored finding stays ignored after the text is checked again");

        WebElement box = driver.findElement(By.id("text"));
        box.sendKeys(" He was hard to engage.");
        String summary = driver.findElement(By.id("summary")).getText();
        assertTrue(
                summary.endsWith("Your text has changed since it was checked: press Check to see what to reconsider "
                        + "in it now. Until then, suggestions cannot be used."),
                summary);
        driver.findElement(By.id("check")).click();
        waiting().until(d -> marks().size() == 2);
        assertEquals(List.of("warning: failed to engage", "warning: hard to engage"), marks());
        assertEquals(
                2,
                driver.findElements(By.cssSelector("button[aria-label^='Use this']"))
                        .size());
    }

    /** Presses Tab until the focused element is the one wanted (at most 80 times). */
    private static void tabTo(java.util.function.Predicate<WebElement> wanted) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 80; i++) {
            keys.sendKeys(Keys.TAB).perform();
            if (wanted.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("not reached with the Tab key");
    }

    @Test
    void aWordDocumentComesBackWithCommentsOnTheWords() throws Exception {
        open();
        Path letter = folder.resolve("warning letter.docx");
        Files.write(
                letter,
                RunningServer.docx("Dear Sam,", "You have failed to engage with your support worker.", "Thank you."));
        driver.findElement(By.id("file")).sendKeys(letter.toString());
        waitForResults();
        assertEquals(List.of("warning: failed to engage"), marks());
        assertEquals(
                "Page 1, paragraph 2",
                driver.findElement(By.cssSelector("#findings li.finding .where"))
                        .getText());
        driver.findElement(By.id("track-changes")).click();
        driver.findElement(By.id("download-review")).click();
        Path reviewed = downloads.resolve("warning letter.reviewed.docx");
        waiting().until(d -> Files.exists(reviewed) && sizeOf(reviewed) > 0);
        byte[] bytes = Files.readAllBytes(reviewed);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFComment[] comments = document.getComments();
            assertEquals(1, comments.length);
            assertTrue(comments[0].getText().startsWith("Blame: \"failed to engage\""), comments[0].getText());
        }
        org.w3c.dom.Document body = WordFiles.xml(bytes, "word/document.xml");
        WordFiles.reject(body, "strengths-lint");
        String id = WordFiles.elements(body, "commentRangeStart").get(0).getAttributeNS(WordFiles.W, "id");
        assertEquals("failed to engage with", WordFiles.commented(body, id)); // the words the tracked change replaces
        org.w3c.dom.Document accepted = WordFiles.xml(bytes, "word/document.xml");
        WordFiles.accept(accepted, "strengths-lint");
        assertEquals(
                List.of("Dear Sam,", "You have not worked with your support worker.", "Thank you."),
                WordFiles.paragraphs(accepted));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void aPasswordProtectedFileGetsThePlainReason() throws IOException {
        open();
        Path locked = folder.resolve("locked.docx");
        try (InputStream in = getClass().getResourceAsStream("/documents/encrypted.docx")) {
            Files.copy(in, locked, StandardCopyOption.REPLACE_EXISTING);
        }
        driver.findElement(By.id("file")).sendKeys(locked.toString());
        WebElement problem = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
        assertEquals(
                "locked.docx could not be checked: password protected: the document is encrypted.", problem.getText());
        assertEquals("alert", problem.getAttribute("role"));
        // the page still works
        driver.findElement(By.id("clear-file")).click();
        pasteAndCheck("They are hard to engage.");
        assertEquals(List.of("warning: hard to engage"), marks());
    }

    @Test
    void markupInADocumentIsShownAsText() throws IOException {
        open();
        Path document = folder.resolve("markup.docx");
        Files.write(
                document,
                RunningServer.docx(
                        "<script>window.injected = 1</script><img src=x onerror=\"window.injected = 2\">",
                        "<b>He is an addict.</b>"));
        driver.findElement(By.id("file")).sendKeys(document.toString());
        waitForResults();
        String shown = driver.findElement(By.id("document")).getText();
        assertTrue(
                shown.contains("<script>window.injected = 1</script><img src=x onerror=\"window.injected = 2\">"),
                shown);
        assertTrue(shown.contains("<b>He is an addict.</b>"), shown);
        assertEquals(
                0,
                driver.findElements(By.cssSelector("#document script, #document img, #document b"))
                        .size());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.injected;"));
        assertEquals(List.of("error: addict"), marks());
    }

    @Test
    void thePageHasNoSeriousAccessibilityProblem() {
        open();
        List<String> problems = new ArrayList<>(seriousViolations());
        pasteAndCheck(LETTER);
        problems.addAll(seriousViolations());
        assertEquals(List.of(), problems);
    }

    @Test
    void aFindingsLinkLeadsToTheRulesWholeExplanation() {
        driver.get(
                server.server.address().resolve("rules.html#failed-to-engage").toString());
        waiting().until(d -> d.findElement(By.id("status")).getText().endsWith(" rules."));
        WebElement rule = driver.switchTo().activeElement();
        assertEquals("failed-to-engage", rule.getAttribute("id"));
        assertTrue(
                rule.getText()
                        .startsWith("fail to engage, refuse to engage, fail to co-operate\nReconsider · Blame\n"
                                + "\"Failed\" or \"refused to engage\" makes the person the only one who fell short."),
                rule.getText());
        assertEquals(List.of(), seriousViolations());
    }

    private static List<String> seriousViolations() {
        // the builder sets its own script timeout (30 seconds unless told) over the driver's: the
        // page of all rules takes longer than that on a loaded two-core machine
        Results results = new AxeBuilder()
                .setTimeout(180)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        assertFalse(results.isErrored(), results.getErrorMessage());
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                        + violation.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList());
            }
        }
        return problems;
    }

    private static void screenshot() throws IOException {
        Path shot = Path.of("target", "serve-page.png");
        Files.createDirectories(shot.getParent());
        // the whole page, from the top, as someone sees it after a check
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        Number height =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, height.intValue() + 140));
        File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(before);
        Files.copy(taken.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("screenshot.update")) {
            Path image = Path.of("..", "docs", "images", "serve-page.png");
            Files.createDirectories(image.getParent());
            Files.copy(shot, image, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
