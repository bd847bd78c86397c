package org.strengthslint.match;

import java.util.List;

/** A condition over a list of phrases ({@code notBefore: [...]}), compiled once into a trie. */
abstract class PhraseCondition implements ContextCondition {
    protected final PhraseTrie<Boolean> trie;
    /** The phrases as written, for the description, which only explaining asks for. */
    private final List<String> phrases;

    private final String what;

    /** @param what how the description begins ("not before") */
    PhraseCondition(String what, List<String> phrases) {
        this.what = what;
        this.phrases = List.copyOf(phrases);
        this.trie = PhraseTrie.of(phrases);
    }

    @Override
    public final String description() {
        return what + " " + Phrases.quoted(phrases);
    }
}
