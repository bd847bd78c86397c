package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office documents through the command line, with the bundled lexicon. */
class OfficeDocumentsTest {
    /** The test documents live with the core module's tests (see documents/source/make.sh there). */
    static final Path DOCUMENTS = Path.of("../core/src/test/resources/documents");

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(all.toArray(String[]::new));
        return new ObjectMapper().readTree(run.out());
    }

    private static String doc(String name) {
        return DOCUMENTS.resolve(name).toString();
    }

    /** rule and matched text (white space made single spaces), in document order. */
    private static List<String> rulesAndTexts(JsonNode file) {
        List<String> found = new ArrayList<>();
        for (JsonNode finding : file.get("findings")) {
            found.add(finding.get("rule").asText() + ": "
                    + finding.get("text").asText().replaceAll("\\s+", " "));
        }
        return found;
    }

    @Test
    void theSameLetterGivesTheSameFindingsInEveryFormat() throws Exception {
        Map<String, List<String>> byFormat = new LinkedHashMap<>();
        for (String name : List.of(
                "parity.md", "parity.docx", "parity.doc", "parity.odt", "parity.pdf", "parity.rtf", "parity.html")) {
            JsonNode file = json(doc(name)).get("files").get(0);
            assertTrue(file.get("error").isNull(), name + ": " + file.get("error"));
            byFormat.put(name, rulesAndTexts(file));
        }
        List<String> expected = List.of(
                "final-warning: Final warning",
                "final-warning: final warning",
                "failed-to-engage: failed to engage",
                "hard-to-engage: hard to engage",
                "challenging-behaviour: challenging behaviour",
                "service-user: service users",
                "chaotic-lifestyle: chaotic lifestyle",
                "evicted: evicted");
        for (Map.Entry<String, List<String>> entry : byFormat.entrySet()) {
            assertEquals(expected, entry.getValue(), entry.getKey());
        }
    }

    @Test
    void docxFindingsCarryLineColumnPageAndParagraph() throws Exception {
        JsonNode file = json(doc("features.docx")).get("files").get(0);
        assertEquals("docx", file.get("format").asText());
        List<String> found = new ArrayList<>();
        for (JsonNode f : file.get("findings")) {
            found.add(f.get("rule").asText() + " " + f.get("line").asInt() + ":"
                    + f.get("column").asInt() + " page " + f.get("page") + " paragraph " + f.get("paragraph"));
        }
        assertEquals(
                List.of(
                        "failed-to-engage 3:26 page 1 paragraph 3",
                        "hard-to-engage 4:28 page 1 paragraph 4",
                        "chaotic 5:54 page 1 paragraph 5",
                        "challenging-behaviour 9:13 page 1 paragraph 9",
                        "service-user 10:27 page 2 paragraph 10",
                        "entrenched-rough-sleeper 13:31 page 1 paragraph 13",
                        "complex-needs 14:41 page null paragraph 14",
                        "junkie 15:32 page null paragraph 15"),
                found);
        JsonNode first = file.get("findings").get(0);
        assertEquals(
                "Staff wrote that you had failed to engage with the service.",
                first.get("sentence").asText());
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertEquals("paragraph", keys.get(keys.indexOf("page") + 1), "paragraph comes right after page");
    }

    @Test
    void pdfAndSlidesHavePagesButNoParagraphs() throws Exception {
        JsonNode report = json(doc("features.pdf"), doc("slides.pptx"), doc("slides.odp"));
        JsonNode pdf = report.get("files").get(0);
        JsonNode serviceUsers = null;
        for (JsonNode f : pdf.get("findings")) {
            assertTrue(f.get("paragraph").isNull());
            if (f.get("rule").asText().equals("service-user")) {
                serviceUsers = f;
            }
        }
        assertEquals(2, serviceUsers.get("page").asInt());
        for (int i = 1; i <= 2; i++) {
            JsonNode slides = report.get("files").get(i);
            assertEquals(
                    List.of("complex-needs: complex needs", "hard-to-engage: hard to engage"), rulesAndTexts(slides));
            assertEquals(2, slides.get("findings").get(0).get("page").asInt(), "slide 2");
        }
    }

    @Test
    void messagesAreCheckedWithTheirSubjectButNotTheirAttachments() throws Exception {
        JsonNode report = json(doc("notice.eml"), doc("review.msg"));
        JsonNode eml = report.get("files").get(0);
        assertEquals(List.of("complex-needs: complex needs", "failed-to-engage: failed to engage"), rulesAndTexts(eml));
        assertEquals(1, eml.get("findings").get(0).get("line").asInt(), "the subject is line 1");
        JsonNode msg = report.get("files").get(1);
        assertEquals("msg", msg.get("format").asText());
        assertEquals(List.of("hard-to-engage: hard to engage", "complex-needs: complex needs"), rulesAndTexts(msg));
    }

    @Test
    void everyUnreadableFileHasAReasonAndTheRunExitsThree() {
        CliRun run = CliRun.run(
                "check",
                "--color",
                "never",
                "--quiet",
                doc("encrypted.docx"),
                doc("encrypted.pdf"),
                doc("truncated.docx"),
                doc("zipbomb.docx"),
                doc("binary.txt"),
                doc("photo.docx"),
                doc("empty.docx"),
                doc("parity.docx"));
        assertEquals(3, run.exitCode(), run.out());
        String out = run.out();
        for (String line : List.of(
                doc("encrypted.docx") + ": error: cannot be read: password protected: the document is encrypted",
                doc("encrypted.pdf") + ": error: cannot be read: password protected: the document is encrypted",
                doc("truncated.docx") + ": error: cannot be read: damaged or truncated: not a complete Word (DOCX) file"
                        + " (the ZIP archive inside is incomplete or corrupt)",
                doc("zipbomb.docx")
                        + ": error: cannot be read: archive bomb: word/document.xml expands to more than 200"
                        + " times its compressed size",
                doc("binary.txt") + ": error: cannot be read: not a text document (it contains binary data)",
                doc("photo.docx") + ": error: cannot be read: damaged, or not a Word (DOCX) document: its content is"
                        + " not in that format",
                doc("empty.docx") + ": error: cannot be read: empty file (0 bytes): not a Word (DOCX) document",
                doc("parity.docx") + ", page 1, paragraph 4: warning [failed-to-engage] Blame: \"failed to engage\"")) {
            assertTrue(out.contains(line + System.lineSeparator()), "missing: " + line + "\n" + out);
        }
    }

    @Test
    void limitsFromTheCommandLine() {
        CliRun size = CliRun.run("check", "--quiet", "--max-file-size", "10KB", doc("features.pdf"));
        assertEquals(3, size.exitCode());
        assertEquals(
                doc("features.pdf") + ": error: cannot be read: larger than the limit: 23,197 bytes (the limit"
                        + " is 10,240 bytes)" + System.lineSeparator(),
                size.out());
        CliRun text = CliRun.run("check", "--quiet", "--max-text", "100", doc("features.docx"));
        assertEquals(
                doc("features.docx") + ": error: cannot be read: larger than the limit: more than 100"
                        + " characters of text" + System.lineSeparator(),
                text.out());
        assertEquals(
                2,
                CliRun.run("check", "--timeout", "soon", doc("features.docx")).exitCode());
        assertEquals(
                2,
                CliRun.run("check", "--max-file-size", "0", doc("features.docx"))
                        .exitCode());
    }

    @Test
    void foldersFindEveryDocumentTypeAndHonourIncludeAndExclude(@TempDir Path dir) throws Exception {
        Path policies = Files.createDirectories(dir.resolve("policies"));
        Path archive = Files.createDirectories(dir.resolve("policies/archive"));
        Files.copy(DOCUMENTS.resolve("parity.docx"), policies.resolve("warning.docx"));
        Files.copy(DOCUMENTS.resolve("parity.pdf"), policies.resolve("warning.pdf"));
        Files.copy(DOCUMENTS.resolve("parity.odt"), archive.resolve("old.odt"));
        Files.writeString(dir.resolve("notes.md"), "He has complex needs.\n");
        Files.writeString(dir.resolve("data.csv"), "complex needs,1\n");
        Files.createDirectories(dir.resolve("node_modules"));
        Files.writeString(dir.resolve("node_modules/readme.md"), "complex needs\n");

        assertEquals(
                List.of("notes.md", "policies/archive/old.odt", "policies/warning.docx", "policies/warning.pdf"),
                paths(dir, json(dir.toString())));
        assertEquals(
                List.of("policies/archive/old.odt", "policies/warning.docx"),
                paths(dir, json("--include", "*.docx", "--include", "*.odt", dir.toString())));
        assertEquals(
                List.of("notes.md", "policies/warning.docx", "policies/warning.pdf"),
                paths(dir, json("--exclude", "archive", dir.toString())));
        assertEquals(List.of("notes.md"), paths(dir, json("--exclude", "policies/**", dir.toString())));
        assertEquals(List.of("data.csv"), paths(dir, json("--include", "*.csv", dir.toString())));
    }

    @Test
    void symbolicLinksOutOfTheTreeAndLoopsAreNotFollowed(@TempDir Path dir) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "He has complex needs.\n");
        Files.writeString(tree.resolve("letter.md"), "He has complex needs.\n");
        Files.createDirectories(tree.resolve("sub"));
        Files.writeString(tree.resolve("sub/plan.md"), "She is hard to engage.\n");
        try {
            Files.createSymbolicLink(tree.resolve("out"), outside);
            Files.createSymbolicLink(tree.resolve("secret-link.md"), outside.resolve("secret.md"));
            Files.createSymbolicLink(tree.resolve("sub/loop"), tree);
            Files.createSymbolicLink(tree.resolve("plan-link.md"), tree.resolve("sub/plan.md"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return; // no symbolic links on this file system
        }
        assertEquals(
                List.of("letter.md", "sub/plan.md"),
                paths(tree, json(tree.toString())).stream()
                        .map(p -> p.equals("plan-link.md") ? "sub/plan.md" : p)
                        .sorted()
                        .distinct()
                        .toList());
        assertEquals(2, json(tree.toString()).get("files").size(), "each real file once");
    }

    private static List<String> paths(Path dir, JsonNode report) {
        List<String> paths = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            paths.add(dir.relativize(Path.of(file.get("path").asText()))
                    .toString()
                    .replace('\\', '/'));
        }
        return paths;
    }

    @Test
    void nothingButTheReportIsPrintedOnStandardOutput() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CliRun run;
        try {
            run = CliRun.run(
                    "check",
                    "--format",
                    "json",
                    doc("features.docx"),
                    doc("features.doc"),
                    doc("features.pdf"),
                    doc("slides.pptx"),
                    doc("review.msg"),
                    doc("truncated.pdf"));
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "libraries printed to standard output");
        assertEquals(6, new ObjectMapper().readTree(run.out()).get("files").size());
    }

    @Test
    void helpDescribesTheNewOptions() {
        String help = CliRun.run("check", "--help").out();
        for (String option : List.of(
                "--include=GLOB",
                "--exclude=GLOB",
                "--max-file-size=SIZE",
                "--max-text=CHARS",
                "--timeout=TIME",
                "DOCX, DOC, ODT, RTF, PDF, HTML, EML, MSG, PPTX and ODP")) {
            assertTrue(help.contains(option), "help mentions " + option + "\n" + help);
        }
    }

    @Test
    void theProgressBarIsOnlyForLongScansInTextOnATerminal() {
        assertTrue(Progress.wanted(true, 500, true));
        assertFalse(Progress.wanted(false, 500, true), "never in JSON");
        assertFalse(Progress.wanted(true, 500, false), "never when standard error is not a terminal");
        assertFalse(Progress.wanted(true, 3, true), "not for a few documents");
    }

    @Test
    void aLargeDocumentWaitsForMemoryButNeverForever() throws Exception {
        MemoryGate gate = new MemoryGate(1024 * 1024);
        try (MemoryGate.Pass big = gate.enter(10L * 1024 * 1024 * 1024)) {
            assertTrue(big != null, "a document larger than the whole budget still runs, alone");
        }
        try (MemoryGate.Pass a = gate.enter(1000);
                MemoryGate.Pass b = gate.enter(1000)) {
            assertTrue(a != null && b != null, "small documents run side by side");
        }
    }
}
