package org.strengthslint.match;

/**
 * {@code notInACompound: true}: flag only when no noun stands straight before the term, so that
 * it is not the last word of a compound ("most users", "users so desperate"; not "service users",
 * "app users" or "wheelchair users", where the noun before says what is used).
 */
final class NotInACompoundCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when no noun stands straight before it";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().nounBefore(c.lead(), c.first()));
    }
}
