package org.strengthslint.analyse.opennlp;

import java.util.Arrays;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger with a beam of one, without the beam search. With one sequence
 * kept, OpenNLP's {@code BeamSearch} takes the most probable tag at each word in turn, but on the
 * way it turns every score into a probability (38 exponentials a word), sorts all 38 to find the
 * best, and builds a candidate sequence object for it: a third of the tagging time. Here the
 * best tag is read from the model's sums directly ({@link PackedMaxentModel#clearlyBest}), for
 * the features OpenNLP's own generator would make (made by {@link TaggerFeatures} when the model's
 * configuration is the one it follows, by OpenNLP's generator otherwise), with OpenNLP's sequence
 * validator. Where the answer could differ (two tags too close to call before rounding, a tag the
 * validator refuses, a window too long to score) the window goes to OpenNLP's tagger instead, so
 * the tags are always OpenNLP's (LanguageModelsTest). Thread-safe: each thread that needs OpenNLP's
 * generator has its own, as it caches features per sentence.
 */
final class GreedyTagger {
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];
    /**
     * OpenNLP drops a sequence whose summed log probability falls to -100,000; the best tag of a
     * word has a probability of at least one in 38 (a log of at least -3.7), so only a window of
     * more than 27,000 words could reach that.
     */
    private static final int LONGEST_SCORED_WINDOW = 20_000;

    private final POSModel posModel;
    private final PackedMaxentModel model;
    private final SequenceValidator<String> validator;
    /** Whether the model's features can be made by {@link TaggerFeatures}; if not, OpenNLP's generator makes them. */
    private final boolean knownFeatures;

    private final ThreadLocal<POSContextGenerator> contexts;

    /**
     * @param model         the {@code pos.model} of {@code posModel}, whose manifest asks for a beam of one
     * @param configuration the model's feature generator configuration ({@code generator.featuregen})
     */
    GreedyTagger(POSModel posModel, PackedMaxentModel model, byte[] configuration) {
        if (!"1".equals(posModel.getManifestProperty("BeamSize")) || posModel.getArtifact("pos.model") != model) {
            throw new IllegalArgumentException("a greedy tagger needs the model itself and a beam of one");
        }
        this.posModel = posModel;
        this.model = model;
        this.validator = posModel.getFactory().getSequenceValidator();
        this.knownFeatures = TaggerFeatures.describes(configuration);
        this.contexts = ThreadLocal.withInitial(() -> posModel.getFactory().getPOSContextGenerator(1));
    }

    String[] tag(String[] words) {
        if (words.length > LONGEST_SCORED_WINDOW) {
            return beamSearch(words);
        }
        TaggerFeatures features = knownFeatures ? new TaggerFeatures(words) : null;
        POSContextGenerator generator = knownFeatures ? null : contexts.get();
        double[] sums = new double[model.getNumOutcomes()];
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            // the tags so far, as OpenNLP's search passes them: an array as long as the words done
            String[] before = Arrays.copyOf(tags, i);
            String[] context = features != null
                    ? features.context(i, tags)
                    : generator.getContext(i, words, before, NO_ADDITIONAL_CONTEXT);
            int best = model.clearlyBest(context, sums);
            if (best < 0 || !validator.validSequence(i, words, before, model.getOutcome(best))) {
                return beamSearch(words);
            }
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }

    /** OpenNLP's own tagger, made for the rare window that needs it. */
    private String[] beamSearch(String[] words) {
        return new POSTaggerME(posModel, POSTagFormat.UD).tag(words);
    }
}
