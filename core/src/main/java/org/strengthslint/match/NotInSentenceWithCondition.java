package org.strengthslint.match;

import java.util.List;

/** {@code notInSentenceWith: [window]}: fine when the sentence also holds one of the phrases (the innocent sense). */
final class NotInSentenceWithCondition extends PhraseCondition {
    NotInSentenceWithCondition(List<String> phrases) {
        super("not in a sentence with", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!trie.anyWithin(c.tokens(), c.first(), c.last()));
    }
}
