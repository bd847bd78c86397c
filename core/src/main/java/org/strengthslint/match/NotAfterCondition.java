package org.strengthslint.match;

import java.util.List;

/** {@code notAfter: [metal]}: fine when one of the phrases directly precedes the match. */
final class NotAfterCondition implements ContextCondition {
    private final PhraseTrie<Boolean> trie;
    private final String description;

    NotAfterCondition(List<String> phrases) {
        this.trie = PhraseTrie.of(phrases);
        this.description = "not after " + Phrases.quoted(phrases);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().precededBy(trie, c.lead(), c.first()));
    }
}
