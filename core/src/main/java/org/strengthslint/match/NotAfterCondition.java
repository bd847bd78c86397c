package org.strengthslint.match;

import java.util.List;

/** {@code notAfter: [metal]}: fine when one of the phrases directly precedes the match. */
final class NotAfterCondition implements ContextCondition {
    private final PhraseTrie<Boolean> trie;
    /** The phrases as written, for the description, which only explaining asks for. */
    private final List<String> phrases;

    NotAfterCondition(List<String> phrases) {
        this.trie = PhraseTrie.of(phrases);
        this.phrases = List.copyOf(phrases);
    }

    @Override
    public String description() {
        return "not after " + Phrases.quoted(phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().precededBy(trie, c.lead(), c.first()));
    }
}
