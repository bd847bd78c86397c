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

    /**
     * One of the phrases follows token {@code at}: straight after it, or as the head of the noun
     * phrase that starts there ("aggressive or violent behaviour", "keep the appointment").
     */
    protected final boolean phraseFollows(Candidate c, int at) {
        return c.context().followedBy(trie, at, c.last()) || phraseHeads(c, at);
    }

    /** One of the phrases is the head of the noun phrase that starts at token {@code at}. */
    protected final boolean phraseHeads(Candidate c, int at) {
        // the head needs part-of-speech tags, the costliest thing to ask for: only when one of
        // the phrases is there at all, a few words on
        int after = Math.min(c.last(), at + HEAD_REACH);
        return trie.anyWithin(c.tokens(), at, after) && c.context().headFollowedBy(trie, at, c.last());
    }

    /** How far after the match a head noun is looked for. */
    private static final int HEAD_REACH = 12;
}
