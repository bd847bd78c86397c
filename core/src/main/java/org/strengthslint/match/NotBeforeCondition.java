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
        if (phraseFollows(c, c.to())) {
            return Verdict.FAIL;
        }
        // the subject, like the head, needs tags: only when one of the phrases is before the match
        int before = Math.max(c.first(), c.lead() - SUBJECT_REACH);
        return Verdict.of(
                !(trie.anyWithin(c.tokens(), before, c.lead()) && c.context().predicatedOf(trie, c.lead(), c.first())));
    }

    /** How far before the match a subject is looked for. */
    private static final int SUBJECT_REACH = 14;
}
