package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.strengthslint.api.CheckResult;
import org.strengthslint.testing.LintAssertions;
import org.strengthslint.testing.TestLinters;

class InlineSuppressionsTest {
    private final LintAssertions text = LintAssertions.using(TestLinters.withTestLexicon());
    private final LintAssertions markdown = text.asMarkdown();

    @Test
    void disableAndEnableAroundAPassage() {
        String doc = "He has complex needs.\n<!-- strengths-lint-disable -->\nShe has complex needs.\n"
                + "<!-- strengths-lint-enable -->\nThey have [complex needs].";
        markdown.assertFlags("He has [complex needs].\n<!-- strengths-lint-disable -->\nShe has complex needs.\n"
                + "<!-- strengths-lint-enable -->\nThey have [complex needs].");
        text.assertFlags(doc.replaceFirst("complex needs", "[complex needs]"));
    }

    @Test
    void disableNamedRulesOnly() {
        text.assertFlags("<!-- strengths-lint-disable complex-needs -->\nHe has complex needs and is [entrenched].");
        text.assertFlags("<!-- strengths-lint-disable complex-needs entrenched -->\n"
                + "He has complex needs and is entrenched.\n<!-- strengths-lint-enable entrenched -->\n"
                + "She is [entrenched] and has complex needs.");
    }

    @Test
    void disableNextLine() {
        markdown.assertFlags(
                "<!-- strengths-lint-disable-next-line -->\nHe has complex needs.\nShe has [complex needs].");
        markdown.assertFlags(
                "<!-- strengths-lint-disable-next-line entrenched -->\n" + "He has [complex needs] and is entrenched.");
    }

    @Test
    void theCommentsThemselvesAreNeverChecked() {
        text.assertClean("<!-- strengths-lint-disable-next-line complex-needs -->\nA calm day.");
    }

    @Test
    void suppressedFindingsAreCounted() {
        CheckResult result = TestLinters.withTestLexicon()
                .check("<!-- strengths-lint-disable -->\nHe has complex needs. She is entrenched.\n", "letter.md");
        assertEquals(0, result.findings().size());
        assertEquals(2, result.suppressed());
    }
}
