package org.strengthslint.match;

import org.strengthslint.Severity;
import org.strengthslint.lexicon.LexiconEntry;

/** A lexicon entry with its exception phrases compiled, and its severity after configuration. */
record CompiledEntry(LexiconEntry entry, Severity severity, int order, PhraseTrie<Boolean> notBefore,
        PhraseTrie<Boolean> notAfter, PhraseTrie<Boolean> notInSentenceWith, PhraseTrie<Boolean> onlyAbout) {

    static CompiledEntry compile(LexiconEntry entry, Severity severity, int order) {
        return new CompiledEntry(entry, severity, order, trie(entry.notBefore()), trie(entry.notAfter()),
                trie(entry.notInSentenceWith()), trie(entry.onlyAbout()));
    }

    private static PhraseTrie<Boolean> trie(java.util.List<String> phrases) {
        PhraseTrie<Boolean> trie = new PhraseTrie<>();
        for (String phrase : phrases) {
            trie.add(phrase, Boolean.TRUE);
        }
        return trie;
    }
}
