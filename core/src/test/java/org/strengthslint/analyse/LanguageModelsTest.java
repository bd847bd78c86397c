package org.strengthslint.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class LanguageModelsTest {
    private static final LanguageModels MODELS = new LanguageModels();

    private static String[] tokens(String text) {
        return Span.spansToStrings(MODELS.tokens(text), text);
    }

    @Test
    void wordsOfLettersAndDigitsStayWhole() {
        assertArrayEquals(new String[] {"Room", "12", "residents", "arrived", "at", "9am"},
                tokens("Room 12 residents arrived at 9am"));
    }

    @Test
    void wordsWithPunctuationAreStillSplitByTheModel() {
        assertArrayEquals(new String[] {"He", "doesn't", "engage", ",", "staff", "said", "."},
                tokens("He doesn't engage, staff said."));
    }

    @Test
    void rememberedSplitsGiveOpenNlpsOwnTokenization() throws java.io.IOException {
        String text = "He doesn't engage,  staff said (twice):\u00a0\"hard-to-engage\"... person's\tneeds, needs, "
                + "needs.\nMr. Green's U.K. e-mail; a b.";
        TokenizerME original;
        try (java.io.InputStream in = LanguageModelsTest.class.getClassLoader()
                .getResourceAsStream("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            original = new TokenizerME(new TokenizerModel(in));
        }
        // twice: the second time every word's splits come from memory
        assertArrayEquals(original.tokenizePos(text), MODELS.tokens(text));
        assertArrayEquals(original.tokenizePos(text), MODELS.tokens(text));
    }

    @Test
    void tagsAreUniversalDependenciesTags() {
        assertArrayEquals(new String[] {"PRON", "AUX", "ADV", "ADJ", "PUNCT"},
                MODELS.tags(new String[] {"She", "is", "very", "chaotic", "."}));
    }

    @Test
    void sentencesAreFoundWithTheirOffsets() {
        assertArrayEquals(new Span[] {new Span(0, 21), new Span(22, 39)},
                MODELS.sentences("He was hard to reach. She engaged well."));
    }
}
