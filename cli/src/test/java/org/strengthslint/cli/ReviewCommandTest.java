package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.review.ReviewLetters;
import org.strengthslint.review.WordFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReviewCommandTest {
    /** A Word document LibreOffice made (see policies/README.md). */
    private static final Path POLICY = Path.of("src/test/resources/policies/policy-1.docx");

    @TempDir
    Path dir;

    private static List<String> findingTexts(Path document) throws Exception {
        return findingField(document, "text");
    }

    private static List<String> findingRules(Path document) throws Exception {
        return findingField(document, "rule");
    }

    /** One field of every finding `check --format json` reports for the document, in order. */
    private static List<String> findingField(Path document, String field) throws Exception {
        JsonNode report = new ObjectMapper()
                .readTree(CliRun.run("check", "--format", "json", document.toString())
                        .out());
        List<String> values = new ArrayList<>();
        for (JsonNode finding : report.get("files").get(0).get("findings")) {
            values.add(finding.get(field).asText());
        }
        return values;
    }

    /** The words each of strengths-lint's comments is anchored on, in any part. */
    private static List<String> commentedWords(byte[] docx) {
        Map<String, byte[]> entries = WordFiles.entries(docx);
        Document comments = WordFiles.parse(entries.get("word/comments.xml"));
        List<String> words = new ArrayList<>();
        for (Element comment : WordFiles.elements(comments, "comment")) {
            if (!"strengths-lint".equals(comment.getAttributeNS(WordFiles.W, "author"))) {
                continue; // someone else's
            }
            assertEquals("SL", comment.getAttributeNS(WordFiles.W, "initials"));
            String id = comment.getAttributeNS(WordFiles.W, "id");
            StringBuilder anchored = new StringBuilder();
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (entry.getKey().startsWith("word/") && entry.getKey().endsWith(".xml")) {
                    anchored.append(WordFiles.commented(WordFiles.parse(entry.getValue()), id));
                }
            }
            words.add(anchored.toString());
        }
        return words;
    }

    @Test
    void aCommentIsAnchoredOnExactlyEachFindingsWordsAndNothingElseChanges() throws Exception {
        Path policy = dir.resolve("policy.docx");
        Files.copy(POLICY, policy);
        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "review", policy.toString());

        Path reviewed = dir.resolve("policy.reviewed.docx");
        List<String> expected = findingTexts(policy);
        assertEquals("wrote " + reviewed + ": " + expected.size() + " comments\n", run.out());
        assertEquals("", run.err());
        assertEquals(1, run.exitCode(), "findings at warning, as check says");
        byte[] after = Files.readAllBytes(reviewed);
        List<String> anchored = commentedWords(after);
        assertEquals(
                expected.stream().sorted().toList(), anchored.stream().sorted().toList());

        Map<String, byte[]> before = WordFiles.entries(Files.readAllBytes(POLICY));
        Map<String, byte[]> now = WordFiles.entries(after);
        Set<String> added = new TreeSet<>(now.keySet());
        added.removeAll(before.keySet());
        assertEquals(Set.of("word/comments.xml"), added);
        Set<String> rewritten = Set.of("word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml");
        for (String name : before.keySet()) {
            if (!rewritten.contains(name)) {
                assertArrayEquals(before.get(name), now.get(name), name + " changed");
            }
        }
        assertEquals(
                WordFiles.paragraphs(WordFiles.parse(before.get("word/document.xml"))),
                WordFiles.paragraphs(WordFiles.parse(now.get("word/document.xml"))),
                "every paragraph reads as before");
        assertArrayEquals(Files.readAllBytes(POLICY), Files.readAllBytes(policy), "the document itself is unchanged");
    }

    @Test
    void acceptingEveryTrackedChangeLeavesNoFindingOfTheirRules() throws Exception {
        Path letter = dir.resolve("letter.docx");
        Files.write(letter, ReviewLetters.hardLetter());
        List<String> rulesBefore = findingRules(letter);
        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "review", "--track-changes", letter.toString());

        Path reviewed = dir.resolve("letter.reviewed.docx");
        assertEquals("wrote " + reviewed + ": 4 comments, 5 tracked changes\n", run.out());
        assertEquals(
                letter + ", paragraph 8: no comment (Word has no comments in headers and footers): "
                        + "[service-user] service user\n",
                run.err());
        assertEquals(1, run.exitCode());

        byte[] docx = Files.readAllBytes(reviewed);
        Path fixed = dir.resolve("accepted.docx");
        Files.write(fixed, WordFiles.acceptedEverywhere(docx, "strengths-lint"));
        List<String> rulesAfter = findingRules(fixed);
        assertEquals(
                Set.of("junkie", "addict", "difficult-person", "non-compliant", "service-user"),
                Set.copyOf(rulesBefore));
        for (String rule : rulesBefore) {
            assertFalse(rulesAfter.contains(rule), rule + " still found after accepting: " + rulesAfter);
        }
        // Alice's own insertion is still tracked, and still hers
        Document body = WordFiles.xml(Files.readAllBytes(fixed), "word/document.xml");
        assertEquals("Alice", WordFiles.elements(body, "ins").get(0).getAttributeNS(WordFiles.W, "author"));
    }

    @Test
    void withTheEnginesOwnEditsAcceptingEveryChangeLeavesNoFindingOfAFullyEditedRule() throws Exception {
        Path policy = dir.resolve("policy.docx");
        Files.copy(POLICY, policy);
        JsonNode before = new ObjectMapper()
                .readTree(CliRun.run("check", "--format", "json", policy.toString())
                        .out());
        Map<String, Boolean> everyOneEdited = new java.util.TreeMap<>();
        for (JsonNode finding : before.get("files").get(0).get("findings")) {
            everyOneEdited.merge(
                    finding.get("rule").asText(), !finding.get("edit").isNull(), Boolean::logicalAnd);
        }
        CliRun run = CliRun.run("review", "--track-changes", policy.toString());
        assertEquals(1, run.exitCode(), run.err());
        for (String line : run.err().lines().toList()) {
            if (line.contains(": no change (")) { // an edit not made (overlapping, say): its rule may remain
                everyOneEdited.put(line.substring(line.lastIndexOf('[') + 1, line.lastIndexOf(']')), false);
            }
        }
        assertTrue(everyOneEdited.containsValue(true), "the engine makes some edits here: " + everyOneEdited);

        byte[] docx = Files.readAllBytes(dir.resolve("policy.reviewed.docx"));
        Path fixed = dir.resolve("accepted.docx");
        Files.write(fixed, WordFiles.acceptedEverywhere(docx, "strengths-lint"));
        List<String> after = findingRules(fixed);
        for (Map.Entry<String, Boolean> rule : everyOneEdited.entrySet()) {
            if (rule.getValue()) {
                assertFalse(after.contains(rule.getKey()), rule.getKey() + " still found after accepting");
            }
        }
    }

    @Test
    void libreOfficeConvertsTheReviewedDocumentToTextAndPdf() throws Exception {
        Path letter = dir.resolve("letter.docx");
        Files.write(letter, ReviewLetters.hardLetter());
        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "review", "--track-changes", letter.toString());
        assertEquals(1, run.exitCode(), run.err());

        convertWithLibreOffice(dir.resolve("letter.reviewed.docx"), "letter.reviewed");
        String text = Files.readString(dir.resolve("out/letter.reviewed.txt"), StandardCharsets.UTF_8);
        // the text LibreOffice reads: the letter's words around the changes, the table and Alice's paragraph
        for (String words : List.of("and is known to us.", "She told us", "that she is", "Please call.")) {
            assertTrue(text.contains(words), words + " not in: " + text);
        }
    }

    @Test
    void anOpenDocumentTextGetsCommentsThatLibreOfficeOpens() throws Exception {
        Path odt = dir.resolve("policy.odt");
        Files.copy(Path.of("src/test/resources/policies/policy-1.odt"), odt);
        List<String> expected = findingTexts(odt);
        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "review", odt.toString());

        Path reviewed = dir.resolve("policy.reviewed.odt");
        assertEquals("wrote " + reviewed + ": " + expected.size() + " comments\n", run.out());
        assertEquals("", run.err());
        assertEquals(1, run.exitCode());
        Map<String, byte[]> before = WordFiles.entries(Files.readAllBytes(odt));
        Map<String, byte[]> after = WordFiles.entries(Files.readAllBytes(reviewed));
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()), "mimetype first, nothing added");
        for (String name : before.keySet()) {
            if (!name.equals("content.xml")) {
                assertArrayEquals(before.get(name), after.get(name), name + " changed");
            }
        }
        assertEquals(findingTexts(odt), findingTexts(reviewed), "the comments are not checked: same findings");
        convertWithLibreOffice(reviewed, "policy.reviewed");
    }

    /** Converts {@code document} to text and PDF with LibreOffice, which must succeed (skipped when it is not installed). */
    private void convertWithLibreOffice(Path document, String stem) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed here; .ci/run installs it");
        for (String format : List.of("txt:Text", "pdf")) {
            Process process = new ProcessBuilder(
                            soffice.toString(),
                            "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                            "--headless",
                            "--convert-to",
                            format,
                            "--outdir",
                            dir.resolve("out").toString(),
                            document.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
            int exit = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> process.waitFor());
            assertEquals(0, exit, Files.readString(dir.resolve("soffice.log")));
        }
        assertTrue(Files.size(dir.resolve("out/" + stem + ".txt")) > 0, Files.readString(dir.resolve("soffice.log")));
        byte[] pdf = Files.readAllBytes(dir.resolve("out/" + stem + ".pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void theLimitsOfCheckApply() throws Exception {
        Path letter = dir.resolve("letter.docx");
        Files.write(letter, ReviewLetters.hardLetter());
        CliRun run = CliRun.run("review", "--max-file-size", "1KB", letter.toString());
        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(
                "strengths-lint: " + letter + ": larger than the limit: "
                        + String.format(java.util.Locale.ROOT, "%,d", Files.size(letter))
                        + " bytes (the limit is 1,024 bytes)\n",
                run.err());
        assertFalse(Files.exists(dir.resolve("letter.reviewed.docx")));
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws Exception {
        Path letter = dir.resolve("letter.docx");
        Files.write(letter, ReviewLetters.hardLetter());
        Path reviewed = dir.resolve("letter.reviewed.docx");
        Files.writeString(reviewed, "mine");

        CliRun refused = CliRun.run("review", letter.toString());
        assertEquals(2, refused.exitCode());
        assertEquals(
                "strengths-lint: " + reviewed + " exists; use --force to write over it, or -o FILE\n", refused.err());
        assertEquals("mine", Files.readString(reviewed));

        CliRun forced = CliRun.run("review", "--force", letter.toString());
        assertEquals(1, forced.exitCode(), forced.err());
        assertEquals(4, commentedWords(Files.readAllBytes(reviewed)).size());
    }

    @Test
    void anOutputInAFolderThatDoesNotExistIsAOneLineError() throws Exception {
        Path letter = dir.resolve("letter.docx");
        Files.write(letter, ReviewLetters.hardLetter());
        Path output = dir.resolve("missing").resolve("out.docx");
        CliRun run = CliRun.run("review", "-o", output.toString(), letter.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                "strengths-lint: cannot write the review to " + output + ": there is no folder " + output.getParent()
                        + "\n",
                run.err());
    }

    @Test
    void theDocumentItselfIsNeverTheOutput() throws Exception {
        Path letter = dir.resolve("letter.docx");
        byte[] original = ReviewLetters.hardLetter();
        Files.write(letter, original);
        CliRun run = CliRun.run("review", "--force", "-o", letter.toString(), letter.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                "strengths-lint: will not write the review to " + letter
                        + ": it is the document being reviewed (choose another file)\n",
                run.err());
        assertArrayEquals(original, Files.readAllBytes(letter));
    }

    @Test
    void otherFormatsGetAOneLineError() throws Exception {
        Path doc = dir.resolve("policy.doc");
        Files.copy(Path.of("src/test/resources/policies/policy-1.doc"), doc);
        CliRun run = CliRun.run("review", doc.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                "strengths-lint: " + doc + ": review writes Word (DOCX) and OpenDocument text (ODT) documents only; "
                        + "save it as DOCX (Word or LibreOffice: Save As, Word Document) and review that\n",
                run.err());

        Path text = dir.resolve("letter.docx");
        Files.writeString(text, "Dear Sam, you are a service user.\n");
        CliRun misnamed = CliRun.run("review", text.toString());
        assertEquals(2, misnamed.exitCode());
        assertEquals(
                "strengths-lint: " + text
                        + ": not a Word (DOCX) document: the file holds plain text (rename it to .txt "
                        + "to check it as text); for text and Markdown, use 'strengths-lint fix'\n",
                misnamed.err());
        assertFalse(Files.exists(dir.resolve("letter.reviewed.docx")));

        CliRun missing = CliRun.run("review", dir.resolve("none.docx").toString());
        assertEquals(3, missing.exitCode());
        assertEquals("strengths-lint: " + dir.resolve("none.docx") + ": no such file\n", missing.err());
    }
}
