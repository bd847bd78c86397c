package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.WordScanner;
import org.strengthslint.lexicon.PatternSyntax;

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
        assertEquals(
                List.of(new PhraseTrie.Hit<>(2, 3, "complex"), new PhraseTrie.Hit<>(2, 4, "complex-needs")),
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

    /**
     * The forms of one position share a node; when another phrase goes on from a shared node it
     * is copied first, so the phrases do not gain each other's words ("refuses help" is neither).
     */
    @Test
    void sharedNodesNeverGiveAPhraseAnotherPhrasesContinuation() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add("refuse support", "support");
        trie.add("=refused help", "help");
        trie.add("refuse support now", "now");
        assertEquals(List.of(new PhraseTrie.Hit<>(0, 2, "help")), trie.startingAt(tokens("refused help"), 0));
        assertEquals(List.of(), trie.startingAt(tokens("refuses help"), 0));
        assertEquals(
                List.of(new PhraseTrie.Hit<>(0, 2, "support"), new PhraseTrie.Hit<>(0, 3, "now")),
                trie.startingAt(tokens("refusing support now"), 0));
        assertEquals(List.of(new PhraseTrie.Hit<>(0, 2, "help")), trie.startingAt(tokens("refused help now"), 0));
    }

    /** Ten inflectable words used to be expanded into every combination of their forms (minutes). */
    @Test
    void aLongPatternOfInflectableWordsIsAddedAtOnce() {
        String phrase = String.join(" ", java.util.Collections.nCopies(PatternSyntax.MAX_WORDS, "word"));
        PhraseTrie<Boolean> trie =
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
                    PhraseTrie<Boolean> built = new PhraseTrie<>();
                    built.add(phrase, true);
                    return built;
                });
        List<Token> tokens = tokens("words worded wording word words worded wording word words worded wording word's");
        assertEquals(List.of(new PhraseTrie.Hit<>(0, PatternSyntax.MAX_WORDS, true)), trie.startingAt(tokens, 0));
    }
}
