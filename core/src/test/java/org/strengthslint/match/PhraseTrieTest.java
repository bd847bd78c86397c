package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.WordScanner;

class PhraseTrieTest {
    private static List<Token> tokens(String text) {
        return WordScanner.scan(text, 0, text.length());
    }

    @Test
    void findsEveryPhraseStartingAtAToken() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add("complex need", "complex-needs");
        trie.add("multiple and complex need", "multiple");
        trie.add("complex", "complex");
        List<Token> tokens = tokens("multiple and complex needs");
        assertEquals(List.of(new PhraseTrie.Hit<>(0, 4, "multiple")), trie.startingAt(tokens, 0));
        assertEquals(List.of(new PhraseTrie.Hit<>(2, 3, "complex"), new PhraseTrie.Hit<>(2, 4, "complex-needs")),
                trie.startingAt(tokens, 2));
        assertEquals(List.of(), trie.startingAt(tokens, 1));
    }

    @Test
    void answersWhereAPhraseEndsOrOccurs() {
        PhraseTrie<Boolean> trie = new PhraseTrie<>();
        trie.add("homeless shelter", true);
        List<Token> tokens = tokens("the homeless shelters on Station Road");
        assertTrue(trie.anyWithin(tokens, 0, tokens.size()));
        assertTrue(trie.anyEndingAt(tokens, 0, 3));
        assertFalse(trie.anyEndingAt(tokens, 0, 2));
        assertFalse(trie.anyWithin(tokens, 0, 2));
    }

    /** Every occurrence of a phrase holds one of its anchor forms, so text without any holds no phrase. */
    @Test
    void anchorsAreEachPhrasesLongestWordInEverySpelling() {
        PhraseTrie<Boolean> trie = new PhraseTrie<>();
        trie.add("the homeless", true);
        trie.add("hard-to-engage", true);
        java.util.Set<String> anchors = trie.anchorForms();
        assertTrue(anchors.contains("homeless"), anchors.toString());
        assertFalse(anchors.contains("the"), anchors.toString());
        assertTrue(anchors.contains("engage"), anchors.toString()); // "hard to engage", "hard-to-engage"
        assertTrue(anchors.contains("hardtoengage"), anchors.toString()); // the joined spelling
        for (String text : List.of("the homeless", "is hard-to-engage", "hard to engage", "hardtoengage")) {
            assertTrue(tokens(text).stream().anyMatch(t -> anchors.contains(t.form())), text);
        }
    }
}
