package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strengthslint.api.CheckResult;
import org.strengthslint.testing.TestLinters;

/**
 * In Word and OpenDocument files a comment saying "strengths-lint-disable [RULE...]" switches
 * those rules off for its paragraph, as a suppression comment does in text and Markdown.
 * (suppressed.odt and .docx are made from source/suppressed.fodt by source/make.sh.)
 */
class CommentSuppressionTest {
    @ParameterizedTest
    @ValueSource(strings = {"suppressed.odt", "suppressed.docx"})
    void aDirectiveCommentSwitchesRulesOffForItsParagraph(String file) {
        CheckResult result = TestLinters.withTestLexicon().check(Path.of("src/test/resources/documents", file), file);
        assertEquals(
                List.of("1 entrenched: entrenched", "2 complex-needs: complex needs"),
                result.findings().stream()
                        .map(f -> f.line() + " " + f.rule() + ": " + f.text())
                        .toList(),
                "paragraph 1 switches complex-needs off only; paragraph 3 switches every rule off");
        assertEquals(2, result.suppressed());
    }
}
