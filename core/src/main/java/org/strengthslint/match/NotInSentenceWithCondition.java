package org.strengthslint.match;

import java.util.List;

/** {@code notInSentenceWith: [window]}: fine when the sentence also holds one of the phrases (the innocent sense). */
final class NotInSentenceWithCondition implements ContextCondition {
    private final PhraseTrie<Boolean> trie;
    /** The phrases as written, for the description, which only explaining asks for. */
    private final List<String> phrases;

    NotInSentenceWithCondition(List<String> phrases) {
        this.trie = PhraseTrie.of(phrases);
        this.phrases = List.copyOf(phrases);
    }

    @Override
    public String description() {
        return "not in a sentence with " + Phrases.quoted(phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!trie.anyWithin(c.tokens(), c.first(), c.last()));
    }
}
