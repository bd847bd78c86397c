package org.strengthslint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;

/**
 * Makes each engine test one input and one expected result:
 * {@code lint.assertFlags("He is an [entrenched rough sleeper].")} fails unless the findings are
 * exactly the bracketed spans, and {@code lint.assertClean("Entrenched inequality keeps rents high.")}
 * fails on any finding. Failure messages show the expected and actual text with brackets.
 */
public final class LintAssertions {
    private final Linter linter;
    private final String name;
    private final Predicate<Finding> filter;

    private LintAssertions(Linter linter, String name, Predicate<Finding> filter) {
        this.linter = linter;
        this.name = name;
        this.filter = filter;
    }

    public static LintAssertions using(Linter linter) {
        return new LintAssertions(linter, "example.txt", f -> true);
    }

    /** Only findings of one rule count (the others are ignored). */
    public LintAssertions onlyRule(String id) {
        return new LintAssertions(linter, name, filter.and(f -> f.rule().equals(id)));
    }

    /** Check the text as a Markdown document rather than plain text. */
    public LintAssertions asMarkdown() {
        return new LintAssertions(linter, "example.md", filter);
    }

    /** The findings of {@code text} that this helper counts. */
    public List<Finding> findings(String text) {
        CheckResult result = linter.check(text, name);
        return result.findings().stream().filter(filter).toList();
    }

    /** Asserts that the findings are exactly the bracketed spans, and returns them in order. */
    public List<Finding> assertFlags(String marked) {
        MarkedText expected = MarkedText.parse(marked);
        List<Finding> findings = findings(expected.text());
        List<int[]> actual = new ArrayList<>();
        for (Finding finding : findings) {
            actual.add(new int[] {finding.offset(), finding.offset() + finding.length()});
        }
        assertEquals(
                marked,
                MarkedText.mark(expected.text(), actual),
                () -> "findings differ from the marked spans: " + describe(findings));
        return findings;
    }

    /** Asserts exactly one finding at the bracketed span, and returns it. */
    public Finding assertFlagsOne(String marked) {
        List<Finding> findings = assertFlags(marked);
        assertEquals(1, findings.size(), "expected exactly one finding");
        return findings.get(0);
    }

    /** Asserts exactly one finding at the bracketed span, at {@code severity}, and returns it. */
    public Finding assertFlagsOneAt(Severity severity, String marked) {
        Finding finding = assertFlagsOne(marked);
        assertEquals(severity, finding.severity(), () -> "severity of " + finding.text());
        return finding;
    }

    public void assertClean(String text) {
        List<Finding> findings = findings(text);
        assertEquals(
                text,
                MarkedText.mark(
                        text,
                        findings.stream()
                                .map(f -> new int[] {f.offset(), f.offset() + f.length()})
                                .toList()),
                () -> "expected no findings, got: " + describe(findings));
    }

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append("\n  ")
                    .append(f.rule())
                    .append(" '")
                    .append(f.text())
                    .append("' at ")
                    .append(f.offset())
                    .append(" (")
                    .append(f.severity().label())
                    .append(f.mention() ? ", mention" : "")
                    .append(')');
        }
        return out.length() == 0 ? "none" : out.toString();
    }
}
