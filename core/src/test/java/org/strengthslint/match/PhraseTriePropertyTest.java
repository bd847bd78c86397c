package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.WordScanner;

/**
 * The trie shares nodes between the forms of a position and copies them before another phrase
 * goes on from them; this checks it against the plain definition: a phrase is found at tokens
 * [from, to) exactly when some spelling of it ({@link PatternSyntax#expand}) accepts each token
 * there. Phrases and text come from a small vocabulary so that they overlap a lot.
 */
class PhraseTriePropertyTest {
    private static final List<String> WORDS = List.of("refuse", "=refused", "support", "help", "engage", "well",
            "hard-to-reach", "the", "rough", "sleeper", "=sleeping");
    private static final List<String> TEXT_WORDS = List.of("refuse", "refused", "refuses", "refusing", "support",
            "supports", "help", "helped", "engage", "engaged", "well", "hard", "to", "reach", "hard-to-reach",
            "hardtoreach", "the", "rough", "sleeper", "sleepers", "sleeping", "sleeper's");

    @Provide
    Arbitrary<List<String>> phrases() {
        Arbitrary<String> phrase = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4)
                .map(words -> String.join(" ", words));
        return phrase.list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(TEXT_WORDS).list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
    }

    @Property(tries = 300)
    void findsExactlyWhatTheSpellingsOfEachPhraseAccept(@ForAll("phrases") List<String> phrases,
            @ForAll("texts") String text) {
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
            assertEquals(sorted(expected), sorted(actual), "phrases " + phrases + " in '" + text + "' from token " + from);
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
