package org.strengthslint.match;

/** {@code person: true}: flag only when the term describes a person ("she is chaotic", "a chaotic resident"). */
final class PersonCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when it describes a person";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().describesPerson(c.lead(), c.to(), c.first(), c.last()));
    }
}
