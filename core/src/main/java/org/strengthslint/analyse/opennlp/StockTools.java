package org.strengthslint.analyse.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP as it comes: each model loaded by OpenNLP's own loader and run by OpenNLP's
 * {@code SentenceDetectorME}, {@code TokenizerME} and {@code POSTaggerME} (in their thread-safe
 * wrappers, one tool a thread). Two settings are the packed path's, so that both give the same
 * answers and a benchmark of the two measures only this package's code: the tokenizer keeps words
 * of letters and digits whole without asking the model (OpenNLP's alphanumeric option, which does
 * not change its tokens), and the tagger keeps one sequence, not the three the model file asks for.
 */
final class StockTools implements OpenNlpTools {
    private final Lazy<ThreadSafeSentenceDetectorME> sentenceDetector;
    private final Lazy<ThreadSafeTokenizerME> tokenizer;
    private final Lazy<ThreadSafePOSTaggerME> tagger;

    StockTools(ModelNames names) {
        sentenceDetector = new Lazy<>(() -> {
            SentenceModel model = load(names.sentence(), SentenceModel::new);
            return new ThreadSafeSentenceDetectorME(model);
        });
        tokenizer = new Lazy<>(() -> tokenizer(load(names.tokens(), TokenizerModel::new)));
        tagger = new Lazy<>(() -> tagger(load(names.pos(), POSModel::new)));
    }

    private interface Loader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M load(String name, Loader<M> loader) {
        try (InputStream in = StockTools.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name + ": " + e.getMessage(), e);
        }
    }

    private static ThreadSafeTokenizerME tokenizer(TokenizerModel loaded) {
        TokenizerFactory shipped = loaded.getFactory();
        TokenizerFactory factory = new TokenizerFactory(
                shipped.getLanguageCode(), shipped.getAbbreviationDictionary(), true, shipped.getAlphaNumericPattern());
        return new ThreadSafeTokenizerME(new TokenizerModel(loaded.getMaxentModel(), new HashMap<>(), factory));
    }

    private static ThreadSafePOSTaggerME tagger(POSModel loaded) {
        POSModel bestSequenceOnly = new POSModel(
                loaded.getLanguage(), loaded.getArtifact("pos.model"), 1, new HashMap<>(), loaded.getFactory());
        return new ThreadSafePOSTaggerME(bestSequenceOnly, POSTagFormat.UD);
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
