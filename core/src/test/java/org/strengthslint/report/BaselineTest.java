package org.strengthslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.CheckResult;
import org.strengthslint.Linter;
import org.strengthslint.config.InvalidDataException;
import org.strengthslint.testing.TestLinters;

class BaselineTest {
    private final Linter linter = TestLinters.withTestLexicon();

    @Test
    void fingerprintsSurviveLinesMovingAndEditsElsewhere(@TempDir Path dir) throws Exception {
        CheckResult before = linter.check("He has complex needs.\nShe is entrenched.\n", "plan.md");
        CheckResult after = linter.check("# Plan\n\nA new first paragraph.\n\nHe has complex needs.\n\n"
                + "She is  entrenched.\nThey have complex needs too.\n", "./plan.md");
        assertEquals(Fingerprints.of(before), Fingerprints.of(after).subList(0, 2));

        Path file = dir.resolve("baseline.json");
        Baseline.write(file, List.of(before));
        Baseline.Applied applied = Baseline.read(file).apply(List.of(after));
        assertEquals(2, applied.matched());
        assertEquals(0, applied.stale());
        assertEquals(List.of("complex needs"), applied.results().get(0).findings().stream().map(f -> f.text()).toList());
        assertEquals(8, applied.results().get(0).findings().get(0).line());
    }

    @Test
    void entriesThatNoLongerMatchAreCountedAsStale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Baseline.write(file, List.of(linter.check("He has complex needs. She is entrenched.", "plan.md")));
        Baseline.Applied applied = Baseline.read(file).apply(List.of(linter.check("She is entrenched.", "plan.md")));
        assertEquals(1, applied.matched());
        assertEquals(1, applied.stale());
    }

    @Test
    void aRepeatedTermInOneSentenceIsCountedPerOccurrence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Baseline.write(file, List.of(linter.check("Complex needs, complex needs.", "a.txt")));
        Baseline.Applied applied = Baseline.read(file)
                .apply(List.of(linter.check("Complex needs, complex needs, complex needs.", "a.txt")));
        assertEquals(0, applied.matched(), "the sentence changed, so these are new findings");
    }

    @Test
    void anInvalidBaselineIsAnErrorWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("b.json"), "{\n  \"version\": 1,\n  \"findings\": [\n}");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Baseline.read(file));
        assertEquals(4, e.line());
        assertEquals(file + ": baseline file not found (create it with --write-baseline)",
                assertThrows(InvalidDataException.class, () -> Baseline.read(dir.resolve("b.json").resolveSibling("x")))
                        .getMessage().replace(dir.resolve("x").toString(), file.toString()));
    }

    private static String refused(Path dir, String json) throws Exception {
        Path file = Files.writeString(dir.resolve("b.json"), json);
        return assertThrows(InvalidDataException.class, () -> Baseline.read(file)).getMessage()
                .replace(file.toString(), "b.json");
    }

    /** The baseline comes with the repository: nothing in it is skipped, and reasons are in plain words. */
    @Test
    void everyPartOfTheBaselineIsChecked(@TempDir Path dir) throws Exception {
        assertEquals("b.json:3: unknown key 'colour' in a baseline entry (expected: fingerprint, line, path, rule, text)",
                refused(dir, "{\"version\": 1, \"findings\": [\n {\"fingerprint\": \"ab\", \"path\": \"a.md\",\n"
                        + "  \"colour\": \"red\"}]}"));
        assertEquals("b.json:1: unknown key 'extra' in the baseline (expected: findings, tool, version)",
                refused(dir, "{\"version\": 1, \"findings\": [], \"extra\": 1}"));
        assertEquals("b.json:1: 'line' must be a whole number of at least 1, not -3",
                refused(dir, "{\"version\": 1, \"findings\": [{\"fingerprint\": \"ab\", \"path\": \"a\", \"line\": -3}]}"));
        assertEquals("b.json:1: 'path' must be a string, not 7",
                refused(dir, "{\"version\": 1, \"findings\": [{\"fingerprint\": \"ab\", \"path\": 7}]}"));
        assertEquals("b.json:1: a baseline entry needs a 'fingerprint' and a 'path'",
                refused(dir, "{\"version\": 1, \"findings\": [{\"path\": \"a.md\"}]}"));
        assertEquals("b.json:1: 'version' must be 1, not 2 (this strengths-lint reads baselines of version 1)",
                refused(dir, "{\"version\": 2, \"findings\": []}"));
        assertEquals("b.json:1: not a strengths-lint baseline: 'version' is missing", refused(dir, "{\"findings\": []}"));
        assertEquals("b.json:1: the baseline must be a JSON object", refused(dir, "[]"));
        assertEquals("b.json:1: not valid JSON: the file ends in the middle of it", refused(dir, "{\"version\": 1"));
        assertEquals("b.json:1: not valid JSON: duplicate key 'version'", refused(dir, "{\"version\": 1, \"version\": 1}"));
        String noParserNames = refused(dir, "{\"version\": 1, \"findings\": [}");
        assertEquals("b.json:1: not valid JSON: Unexpected close marker '}': expected ']'", noParserNames);
    }

    @Test
    void aByteOrderMarkIsAcceptedAndOtherEncodingsAreNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.json");
        Files.write(file, ("\uFEFF{\"version\": 1, \"findings\": []}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, Baseline.read(file).apply(List.of()).matched());
        Files.write(file, "{\"version\": 1, \"findings\": [{\"path\": \"caf\u00e9\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(file + ":1: not valid UTF-8 (at byte 42); save the file as UTF-8",
                assertThrows(InvalidDataException.class, () -> Baseline.read(file)).getMessage());
    }
}
