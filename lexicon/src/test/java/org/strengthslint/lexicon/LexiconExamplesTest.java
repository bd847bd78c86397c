package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.strengthslint.Linter;
import org.strengthslint.testing.LintAssertions;
import org.strengthslint.testing.MarkedText;

/**
 * Runs every example of every bundled entry through the engine with the whole lexicon loaded,
 * the way LanguageTool tests its rules: a flagged example must give exactly the bracketed spans,
 * applying any suggestion must leave no finding from the same entry, and a clean example must
 * give none.
 */
class LexiconExamplesTest {
    private static final Linter LINTER = Linter.builder().build();

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
}
