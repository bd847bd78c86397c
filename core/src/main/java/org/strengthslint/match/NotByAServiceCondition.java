package org.strengthslint.match;

/**
 * {@code notByAService: true}: not flagged when the one who does it acts for a service or an
 * institution ("the doctors refused his request", "managers had refused refuge space", "the
 * council refused"): the verb then reports a decision made about someone, not a label for them.
 * The subject is the head noun straight before the verb, as for {@link ReportsSpeechCondition},
 * and the roles are listed in {@code words/service-roles.txt}.
 */
final class NotByAServiceCondition implements ContextCondition {
    @Override
    public String description() {
        return "not when someone acting for a service or an institution does it (a doctor, staff, the council)";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().doneByAServiceRole(c.from(), c.first()));
    }
}
