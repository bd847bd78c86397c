package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String LETTER = FIXTURES + "letter.md";

    @Test
    void textReportOfALetterMatchesTheGoldenFile() {
        CliRun run = CliRun.run("check", "--color", "never", LETTER);
        assertEquals(1, run.exitCode(), run.err());
        Golden.assertMatches("letter.txt", run.out());
    }

    @Test
    void jsonReportOfALetterMatchesTheGoldenFile() throws Exception {
        CliRun run = CliRun.run("check", "--format", "json", LETTER);
        assertEquals(1, run.exitCode(), run.err());
        Golden.assertMatches("letter.json", run.out().replace(org.strengthslint.api.Version.current(), "VERSION"));
    }

    @Test
    void jsonReportFollowsTheContract() throws Exception {
        JsonNode report = new ObjectMapper()
                .readTree(CliRun.run("check", "--format", "json", LETTER).out());
        assertEquals("strengths-lint", report.get("tool").get("name").asText());
        JsonNode file = report.get("files").get(0);
        assertEquals(LETTER, file.get("path").asText());
        assertEquals("markdown", file.get("format").asText());
        assertTrue(file.get("error").isNull());
        List<String> keys = new ArrayList<>();
        file.get("findings").get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of(
                        "rule",
                        "category",
                        "severity",
                        "line",
                        "column",
                        "endLine",
                        "endColumn",
                        "offset",
                        "length",
                        "page",
                        "paragraph",
                        "text",
                        "sentence",
                        "message",
                        "suggestions",
                        "mention",
                        "edit",
                        "noEdit"),
                keys);
        // the letter's third finding: "failed to engage with" becomes "not worked with", the
        // edit taking in the word after the match; the first (a heading, no article) has none
        assertTrue(file.get("findings").get(0).get("edit").isNull());
        assertEquals(
                "a singular noun with no article before it",
                file.get("findings").get(0).get("noEdit").asText());
        assertTrue(file.get("findings").get(2).get("noEdit").isNull());
        JsonNode finding = file.get("findings").get(2);
        JsonNode edit = finding.get("edit");
        assertEquals("failed-to-engage", finding.get("rule").asText());
        assertEquals(finding.get("offset").asInt(), edit.get("offset").asInt());
        assertEquals("failed to engage with".length(), edit.get("length").asInt());
        assertEquals("not worked with", edit.get("replacement").asText());
        assertEquals(
                "You have not worked with your key worker and staff have recorded challenging behaviour on three "
                        + "occasions.",
                edit.get("sentence").asText());
        List<String> editKeys = new ArrayList<>();
        edit.fieldNames().forEachRemaining(editKeys::add);
        assertEquals(List.of("offset", "length", "replacement", "sentence"), editKeys);
        List<String> summary = new ArrayList<>();
        report.get("summary").fieldNames().forEachRemaining(summary::add);
        assertEquals(
                List.of("files", "unreadable", "words", "findings", "suppressed", "baselined", "staleBaseline"),
                summary);
    }

    @Test
    void codeUrlsAndFrontMatterAreNotChecked() throws Exception {
        JsonNode report = new ObjectMapper()
                .readTree(CliRun.run("check", "--format", "json", LETTER).out());
        for (JsonNode finding : report.get("files").get(0).get("findings")) {
            int line = finding.get("line").asInt();
            assertFalse(line <= 4 || line == 13 || line == 17, "finding in front matter, code or link: " + finding);
        }
    }

    @Test
    void aQuotedTermIsAMentionAtInfo() throws Exception {
        JsonNode report = new ObjectMapper()
                .readTree(CliRun.run("check", "--format", "json", LETTER).out());
        JsonNode quoted = null;
        for (JsonNode finding : report.get("files").get(0).get("findings")) {
            if (finding.get("line").asInt() == 16) {
                quoted = finding;
            }
        }
        assertTrue(quoted != null, "the quoted term on line 16 is reported");
        assertEquals("complex needs", quoted.get("text").asText());
        assertEquals("info", quoted.get("severity").asText());
        assertTrue(quoted.get("mention").asBoolean());
        assertEquals(31, quoted.get("column").asInt());
    }

    @Test
    void cleanDocumentExitsZero() {
        CliRun run = CliRun.run("check", FIXTURES + "clean.md");
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("1 file checked, 40 words: no findings" + System.lineSeparator(), run.out());
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(0, CliRun.run("check", "--fail-on", "never", LETTER).exitCode());
        assertEquals(1, CliRun.run("check", "--fail-on", "info", LETTER).exitCode());
        assertEquals(
                0,
                CliRun.run("check", "--fail-on", "error", FIXTURES + "folder/sub/plan.md")
                        .exitCode());
        assertEquals(
                1,
                CliRun.run("check", "--fail-on", "warning", FIXTURES + "folder/sub/plan.md")
                        .exitCode());
    }

    @Test
    void quietPrintsFindingsOnly() {
        CliRun run = CliRun.run("check", "--quiet", FIXTURES + "folder/sub/plan.md");
        assertEquals(
                FIXTURES + "folder/sub/plan.md:3:8: warning [hard-to-engage] Deficit framing: \"hard to engage\""
                        + System.lineSeparator(),
                run.out());
    }

    @Test
    void anUnreadableInputIsNamedAndTheOthersAreStillChecked() {
        CliRun run = CliRun.run(
                "check",
                FIXTURES + "missing.md",
                FIXTURES + "binary.txt",
                FIXTURES + "clean.md",
                FIXTURES + "folder/notes.txt");
        assertEquals(3, run.exitCode());
        assertTrue(run.out().contains(FIXTURES + "missing.md: error: cannot be read: no such file"), run.out());
        assertTrue(
                run.out()
                        .contains(FIXTURES + "binary.txt: error: cannot be read: "
                                + "not a text document (it contains binary data)"),
                run.out());
        assertTrue(run.out().contains(FIXTURES + "folder/notes.txt:1:8: warning [complex-needs]"), run.out());
        assertTrue(run.out().contains("2 files checked"), "only the files read are counted as checked: " + run.out());
        assertTrue(run.out().contains("; 2 files could not be read"), run.out());
    }

    @Test
    void foldersAreSearchedForTextAndMarkdownSkippingHiddenAndBuildFolders() {
        CliRun run = CliRun.run("check", "--quiet", FIXTURES + "folder");
        List<String> lines = run.out().lines().toList();
        assertEquals(
                List.of(
                        FIXTURES + "folder/notes.txt:1:8: warning [complex-needs] Deficit framing: \"complex needs\"",
                        FIXTURES
                                + "folder/sub/plan.md:3:8: warning [hard-to-engage] Deficit framing: \"hard to engage\""),
                lines);
    }

    @Test
    void standardInputIsReadWithTheGivenName() {
        CliRun run = CliRun.runWithInput(
                "# Notes\n\nHe has complex *needs*.\n".getBytes(StandardCharsets.UTF_8),
                "check",
                "--quiet",
                "--stdin-name",
                "notes.md",
                "-");
        assertEquals(
                "notes.md:3:8: warning [complex-needs] Deficit framing: \"complex *needs\"" + System.lineSeparator(),
                run.out());
    }

    @Test
    void explainContextSaysWhatPassedAndWhatWasRuledOut() {
        String nl = System.lineSeparator();
        CliRun run = CliRun.runWithInput(
                "She is chaotic. Entrenched inequality keeps rents high.\n".getBytes(StandardCharsets.UTF_8),
                "check",
                "--explain-context",
                "--stdin-name",
                "note.txt",
                "-");
        assertTrue(run.out().contains("note.txt:1:8: warning [chaotic] Deficit framing: \"chaotic\"" + nl), run.out());
        assertTrue(run.out().contains("    context: only when it describes a person or their conduct" + nl), run.out());
        assertTrue(
                run.out()
                        .contains("note.txt:1:17: not flagged [entrenched] \"Entrenched\": fails: only when it "
                                + "describes a person" + nl),
                run.out());
        CliRun plain = CliRun.runWithInput(
                "Entrenched inequality keeps rents high.\n".getBytes(StandardCharsets.UTF_8),
                "check",
                "--stdin-name",
                "note.txt",
                "-");
        assertTrue(!plain.out().contains("not flagged"), "only when asked: " + plain.out());
    }

    @Test
    void explainShowsTheContextConditionsAsTheReferenceDoes() {
        CliRun run = CliRun.run("explain", "entrenched");
        assertEquals(0, run.exitCode());
        assertTrue(
                run.out()
                        .contains(
                                "Context:     only when it describes a person; not before \"in battles\", \"in battle\", "
                                        + "\"in a battle\", \"in conflict\", \"in conflicts\", \"in disputes\", \"in a dispute\", "
                                        + "\"in their positions\", \"in positions\", \"in disadvantage\", \"in poverty\", "
                                        + "\"in deprivation\", \"in inequality\", \"in child poverty\", \"in persistent poverty\", "
                                        + "\"in extreme poverty\", \"in deep poverty\", \"in generational poverty\" or "
                                        + "\"in social disadvantage\""
                                        + System.lineSeparator()),
                run.out());
    }

    @Test
    void explainSaysWhenTheDefaultProfileLeavesARuleOutAndHowToTurnItOn() {
        CliRun off = CliRun.run("explain", "customer");
        assertEquals(0, off.exitCode());
        assertTrue(
                off.out()
                        .contains("Reported:    not with the default profile; with `profile: strict`, or `rules: "
                                + "{customer: info}` in .strengths-lint.yml" + System.lineSeparator()),
                off.out());
        assertFalse(CliRun.run("explain", "entrenched").out().contains("Reported:"));
    }

    @Test
    void explainTakesATermAsWellAsARuleId() {
        CliRun byTerm = CliRun.run("explain", "complex needs");
        assertEquals(0, byTerm.exitCode());
        assertEquals(
                "complex-needs (Deficit framing, warning)",
                byTerm.out().lines().findFirst().orElseThrow());
        CliRun inflected = CliRun.run("explain", "Addicts");
        assertEquals(
                "addict (Labelling, error)", inflected.out().lines().findFirst().orElseThrow(), inflected.out());
        assertTrue(inflected.out().contains("Finds:       addict"), inflected.out());
        CliRun unknown = CliRun.run("explain", "kind words");
        assertEquals(2, unknown.exitCode());
        assertEquals(
                "strengths-lint: no rule has the id or finds the term 'kind words' (see 'strengths-lint rules')",
                unknown.err().lines().findFirst().orElseThrow());
    }

    @Test
    void anOrganisationsOwnEntryIsCheckedAgainstItsExamplesWhateverTheDefaultProfileLeavesOut(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // the default profile leaves the legal-terms category out; the entry's examples are still its own
        java.nio.file.Files.writeString(
                dir.resolve(".strengths-lint.yml"), "lexicons: [ours.yml]\ncategories:\n  legal-terms: info\n");
        java.nio.file.Files.writeString(dir.resolve("ours.yml"), """
                category: legal-terms
                entries:
                  - id: section-21
                    severity: info
                    patterns: [section 21 notice]
                    suggestions: [notice to end the tenancy]
                    explanation: >-
                      The law's name for a notice; in a letter, say what it means for the tenant.
                    examples:
                      flagged:
                        - "She was served a [section 21 notice] in May."
                        - "A [section 21 notice] ends an assured shorthold tenancy."
                      clean:
                        - "She was given notice to end the tenancy in May."
                        - "Section 8 covers other grounds."
                """);
        java.nio.file.Path letter = java.nio.file.Files.writeString(
                dir.resolve("letter.txt"), "She was served a section 21 notice in May.\n");
        CliRun run = CliRun.run(
                "check",
                "--config",
                dir.resolve(".strengths-lint.yml").toString(),
                "--format",
                "json",
                letter.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"rule\" : \"section-21\""), run.out());
    }

    @Test
    void explainIncludesTheOrganisationsOwnEntries(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve(".strengths-lint.yml"), "lexicons: [our-terms.yml]\n");
        java.nio.file.Files.writeString(dir.resolve("our-terms.yml"), """
                category: labelling
                entries:
                  - id: serial-complainer
                    severity: warning
                    patterns: [serial complainer]
                    suggestions: [person who has raised several concerns]
                    explanation: >-
                      Calling someone a serial complainer dismisses what they tell us before anyone has looked at it.
                    examples:
                      flagged:
                        - "He is a [serial complainer] according to the office."
                      clean:
                        - "The complaints log lists every concern raised."
                """);
        CliRun off = CliRun.run(
                "explain",
                "--config",
                java.nio.file.Files.writeString(dir.resolve("off.yml"), "rules:\n  addict: 'off'\nallow: [addicts]\n")
                        .toString(),
                "addicts");
        assertEquals(
                "addict (Labelling, error)",
                off.out().lines().findFirst().orElse(""),
                "a rule turned off is still explained");
        CliRun run = CliRun.run(
                "explain", "--config", dir.resolve(".strengths-lint.yml").toString(), "serial complainers");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "serial-complainer (Labelling, warning)",
                run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("Defined in:  " + dir.resolve("our-terms.yml") + ":3"), run.out());
    }

    @Test
    void rulesShowTermsAsAReaderWritesThem() {
        CliRun run = CliRun.run("rules", "--category", "doubt");
        assertEquals(0, run.exitCode());
        assertFalse(run.out().contains("="), run.out());
        assertTrue(
                run.out().lines().anyMatch(line -> line.startsWith("claims ") && line.contains(" claim -> says")),
                run.out());
        assertFalse(CliRun.run("rules").out().contains("<person>"));
    }

    /** The pre-commit hook takes every type of document a check reads, and shows what to say instead. */
    @Test
    @SuppressWarnings("unchecked")
    void thePreCommitHookChecksEverySupportedDocumentType() throws Exception {
        java.util.List<java.util.Map<String, Object>> hooks = new org.yaml.snakeyaml.Yaml()
                .load(java.nio.file.Files.readString(java.nio.file.Path.of("../.pre-commit-hooks.yaml")));
        java.util.regex.Pattern files =
                java.util.regex.Pattern.compile((String) hooks.get(0).get("files"));
        for (org.strengthslint.extract.DocumentFormat format : org.strengthslint.extract.DocumentFormat.values()) {
            for (String extension : format.extensions()) {
                assertTrue(files.matcher("docs/letter." + extension).find(), extension);
                assertTrue(
                        files.matcher("docs/LETTER." + extension.toUpperCase(java.util.Locale.ROOT))
                                .find(),
                        extension);
            }
        }
        assertFalse(files.matcher("src/Main.java").find());
        assertEquals("strengths-lint check", hooks.get(0).get("entry"), "the text report, with what to say instead");
    }

    @Test
    void csvGivesARowPerFindingForSpreadsheets() {
        CliRun run = CliRun.run("check", "--format", "csv", FIXTURES + "folder/notes.txt");
        assertEquals(1, run.exitCode());
        List<String> rows = run.out().lines().toList();
        assertEquals(
                "\uFEFFfile,page,paragraph,line,column,severity,fails,rule,category,found,message,instead,why,sentence",
                rows.get(0));
        assertTrue(
                rows.get(1)
                        .startsWith(FIXTURES + "folder/notes.txt,,,1,8,warning,yes,complex-needs,deficit-framing,"
                                + "complex needs,"),
                rows.get(1));
        assertEquals(2, rows.size());
        assertEquals(
                2,
                CliRun.run("check", "--format", "xlsx", FIXTURES + "folder/notes.txt")
                        .exitCode());
    }

    /** Only the commands that read text need the language models, so only they mind a bad choice of them. */
    @Test
    void aBadLanguageModelChoiceStopsOnlyTheCommandsThatReadText() {
        String previous = System.getProperty("strengthslint.opennlp");
        System.setProperty("strengthslint.opennlp", "bogus");
        try {
            assertEquals(0, CliRun.run("--version").exitCode());
            assertEquals(0, CliRun.run("rules", "--categories").exitCode());
            assertEquals(0, CliRun.run("check", "--help").exitCode());
            CliRun check = CliRun.run("check", LETTER);
            assertEquals(2, check.exitCode());
            assertTrue(
                    check.err().startsWith("strengths-lint: the system property strengthslint.opennlp"), check.err());
        } finally {
            if (previous == null) {
                System.clearProperty("strengthslint.opennlp");
            } else {
                System.setProperty("strengthslint.opennlp", previous);
            }
        }
    }

    @Test
    void textThatIsNotUtf8IsDecodedNotRejected() {
        CliRun run = CliRun.run("check", "--quiet", FIXTURES + "latin1.txt", FIXTURES + "utf16.txt");
        assertEquals(
                List.of(
                        FIXTURES + "latin1.txt:1:8: warning [complex-needs] Deficit framing: \"complex needs\"",
                        FIXTURES + "utf16.txt:1:8: warning [complex-needs] Deficit framing: \"complex needs\""),
                run.out().lines().toList());
    }

    @Test
    void configurationAllowsTermsAndChangesLevels() {
        CliRun run = CliRun.run("check", "--quiet", "--config", FIXTURES + "config.yml", LETTER);
        assertFalse(run.out().contains("service-user"), run.out());
        assertTrue(run.out().contains("info [challenging-behaviour]"), run.out());
        assertEquals(0, run.exitCode(), "failOn: error in the configuration, and no errors");
    }

    @Test
    void invalidConfigurationExitsTwoNamingFileLineAndProblem() {
        CliRun run = CliRun.run("check", "--config", FIXTURES + "bad-config.yml", LETTER);
        assertEquals(2, run.exitCode());
        assertEquals(
                "strengths-lint: " + FIXTURES + "bad-config.yml:4: unknown key 'colour' in the configuration "
                        + "(expected one of: allow, categories, exclude, failOn, include, lexicons, maxExpansion, profile, rules)"
                        + System.lineSeparator(),
                run.err());
        CliRun rule = CliRun.run("check", "--config", FIXTURES + "bad-rule-config.yml", LETTER);
        assertEquals(2, rule.exitCode());
        assertTrue(
                rule.err()
                        .startsWith("strengths-lint: " + FIXTURES + "bad-rule-config.yml:2: unknown rule id "
                                + "'no-such-rule'"),
                rule.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CliRun.run("check").exitCode());
        CliRun run = CliRun.run("check", "--fail-on", "sometimes", LETTER);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'sometimes' is not one of error, warning, info, never"), run.err());
        assertEquals(2, CliRun.run("check", "--format", "pdf", LETTER).exitCode());
        assertEquals(2, CliRun.run("check", "--jobs", "0", LETTER).exitCode());
        assertEquals(2, CliRun.run("frobnicate").exitCode());
    }

    @Test
    void reportGoesToTheOutputFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("check", "--format", "json", "--output", report.toString(), LETTER);
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(new ObjectMapper()
                        .readTree(report.toFile())
                        .get("files")
                        .get(0)
                        .get("findings")
                        .size()
                > 0);
    }

    @Test
    void inputFilesAreNeverModified() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(LETTER));
        long modified = Files.getLastModifiedTime(Path.of(LETTER)).toMillis();
        CliRun.run("check", LETTER);
        assertEquals(
                new String(before, StandardCharsets.UTF_8),
                new String(Files.readAllBytes(Path.of(LETTER)), StandardCharsets.UTF_8));
        assertEquals(modified, Files.getLastModifiedTime(Path.of(LETTER)).toMillis());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.run("check", "--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of(
                "--format",
                "--output",
                "--fail-on",
                "--config",
                "--stdin-name",
                "--quiet",
                "--color",
                "--jobs",
                "Exit codes:")) {
            assertTrue(help.out().contains(option), "help mentions " + option);
        }
        CliRun version = CliRun.run("--version");
        assertEquals(
                "strengths-lint " + org.strengthslint.api.Version.current() + System.lineSeparator(), version.out());
    }

    /** A run registers only the command it runs; usage and help must still name and list them all. */
    @Test
    void everyCommandIsListedAndSuggestedWhateverRuns() {
        assertTrue(CliRun.run("check", "--help").out().startsWith("Usage: strengths-lint check "));
        String usage = CliRun.run("--help").out();
        for (String command : List.of("check", "rules", "explain", "init", "help")) {
            assertTrue(
                    usage.contains(System.lineSeparator() + "  " + command + " "),
                    "usage lists " + command + "\n" + usage);
        }
        assertTrue(CliRun.run("help", "rules").out().startsWith("Usage: strengths-lint rules"));
        CliRun misspelt = CliRun.run("chek", "letter.md");
        assertEquals(2, misspelt.exitCode());
        assertTrue(misspelt.err().contains("Did you mean: check?"), misspelt.err());
    }
}
