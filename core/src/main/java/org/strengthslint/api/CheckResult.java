package org.strengthslint.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking one document: its findings, or the reason it could not be read.
 *
 * @param path     the path as the user gave it (or the name given for standard input)
 * @param format   the document format, such as {@code markdown} or {@code text}
 * @param words    how many words were checked
 * @param error    a readable reason when the document could not be read, otherwise null
 * @param findings the findings in document order
 * @param suppressed how many findings suppression comments in the document switched off
 * @param rejected where a pattern matched but its context ruled it out, with the reason; kept only
 *                 when the linter was built to explain itself ({@link Linter.Builder#explainContext()})
 */
public record CheckResult(
        String path,
        String format,
        int words,
        String error,
        List<Finding> findings,
        int suppressed,
        List<Rejection> rejected) {

    public CheckResult {
        findings = List.copyOf(findings);
        rejected = List.copyOf(rejected);
    }

    public CheckResult(String path, String format, int words, String error, List<Finding> findings, int suppressed) {
        this(path, format, words, error, findings, suppressed, List.of());
    }

    public CheckResult(String path, String format, int words, String error, List<Finding> findings) {
        this(path, format, words, error, findings, 0);
    }

    public static CheckResult unreadable(String path, String format, String reason) {
        return new CheckResult(path, format, 0, reason, List.of(), 0);
    }

    /** The same result with other findings (for example after a baseline is applied). */
    public CheckResult withFindings(List<Finding> newFindings) {
        return new CheckResult(path, format, words, error, newFindings, suppressed, rejected);
    }

    public boolean readable() {
        return error == null;
    }

    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        return counts;
    }
}
