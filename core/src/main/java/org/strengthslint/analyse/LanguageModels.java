package org.strengthslint.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * The OpenNLP English models (Universal Dependencies, from Maven Central), each loaded the first
 * time it is needed and then shared by every thread. A document with no candidate term never
 * loads them at all.
 */
public final class LanguageModels {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final Lazy<ThreadSafeSentenceDetectorME> sentenceDetector = new Lazy<>(LanguageModels::sentenceDetector);
    private final Lazy<ThreadSafeTokenizerME> tokenizer = new Lazy<>(LanguageModels::tokenizer);
    private final Lazy<GreedyTagger> tagger = new Lazy<>(LanguageModels::tagger);

    /*
     * Each model file is read directly (ModelFile) and its tool built from the settings in its
     * manifest, as OpenNLP's own loader would build it; LanguageModelsTest compares the results
     * with OpenNLP's loader on the same text.
     */

    private static ThreadSafeSentenceDetectorME sentenceDetector() {
        ModelFile file = ModelFile.load(SENTENCE_MODEL);
        SentenceDetectorFactory factory = new SentenceDetectorFactory(file.language(),
                Boolean.parseBoolean(file.setting("useTokenEnd")), null, file.setting("eosCharacters").toCharArray());
        return new ThreadSafeSentenceDetectorME(new SentenceModel(file.language(), file.maxentModel("sent.model"),
                new HashMap<>(), factory));
    }

    /**
     * The tokenizer as shipped asks its model about every character of every word. A word of
     * letters and digits alone is not split in English text, so it is kept whole without asking
     * (OpenNLP's own alphanumeric option, which the model file leaves off); words with apostrophes
     * or punctuation still go to the model ("engage," is still "engage" and ",").
     */
    private static ThreadSafeTokenizerME tokenizer() {
        ModelFile file = ModelFile.load(TOKEN_MODEL);
        TokenizerFactory factory = new TokenizerFactory(file.language(), null, true,
                Pattern.compile(file.setting("alphaNumericPattern")));
        return new ThreadSafeTokenizerME(new TokenizerModel(file.maxentModel("token.model"), new HashMap<>(), factory));
    }

    /**
     * The tagger as shipped keeps the best three tag sequences at each word. The context rules
     * read single tags near a term, and on every lexicon example and both evaluation sets the
     * best sequence alone gives exactly the same findings. With the tokenizer change above, the
     * time spent on each candidate's neighbourhood is about halved (bench/README.md). With
     * one sequence kept, the search itself can go too (GreedyTagger).
     */
    private static GreedyTagger tagger() {
        ModelFile file = ModelFile.load(POS_MODEL);
        byte[] features = file.entry("generator.featuregen");
        POSTaggerFactory factory = new POSTaggerFactory(features, new HashMap<>(), null);
        PackedMaxentModel model = file.maxentModel("pos.model");
        return new GreedyTagger(new POSModel(file.language(), model, 1, new HashMap<>(), factory), model, features);
    }

    /**
     * Starts loading all three models on a background thread, so that a caller who knows it will
     * check documents (the command line) overlaps the loading with its other start-up work.
     * Callers that need a model before it is ready simply wait for it.
     */
    public void preloadInBackground() {
        Thread loader = new Thread(() -> {
            sentences("Start.");
            tags(Span.spansToStrings(tokens("Start."), "Start."));
        }, "strengths-lint-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Sentence spans within {@code text}. */
    public Span[] sentences(String text) {
        return sentenceDetector.get().sentPosDetect(text);
    }

    /**
     * Token spans within one sentence: OpenNLP's tokenization, word by word. OpenNLP splits text
     * at white space and then decides each word's splits from that word alone, asking its model
     * about every character of a word with punctuation in it ("needs," "person's"). The same
     * words recur all through a folder, so each word's splits are remembered (up to
     * {@link #REMEMBERED_WORDS} words) and the model is asked once per word, not once per use.
     */
    public Span[] tokens(String sentence) {
        List<Span> spans = new ArrayList<>();
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            int start = word.getStart();
            if (word.length() == 1) {
                spans.add(word); // OpenNLP never splits a single character
                continue;
            }
            int from = start;
            for (int split : splitsOf(sentence.substring(start, word.getEnd()))) {
                spans.add(new Span(from, start + split));
                from = start + split;
            }
            spans.add(new Span(from, word.getEnd()));
        }
        return spans.toArray(new Span[0]);
    }

    /** Words whose splits are remembered; past this many, further words are split every time. */
    private static final int REMEMBERED_WORDS = 50_000;
    private static final int[] UNSPLIT = new int[0];
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();

    /** Where OpenNLP splits one word (no white space in it): the offsets inside it where a token ends. */
    private int[] splitsOf(String word) {
        int[] known = splits.get(word);
        if (known != null) {
            return known;
        }
        Span[] parts = tokenizer.get().tokenizePos(word);
        int[] found = parts.length <= 1 ? UNSPLIT : new int[parts.length - 1];
        for (int i = 0; i < found.length; i++) {
            found[i] = parts[i].getEnd();
        }
        if (splits.size() < REMEMBERED_WORDS) {
            splits.put(word, found);
        }
        return found;
    }

    /** Universal Dependencies part-of-speech tags for the tokens of one sentence. */
    public String[] tags(String[] tokens) {
        return tagger.get().tag(tokens);
    }

    /** A value made the first time it is asked for, once, whichever thread asks. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> factory;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    if (value == null) {
                        value = factory.get();
                    }
                    current = value;
                }
            }
            return current;
        }
    }
}
