package org.strengthslint.report;

import java.util.List;
import org.strengthslint.CheckResult;
import org.strengthslint.lexicon.Lexicon;

/**
 * Everything one run reports: the results in input order, the lexicon they were checked with
 * (for rule descriptions), and what a baseline took out.
 *
 * @param baselined      findings left out because the baseline already holds them
 * @param staleBaseline  baseline entries for the checked files that no longer match anything
 */
public record Report(List<CheckResult> results, Lexicon lexicon, int baselined, int staleBaseline) {

    public Report {
        results = List.copyOf(results);
    }

    public Report(List<CheckResult> results, Lexicon lexicon) {
        this(results, lexicon, 0, 0);
    }

    public Summary summary() {
        return Summary.of(this);
    }
}
