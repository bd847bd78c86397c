package org.strengthslint.match;

/**
 * {@code predicative: true}: flag only where the adjective is said of its subject after a form of
 * "be", "get", "stay", "remain" or "become", with only adverbs or "not" between ("until they are
 * clean", "wants to get clean", "has not been clean"); not before a noun ("clean needles") and not
 * after another verb ("keep the flat clean").
 */
final class PredicativeCondition implements ContextCondition {
    @Override
    public String description() {
        return "only after \"be\", \"get\", \"stay\", \"remain\" or \"become\"";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().afterACopula(c.lead(), c.first()));
    }
}
