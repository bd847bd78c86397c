package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * In CI, anyone's pull request chooses the file names and the documents: the reports must not
 * let them forge a line of the log, reach the terminal or break an XML report, and no output
 * option may replace a file being checked or make folders where nobody asked for them.
 */
class HostileOutputsTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String FORGED = "a\n::error file=x::forged\u001b[31m\u202egpj.md";
    private static final String SHOWN = "a\\n::error file=x::forged\\u001b[31m\\u202egpj.md";

    @TempDir
    Path dir;

    private Path letter(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "He has complex needs.\n");
    }

    @Test
    void aFileNameCannotForgeALineOfTheTextReport() throws IOException {
        letter(FORGED);
        CliRun run = CliRun.run("check", "--color", "never", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith(dir + "/" + SHOWN + ":1:8: warning [complex-needs] "), lines.get(0));
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("::")), run.out());
        assertFalse(run.out().chars().anyMatch(c -> c == 0x1b || c == 0x202e), run.out());
    }

    @Test
    void aFileNameCannotForgeAWorkflowCommand() throws IOException {
        letter(FORGED);
        CliRun run = CliRun.run("check", "--format", "github", dir.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        String path = (dir + "/").replace(":", "%3A").replace(",", "%2C");
        assertTrue(
                lines.get(0)
                        .startsWith("::error file=" + path + "a%0A%3A%3Aerror file=x%3A%3Aforged\\u001b[31m"
                                + "\\u202egpj.md,line=1,col=8,endLine=1,endColumn=21,title=complex-needs::"),
                lines.get(0));
    }

    /** A name holding bytes that are not UTF-8 (made by the shell: Java cannot name such a file). */
    private void invalidUtf8Name() throws Exception {
        Process shell = new ProcessBuilder(
                        "sh", "-c", "printf 'He has complex needs.\\n' > \"$(printf 'bad\\377name.md')\"")
                .directory(dir.toFile())
                .inheritIO()
                .start();
        assertEquals(0, shell.waitFor());
    }

    @Test
    void xmlReportsAreWellFormedWhateverTheFilesAreCalled() throws Exception {
        letter(FORGED);
        letter("nul\u0001soh\u007fdel\u2066isolate.md");
        invalidUtf8Name();
        for (String format : List.of("checkstyle", "junit")) {
            CliRun run = CliRun.run("check", "--format", format, dir.toString());
            org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
            var names = xml.getElementsByTagName(format.equals("checkstyle") ? "file" : "testcase");
            assertEquals(3, names.getLength(), run.out());
            List<String> shown = new java.util.ArrayList<>();
            for (int i = 0; i < names.getLength(); i++) {
                String name = ((Element) names.item(i)).getAttribute("name");
                shown.add(name.substring(name.lastIndexOf('/') + 1));
            }
            assertEquals(
                    List.of(SHOWN, "bad\ufffdname.md", "nul\\u0001soh\\u007fdel\\u2066isolate.md"),
                    shown.stream().sorted().toList(),
                    format);
        }
    }

    @Test
    void noOutputReplacesAFileBeingChecked() throws Exception {
        Path letter = letter("letter.md");
        byte[] before = Files.readAllBytes(letter);
        String refused = "strengths-lint: will not write the report to " + letter
                + ": it is one of the files being checked (choose another file)";
        assertRefused(refused, "check", "-o", letter.toString(), letter.toString());
        assertRefused(refused, "check", "-o", letter.toString(), dir.toString());
        assertRefused(
                "strengths-lint: will not write the html report to " + letter + ": it is one of the files being"
                        + " checked (choose another file)",
                "check",
                "--report",
                "html=" + letter,
                letter.toString());
        assertRefused(
                "strengths-lint: will not write the baseline to " + letter + ": it is one of the files being"
                        + " checked (choose another file)",
                "check",
                "--write-baseline",
                letter.toString(),
                letter.toString());
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), letter);
        assertRefused(
                "strengths-lint: will not write the report to " + link + ": it is one of the files being checked"
                        + " (choose another file)",
                "check",
                "-o",
                link.toString(),
                letter.toString());
        Path hardLink = Files.createLink(dir.resolve("also.json"), letter);
        assertRefused(
                "strengths-lint: will not write the report to " + hardLink + ": it is one of the files being"
                        + " checked (choose another file)",
                "check",
                "-o",
                hardLink.toString(),
                letter.toString());
        Path config = Files.writeString(dir.resolve("config.yml"), "failOn: error\n");
        assertRefused(
                "strengths-lint: will not write the report to " + config + ": it is the configuration being read"
                        + " (choose another file)",
                "check",
                "--config",
                config.toString(),
                "-o",
                config.toString(),
                letter.toString());
        // a configuration found above the documents, and the lexicon file it names, are read too
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path found = Files.writeString(repo.resolve(".strengths-lint.yml"), "lexicons: [ours.yml]\n");
        Path ours = Files.writeString(repo.resolve("ours.yml"), "category: labelling\nentries: []\n");
        Path note = Files.writeString(repo.resolve("note.md"), "He has complex needs.\n");
        assertRefused(
                "strengths-lint: will not write the report to " + found + ": it is the configuration being read"
                        + " (choose another file)",
                "check",
                "-o",
                found.toString(),
                note.toString());
        assertRefused(
                "strengths-lint: will not write the report to " + ours + ": it is a lexicon file being read"
                        + " (choose another file)",
                "check",
                "-o",
                ours.toString(),
                note.toString());
        assertEquals("lexicons: [ours.yml]\n", Files.readString(found));
        Path report = dir.resolve("report.json");
        assertRefused(
                "strengths-lint: cannot write the json report to " + report + ": the report is written there too",
                "check",
                "-o",
                report.toString(),
                "--report",
                "json=" + report,
                letter.toString());
        assertArrayEquals(before, Files.readAllBytes(letter));
        assertFalse(Files.exists(report));
    }

    private static void assertRefused(String message, String... args) {
        CliRun run = CliRun.run(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(message, run.err().lines().findFirst().orElse(""));
        assertEquals("", run.out());
    }

    @Test
    void foldersAreMadeOnlyInsideTheWorkingFolder() throws Exception {
        Path letter = letter("letter.md");
        assertRefused(
                "strengths-lint: cannot write the report to /nonexistent/dir/x.json: folder /nonexistent/dir does"
                        + " not exist",
                "check",
                "-o",
                "/nonexistent/dir/x.json",
                letter.toString());
        assertFalse(Files.exists(Path.of("/nonexistent")));
        assertRefused(
                "strengths-lint: cannot write the baseline to " + dir + "/missing/b.json: folder " + dir
                        + "/missing does not exist",
                "check",
                "--write-baseline",
                dir + "/missing/b.json",
                letter.toString());
        assertFalse(Files.exists(dir.resolve("missing")));
        // inside the working folder (this module's folder when the tests run), a missing folder is made
        String inside = "target/hostile-outputs-test/" + System.nanoTime() + "/sub/report.json";
        CliRun run = CliRun.run("check", "--format", "json", "-o", inside, letter.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(Files.readString(Path.of(inside)).contains("\"complex-needs\""));
    }

    @Test
    void endlessStandardInputStopsAtTheTextLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
                return length;
            }
        };
        CliRun run = assertTimeoutPreemptively(BOUND, () -> runWithInput(endless, "check", "--max-text", "1M", "-"));
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(
                "<stdin>: error: cannot be read: larger than the limit: more than 1,000,000 characters of text",
                run.out().lines().findFirst().orElse(""));
    }

    private static CliRun runWithInput(InputStream input, String... args) {
        InputStream original = System.in;
        System.setIn(input);
        try {
            return CliRun.run(args);
        } finally {
            System.setIn(original);
        }
    }

    /** A DOCX whose document.xml is 40 MB of white space between two paragraphs, deflated to a few kilobytes. */
    private Path bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                            + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application"
                            + "/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                            + "officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats"
                            + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats"
                            + ".org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                            + "</Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                            + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>He has complex needs.</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(dir.resolve("bomb.docx"), bytes.toByteArray());
    }

    @Test
    void theArchiveBombLimitIsAnOptionAndAConfigurationKey() throws Exception {
        Path bomb = bomb();
        assertTimeoutPreemptively(BOUND, () -> {
            CliRun stopped = CliRun.run("check", bomb.toString());
            assertEquals(3, stopped.exitCode());
            assertEquals(
                    bomb + ": error: cannot be read: archive bomb: word/document.xml expands to more than 200 times"
                            + " its compressed size",
                    stopped.out().lines().findFirst().orElse(""));
            CliRun raised = CliRun.run("check", "--max-expansion", "10000", bomb.toString());
            assertEquals(1, raised.exitCode(), raised.out());
            assertTrue(raised.out().startsWith(bomb + ", page 1, paragraph 1: warning [complex-needs] "), raised.out());
            Path config = Files.writeString(dir.resolve("limits.yml"), "maxExpansion: 10000\n");
            assertEquals(
                    1,
                    CliRun.run("check", "--config", config.toString(), bomb.toString())
                            .exitCode());
            assertEquals(
                    3,
                    CliRun.run("check", "--config", config.toString(), "--max-expansion", "200", bomb.toString())
                            .exitCode(),
                    "the option wins over the configuration");
        });
        Path zero = Files.writeString(dir.resolve("zero.yml"), "maxExpansion: 0\n");
        CliRun invalid = CliRun.run("check", "--config", zero.toString(), bomb.toString());
        assertEquals(2, invalid.exitCode());
        assertEquals(
                "strengths-lint: " + zero + ":1: maxExpansion must be a whole number of at least 1",
                invalid.err().lines().findFirst().orElse(""));
    }

    @Test
    void aBrokenLinkIsSaidToBeOne() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("letter.md"), Path.of("gone.md"));
        CliRun run = CliRun.run("check", link.toString());
        assertEquals(3, run.exitCode());
        assertEquals(
                link + ": error: cannot be read: broken link: it points to gone.md, which does not exist",
                run.out().lines().findFirst().orElse(""));
    }
}
