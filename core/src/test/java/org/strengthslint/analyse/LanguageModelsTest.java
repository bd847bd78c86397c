package org.strengthslint.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** What the engine asks of the models. That the answers are OpenNLP's is proven in analyse.opennlp's tests. */
class LanguageModelsTest {
    private static final LanguageModels MODELS = new LanguageModels();

    private static String[] tokens(String text) {
        return Span.spansToStrings(MODELS.tokens(text), text);
    }

    @Test
    void wordsOfLettersAndDigitsStayWhole() {
        assertArrayEquals(
                new String[] {"Room", "12", "residents", "arrived", "at", "9am"},
                tokens("Room 12 residents arrived at 9am"));
    }

    @Test
    void wordsWithPunctuationAreStillSplitByTheModel() {
        assertArrayEquals(
                new String[] {"He", "doesn't", "engage", ",", "staff", "said", "."},
                tokens("He doesn't engage, staff said."));
    }

    @Test
    void tagsAreUniversalDependenciesTags() {
        assertArrayEquals(
                new String[] {"PRON", "AUX", "ADV", "ADJ", "PUNCT"},
                MODELS.tags(new String[] {"She", "is", "very", "chaotic", "."}));
    }

    @Test
    void sentencesAreFoundWithTheirOffsets() {
        assertArrayEquals(
                new Span[] {new Span(0, 21), new Span(22, 39)},
                MODELS.sentences("He was hard to reach. She engaged well."));
    }
}
