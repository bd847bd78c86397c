package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.api.Finding;

/**
 * Realistic sentences from letters, case notes and policies, each with the exact sentence a
 * careful writer would accept once every safe edit the check offers is made
 * ({@code suggestions/golden.tsv}); a sentence where no edit is safe (a mention, a possessive, a
 * word inside a longer noun phrase) is expected back unchanged. Every difference is printed.
 */
class GoldenSuggestionsTest {
    private static final Linter LINTER = StrictProfile.linter();

    @Test
    void everySentenceIsRewrittenExactlyAsExpected() throws IOException {
        List<String[]> cases = read();
        List<String> differences = new ArrayList<>();
        Set<String> categories = new TreeSet<>();
        for (String[] c : cases) {
            List<Finding> findings = LINTER.check(c[0], "golden.txt").findings();
            findings.forEach(f -> categories.add(f.category()));
            StringBuilder rewritten = new StringBuilder(c[0]);
            findings.stream()
                    .filter(Finding::hasEdit)
                    .map(Finding::edit)
                    .sorted(Comparator.comparingInt(e -> -e.offset()))
                    .forEach(e -> rewritten.replace(e.offset(), e.end(), e.replacement()));
            if (!rewritten.toString().equals(c[1])) {
                differences.add("  sentence: " + c[0] + "\n  expected: " + c[1] + "\n  actual:   " + rewritten);
            }
        }
        differences.forEach(System.out::println);
        assertTrue(cases.size() >= 100, "at least 100 sentences, not " + cases.size());
        assertEquals(
                new TreeSet<>(LINTER.lexicon().categories().keySet()),
                categories,
                "the golden sentences cover every category of the lexicon");
        assertEquals(0, differences.size(), differences.size() + " of " + cases.size() + " sentences differ");
    }

    private static List<String[]> read() throws IOException {
        try (InputStream in = GoldenSuggestionsTest.class.getResourceAsStream("/suggestions/golden.tsv")) {
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 2) {
                    throw new IllegalStateException("golden.tsv: not sentence<TAB>rewrite: " + line);
                }
                cases.add(parts);
            }
            return cases;
        }
    }
}
