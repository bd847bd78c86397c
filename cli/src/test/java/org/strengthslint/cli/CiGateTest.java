package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a CI gate: configuration files, profiles, baselines and several reports. */
class CiGateTest {
    private static final String LETTER = "src/test/resources/fixtures/letter.md";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void theNearestConfigurationFileAboveEachFileApplies() throws Exception {
        write(".strengths-lint.yml", "rules:\n  complex-needs: 'off'\nexclude: ['drafts/**']\n");
        write("plans/sam.txt", "He has complex needs. She was a rough sleeper.\n");
        write("drafts/old.txt", "They are rough sleepers.\n");
        write("team/.strengths-lint.yml", "failOn: never\n");
        write("team/notes.txt", "He has complex needs.\n");
        CliRun run = CliRun.run("check", "--quiet", dir.toString());
        assertEquals(
                List.of(
                        dir.resolve("plans/sam.txt") + ":1:33: warning [rough-sleeper] Labelling: \"rough sleeper\"",
                        dir.resolve("team/notes.txt")
                                + ":1:8: warning [complex-needs] Deficit framing: \"complex needs\""),
                run.out().lines().toList());
        assertEquals(1, run.exitCode(), "failOn comes from the configuration above the first path");
        CliRun named =
                CliRun.run("check", "--quiet", dir.resolve("drafts/old.txt").toString());
        assertTrue(named.out().contains("[rough-sleeper]"), "a file named directly is always checked");
    }

    /** A gate that checks nothing must not pass: the folder and the globs are named instead. */
    @Test
    void aFolderWithNothingToCheckEndsTheRunUnlessAllowed() throws Exception {
        write("docs/policies/x.pdf.txt", "He has complex needs.\n");
        write("docs/policies/2024/y.md", "He has complex needs.\n");
        String docs = dir.resolve("docs").toString();
        CliRun none = CliRun.run("check", "--include", "letters/**/*.pdf", "--exclude", "drafts", docs);
        assertEquals(2, none.exitCode());
        assertEquals(
                "strengths-lint: no document to check in " + docs + " (include: 'letters/**/*.pdf'; exclude: "
                        + "'drafts'); use --allow-empty if that is expected" + System.lineSeparator(),
                none.err());
        assertEquals("", none.out());

        CliRun allowed = CliRun.run("check", "--allow-empty", "--include", "letters/**/*.pdf", docs);
        assertEquals(0, allowed.exitCode());
        assertEquals("0 files checked, 0 words: no findings" + System.lineSeparator(), allowed.out());

        // '**/' is zero or more folders, as in Maven, Ant and .gitignore.
        CliRun found =
                CliRun.run("check", "--quiet", "--include", "policies/**/*.md", "--include", "policies/**/*.txt", docs);
        assertEquals(
                List.of(
                        dir.resolve("docs/policies/2024/y.md") + ":1:8: warning [complex-needs] Deficit framing: "
                                + "\"complex needs\"",
                        dir.resolve("docs/policies/x.pdf.txt") + ":1:8: warning [complex-needs] "
                                + "Deficit framing: \"complex needs\""),
                found.out().lines().toList());

        write("empty/.strengths-lint.yml", "include: ['*.docx']\n");
        write("empty/notes.md", "He has complex needs.\n");
        CliRun configured = CliRun.run("check", dir.resolve("empty").toString());
        assertEquals(2, configured.exitCode());
        assertEquals(
                "strengths-lint: no document to check in " + dir.resolve("empty") + " (include: every supported "
                        + "document type; exclude: none; configuration " + dir.resolve("empty/.strengths-lint.yml")
                        + ": include [*.docx], exclude []); use --allow-empty if that is expected"
                        + System.lineSeparator(),
                configured.err());
    }

    /** A mistake on the command line gets one line and where to find help, not the whole help. */
    @Test
    void aUsageErrorIsOneLineWithWhereToGetHelp() {
        CliRun unknown = CliRun.run("check", "--fail-level", "error", LETTER);
        assertEquals(2, unknown.exitCode());
        assertEquals(
                List.of(
                        "strengths-lint: Unknown option: '--fail-level'",
                        "Did you mean: --fail-on?",
                        "Run 'strengths-lint check --help' for usage."),
                unknown.err().lines().toList());
        CliRun misspelt = CliRun.run("chek", LETTER);
        assertEquals(2, misspelt.exitCode());
        assertEquals(
                "strengths-lint: Unmatched arguments from index 0: 'chek', '" + LETTER + "'",
                misspelt.err().lines().findFirst().orElseThrow());
        assertEquals("Did you mean: check?", misspelt.err().lines().toList().get(1));
        assertEquals("", CliRun.run("check").out());
        assertEquals(
                List.of(
                        "strengths-lint: Missing required parameter: 'PATH'",
                        "Run 'strengths-lint check --help' for usage."),
                CliRun.run("check").err().lines().toList());
    }

    @Test
    void anInvalidDiscoveredConfigurationStopsTheRunWithItsFileAndLine() throws Exception {
        write(".strengths-lint.yml", "rules:\n  no-such-rule: 'off'\n");
        Path notes = write("notes.txt", "He has complex needs.\n");
        CliRun run = CliRun.run("check", notes.toString());
        assertEquals(2, run.exitCode());
        assertEquals(
                "strengths-lint: " + dir.resolve(".strengths-lint.yml") + ":2: unknown rule id 'no-such-rule' "
                        + "(see `strengths-lint rules`)" + System.lineSeparator(),
                run.err());
    }

    /** Every problem of a configuration at once, sorted by line, each on its own line with the near miss named. */
    @Test
    void aConfigurationWithSeveralProblemsReportsThemAll() throws Exception {
        write(
                ".strengths-lint.yml",
                "categories:\n  enforcment: warning\nrules:\n  complex-need: 'off'\n"
                        + "  chaotic: loud\nfailon: error\n");
        Path notes = write("notes.txt", "He has complex needs.\n");
        CliRun run = CliRun.run("check", notes.toString());
        assertEquals(2, run.exitCode());
        String config = dir.resolve(".strengths-lint.yml").toString();
        assertEquals(
                List.of(
                        "strengths-lint: " + config
                                + ":2: unknown category 'enforcment' (did you mean 'enforcement'? known: "
                                + String.join(
                                        ", ",
                                        org.strengthslint.lexicon.Lexicon.bundled()
                                                .categories()
                                                .keySet()) + ")",
                        "strengths-lint: " + config
                                + ":4: unknown rule id 'complex-need' (did you mean 'complex-needs'? see "
                                + "`strengths-lint rules`)",
                        "strengths-lint: " + config
                                + ":5: rules.chaotic must be one of error, warning, info, off, not 'loud'",
                        "strengths-lint: " + config
                                + ":6: unknown key 'failon' in the configuration (did you mean 'failOn'? "
                                + "expected one of: allow, categories, exclude, failOn, include, lexicons, maxExpansion, profile, "
                                + "rules)"),
                run.err().lines().toList(),
                "the file's own problems and the lexicon's, in one run");
    }

    @Test
    void profilesChangeSeverities() {
        assertTrue(CliRun.run("check", "--quiet", LETTER).out().contains("info [service-user]"));
        assertTrue(CliRun.run("check", "--quiet", "--profile", "strict", LETTER)
                .out()
                .contains("warning [service-user]"));
        CliRun unknown = CliRun.run("check", "--profile", "lenient", LETTER);
        assertEquals(2, unknown.exitCode());
        assertEquals(
                "strengths-lint: --profile: unknown profile 'lenient' (known: default, strict, statutory)"
                        + System.lineSeparator(),
                unknown.err());
    }

    @Test
    void aBaselineHidesWhatWasAlreadyThereAndOnlyNewFindingsFail() throws Exception {
        Path plan = write("plan.md", "# Plan\n\nHe has complex needs.\n\nShe is hard to engage.\n");
        Path baseline = dir.resolve("baseline.json");
        CliRun written = CliRun.run("check", "--write-baseline", baseline.toString(), plan.toString());
        assertEquals(0, written.exitCode());
        assertEquals(
                "strengths-lint: wrote 2 findings to the baseline " + baseline + System.lineSeparator(), written.err());

        CliRun unchanged = CliRun.run("check", "--baseline", baseline.toString(), plan.toString());
        assertEquals(0, unchanged.exitCode(), unchanged.out());
        assertEquals(
                "1 file checked, 10 words: no findings; 2 in the baseline" + System.lineSeparator(), unchanged.out());

        Files.writeString(
                plan, "# Plan\n\nA new opening paragraph.\n\nHe has complex needs.\n\n" + "You were evicted in May.\n");
        CliRun edited = CliRun.run("check", "--quiet", "--baseline", baseline.toString(), plan.toString());
        assertEquals(1, edited.exitCode());
        assertEquals(
                List.of(plan + ":7:10: warning [evicted] Enforcement: \"evicted\""),
                edited.out().lines().toList());
        CliRun summary = CliRun.run("check", "--baseline", baseline.toString(), plan.toString());
        assertTrue(
                summary.out()
                        .endsWith("1 in the baseline (1 entry no longer found: refresh it with " + "--write-baseline)"
                                + System.lineSeparator()),
                summary.out());
    }

    @Test
    void severalReportsFromOneRun() throws Exception {
        Path sarif = dir.resolve("out/results.sarif");
        Path html = dir.resolve("out/review.html");
        Path json = dir.resolve("out/report.json");
        Files.createDirectories(dir.resolve("out")); // outside the working folder, folders are not made unasked
        CliRun run = CliRun.run(
                "check",
                "--format",
                "sarif",
                "--output",
                sarif.toString(),
                "--report",
                "html=" + html,
                "--report",
                "json=" + json,
                LETTER);
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode results = mapper.readTree(sarif.toFile()).get("runs").get(0).get("results");
        JsonNode report = mapper.readTree(json.toFile());
        assertEquals(report.get("files").get(0).get("findings").size(), results.size());
        assertTrue(Files.readString(html).contains("<mark>failed to engage</mark>"));
        assertEquals(2, CliRun.run("check", "--report", "pdf=x.pdf", LETTER).exitCode());
        assertEquals(2, CliRun.run("check", "--report", "html", LETTER).exitCode());
    }

    @Test
    void githubFormatAnnotatesEachLine() {
        CliRun run = CliRun.run("check", "--format", "github", "src/test/resources/fixtures/folder/sub/plan.md");
        assertEquals(1, run.exitCode());
        assertEquals(
                "::error file=src/test/resources/fixtures/folder/sub/plan.md,line=3,col=8,endLine=3,"
                        + "endColumn=22,title=hard-to-engage::Deficit framing: \"hard to engage\". Instead: finding our "
                        + "service hard to use; unsure about the support we offer\n",
                run.out());
        // Below the fail level the annotation says so: a warning that does not fail the run.
        CliRun passing = CliRun.run(
                "check", "--format", "github", "--fail-on", "error", "src/test/resources/fixtures/folder/sub/plan.md");
        assertEquals(0, passing.exitCode());
        assertTrue(passing.out().startsWith("::warning file=src/test/resources/fixtures/folder/sub/plan.md,line=3,"));
    }

    @Test
    void initWritesAStarterFileThatLoadsAndNeverOverwrites() throws Exception {
        CliRun first = CliRun.run("init", dir.toString());
        assertEquals(0, first.exitCode());
        Path config = dir.resolve(".strengths-lint.yml");
        assertTrue(Files.readString(config).contains("# The least severe finding that fails the check"));
        assertEquals(
                1,
                CliRun.run("check", "--quiet", "--config", config.toString(), LETTER)
                        .exitCode());
        Files.writeString(config, "failOn: never\n");
        assertEquals(2, CliRun.run("init", dir.toString()).exitCode());
        assertEquals("failOn: never\n", Files.readString(config));
    }

    @Test
    void suppressionCommentsAreCountedInTheSummary() throws Exception {
        Path plan = write("plan.md", "<!-- strengths-lint-disable-next-line -->\nHe has complex needs.\n");
        CliRun run = CliRun.run("check", plan.toString());
        assertEquals(0, run.exitCode());
        assertFalse(run.out().contains("[complex-needs]"));
        assertEquals(
                "1 file checked, 4 words: no findings; 1 suppressed by comments" + System.lineSeparator(), run.out());
    }
}
