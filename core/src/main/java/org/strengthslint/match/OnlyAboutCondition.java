package org.strengthslint.match;

import java.util.List;

/** {@code onlyAbout: [child, son]}: flag only when the person described is named by one of the words. */
final class OnlyAboutCondition implements ContextCondition {
    private final List<String> words;
    private final PhraseTrie<Boolean> trie;

    OnlyAboutCondition(List<String> words) {
        this.words = List.copyOf(words);
        this.trie = PhraseTrie.of(words);
    }

    @Override
    public String description() {
        return "only about " + Phrases.quoted(words);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().about(trie, c.from(), c.first()));
    }
}
