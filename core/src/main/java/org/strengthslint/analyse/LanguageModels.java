package org.strengthslint.analyse;

import opennlp.tools.util.Span;
import org.strengthslint.analyse.opennlp.OpenNlpTools;

/**
 * The OpenNLP English models (Universal Dependencies, from Maven Central), each loaded the first
 * time it is needed and then shared by every thread. A document with no candidate term never
 * loads them at all. Which code runs them is {@link OpenNlpTools}'s: this package's packed
 * reading by default, OpenNLP's own tools with the system property
 * {@code strengthslint.opennlp=stock} (the same answers, more slowly; docs/library.md).
 */
public final class LanguageModels {
    private final OpenNlpTools tools;

    /**
     * The implementation the system property {@value OpenNlpTools#PROPERTY} names (by default the packed one).
     *
     * @throws IllegalArgumentException when the property names no implementation
     */
    public LanguageModels() {
        this(OpenNlpTools.named(System.getProperty(OpenNlpTools.PROPERTY)));
    }

    /** Models run by Apache OpenNLP's own tools rather than the faster code with the same answers. */
    public static LanguageModels stock() {
        return new LanguageModels(OpenNlpTools.stock());
    }

    public LanguageModels(OpenNlpTools tools) {
        this.tools = tools;
    }

    /**
     * Starts loading all three models on a background thread, so that a caller who knows it will
     * check documents (the command line) overlaps the loading with its other start-up work.
     * Callers that need a model before it is ready simply wait for it.
     */
    public void preloadInBackground() {
        Thread loader = new Thread(
                () -> {
                    sentences("Start.");
                    tags(Span.spansToStrings(tokens("Start."), "Start."));
                },
                "strengths-lint-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Sentence spans within {@code text}. */
    public Span[] sentences(String text) {
        return tools.sentences(text);
    }

    /** Token spans within one sentence: OpenNLP's tokenization. */
    public Span[] tokens(String sentence) {
        return tools.tokens(sentence);
    }

    /** Universal Dependencies part-of-speech tags for the tokens of one sentence. */
    public String[] tags(String[] tokens) {
        return tools.tags(tokens);
    }
}
