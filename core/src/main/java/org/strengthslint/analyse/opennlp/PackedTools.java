package org.strengthslint.analyse.opennlp;

import java.util.HashMap;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The models read by {@link ModelFile} and packed by {@link PackedMaxentModel}, each tool built
 * from the settings in its file's manifest as OpenNLP's own loader would build it, words split
 * once each ({@link WordSplits}) and tags chosen by {@link GreedyTagger}.
 */
final class PackedTools implements OpenNlpTools {
    private final Lazy<ThreadSafeSentenceDetectorME> sentenceDetector;
    private final Lazy<WordSplits> tokenizer;
    private final Lazy<GreedyTagger> tagger;

    PackedTools(ModelNames names) {
        sentenceDetector = new Lazy<>(() -> sentenceDetector(names.sentence()));
        tokenizer = new Lazy<>(() -> new WordSplits(tokenizer(names.tokens())));
        tagger = new Lazy<>(() -> tagger(names.pos()));
    }

    private static ThreadSafeSentenceDetectorME sentenceDetector(String name) {
        ModelFile file = ModelFile.load(name);
        SentenceDetectorFactory factory = new SentenceDetectorFactory(
                file.language(),
                Boolean.parseBoolean(file.setting("useTokenEnd")),
                null,
                file.setting("eosCharacters").toCharArray());
        return new ThreadSafeSentenceDetectorME(
                new SentenceModel(file.language(), file.maxentModel("sent.model"), new HashMap<>(), factory));
    }

    /**
     * The tokenizer as shipped asks its model about every character of every word. A word of
     * letters and digits alone is not split in English text, so it is kept whole without asking
     * (OpenNLP's own alphanumeric option, which the model file leaves off); words with apostrophes
     * or punctuation still go to the model ("engage," is still "engage" and ",").
     */
    private static ThreadSafeTokenizerME tokenizer(String name) {
        ModelFile file = ModelFile.load(name);
        TokenizerFactory factory =
                new TokenizerFactory(file.language(), null, true, Pattern.compile(file.setting("alphaNumericPattern")));
        return new ThreadSafeTokenizerME(new TokenizerModel(file.maxentModel("token.model"), new HashMap<>(), factory));
    }

    /**
     * The tagger as shipped keeps the best three tag sequences at each word. The context rules
     * read single tags near a term, and on every lexicon example and both evaluation sets the
     * best sequence alone gives exactly the same findings. With the tokenizer change above, the
     * time spent on each candidate's neighbourhood is about halved (bench/README.md). With
     * one sequence kept, the search itself can go too (GreedyTagger).
     */
    private static GreedyTagger tagger(String name) {
        ModelFile file = ModelFile.load(name);
        byte[] features = file.entry("generator.featuregen");
        POSTaggerFactory factory = new POSTaggerFactory(features, new HashMap<>(), null);
        PackedMaxentModel model = file.maxentModel("pos.model");
        return new GreedyTagger(new POSModel(file.language(), model, 1, new HashMap<>(), factory), model, features);
    }

    @Override
    public Span[] sentences(String text) {
        return sentenceDetector.get().sentPosDetect(text);
    }

    @Override
    public Span[] tokens(String sentence) {
        return tokenizer.get().tokenizePos(sentence);
    }

    @Override
    public String[] tags(String[] tokens) {
        return tagger.get().tag(tokens);
    }
}
