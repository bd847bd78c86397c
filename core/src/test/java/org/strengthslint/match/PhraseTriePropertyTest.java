package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.WordScanner;
import org.strengthslint.lexicon.PatternSyntax;
import org.strengthslint.testing.Fuzz;

/**
 * The trie shares nodes between the forms of a position and copies them before another phrase
 * goes on from them; this checks it against the plain definition: a phrase is found at tokens
 * [from, to) exactly when some spelling of it ({@link PatternSyntax#expand}) accepts each token
 * there. Phrases and text come from a small vocabulary so that they overlap a lot; 300 seeded
 * tries, each of one to eight phrases of one to four words and a text of one to eight words.
 */
class PhraseTriePropertyTest {
    private static final long SEED = 20261204L;
    private static final List<String> WORDS = List.of(
            "refuse",
            "=refused",
            "support",
            "help",
            "engage",
            "well",
            "hard-to-reach",
            "the",
            "rough",
            "sleeper",
            "=sleeping");
    private static final List<String> TEXT_WORDS = List.of(
            "refuse",
            "refused",
            "refuses",
            "refusing",
            "support",
            "supports",
            "help",
            "helped",
            "engage",
            "engaged",
            "well",
            "hard",
            "to",
            "reach",
            "hard-to-reach",
            "hardtoreach",
            "the",
            "rough",
            "sleeper",
            "sleepers",
            "sleeping",
            "sleeper's");

    /** The phrases put in the trie, and the text looked through. */
    record Case(List<String> phrases, String text) {
        static Case random(SplittableRandom random) {
            List<String> phrases = Fuzz.listOf(random, 1, 8, Case::phrase);
            return new Case(phrases, words(random, TEXT_WORDS, 8));
        }

        private static String phrase(SplittableRandom random) {
            return words(random, WORDS, 4);
        }

        private static String words(SplittableRandom random, List<String> vocabulary, int most) {
            return String.join(" ", Fuzz.listOf(random, 1, most, r -> Fuzz.pick(r, vocabulary)));
        }

        @Override
        public String toString() {
            return "phrases " + phrases + " in '" + text + "'";
        }
    }

    @Test
    void findsExactlyWhatTheSpellingsOfEachPhraseAccept() {
        Fuzz.check(SEED, 300, Case::random, PhraseTriePropertyTest::hitsAreWhatTheSpellingsAccept);
    }

    private static void hitsAreWhatTheSpellingsAccept(Case example) {
        List<String> phrases = example.phrases();
        String text = example.text();
        PhraseTrie<Integer> trie = new PhraseTrie<>();
        for (int i = 0; i < phrases.size(); i++) {
            trie.add(phrases.get(i), i);
        }
        List<Token> tokens = WordScanner.scan(text, 0, text.length());
        for (int from = 0; from < tokens.size(); from++) {
            Set<String> expected = new LinkedHashSet<>();
            for (int i = 0; i < phrases.size(); i++) {
                for (List<Set<String>> spelling : PatternSyntax.expand(phrases.get(i))) {
                    if (accepts(spelling, tokens, from)) {
                        expected.add((from + spelling.size()) + ":" + i);
                    }
                }
            }
            Set<String> actual = new LinkedHashSet<>();
            for (PhraseTrie.Hit<Integer> hit : trie.startingAt(tokens, from)) {
                actual.add(hit.to() + ":" + hit.value());
            }
            assertEquals(
                    sorted(expected), sorted(actual), "phrases " + phrases + " in '" + text + "' from token " + from);
        }
    }

    private static boolean accepts(List<Set<String>> spelling, List<Token> tokens, int from) {
        if (from + spelling.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < spelling.size(); i++) {
            if (!spelling.get(i).contains(tokens.get(from + i).form())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sorted(Set<String> hits) {
        List<String> list = new ArrayList<>(hits);
        list.sort(null);
        return list;
    }
}
