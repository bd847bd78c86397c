package org.strengthslint.report;

import java.util.List;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.FailOn;
import org.strengthslint.testing.TestLinters;

/** Small reports for the writer tests, checked with the engine's test lexicon. */
final class ReportFixtures {
    private ReportFixtures() {}

    /** The letter's two warnings, checked with --fail-on error: they are recorded without failing. */
    static Report letterAndUnreadable() {
        return letterAndUnreadable(FailOn.ERROR);
    }

    static Report letterAndUnreadable(FailOn failOn) {
        CheckResult letter = TestLinters.withTestLexicon()
                .check(
                        "Dear Sam,\nYou have complex needs, \"Sam\" <script>alert(1)</script>.\nYou are entrenched.\n",
                        "letters/warning one.txt");
        CheckResult missing = CheckResult.unreadable("letters/missing.txt", "text", "no such file");
        return new Report(List.of(letter, missing), TestLinters.testLexicon(), 0, 0, failOn);
    }

    /** The SARIF 2.1.0 schema, copied into the test resources (see schemas/README.md there). */
    static java.io.InputStream sarifSchema() {
        return ReportFixtures.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json");
    }
}
