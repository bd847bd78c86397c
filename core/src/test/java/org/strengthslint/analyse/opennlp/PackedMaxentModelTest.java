package org.strengthslint.analyse.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** The packed model must give exactly OpenNLP's probabilities: the tags, and so the findings, depend on them. */
class PackedMaxentModelTest {
    private static final String POS_MODEL = ModelNames.bundled().pos();
    private static final String SENTENCE_MODEL = ModelNames.bundled().sentence();
    private static final String TOKEN_MODEL = ModelNames.bundled().tokens();
    private static final String TEXT =
            "Mr Green is a 54-year-old entrenched rough sleeper with complex needs who has been "
                    + "hard to engage. Staff at the hostel described him as chaotic and non-compliant, but he attends the "
                    + "drop-in every Tuesday, volunteers in the kitchen and wants his own flat. The council's decision, under "
                    + "section 184 of the Housing Act 1996, was that he is intentionally homeless. She said: \"I'm not a "
                    + "service user, I'm a person\". 3.4 Residents who refuse support may be evicted; café staff won't say "
                    + "why—or when.";

    private static POSModel posModel() throws IOException {
        try (InputStream in = resource(POS_MODEL)) {
            return new POSModel(in);
        }
    }

    private static InputStream resource(String name) {
        return PackedMaxentModelTest.class.getClassLoader().getResourceAsStream(name);
    }

    /**
     * Each feature on its own: every weight of the model is used once, in OpenNLP's order. The
     * packed model is read from the file directly; the original is OpenNLP's own reading of it.
     */
    private static void assertSameForEveryFeature(MaxentModel original, String file, String entry) throws IOException {
        MaxentModel packed = PackedMaxentModel.read(ModelFile.load(file).entry(entry));
        for (String feature : featureNames(original)) {
            assertBitsEqual(original.eval(new String[] {feature}), packed.eval(new String[] {feature}), feature);
        }
        assertBitsEqual(
                original.eval(new String[] {"no such feature", ""}),
                packed.eval(new String[] {"no such feature", ""}),
                "unknown features");
        assertEquals(original.getNumOutcomes(), packed.getNumOutcomes());
        for (int o = 0; o < original.getNumOutcomes(); o++) {
            assertEquals(original.getOutcome(o), packed.getOutcome(o));
            assertEquals(o, packed.getIndex(original.getOutcome(o)));
        }
        assertEquals(-1, packed.getIndex("no such outcome"));
    }

    private static void assertBitsEqual(double[] expected, double[] actual, String context) {
        assertEquals(expected.length, actual.length, context);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(
                    Double.doubleToLongBits(expected[i]),
                    Double.doubleToLongBits(actual[i]),
                    () -> context + ": " + java.util.Arrays.toString(expected) + " but "
                            + java.util.Arrays.toString(actual));
        }
    }

    /**
     * The greedy tagger's shortcut: the outcome read from the sums must be the one with the
     * highest probability, strictly, or the model must say it cannot tell.
     */
    @Test
    void theClearlyBestOutcomeIsTheMostProbableOne() throws IOException {
        PackedMaxentModel packed =
                PackedMaxentModel.read(ModelFile.load(POS_MODEL).entry("pos.model"));
        double[] sums = new double[packed.getNumOutcomes()];
        int decided = 0;
        int features = 0;
        for (String feature : featureNames(posModel().getArtifact("pos.model"))) {
            String[] context = {feature, "t=NOUN", "w=support"};
            int best = packed.clearlyBest(context, sums);
            double[] probabilities = packed.eval(context);
            features++;
            if (best >= 0) {
                decided++;
                for (int o = 0; o < probabilities.length; o++) {
                    if (o != best && !(probabilities[best] > probabilities[o])) {
                        throw new AssertionError(feature + ": outcome " + best + " is not ahead of " + o);
                    }
                }
            }
        }
        assertTrue(decided > features * 99L / 100, decided + " of " + features + " decided");
        // no known feature: every outcome has the same sum, so none is clearly best
        assertEquals(-1, packed.clearlyBest(new String[] {"no such feature"}, sums));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String> featureNames(MaxentModel model) {
        return ((Map<String, ?>) ((opennlp.tools.ml.model.AbstractModel) model).getDataStructures()[1]).keySet();
    }

    @Test
    void everyWeightOfThePartOfSpeechModelGivesTheSameProbabilities() throws IOException {
        assertSameForEveryFeature(posModel().getArtifact("pos.model"), POS_MODEL, "pos.model");
    }

    @Test
    void everyWeightOfTheSentenceModelGivesTheSameProbabilities() throws IOException {
        try (InputStream in = resource(SENTENCE_MODEL)) {
            assertSameForEveryFeature(new SentenceModel(in).getMaxentModel(), SENTENCE_MODEL, "sent.model");
        }
    }

    @Test
    void everyWeightOfTheTokenModelGivesTheSameProbabilities() throws IOException {
        try (InputStream in = resource(TOKEN_MODEL)) {
            assertSameForEveryFeature(new TokenizerModel(in).getMaxentModel(), TOKEN_MODEL, "token.model");
        }
    }

    @Test
    void aFileThatIsNotAGisModelIsRejected() {
        IOException e = assertThrows(
                IOException.class, () -> PackedMaxentModel.read(new byte[] {0, 4, 'Q', 'N', '-', '1', 0, 0, 0, 0}));
        assertEquals("a QN-1 model, not a GIS model", e.getMessage());
    }

    @Test
    void aModelCutShortIsRejected() {
        byte[] whole = ModelFile.load(SENTENCE_MODEL).entry("sent.model");
        for (int length : new int[] {0, 1, 3, 40, 1_000, 3_000, whole.length / 2, whole.length - 1}) {
            IOException e = assertThrows(
                    IOException.class,
                    () -> PackedMaxentModel.read(java.util.Arrays.copyOf(whole, length)),
                    () -> length + " bytes");
            assertEquals("the model ends too soon", e.getMessage(), () -> length + " bytes");
        }
    }

    @Test
    void wholeContextsOfRealTextGiveTheSameProbabilitiesAndBestOutcomes() throws IOException {
        POSModel model = posModel();
        MaxentModel original = model.getArtifact("pos.model");
        MaxentModel packed = PackedMaxentModel.read(ModelFile.load(POS_MODEL).entry("pos.model"));
        String[] words = SimpleTokenizer.INSTANCE.tokenize(TEXT);
        String[] tags = new POSTaggerME(model).tag(words);
        POSContextGenerator contexts = model.getFactory().getPOSContextGenerator();
        for (int i = 0; i < words.length; i++) {
            String[] context = contexts.getContext(i, words, tags, null);
            double[] expected = original.eval(context);
            assertBitsEqual(expected, packed.eval(context, new double[packed.getNumOutcomes()]), words[i]);
            assertEquals(original.getBestOutcome(expected), packed.getBestOutcome(expected), words[i]);
        }
    }
}
