package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI gate against a pull request written by an attacker: it controls the configuration, the
 * organisation's lexicon files and the baseline, and must not be able to hang the gate, crash it
 * with the wrong exit code, or make it read (and quote) files outside the repository. Each case
 * asserts the exit code and the first line of the message, within a generous time bound so that
 * a regression fails rather than hangs CI.
 */
class HostileRepositoryTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path repo;

    private Path write(String name, String text) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path document() throws IOException {
        return write("docs/plan.txt", "He has complex needs.\n");
    }

    private static CliRun run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> CliRun.run(args));
    }

    private static String firstLine(CliRun run) {
        return run.err().lines().findFirst().orElse("");
    }

    /** Exit code 2 and exactly this first line, and no stack trace. */
    private static void assertRefused(String expected, CliRun run) {
        assertEquals(expected, firstLine(run));
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private String config(String yaml) throws IOException {
        return write(".strengths-lint.yml", yaml).toString();
    }

    // 1. Hangs

    /** A glob that backtracks exponentially in a regex-based matcher, against a long name: the run ends at once. */
    @Test
    void aBacktrackingGlobInTheConfigurationCostsLittle() throws IOException {
        String longName = "a".repeat(200) + ".txt";
        write("docs/" + longName, "He has complex needs.\n");
        config("include: ['" + "*a".repeat(40) + "*c', '**/" + "*a".repeat(40) + "*.txt']\n");
        CliRun run = run("check", "--quiet", repo.resolve("docs").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(
                repo.resolve("docs/" + longName) + ":1:8: warning [complex-needs] Deficit framing: \"complex needs\"",
                run.out().lines().findFirst().orElse(""));
    }

    /** Maven's matcher reads %regex[...] as a regular expression; here it is refused, in the file and on the command line. */
    @Test
    void aRegularExpressionGlobIsRefused() throws IOException {
        document();
        String cfg = config("exclude: ['%regex[(.*a)(.*a)(.*a)(.*a)(.*a)(.*a)/c]']\n");
        assertRefused(
                "strengths-lint: " + cfg + ":1: exclude: glob '%regex[(.*a)(.*a)(.*a)(.*a)(.*a)(.*a)/c]' is a "
                        + "regular expression (%regex[...] or %ant[...]), which is not supported: use * and **",
                run("check", repo.resolve("docs").toString()));
        Files.delete(Path.of(cfg));
        assertRefused(
                "strengths-lint: Invalid value for option '--include' (GLOB): glob '%regex[(/x]' is a regular expression "
                        + "(%regex[...] or %ant[...]), which is not supported: use * and **",
                run("check", "--include", "%regex[(/x]", repo.resolve("docs").toString()));
    }

    /** Ten inflectable words were expanded into every combination of their forms: minutes before any file was read. */
    @Test
    void aLongPatternOrAllowedTermBuildsAtOnce() throws IOException {
        String tenWords = String.join(" ", Collections.nCopies(10, "word"));
        write("ours.yml", """
                category: labelling
                entries:
                  - id: our-term
                    severity: warning
                    patterns: [%s]
                    suggestions: [something kinder]
                    explanation: A test entry.
                """.formatted(tenWords));
        config("allow:\n  - " + tenWords + "\nlexicons: [ours.yml]\n");
        Path plan = write("docs/plan.txt", "They said " + String.join(" ", Collections.nCopies(10, "words")) + ".\n");
        CliRun run = run("check", "--quiet", plan.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aPatternOverTheWordLimitIsRefusedWithItsLine() throws IOException {
        config("allow:\n  - residents\n  - " + String.join(" ", Collections.nCopies(13, "word")) + "\n");
        assertRefused(
                "strengths-lint: " + repo.resolve(".strengths-lint.yml") + ":3: allowed term 'word word word word "
                        + "word word word word word word word word ... (64 characters)' has 13 words; at most 12 are allowed",
                run("check", document().toString()));
    }

    @Test
    void aPipeNamedAsConfigurationBaselineOrLexiconIsRefusedWithoutBlocking() throws IOException {
        Path fifo = repo.resolve("fifo.yml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        String plan = document().toString();
        assertRefused(
                "strengths-lint: " + fifo + ": configuration file is not a regular file (a pipe, device or socket), "
                        + "so it is not read",
                run("check", "--config", fifo.toString(), plan));
        assertRefused(
                "strengths-lint: " + fifo + ": baseline file is not a regular file (a pipe, device or socket), "
                        + "so it is not read",
                run("check", "--baseline", fifo.toString(), plan));
        config("lexicons: [fifo.yml]\n");
        assertRefused(
                "strengths-lint: " + repo.resolve(".strengths-lint.yml") + ":1: lexicons: 'fifo.yml' is not a regular "
                        + "file (a pipe, device or socket), so it is not read",
                run("check", plan));
    }

    @Test
    void aPipeNamedLikeTheConfigurationIsReportedNotPassedOver() throws IOException {
        Path fifo = repo.resolve(".strengths-lint.yml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        assertRefused(
                "strengths-lint: " + fifo + ": configuration file is not a regular file (a pipe, device or socket), "
                        + "so it is not read",
                run("check", document().toString()));
    }

    @Test
    void standardInputNamedAsTheConfigurationIsNotWaitedFor() throws IOException {
        Path stdin = Path.of("/dev/stdin");
        assumeTrue(Files.exists(stdin) && !Files.isRegularFile(stdin), "standard input is not a pipe or terminal here");
        assertRefused(
                "strengths-lint: /dev/stdin: configuration file is not a regular file (a pipe, device or socket), "
                        + "so it is not read",
                run("check", "--config", "/dev/stdin", document().toString()));
    }

    @Test
    void aHugeYamlValueIsRefusedByItsSizeAndNotPrintedWhole() throws IOException {
        Path huge = write("huge.yml", "allow:\n  - " + "x".repeat(10_000_000) + "\n");
        assertRefused(
                "strengths-lint: " + huge + ": configuration file is larger than the limit (10000012 bytes; at most "
                        + "1 MB for a configuration file)",
                run("check", "--config", huge.toString(), document().toString()));
        Path large = write("large.yml", "allow:\n  - " + "x".repeat(900_000) + "\n");
        CliRun run = run("check", "--config", large.toString(), document().toString());
        assertRefused(
                "strengths-lint: " + large + ":2: each item of allow is 900000 characters long; at most 2000 are "
                        + "allowed ('" + "x".repeat(60) + "... (900000 characters)')",
                run);
        assertTrue(run.err().length() < 400, "the value is cut: " + run.err().length() + " characters");
    }

    // 2. Crashes with the wrong exit code

    @Test
    void anEndlessDeviceAsConfigurationOrBaselineIsExitCode2() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        String plan = document().toString();
        assertRefused(
                "strengths-lint: /dev/zero: configuration file is not a regular file (a pipe, device or socket), "
                        + "so it is not read",
                run("check", "--config", "/dev/zero", plan));
        assertRefused(
                "strengths-lint: /dev/zero: baseline file is not a regular file (a pipe, device or socket), "
                        + "so it is not read",
                run("check", "--baseline", "/dev/zero", plan));
    }

    // 3. Reading outside the repository

    @Test
    void lexiconsOutsideTheRepositoryAreNotRead() throws IOException {
        String plan = document().toString();
        String configuration = repo.resolve(".strengths-lint.yml").toString();
        config("lexicons: [../../../../etc/shadow]\n");
        assertRefused(
                "strengths-lint: " + configuration + ":1: lexicons: '../../../../etc/shadow' is outside the "
                        + "configuration's folder; lexicon files must be inside it",
                run("check", plan));
        config("lexicons:\n  - /etc/passwd\n");
        assertRefused(
                "strengths-lint: " + configuration + ":2: lexicons: '/etc/passwd' is an absolute path; name "
                        + "lexicon files relative to the configuration's folder",
                run("check", plan));
    }

    @Test
    void symbolicLinksOutOfTheRepositoryAreNotFollowedOrQuoted() throws IOException {
        Path outside = Files.createTempFile("outside", ".yml");
        try {
            Files.writeString(outside, "SECRET-LINE: root:x:0:0\n");
            Path link = repo.resolve("ours.yml");
            try {
                Files.createSymbolicLink(link, outside);
            } catch (UnsupportedOperationException | IOException e) {
                assumeTrue(false, "no symbolic links here");
            }
            config("lexicons: [ours.yml]\n");
            CliRun run = run("check", document().toString());
            assertRefused(
                    "strengths-lint: " + repo.resolve(".strengths-lint.yml") + ":1: lexicons: 'ours.yml' is a "
                            + "symbolic link (or inside one) to a place outside the folder " + repo
                            + ", and a lexicon file named "
                            + "in the repository must be inside it",
                    run);
            assertFalse(run.err().contains("SECRET"), run.err());

            Files.delete(link);
            Path found = repo.resolve(".strengths-lint.yml");
            Files.delete(found);
            Files.createSymbolicLink(found, outside);
            run = run("check", document().toString());
            assertRefused(
                    "strengths-lint: " + found + ": configuration file is a symbolic link (or inside one) to a place "
                            + "outside the folder " + repo
                            + ", and a configuration file named in the repository must be inside it",
                    run);
            assertFalse(run.err().contains("SECRET"), run.err());
        } finally {
            Files.delete(outside);
        }
    }

    // 10. Wrong or technical reasons

    @Test
    void encodingsAreReportedInPlainWordsAndAByteOrderMarkIsFine() throws IOException {
        String plan = document().toString();
        Path latin1 = repo.resolve("latin1.yml");
        Files.write(latin1, "allow:\n  - caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(
                "strengths-lint: " + latin1 + ":2: not valid UTF-8 (at byte 15); save the file as UTF-8",
                run("check", "--config", latin1.toString(), plan));
        Path bom = repo.resolve("bom.yml");
        Files.write(bom, "\uFEFFfailOn: never\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                0, run("check", "--quiet", "--config", bom.toString(), plan).exitCode());

        Path baseline = repo.resolve("baseline.json");
        Files.write(
                baseline,
                "{\"version\": 2, \"findings\": [{\"path\": \"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(
                "strengths-lint: " + baseline + ":1: not valid UTF-8 (at byte 42); save the file as UTF-8",
                run("check", "--baseline", baseline.toString(), plan));
        Files.write(baseline, "\uFEFF{\"version\": 2, \"findings\": []}".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                1,
                run("check", "--quiet", "--baseline", baseline.toString(), plan).exitCode(),
                "a baseline with a byte-order mark is read (the finding is new)");
    }

    @Test
    void baselineErrorsNameNoParserInternals() throws IOException {
        Path baseline =
                write("baseline.json", "{\"version\": 2, \"findings\": [\n  {\"fingerprint\": 5, \"path\": \"a\"}]}");
        CliRun run = run("check", "--baseline", baseline.toString(), document().toString());
        assertRefused("strengths-lint: " + baseline + ":2: 'fingerprint' must be a string, not 5", run);
        assertFalse(run.err().contains("jackson"), run.err());
    }

    @Test
    void aLexiconsValueThatIsNotAListKeepsItsLine() throws IOException {
        config("failOn: warning\nlexicons: 5\n");
        assertRefused(
                "strengths-lint: " + repo.resolve(".strengths-lint.yml") + ":2: lexicons must be a list",
                run("check", document().toString()));
    }

    // 11. Silently accepted

    @Test
    void aSingleAllowedTermWhereAListBelongsIsAnError() throws IOException {
        config("allow: residents\n");
        assertRefused(
                "strengths-lint: " + repo.resolve(".strengths-lint.yml") + ":1: allow must be a list",
                run("check", document().toString()));
    }

    @Test
    void anOrganisationEntryWhoseExampleIsNotFlaggedIsAnError() throws IOException {
        Path ours = write("ours.yml", """
                category: labelling
                entries:
                  - id: our-term
                    severity: warning
                    patterns: [service recipient]
                    suggestions: [person we support]
                    explanation: It labels people by the service they get.
                    examples:
                      flagged:
                        - "She is a [service recipient] here."
                        - "We met the [service users] today."
                """);
        config("lexicons: [ours.yml]\n");
        assertRefused(
                "strengths-lint: " + ours + ":3: entry 'our-term': the flagged example 'We met the [service users] "
                        + "today.' is not flagged as marked (nothing is flagged)",
                run("check", document().toString()));
        Files.writeString(ours, Files.readString(ours).replace("[service users]", "[service recipients]"));
        assertEquals(1, run("check", "--quiet", document().toString()).exitCode());
    }

    @Test
    void baselineEntriesWithUnknownKeysOrNonsenseValuesAreErrors() throws IOException {
        String plan = document().toString();
        Path baseline = write(
                "baseline.json",
                "{\"version\": 2, \"findings\": [\n"
                        + "  {\"fingerprint\": \"ab\", \"before\": \"b\", \"after\": \"c\", \"path\": \"a.md\", \"colour\": \"red\"}]}");
        assertRefused(
                "strengths-lint: " + baseline + ":2: unknown key 'colour' in a baseline entry (expected: "
                        + "after, before, fingerprint, line, path, rule, text)",
                run("check", "--baseline", baseline.toString(), plan));
        Files.writeString(
                baseline,
                "{\"version\": 2, \"findings\": [\n  {\"fingerprint\": \"ab\", \"before\": \"b\", "
                        + "\"after\": \"c\", \"path\": \"a.md\", \"line\": \"twelve\"}]}");
        assertRefused(
                "strengths-lint: " + baseline + ":2: 'line' must be a whole number of at least 1, not twelve",
                run("check", "--baseline", baseline.toString(), plan));
    }

    /** Makes a named pipe with the system's mkfifo; false where there is none. */
    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
