package org.strengthslint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.testing.TestLinters;

class BaselineTest {
    private final Linter linter = TestLinters.withTestLexicon();

    @Test
    void fingerprintsSurviveLinesMovingAndEditsElsewhere(@TempDir Path dir) throws Exception {
        CheckResult before = linter.check("He has complex needs.\nShe is entrenched.\n", "plan.md");
        CheckResult after = linter.check(
                "# Plan\n\nA new first paragraph.\n\nHe has complex needs.\n\n"
                        + "She is  entrenched.\nThey have complex needs too.\n",
                "./plan.md");
        assertEquals(Fingerprints.of(before), Fingerprints.of(after).subList(0, 2));

        Path file = dir.resolve("baseline.json");
        Baseline.write(file, List.of(before));
        Baseline.Applied applied = Baseline.read(file).apply(List.of(after));
        assertEquals(2, applied.matched());
        assertEquals(0, applied.stale());
        assertEquals(
                List.of("complex needs"),
                applied.results().get(0).findings().stream().map(f -> f.text()).toList());
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
        assertEquals(1, applied.matched(), "the second keeps the words before it; the first has none before it");
        assertEquals(1, applied.stale());
        assertEquals(
                List.of(1, 31),
                applied.results().get(0).findings().stream()
                        .map(f -> f.column())
                        .toList());
    }

    /** A side with no words is no evidence: a new sentence that starts with the same term is new. */
    @Test
    void aTermAtTheStartOfADifferentSentenceIsNew(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Baseline.write(file, List.of(linter.check("Alcoholics are not welcome in the day room.", "p.txt")));
        Baseline.Applied applied = Baseline.read(file)
                .apply(List.of(linter.check("Alcoholics can book the minibus on Fridays.", "p.txt")));
        assertEquals(0, applied.matched());
        assertEquals(1, applied.stale());
        assertEquals(
                List.of("Alcoholics"),
                applied.results().get(0).findings().stream().map(f -> f.text()).toList());
        assertTrue(Files.readString(file).contains("\"before\" : null"), "no half print for a side with no words");
    }

    /** Rewording one term in a sentence must not bring back another one beside it as new. */
    @Test
    void fixingOneTermLeavesItsNeighboursKnown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Baseline.write(
                file,
                List.of(linter.check(
                        "Alcoholics and the homeless are not accepted. He is an offender with complex needs.",
                        "p.txt")));

        Baseline.Applied fixed = Baseline.read(file)
                .apply(List.of(linter.check(
                        "People who are dependent on alcohol and the homeless are not accepted. "
                                + "He is an offender with complex needs.",
                        "p.txt")));
        assertEquals(
                List.of(),
                fixed.results().get(0).findings().stream().map(f -> f.text()).toList());
        assertEquals(3, fixed.matched());
        assertEquals(1, fixed.stale(), "the entry for the term that was fixed");

        // An edit on both sides of a term is a new sentence for it: reported again.
        Baseline.Applied rewritten = Baseline.read(file)
                .apply(List.of(linter.check(
                        "People who are dependent on alcohol and the homeless cannot stay. "
                                + "He is an offender with complex needs.",
                        "p.txt")));
        assertEquals(
                List.of("the homeless"),
                rewritten.results().get(0).findings().stream()
                        .map(f -> f.text())
                        .toList());
        assertEquals(2, rewritten.matched());
        assertEquals(2, rewritten.stale());
    }

    @Test
    void aNewOccurrenceBesideAKnownOneIsNew(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Baseline.write(file, List.of(linter.check("She is an offender. Staff said so.", "p.txt")));
        Baseline.Applied applied = Baseline.read(file)
                .apply(List.of(
                        linter.check("She is an offender. Staff said so. He is an offender. Staff said so.", "p.txt")));
        assertEquals(1, applied.matched());
        assertEquals(
                List.of(45),
                applied.results().get(0).findings().stream()
                        .map(f -> f.column())
                        .toList());
    }

    @Test
    void aBaselineOfTheEarlierFormatIsRejectedWithHowToRemakeIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("b.json"), "{\"tool\": \"strengths-lint\", \"version\": 1, \"findings\": []}");
        assertEquals(
                file + ": this baseline was written by an earlier strengths-lint; write it again with "
                        + "--write-baseline (in Maven: -Dstrengths-lint.writeBaseline=FILE)",
                assertThrows(InvalidDataException.class, () -> Baseline.read(file))
                        .getMessage());
    }

    @Test
    void anInvalidBaselineIsAnErrorWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("b.json"), "{\n  \"version\": 2,\n  \"findings\": [\n}");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Baseline.read(file));
        assertEquals(4, e.line());
        assertEquals(
                file + ": baseline file not found (create it with --write-baseline)",
                assertThrows(
                                InvalidDataException.class,
                                () -> Baseline.read(dir.resolve("b.json").resolveSibling("x")))
                        .getMessage()
                        .replace(dir.resolve("x").toString(), file.toString()));
    }

    private static String refused(Path dir, String json) throws Exception {
        Path file = Files.writeString(dir.resolve("b.json"), json);
        return assertThrows(InvalidDataException.class, () -> Baseline.read(file))
                .getMessage()
                .replace(file.toString(), "b.json");
    }

    /** The baseline comes with the repository: nothing in it is skipped, and reasons are in plain words. */
    @Test
    void everyPartOfTheBaselineIsChecked(@TempDir Path dir) throws Exception {
        assertEquals(
                "b.json:3: unknown key 'colour' in a baseline entry (expected: after, before, fingerprint, line, path, rule, text)",
                refused(
                        dir,
                        "{\"version\": 2, \"findings\": [\n {\"fingerprint\": \"ab\", \"before\": \"b\", \"after\": \"c\", \"path\": \"a.md\",\n"
                                + "  \"colour\": \"red\"}]}"));
        assertEquals(
                "b.json:1: unknown key 'extra' in the baseline (expected: findings, tool, version)",
                refused(dir, "{\"version\": 2, \"findings\": [], \"extra\": 1}"));
        assertEquals(
                "b.json:1: 'line' must be a whole number of at least 1, not -3",
                refused(
                        dir,
                        "{\"version\": 2, \"findings\": [{\"fingerprint\": \"ab\", \"before\": \"b\", \"after\": \"c\", \"path\": \"a\", \"line\": -3}]}"));
        assertEquals(
                "b.json:1: 'path' must be a string, not 7",
                refused(
                        dir,
                        "{\"version\": 2, \"findings\": [{\"fingerprint\": \"ab\", \"before\": \"b\", \"after\": \"c\", \"path\": 7}]}"));
        assertEquals(
                "b.json:1: a baseline entry needs a 'path', a 'fingerprint', and its 'before' and 'after' prints",
                refused(dir, "{\"version\": 2, \"findings\": [{\"path\": \"a.md\"}]}"));
        assertEquals(
                "b.json:1: 'version' must be 2, not 3 (this strengths-lint reads baselines of version 2)",
                refused(dir, "{\"version\": 3, \"findings\": []}"));
        assertEquals(
                "b.json:1: not a strengths-lint baseline: 'version' is missing", refused(dir, "{\"findings\": []}"));
        assertEquals("b.json:1: the baseline must be a JSON object", refused(dir, "[]"));
        assertEquals("b.json:1: not valid JSON: the file ends in the middle of it", refused(dir, "{\"version\": 2"));
        assertEquals(
                "b.json:1: not valid JSON: duplicate key 'version'", refused(dir, "{\"version\": 2, \"version\": 2}"));
        String noParserNames = refused(dir, "{\"version\": 2, \"findings\": [}");
        assertEquals("b.json:1: not valid JSON: Unexpected close marker '}': expected ']'", noParserNames);
    }

    @Test
    void aByteOrderMarkIsAcceptedAndOtherEncodingsAreNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.json");
        Files.write(
                file, ("\uFEFF{\"version\": 2, \"findings\": []}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, Baseline.read(file).apply(List.of()).matched());
        Files.write(
                file,
                "{\"version\": 2, \"findings\": [{\"path\": \"caf\u00e9\"}]}"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(
                file + ":1: not valid UTF-8 (at byte 42); save the file as UTF-8",
                assertThrows(InvalidDataException.class, () -> Baseline.read(file))
                        .getMessage());
    }
}
