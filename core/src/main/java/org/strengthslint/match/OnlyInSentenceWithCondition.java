package org.strengthslint.match;

import java.util.List;

/**
 * {@code onlyInSentenceWith: [pupils, class]}: flag only when the sentence also holds one of the
 * phrases (the setting where the word is a label: "low ability" of pupils, not of a lens).
 */
final class OnlyInSentenceWithCondition extends PhraseCondition {
    OnlyInSentenceWithCondition(List<String> phrases) {
        super("only in a sentence with", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(trie.anyWithin(c.tokens(), c.first(), c.last()));
    }
}
