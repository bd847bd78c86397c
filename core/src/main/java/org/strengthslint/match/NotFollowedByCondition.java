package org.strengthslint.match;

import java.util.List;

/**
 * {@code notFollowedBy: [because, citing]}: fine when one of the phrases comes later in the same
 * sentence, anywhere after the match. Unlike {@code notBefore}, which looks at the words straight
 * after the match, this reads the rest of the sentence: "she refused the room because it had no
 * window" records a choice and its reason, while "because he refused the tests, the clinic
 * stopped his prescription" still reports a refusal with no reason of its own.
 */
final class NotFollowedByCondition extends PhraseCondition {
    NotFollowedByCondition(List<String> phrases) {
        super("not when the sentence goes on with", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!trie.anyWithin(c.tokens(), c.to(), c.last()));
    }
}
