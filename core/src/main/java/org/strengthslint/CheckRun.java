package org.strengthslint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.FailOn;
import org.strengthslint.config.Configuration;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.report.Baseline;
import org.strengthslint.report.Report;

/**
 * What every front end does around checking the documents, done once: the level that fails the
 * run, the baseline read before any document (so a bad one stops the run at once), written and
 * applied after, and the report with its verdict. The command line and the Maven plugin only map
 * their options to this and say the result in their own way.
 */
public final class CheckRun {
    private final FailOn failOn;
    private final Baseline known;
    private final Path writeBaseline;

    /**
     * @param failOn        the level asked for on the command line or in the build, or null for
     *                      the configuration's {@code failOn}, or else {@code warning}
     * @param main          the configuration of the run's first path
     * @param baseline      a baseline whose findings are not reported, or null; not read when a new
     *                      one is written (the new one replaces it)
     * @param writeBaseline where to record every finding as the new baseline, or null; a run that
     *                      writes one reports every finding and fails on none of them (its
     *                      reports' levels say so too)
     * @throws org.strengthslint.data.InvalidDataException when the baseline cannot be used
     */
    public CheckRun(FailOn failOn, Configuration main, Path baseline, Path writeBaseline) {
        this.failOn = failOn != null ? failOn : main.failOn() != null ? main.failOn() : FailOn.WARNING;
        this.known = baseline == null || writeBaseline != null ? null : Baseline.read(baseline);
        this.writeBaseline = writeBaseline;
    }

    /** The level that fails this run. */
    public FailOn failOn() {
        return failOn;
    }

    /**
     * The run's report and verdict from its results: the new baseline written, the known one
     * applied.
     *
     * @throws IOException when the new baseline cannot be written
     */
    public Outcome finish(List<CheckResult> results, Lexicon lexicon) throws IOException {
        int recorded = 0;
        if (writeBaseline != null) {
            Baseline.write(writeBaseline, results);
            recorded = results.stream().mapToInt(r -> r.findings().size()).sum();
        }
        List<CheckResult> reported = results;
        int baselined = 0;
        int stale = 0;
        if (known != null) {
            Baseline.Applied applied = known.apply(results);
            reported = applied.results();
            baselined = applied.matched();
            stale = applied.stale();
        }
        Report report = new Report(reported, lexicon, baselined, stale, writeBaseline != null ? FailOn.NEVER : failOn);
        long failing = writeBaseline != null
                ? 0
                : reported.stream()
                        .flatMap(r -> r.findings().stream())
                        .filter(f -> failOn.fails(f.severity()))
                        .count();
        int unreadable = (int) reported.stream().filter(r -> !r.readable()).count();
        return new Outcome(report, failing, unreadable, recorded);
    }

    /**
     * @param failing    findings at or above the fail level (none when a baseline was written)
     * @param unreadable documents that could not be read
     * @param recorded   findings written to the new baseline, or 0
     */
    public record Outcome(Report report, long failing, int unreadable, int recorded) {
        /** The exit code of the contract: 3 when a document could not be read, 1 on failing findings, else 0. */
        public int exitCode() {
            return unreadable > 0 ? 3 : failing > 0 ? 1 : 0;
        }
    }
}
