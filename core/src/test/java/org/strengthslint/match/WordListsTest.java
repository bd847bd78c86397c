package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.data.InvalidDataException;

class WordListsTest {
    private final WordLists words = WordLists.bundled();

    @Test
    void aListIsOneWordOrPhraseALineWithComments() {
        assertEquals(List.of("team", "the word"), WordLists.parse("# heads\nteam\n\n  The word  \n", "x.txt"));
    }

    @Test
    void aBadLineIsNamedWithItsFileAndLine() {
        assertEquals(
                "words/x.txt:3: 'team!' may only hold letters, digits, apostrophes and hyphens ('team!')",
                assertThrows(InvalidDataException.class, () -> WordLists.parse("# c\nok\nteam!\n", "words/x.txt"))
                        .getMessage());
        assertEquals(
                "words/x.txt:1: '=team' may not hold '=' (word lists match forms as written)",
                assertThrows(InvalidDataException.class, () -> WordLists.parse("=team\n", "words/x.txt"))
                        .getMessage());
    }

    @Test
    void peopleComeFromTheHandListAndFromWordNetInEveryNumberAndSpelling() {
        assertTrue(words.isPersonNoun("families"));
        assertTrue(words.isPersonNoun("pensioners")); // WordNet
        assertTrue(words.isPersonNoun("neighbors"));
        assertTrue(words.isPersonNoun("children"));
        assertFalse(words.isPersonNoun("inequality"));
        assertFalse(words.isPersonNoun("have"), "a verb far more often than a person");
        assertFalse(words.isPersonNoun("landlord"), "listed in not-person-nouns.txt");
    }

    @Test
    void illnessesAndDisordersComeFromWordNetAndAShortListInBothNumbers() {
        assertTrue(words.isConditionNoun("psychosis"));
        assertTrue(words.isConditionNoun("disorders"));
        assertFalse(words.isConditionNoun("injuries"), "harm done, not a condition");
        assertTrue(
                words.isConditionNoun("stroke") && words.isConditionNoun("strokes"),
                "most often a movement in WordNet, listed by hand in condition-nouns.txt");
        assertFalse(words.isConditionNoun("breakdown"), "most often a failure of a thing");
        assertFalse(words.isConditionNoun("cold"), "left out by hand: the weather, here");
    }

    @Test
    void theOtherListsAreRead() {
        assertTrue(words.isNameHead("trust") && words.isNameHead("services"));
        assertTrue(words.canBeVerb("deserve") && !words.canBeVerb("sector"));
        assertTrue(words.isPrefix("ex") && !words.isPrefix("non"));
        assertTrue(words.isBehaviourNoun("behaviour") && words.isTitle("mr") && words.isPronoun("they"));
        assertTrue(words.isNameLink("by")
                && words.isNotAName("may")
                && words.isLinkingVerb("seemed")
                && words.isSpeaker("i'm"));
    }
}
