package org.strengthslint.match;

/**
 * {@code nominal: true}: flag only when the adjective is used as a noun for people: after a
 * determiner or a possessive, with perhaps other adjectives between ("the single homeless",
 * "Britain's homeless", "the long-term and needy homeless").
 */
final class NominalCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when it is used as a noun for people";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().nominal(c.lead(), c.to(), c.first(), c.last()));
    }
}
