package org.strengthslint.match;

import java.util.List;

/**
 * {@code notBefore: [shelter]}: fine when one of the phrases follows the match, directly or as the
 * head of the noun phrase that follows ("aggressive or violent behaviour", "poor housing"), or as
 * the subject the match is said of ("the behaviour was aggressive").
 */
final class NotBeforeCondition extends PhraseCondition {
    NotBeforeCondition(List<String> phrases) {
        super("not before", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        Context context = c.context();
        if (context.followedBy(trie, c.to(), c.last())) {
            return Verdict.FAIL;
        }
        // the head and the subject need part-of-speech tags, the costliest thing to ask for: only
        // when one of the phrases is there at all, a few words either side
        int after = Math.min(c.last(), c.to() + HEAD_REACH);
        if (trie.anyWithin(c.tokens(), c.to(), after) && context.headFollowedBy(trie, c.to(), c.last())) {
            return Verdict.FAIL;
        }
        int before = Math.max(c.first(), c.lead() - SUBJECT_REACH);
        return Verdict.of(
                !(trie.anyWithin(c.tokens(), before, c.lead()) && context.predicatedOf(trie, c.lead(), c.first())));
    }

    /** How far after the match a head noun is looked for, and before it a subject. */
    private static final int HEAD_REACH = 12;

    private static final int SUBJECT_REACH = 14;
}
