package org.strengthslint.match;

/** {@code standalone: true}: flag only when the term stands alone as a noun ("help the homeless", not "the homeless shelter"). */
final class StandaloneCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when it stands alone as a noun";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().standalone(c.lead(), c.to(), c.first(), c.last()));
    }
}
