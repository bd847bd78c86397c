package org.strengthslint.report;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The shared SARIF schema, found in the shared folder beside the repository. */
    static Path sarifSchema() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/schemas/sarif-schema-2.1.0.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/schemas/sarif-schema-2.1.0.json not found above " + Path.of("").toAbsolutePath());
    }
}
