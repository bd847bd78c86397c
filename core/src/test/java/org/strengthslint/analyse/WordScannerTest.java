package org.strengthslint.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordScannerTest {
    private static List<String> forms(String text) {
        return WordScanner.scan(text, 0, text.length()).stream()
                .map(Token::form)
                .toList();
    }

    @Test
    void lowerCasesAndUnifiesApostrophes() {
        assertEquals(List.of("the", "person's", "rough", "sleepers"), forms("The person\u2019s ROUGH sleepers."));
    }

    @Test
    void britishAndAmericanSpellingsAreVariantsOfEachOther() {
        assertEquals(java.util.Set.of("behaviour", "behavior"), Spelling.variants("behavior"));
        assertEquals(java.util.Set.of("behavioural", "behavioral"), Spelling.variants("behavioural"));
        assertEquals(java.util.Set.of("stigmatised", "stigmatized"), Spelling.variants("stigmatized"));
        assertEquals(java.util.Set.of("programme", "program"), Spelling.variants("programme"));
        assertEquals(java.util.Set.of("utilisers", "utilizers"), Spelling.variants("utilizers"));
        assertEquals(java.util.Set.of("size"), Spelling.variants("size"));
    }

    @Test
    void marksHyphenJoinedWords() {
        List<Token> tokens = WordScanner.scan("anti-social - ok", 0, 16);
        assertEquals(new Token(0, 4, "anti", false, true), tokens.get(0));
        assertEquals(new Token(5, 11, "social", true, false), tokens.get(1));
        assertEquals(new Token(14, 16, "ok", false, false), tokens.get(2));
    }

    @Test
    void quotesAroundWordsAreNotPartOfThem() {
        assertEquals(List.of("hard", "to", "reach"), forms("'hard to reach'"));
    }

    @Test
    void aStandaloneAmpersandIsTheWordAndButNotInsideAWord() {
        assertEquals(List.of("clean", "and", "sober"), forms("clean & sober"));
        assertEquals(List.of("insight", "and", "is"), forms("insight &is"));
        assertEquals(
                new Token(6, 7, "and", false, false),
                WordScanner.scan("clean & sober", 0, 13).get(1));
        assertEquals(List.of("a", "e", "and", "b", "b"), forms("A&E & B&B"));
        assertEquals(2, countUnless("clean & sober", "chaotic"), "the sign is not counted as a word");
        assertEquals(-1, countUnless("clean & sober", "and"));
        // a hyphen after the sign joins no word to it: "junkies" is a word of its own
        assertEquals(
                new Token(10, 17, "junkies", false, false),
                WordScanner.scan("addicts &-junkies", 0, 17).get(2));
        assertEquals(2, countUnless("addicts &-junkies", "chaotic"));
    }

    private static int countUnless(String text, String... forms) {
        return WordScanner.countWordsUnless(text, 0, text.length(), FormHashes.of(List.of(forms)));
    }

    @Test
    void countsWordsLikeTheScannerWhenNoFormIsWanted() {
        String text = "An anti-social, well-run hostel's rota & 3 shifts.";
        long scanned = WordScanner.scan(text, 0, text.length()).stream()
                .filter(WordScanner::countsAsWord)
                .count();
        assertEquals(scanned, countUnless(text, "chaotic"));
        assertEquals(7, countUnless(text, "chaotic"));
    }

    @Test
    void stopsAtAWantedFormWhateverItsCaseOrApostrophe() {
        assertEquals(-1, countUnless("Very CHAOTIC at times", "chaotic"));
        assertEquals(-1, countUnless("the client\u2019s file", "client's"));
        assertEquals(-1, countUnless("an anti\u00ADsocial act", "antisocial"));
    }

    @Test
    void wordsBeyondAsciiAlwaysGoToTheFullScan() {
        assertEquals(-1, countUnless("caf\u00e9 opening hours", "chaotic"));
    }
}
