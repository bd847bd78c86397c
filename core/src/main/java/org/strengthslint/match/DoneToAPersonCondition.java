package org.strengthslint.match;

/**
 * {@code doneToAPerson: true}: for a verb whose label falls on the one it is done to ("banned
 * him", "will evict you"): when the verb is active and a noun phrase follows it, that phrase must
 * name a person; "would not ban the practice", "banned charitable groups from feeding people" and
 * "excluded service charges" are done to something else. In the passive, or with no noun phrase
 * after the verb ("banned from the centre"), the other conditions decide.
 */
final class DoneToAPersonCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when what it is done to is a person (\"banned him\", not \"banned the practice\")";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().doneToAPerson(c.from(), c.to(), c.first(), c.last()));
    }
}
