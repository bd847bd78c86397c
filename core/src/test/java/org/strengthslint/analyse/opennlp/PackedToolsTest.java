package org.strengthslint.analyse.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The packed tools against OpenNLP's own, built here from the same model files by OpenNLP's loaders. */
class PackedToolsTest {
    private static final OpenNlpTools MODELS = OpenNlpTools.packed();
    private static final ModelNames NAMES = ModelNames.bundled();

    private static String[] tokens(String text) {
        return Span.spansToStrings(MODELS.tokens(text), text);
    }

    @Test
    void rememberedSplitsGiveOpenNlpsOwnTokenization() throws IOException {
        String text = "He doesn't engage,  staff said (twice):\u00a0\"hard-to-engage\"... person's\tneeds, needs, "
                + "needs.\nMr. Green's U.K. e-mail; a b.";
        TokenizerME original;
        try (InputStream in = model(NAMES.tokens())) {
            original = new TokenizerME(new TokenizerModel(in));
        }
        // twice: the second time every word's splits come from memory
        assertArrayEquals(original.tokenizePos(text), MODELS.tokens(text));
        assertArrayEquals(original.tokenizePos(text), MODELS.tokens(text));
    }

    static final String TEXT = "Mr Green is a 54-year-old entrenched rough sleeper with complex needs who has "
            + "been hard to engage. Staff at the hostel described him as chaotic and non-compliant, but he attends the "
            + "drop-in every Tuesday (10 a.m.), volunteers in the kitchen and wants his own flat! The council's "
            + "decision, under section 184 of the Housing Act 1996, was that he is intentionally homeless. She said: "
            + "\"I'm not a service user, I'm a person.\" 3.4 Residents who refuse support may be evicted; cafe staff "
            + "won't say why. Why not? Dr. Shah, of St. Mungo's, said so at 9.30 on 1 Feb.";

    private static InputStream model(String name) {
        return PackedToolsTest.class.getClassLoader().getResourceAsStream(name);
    }

    @Test
    void sentencesAreOpenNlpsOwnFromTheModelFileReadDirectly() throws IOException {
        try (InputStream in = model(NAMES.sentence())) {
            assertArrayEquals(
                    new SentenceDetectorME(new SentenceModel(in)).sentPosDetect(TEXT), MODELS.sentences(TEXT));
        }
    }

    @Test
    void tagsAreOpenNlpsOwnBestSequenceFromTheModelFileReadDirectly() throws IOException {
        POSModel loaded;
        try (InputStream in = model(NAMES.pos())) {
            loaded = new POSModel(in);
        }
        POSModel bestSequenceOnly = new POSModel(
                loaded.getLanguage(), loaded.getArtifact("pos.model"), 1, new HashMap<>(), loaded.getFactory());
        String[] words = tokens(TEXT);
        assertArrayEquals(new POSTaggerME(bestSequenceOnly, POSTagFormat.UD).tag(words), MODELS.tags(words));
    }

    /**
     * The tagger reads the best tag of each word from the model's sums instead of running
     * OpenNLP's beam search: the tags must still be OpenNLP's, for whole sentences and for the
     * windows of nine words that context rules ask about, on every example document.
     */
    @Test
    void tagsAreOpenNlpsOwnForEverySentenceAndWindowOfTheExamples() throws IOException {
        POSModel loaded;
        try (InputStream in = model(NAMES.pos())) {
            loaded = new POSModel(in);
        }
        POSTaggerME openNlp = new POSTaggerME(
                new POSModel(
                        loaded.getLanguage(), loaded.getArtifact("pos.model"), 1, new HashMap<>(), loaded.getFactory()),
                POSTagFormat.UD);
        int windows = 0;
        for (String[] words : ExampleSentences.words(MODELS)) {
            assertArrayEquals(openNlp.tag(words), MODELS.tags(words), () -> String.join(" ", words));
            for (String[] window : ExampleSentences.windows(words, 0, 1)) {
                assertArrayEquals(openNlp.tag(window), MODELS.tags(window), () -> String.join(" ", window));
                windows++;
            }
        }
        assertTrue(windows > 2_000, windows + " windows");
    }
}
