package org.strengthslint.match;

/**
 * {@code notPassive: true}: not flagged in the passive, after a form of "be" or "get" with at most
 * adverbs and "not" between ("she was refused a place", "many were simply refused access"): the
 * person is on the receiving end of the verb. The progressive is the person's own act and stays
 * ("he is refusing his tablets"). When the subject is what was offered ("medication was
 * refused", "the support offered was refused"), the person it was offered to refused it, and the
 * term is still flagged.
 */
final class NotPassiveCondition implements ContextCondition {
    @Override
    public String description() {
        return "not in the passive (\"was refused\"), while \"is refusing\" is still flagged";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().passive(c.from(), c.first())
                || c.context().passiveOfAnOffer(c.from(), c.to(), c.first(), c.last()));
    }
}
