package org.strengthslint.match;

import java.util.List;

/** {@code notAfter: [metal]}: fine when one of the phrases directly precedes the match. */
final class NotAfterCondition implements ContextCondition {
    private final List<String> phrases;
    private final PhraseTrie<Boolean> trie;

    NotAfterCondition(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.trie = PhraseTrie.of(phrases);
    }

    @Override
    public String description() {
        return "not after " + Phrases.quoted(phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().precededBy(trie, c.from(), c.first()));
    }
}
