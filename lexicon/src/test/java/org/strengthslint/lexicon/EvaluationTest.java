package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.match.Quotations;

/**
 * Measures the whole bundled lexicon on realistic sector documents (letters, policies, support
 * plans, funding bids, case notes) in which every expected finding is marked with ⟦ and ⟧. The
 * marks are stripped before checking, and a finding counts only when its span matches a marked
 * span exactly. Two sets: {@code tuning}, which the lexicon was tuned on, and {@code holdout},
 * which was written before tuning and is not tuned on. Documents named {@code strengths-based-*}
 * are well-written documents that must give no finding at all. The documents mark the notes
 * that only the strict profile reports too (terms of art, "care package", "verbal warning"), so
 * they are checked with that profile.
 */
class EvaluationTest {
    private static final Linter LINTER = StrictProfile.linter();
    private static final double HOLDOUT_MINIMUM = 0.95;

    /** One document: its name, text without marks, and the marked spans. */
    record Marked(String set, String name, String text, List<int[]> spans) {}

    /** What a set of documents gave: counts, and the misses and false alarms for the printout. */
    static final class Score {
        int expected;
        int found;
        int correct;
        final List<String> missed = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();

        double precision() {
            return found == 0 ? 1.0 : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) correct / expected;
        }

        void add(Score other) {
            expected += other.expected;
            found += other.found;
            correct += other.correct;
            missed.addAll(other.missed);
            wrong.addAll(other.wrong);
        }

        String line(String label) {
            return String.format(
                    Locale.ROOT,
                    "%-8s precision %.3f (%d/%d)  recall %.3f (%d/%d)",
                    label,
                    precision(),
                    correct,
                    found,
                    recall(),
                    correct,
                    expected);
        }
    }

    private static List<Marked> tuning;
    private static List<Marked> holdout;

    @BeforeAll
    static void readTheSets() throws Exception {
        tuning = read("tuning");
        holdout = read("holdout");
        Score tuningScore = score(tuning);
        Score holdoutScore = score(holdout);
        Score overall = new Score();
        overall.add(tuningScore);
        overall.add(holdoutScore);
        StringBuilder report = new StringBuilder("\nEvaluation of the bundled lexicon (span-exact):\n");
        report.append("  ").append(tuningScore.line("tuning")).append('\n');
        report.append("  ").append(holdoutScore.line("holdout")).append('\n');
        report.append("  ").append(overall.line("overall")).append('\n');
        for (String miss : overall.missed) {
            report.append("  missed: ").append(miss).append('\n');
        }
        for (String wrong : overall.wrong) {
            report.append("  not expected: ").append(wrong).append('\n');
        }
        System.out.println(report);
    }

    static List<Marked> read(String set) throws IOException, URISyntaxException {
        Path folder =
                Path.of(EvaluationTest.class.getResource("/evaluation/" + set).toURI());
        List<Marked> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                documents.add(
                        parse(set, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return documents;
    }

    /** Strips ⟦ and ⟧, recording the spans they marked as offsets into the stripped text. */
    static Marked parse(String set, String name, String marked) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '\u27E6') {
                if (open >= 0) {
                    throw new IllegalArgumentException(name + ": nested \u27E6 at " + i);
                }
                open = text.length();
            } else if (c == '\u27E7') {
                if (open < 0) {
                    throw new IllegalArgumentException(name + ": \u27E7 without \u27E6 at " + i);
                }
                spans.add(new int[] {open, text.length()});
                open = -1;
            } else {
                text.append(c);
            }
        }
        if (open >= 0) {
            throw new IllegalArgumentException(name + ": \u27E6 without \u27E7");
        }
        return new Marked(set, name, text.toString(), spans);
    }

    static List<Finding> findings(Marked document) {
        return LINTER.check(document.text(), document.name()).findings();
    }

    static Score score(List<Marked> documents) {
        Score score = new Score();
        for (Marked document : documents) {
            List<Finding> findings = findings(document);
            score.expected += document.spans().size();
            score.found += findings.size();
            for (int[] span : document.spans()) {
                boolean hit =
                        findings.stream().anyMatch(f -> f.offset() == span[0] && f.offset() + f.length() == span[1]);
                if (hit) {
                    score.correct++;
                } else {
                    score.missed.add(
                            where(document, span[0]) + " \"" + document.text().substring(span[0], span[1]) + "\"");
                }
            }
            for (Finding f : findings) {
                boolean marked = document.spans().stream()
                        .anyMatch(span -> f.offset() == span[0] && f.offset() + f.length() == span[1]);
                if (!marked) {
                    score.wrong.add(where(document, f.offset()) + " \"" + f.text() + "\" [" + f.rule() + ", "
                            + f.severity().label() + "] in: " + f.sentence());
                }
            }
        }
        return score;
    }

    private static String where(Marked document, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (document.text().charAt(i) == '\n') {
                line++;
            }
        }
        return document.set() + "/" + document.name() + ":" + line;
    }

    @Test
    void theHoldoutSetMeetsThePrecisionAndRecallTargets() {
        Score score = score(holdout);
        assertTrue(score.expected >= 60, "the holdout set marks at least 60 findings, not " + score.expected);
        assertTrue(score.recall() >= HOLDOUT_MINIMUM, score.line("holdout") + "; missed: " + score.missed);
        assertTrue(score.precision() >= HOLDOUT_MINIMUM, score.line("holdout") + "; not expected: " + score.wrong);
    }

    @Test
    void theTuningSetMeetsTheSameTargets() {
        Score score = score(tuning);
        assertTrue(score.recall() >= HOLDOUT_MINIMUM, score.line("tuning") + "; missed: " + score.missed);
        assertTrue(score.precision() >= HOLDOUT_MINIMUM, score.line("tuning") + "; not expected: " + score.wrong);
    }

    @Test
    void nothingInsideQuotationMarksIsReportedAboveInfo() {
        int quoted = 0;
        for (Marked document : all()) {
            for (Finding f : findings(document)) {
                int paragraphStart = document.text().lastIndexOf("\n\n", f.offset()) + 1;
                int paragraphEnd = document.text().indexOf("\n\n", f.offset());
                Quotations quotations = Quotations.in(
                        document.text(),
                        paragraphStart,
                        paragraphEnd < 0 ? document.text().length() : paragraphEnd);
                if (quotations.covers(f.offset(), f.offset() + f.length())) {
                    quoted++;
                    assertEquals(Severity.INFO, f.severity(), document.name() + ": quoted \"" + f.text() + "\"");
                    assertTrue(f.mention(), document.name() + ": quoted \"" + f.text() + "\" is a mention");
                }
            }
        }
        assertTrue(quoted >= 2, "the sets hold quoted mentions to check, found " + quoted);
    }

    @Test
    void strengthsBasedDocumentsGiveNoFindingAtAll() {
        int letters = 0;
        for (Marked document : all()) {
            if (document.name().startsWith("strengths-based")) {
                letters++;
                assertTrue(document.spans().isEmpty(), document.name() + " must not mark anything");
                assertEquals(
                        List.of(),
                        findings(document).stream()
                                .map(f -> f.rule() + " \"" + f.text() + "\"")
                                .toList(),
                        document.name());
            }
        }
        assertTrue(letters >= 2, "each set has a strengths-based document");
    }

    @Test
    void everySetHasEachKindOfDocument() {
        for (List<Marked> set : List.of(tuning, holdout)) {
            assertTrue(set.stream().anyMatch(d -> d.name().endsWith(".md")), "a Markdown document");
            assertTrue(set.stream().anyMatch(d -> d.name().endsWith(".txt")), "a plain text document");
            assertFalse(set.stream().allMatch(d -> d.spans().isEmpty()), "marked documents");
        }
    }

    private static List<Marked> all() {
        List<Marked> all = new ArrayList<>(tuning);
        all.addAll(holdout);
        return all;
    }
}
