package org.strengthslint.match;

import java.util.List;

/**
 * {@code notBefore: [shelter]}: fine when one of the phrases follows the match, directly or as the
 * head of the noun phrase that follows ("aggressive or violent behaviour", "poor housing"), or as
 * the subject the match is said of ("the behaviour was aggressive").
 */
final class NotBeforeCondition implements ContextCondition {
    private final PhraseTrie<Boolean> trie;
    private final String description;

    NotBeforeCondition(List<String> phrases) {
        this.trie = PhraseTrie.of(phrases);
        this.description = "not before " + Phrases.quoted(phrases);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Verdict test(Candidate c) {
        Context context = c.context();
        return Verdict.of(!context.followedBy(trie, c.to(), c.last())
                && !context.headFollowedBy(trie, c.to(), c.last())
                && !context.predicatedOf(trie, c.lead(), c.first()));
    }
}
