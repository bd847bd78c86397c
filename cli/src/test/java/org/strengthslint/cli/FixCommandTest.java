package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    private static final String LETTER = "src/test/resources/fixtures/letter.md";

    /** The fixture letter with every safe edit made: front matter, code, the link and inline code untouched. */
    private static final String FIXED_LETTER = """
            ---
            title: Warning letter
            author: Hostel manager
            ---
            # Last formal letter before a review

            Dear Sam,

            This is your last formal letter before a review. You have did not take up the support offered \
            with your key worker and staff
            have recorded behaviour that challenges on three occasions. People using the service have complained.

            ```
            complex needs in a code block are not checked
            ```

            Staff agreed to stop writing "complex needs" in letters. See
            [our policy](https://example.org/complex-needs) or `complex needs` in code.

            Yours sincerely,
            The Manager
            """;

    @TempDir
    Path dir;

    private Path copyOfLetter() throws Exception {
        Path letter = dir.resolve("letter.md");
        Files.copy(Path.of(LETTER), letter);
        return letter;
    }

    @Test
    void theDiffKeepsEachLinesEndingSoGitApplyTakesIt(@TempDir Path folder) throws Exception {
        Path crlf = folder.resolve("note.txt");
        Files.writeString(crlf, "Line one.\r\nHe is an addict.\r\nLine three.\r\n");
        assertEquals(
                "--- a" + crlf + "\n+++ b" + crlf + "\n@@ -1,3 +1,3 @@\n Line one.\r\n-He is an addict.\r\n"
                        + "+He is a person who uses drugs.\r\n Line three.\r\n",
                CliRun.run("fix", crlf.toString()).out());
        Path unfinished = folder.resolve("last.txt");
        Files.writeString(unfinished, "Line one.\nHe is an addict.");
        assertEquals(
                "--- a" + unfinished + "\n+++ b" + unfinished + "\n@@ -1,2 +1,2 @@\n Line one.\n-He is an addict.\n"
                        + "\\ No newline at end of file\n+He is a person who uses drugs.\n"
                        + "\\ No newline at end of file\n",
                CliRun.run("fix", unfinished.toString()).out());
    }

    @Test
    void theLimitsOfCheckApply() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "He is an addict.\n");
        CliRun run = CliRun.run("fix", "--write", "--max-file-size", "5B", notes.toString());
        assertEquals(ExitCodes.UNREADABLE, run.exitCode());
        assertEquals(
                "strengths-lint: " + notes + ": larger than the limit: 17 bytes (the limit is 5 bytes)\n", run.err());
        assertEquals("He is an addict.\n", Files.readString(notes));
    }

    @Test
    void printsTheSafeEditsAsAUnifiedDiffAndChangesNothing() throws Exception {
        Path letter = copyOfLetter();
        byte[] before = Files.readAllBytes(letter);
        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "fix", letter.toString());

        String path = letter.toString();
        assertEquals("""
                --- a%1$s
                +++ b%1$s
                @@ -2,12 +2,12 @@
                 title: Warning letter
                 author: Hostel manager
                 ---
                -# Final warning
                +# Last formal letter before a review
                \s
                 Dear Sam,
                \s
                -This is your final warning. You have failed to engage with your key worker and staff
                -have recorded challenging behaviour on three occasions. Service users have complained.
                +This is your last formal letter before a review. You have did not take up the support offered \
                with your key worker and staff
                +have recorded behaviour that challenges on three occasions. People using the service have complained.
                \s
                 ```
                 complex needs in a code block are not checked
                """.formatted(path).replace("\n\s\n", "\n \n"), run.out());
        // the mention has no edit: listed, not changed
        assertEquals(
                path + ":16:31: no safe edit: [complex-needs] complex needs (a mention is talked about, not used)\n",
                run.err());
        assertEquals(1, run.exitCode(), "every finding is still in the file");
        assertArrayEquals(before, Files.readAllBytes(letter));
    }

    @Test
    void writeMakesTheEditsInPlaceAndLeavesMarkdownMarkupCodeAndFrontMatterAlone() throws Exception {
        Path letter = copyOfLetter();
        Files.setPosixFilePermissions(letter, PosixFilePermissions.fromString("rw-r-----"));
        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "fix", "--write", letter.toString());

        assertEquals(letter + ": made 5 edits\n", run.out());
        assertEquals(0, run.exitCode(), "only the mention remains, at info: " + run.err());
        assertEquals(FIXED_LETTER, Files.readString(letter));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(letter)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(letter), files.toList(), "no temporary file is left beside it");
        }
        CliRun again = CliRun.run("check", "--format", "json", letter.toString());
        assertEquals(0, again.exitCode(), again.out());
    }

    @Test
    void theEnginesOwnEditsLeaveNoFindingOfARuleWhoseEveryFindingHadOne() throws Exception {
        Path letter = copyOfLetter();
        com.fasterxml.jackson.databind.JsonNode before = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliRun.run("check", "--format", "json", letter.toString())
                        .out());
        java.util.Map<String, Boolean> everyOneEdited = new java.util.TreeMap<>();
        for (var finding : before.get("files").get(0).get("findings")) {
            everyOneEdited.merge(
                    finding.get("rule").asText(), !finding.get("edit").isNull(), Boolean::logicalAnd);
        }
        assertTrue(everyOneEdited.containsValue(true), "the engine makes some edits here: " + everyOneEdited);

        CliRun run = CliRun.run("fix", "--write", letter.toString());

        assertTrue(run.out().startsWith(letter + ": made "), run.out() + run.err());
        String after =
                CliRun.run("check", "--format", "json", letter.toString()).out();
        for (var rule : everyOneEdited.entrySet()) {
            if (rule.getValue()) {
                assertTrue(!after.contains("\"rule\" : \"" + rule.getKey() + "\""), rule.getKey() + " still found");
            }
        }
        String fixed = Files.readString(letter);
        assertTrue(fixed.startsWith("---\ntitle: Warning letter\nauthor: Hostel manager\n---\n"), fixed);
        assertTrue(fixed.contains("```\ncomplex needs in a code block are not checked\n```\n"), fixed);
        assertTrue(
                fixed.contains("[our policy](https://example.org/complex-needs) or `complex needs` in code."), fixed);
    }

    @Test
    void lineEndingsAndByteOrderMarkAreKept() throws Exception {
        Path note = dir.resolve("note.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Case note\r\n\r\nThe service user was seen today.\r\nShe is doing well.\r\n";
        Files.write(note, concat(bom, text.getBytes(StandardCharsets.UTF_8)));

        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "fix", "--write", note.toString());

        assertEquals(0, run.exitCode(), run.err());
        String fixed = "Case note\r\n\r\nThe people using the service was seen today.\r\nShe is doing well.\r\n";
        assertArrayEquals(concat(bom, fixed.getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(note));
    }

    @Test
    void aLegacyEncodingIsWrittenBackInTheSameEncoding() throws Exception {
        Path note = dir.resolve("note.txt");
        Charset windows = Charset.forName("windows-1252");
        Files.write(note, "Caf\u00e9 meeting: the service user said \u201cthanks\u201d.\n".getBytes(windows));

        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "fix", "--write", note.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(
                "Caf\u00e9 meeting: the people using the service said \u201cthanks\u201d.\n".getBytes(windows),
                Files.readAllBytes(note));
    }

    @Test
    void ruleLimitsTheEditsMadeAndTheOthersRemain() throws Exception {
        Path letter = copyOfLetter();
        CliRun run = CliRun.runWithEdits(
                FirstSuggestionEdits.ALL, "fix", "--write", "--rule", "service-user", letter.toString());

        assertEquals(letter + ": made 1 edit\n", run.out());
        assertEquals(1, run.exitCode(), "the warnings of other rules remain");
        String content = Files.readString(letter);
        assertTrue(content.contains("People using the service have complained."), content);
        assertTrue(content.contains("# Final warning"), content);
        assertEquals("", run.err(), "findings of other rules are not listed");
    }

    @Test
    void findingsWithoutASafeEditAreListedAndLeftAlone() throws Exception {
        Path letter = copyOfLetter();
        CliRun run = CliRun.runWithEdits(
                new FirstSuggestionEdits(Set.of("service-user")),
                "fix",
                "--write",
                "--category",
                "depersonalising",
                letter.toString());

        assertEquals("", run.out(), "nothing to make");
        assertEquals(letter + ":10:57: no safe edit: [service-user] Service users\n", run.err());
        assertEquals(1, run.exitCode());
        assertArrayEquals(Files.readAllBytes(Path.of(LETTER)), Files.readAllBytes(letter));
    }

    @Test
    void unknownRuleIsAUsageError() throws Exception {
        CliRun run = CliRun.runWithEdits(
                FirstSuggestionEdits.ALL,
                "fix",
                "--rule",
                "no-such-rule",
                copyOfLetter().toString());
        assertEquals(2, run.exitCode());
        assertEquals("strengths-lint: unknown rule 'no-such-rule' (see 'strengths-lint rules')\n", run.err());
    }

    @Test
    void aWordDocumentIsSentToReview() throws Exception {
        Path docx = dir.resolve("policy.docx");
        Files.copy(Path.of("src/test/resources/policies/policy-1.docx"), docx);
        byte[] before = Files.readAllBytes(docx);
        CliRun run = CliRun.runWithEdits(FirstSuggestionEdits.ALL, "fix", "--write", docx.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                "strengths-lint: " + docx + ": fix changes text and Markdown files only, not docx; for a Word "
                        + "document use 'strengths-lint review " + docx + "'\n",
                run.err());
        assertArrayEquals(before, Files.readAllBytes(docx));
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillFixed() throws Exception {
        Path letter = copyOfLetter();
        Path missing = dir.resolve("missing.md");
        CliRun run =
                CliRun.runWithEdits(FirstSuggestionEdits.ALL, "fix", "--write", missing.toString(), letter.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith("strengths-lint: " + missing + ": no such file\n"), run.err());
        assertEquals(FIXED_LETTER, Files.readString(letter));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
