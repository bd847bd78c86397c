package org.strengthslint.match;

import java.util.List;

/**
 * {@code onlyBefore: [appointment]}: flag only when one of the phrases follows the match, directly
 * or as the head of the noun phrase that follows ("failed to keep the appointment", "failed to
 * make her GP appointment"): a verb that is a label only with what it takes, where "failed to
 * keep up the payments" is not.
 */
final class OnlyBeforeCondition extends PhraseCondition {
    OnlyBeforeCondition(List<String> phrases) {
        super("only before", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        Context context = c.context();
        if (!trie.anyWithin(c.tokens(), c.to(), Math.min(c.last(), c.to() + HEAD_REACH))) {
            return Verdict.FAIL;
        }
        // past a possessive, which the phrase-head test may take for an object ("make her
        // appointment", "keep his GP appointment")
        int next = c.to();
        if (next < c.last() && POSSESSIVES.contains(c.tokens().get(next).form())) {
            next++;
        }
        return Verdict.of(context.followedBy(trie, next, c.last()) || context.headFollowedBy(trie, next, c.last()));
    }

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "their", "my", "your", "our");

    /** How far after the match a head noun is looked for. */
    private static final int HEAD_REACH = 8;
}
