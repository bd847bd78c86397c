package org.strengthslint.analyse.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import org.junit.jupiter.api.Test;

/**
 * The tagger's features must be exactly OpenNLP's, in OpenNLP's order: the model adds their
 * weights in that order, and the tags (so the findings) follow from the sums.
 */
class TaggerFeaturesTest {
    private static final OpenNlpTools MODELS = OpenNlpTools.packed();
    private static final byte[] CONFIGURATION =
            ModelFile.load(ModelNames.bundled().pos()).entry("generator.featuregen");
    private static final POSContextGenerator OPENNLP =
            new POSTaggerFactory(CONFIGURATION, new HashMap<>(), null).getPOSContextGenerator(1);

    /** Each word's context against OpenNLP's generator, given the tags before it. */
    private static void assertSameContexts(String[] words) {
        String[] tags = MODELS.tags(words);
        TaggerFeatures features = new TaggerFeatures(words);
        String[] decided = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] before = Arrays.copyOf(tags, i);
            int index = i;
            assertArrayEquals(
                    OPENNLP.getContext(i, words, before, new Object[0]),
                    features.context(i, decided),
                    () -> "word " + index + " of " + String.join(" ", words));
            decided[i] = tags[i];
        }
    }

    @Test
    void theShippedModelsConfigurationIsTheOneFollowed() {
        assertTrue(TaggerFeatures.describes(CONFIGURATION));
        byte[] changed = CONFIGURATION.clone();
        changed[changed.length - 3] ^= 1;
        assertFalse(TaggerFeatures.describes(changed));
        assertFalse(TaggerFeatures.describes(Arrays.copyOf(CONFIGURATION, CONFIGURATION.length - 1)));
    }

    @Test
    void wordsOfEveryShape() {
        assertSameContexts(new String[] {"Staff", "at", "St.", "Mungo's", "said", "I", "was", "hard-to-engage", "."});
        assertSameContexts(new String[] {
            "In",
            "2026",
            ",",
            "12",
            "of",
            "1,000",
            "(",
            "3.4",
            "%",
            ")",
            "on",
            "10-12",
            "and",
            "1/2",
            "a",
            "B2",
            "OK",
            "U.K.",
            "x",
            "—",
            "café",
            "İstanbul",
            "ǅemal",
            "STRASSE",
            "ß",
            "!"
        });
        assertSameContexts(new String[] {"Hi"});
        assertSameContexts(new String[] {"Hi", "there"});
    }

    @Test
    void everySentenceAndWindowOfTheExamples() {
        for (String[] words : ExampleSentences.words(MODELS)) {
            assertSameContexts(words);
            for (String[] window : ExampleSentences.windows(words, 1, 3)) {
                assertSameContexts(window);
            }
        }
    }
}
