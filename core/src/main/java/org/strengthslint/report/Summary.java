package org.strengthslint.report;

import java.util.EnumMap;
import java.util.Map;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;

/** Totals over all checked files. */
public record Summary(
        int files,
        int unreadable,
        long words,
        Map<Severity, Integer> findings,
        int suppressed,
        int baselined,
        int staleBaseline) {

    public static Summary of(Report report) {
        int unreadable = 0;
        int suppressed = 0;
        long words = 0;
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (CheckResult result : report.results()) {
            if (!result.readable()) {
                unreadable++;
            }
            words += result.words();
            suppressed += result.suppressed();
            for (Finding finding : result.findings()) {
                counts.merge(finding.severity(), 1, Integer::sum);
            }
        }
        return new Summary(
                report.results().size(),
                unreadable,
                words,
                Map.copyOf(counts),
                suppressed,
                report.baselined(),
                report.staleBaseline());
    }

    public int count(Severity severity) {
        return findings.getOrDefault(severity, 0);
    }

    public int total() {
        return findings.values().stream().mapToInt(Integer::intValue).sum();
    }
}
