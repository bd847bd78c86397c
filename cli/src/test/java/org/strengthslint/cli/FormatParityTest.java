package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;

/**
 * The same policy-length document, saved by LibreOffice in every word-processor format, as HTML
 * and as PDF, gives the same findings as its Markdown (see resources/policies/README.md). A PDF
 * has no paragraphs of its own, so this holds only if headings, list items and short lines
 * become blocks of their own there, and sentences broken by the reader are joined again.
 */
class FormatParityTest {
    private static final Path POLICIES = Path.of("src/test/resources/policies");
    private static final Linter LINTER = Linter.builder().build();
    /** A list's numbering is text in DOC and PDF ("1. treat staff"), and not in the others. */
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,3}[.)] ");

    private static List<String> findings(String name) {
        CheckResult result = LINTER.check(POLICIES.resolve(name));
        assertTrue(result.readable(), name + ": " + result.error());
        List<String> found = new ArrayList<>();
        for (Finding f : result.findings()) {
            // the text is the document's own: where a PDF line ends after a hyphen ("non-" then
            // "compliant" on the next line) it holds the line break, which is no other difference
            found.add(f.rule() + " " + f.severity().label() + " \""
                    + f.text().replaceAll("-\\s+", "-").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + "\" "
                    + f.message().replaceAll("\\s+", " ") + " | "
                    + NUMBERING.matcher(f.sentence()).replaceFirst(""));
        }
        found.sort(null);
        return found;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyFormatGivesTheFindingsOfTheMarkdown(int policy) {
        List<String> markdown = findings("policy-" + policy + ".md");
        assertTrue(markdown.size() >= 40, "a policy-length document with findings: " + markdown.size());
        for (String format : List.of("html", "docx", "doc", "odt", "rtf", "pdf")) {
            assertEquals(markdown, findings("policy-" + policy + "." + format), format);
        }
    }
}
