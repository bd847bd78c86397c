package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.strengthslint.Linter;
import org.strengthslint.api.Finding;
import org.strengthslint.testing.LintAssertions;
import org.strengthslint.testing.MarkedText;

/**
 * Runs every example of every bundled entry through the engine with the whole lexicon loaded,
 * the way LanguageTool tests its rules: a flagged example must give exactly the bracketed spans,
 * applying any suggestion must leave no finding from the same entry, and a clean example must
 * give none. Each marked span must also be this entry's alone when the whole lexicon runs.
 */
class LexiconExamplesTest {
    /**
     * The strict profile reports every entry (the default profile leaves some notes out), so each
     * entry's examples are checked.
     */
    private static final Linter LINTER = StrictProfile.linter();

    @TestFactory
    Stream<DynamicNode> everyExampleBehavesAsMarked() {
        return LINTER.lexicon().entries().stream().map(entry -> {
            LintAssertions lint = LintAssertions.using(LINTER).onlyRule(entry.id());
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(dynamicTest("has at least two flagged and two clean examples", () -> {
                assertTrue(entry.flaggedExamples().size() >= 2, entry.id() + " needs two flagged examples");
                assertTrue(entry.cleanExamples().size() >= 2, entry.id() + " needs two clean examples");
            }));
            for (String example : entry.flaggedExamples()) {
                tests.add(dynamicTest("flags: " + example, () -> lint.assertFlags(example)));
                tests.add(dynamicTest(
                        "no other entry takes the span: " + example, () -> assertOwnsItsSpans(entry.id(), example)));
                for (String suggestion : entry.suggestions()) {
                    String fixed = MarkedText.parse(example).replaceSpans(suggestion);
                    tests.add(dynamicTest("suggestion leaves it clean: " + fixed, () -> lint.assertClean(fixed)));
                }
            }
            for (String example : entry.cleanExamples()) {
                tests.add(dynamicTest("clean: " + example, () -> lint.assertClean(example)));
            }
            return DynamicContainer.dynamicContainer(entry.id() + " (" + entry.origin() + ")", tests.stream());
        });
    }

    /**
     * With the whole lexicon and no rule filter, each marked span gives exactly one finding, at
     * exactly that span, from this entry: no other entry's longer or overlapping match takes it.
     */
    private static void assertOwnsItsSpans(String id, String example) {
        MarkedText marked = MarkedText.parse(example);
        List<Finding> findings = LINTER.check(marked.text(), "example.txt").findings();
        for (int[] span : marked.spans()) {
            List<Finding> overlapping = findings.stream()
                    .filter(f -> f.offset() < span[1] && span[0] < f.offset() + f.length())
                    .toList();
            String expected = id + " at [" + marked.text().substring(span[0], span[1]) + "]";
            List<String> actual = overlapping.stream()
                    .map(f -> f.rule() + " at [" + f.text() + "]")
                    .toList();
            assertEquals(List.of(expected), actual, "findings over the marked span of: " + example);
        }
    }
}
