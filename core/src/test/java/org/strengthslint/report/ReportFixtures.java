package org.strengthslint.report;

import java.util.List;
import org.strengthslint.CheckResult;
import org.strengthslint.testing.TestLinters;

/** Small reports for the writer tests, checked with the engine's test lexicon. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static Report letterAndUnreadable() {
        CheckResult letter = TestLinters.withTestLexicon().check(
                "Dear Sam,\nYou have complex needs, \"Sam\" <script>alert(1)</script>.\nYou are entrenched.\n",
                "letters/warning one.txt");
        CheckResult missing = CheckResult.unreadable("letters/missing.txt", "text", "no such file");
        return new Report(List.of(letter, missing), TestLinters.testLexicon());
    }

    /** The SARIF 2.1.0 schema, copied into the test resources (see schemas/README.md there). */
    static java.io.InputStream sarifSchema() {
        return ReportFixtures.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json");
    }
}
