package org.strengthslint.analyse.opennlp;

import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English sentence detector, tokenizer and part-of-speech tagger, each loaded the first
 * time it is needed and then shared by every thread. Two implementations give the same answers
 * (OpenNlpParityTest): {@link #packed()}, this package's faster reading and running of the same
 * models, the default; and {@link #stock()}, OpenNLP's own loaders and tools, chosen with the
 * system property {@value #PROPERTY}{@code =stock}.
 */
public interface OpenNlpTools {
    /** The system property that chooses the implementation: {@code packed} (the default) or {@code stock}. */
    String PROPERTY = "strengthslint.opennlp";

    /** The default: the models read and run by this package (see the package description). */
    static OpenNlpTools packed() {
        return new PackedTools(ModelNames.bundled());
    }

    /** OpenNLP's own {@code SentenceDetectorME}, {@code TokenizerME} and {@code POSTaggerME} on the same models. */
    static OpenNlpTools stock() {
        return new StockTools(ModelNames.bundled());
    }

    /**
     * The implementation a value of {@value #PROPERTY} names; null (the property not set) is the default.
     *
     * @throws IllegalArgumentException for any other value, naming the property and the choices
     */
    static OpenNlpTools named(String value) {
        if (value == null) {
            return packed();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "packed" -> packed();
            case "stock" -> stock();
            default ->
                throw new IllegalArgumentException(
                        "the system property " + PROPERTY + " must be 'packed' or 'stock', not '" + value + "'");
        };
    }

    /** Sentence spans within {@code text}. */
    Span[] sentences(String text);

    /** Token spans within one sentence, as OpenNLP's tokenizer splits it. */
    Span[] tokens(String sentence);

    /** Universal Dependencies part-of-speech tags for the tokens of one sentence: OpenNLP's best sequence. */
    String[] tags(String[] tokens);
}
