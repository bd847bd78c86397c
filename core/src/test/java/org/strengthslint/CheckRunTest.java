package org.strengthslint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.FailOn;
import org.strengthslint.config.Configuration;
import org.strengthslint.config.ConfigurationLoader;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.testing.TestLinters;

/** The steps every front end shares around the check itself. */
class CheckRunTest {
    private final Linter linter = TestLinters.withTestLexicon();
    private final CheckResult letter = linter.check("He has complex needs. She is entrenched.", "letter.txt");
    private final CheckResult missing = CheckResult.unreadable("gone.txt", "text", "no such file");

    @Test
    void theFailLevelIsTheOneAskedForThenTheConfigurationsThenWarning() {
        Configuration errorsOnly = ConfigurationLoader.parse("failOn: error\n", "cfg.yml", Path.of("/org"));
        assertEquals(FailOn.INFO, new CheckRun(FailOn.INFO, errorsOnly, null, null).failOn());
        assertEquals(FailOn.ERROR, new CheckRun(null, errorsOnly, null, null).failOn());
        assertEquals(FailOn.WARNING, new CheckRun(null, Configuration.DEFAULT, null, null).failOn());
    }

    @Test
    void theVerdictFollowsTheFailLevelAndUnreadableFilesWin() throws Exception {
        CheckRun.Outcome failing = new CheckRun(null, Configuration.DEFAULT, null, null)
                .finish(List.of(letter), TestLinters.testLexicon());
        assertEquals(2, failing.failing());
        assertEquals(1, failing.exitCode());
        assertEquals(FailOn.WARNING, failing.report().failOn());
        assertEquals(
                0,
                new CheckRun(FailOn.ERROR, Configuration.DEFAULT, null, null)
                        .finish(List.of(letter), TestLinters.testLexicon())
                        .exitCode());
        assertEquals(
                3,
                new CheckRun(null, Configuration.DEFAULT, null, null)
                        .finish(List.of(letter, missing), TestLinters.testLexicon())
                        .exitCode());
    }

    @Test
    void aBaselineIsWrittenThenApplied(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        CheckRun.Outcome written = new CheckRun(null, Configuration.DEFAULT, null, file)
                .finish(List.of(letter), TestLinters.testLexicon());
        assertEquals(2, written.recorded());
        assertEquals(0, written.exitCode(), "a run that records the baseline does not fail on findings");
        CheckRun.Outcome applied = new CheckRun(null, Configuration.DEFAULT, file, null)
                .finish(
                        List.of(linter.check(
                                "He has complex needs. She is entrenched. They are rough sleepers.", "letter.txt")),
                        TestLinters.testLexicon());
        assertEquals(2, applied.report().baselined());
        assertEquals(
                List.of("rough sleepers"),
                applied.report().results().get(0).findings().stream()
                        .map(f -> f.text())
                        .toList());
        assertEquals(1, applied.exitCode());
    }

    /** Writing a baseline replaces the old one: it is not read, every finding is reported and recorded, none fails. */
    @Test
    void writingABaselineReplacesTheOldOneWhateverItHolds(@TempDir Path dir) throws Exception {
        Path old = Files.writeString(dir.resolve("old.json"), "not a baseline at all");
        Path fresh = dir.resolve("new.json");
        CheckRun.Outcome outcome = new CheckRun(null, Configuration.DEFAULT, old, fresh)
                .finish(List.of(letter), TestLinters.testLexicon());
        assertEquals(2, outcome.recorded());
        assertEquals(0, outcome.report().baselined());
        assertEquals(2, outcome.report().results().get(0).findings().size());
        assertEquals(FailOn.NEVER, outcome.report().failOn(), "the reports' levels agree with exit code 0");
        assertEquals(0, outcome.exitCode());
    }

    @Test
    void aBadBaselineStopsTheRunBeforeAnyDocumentIsRead(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("b.json"), "[]");
        assertThrows(InvalidDataException.class, () -> new CheckRun(null, Configuration.DEFAULT, bad, null));
    }
}
