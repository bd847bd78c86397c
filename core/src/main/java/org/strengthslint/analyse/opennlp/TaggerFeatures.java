package org.strengthslint.analyse.opennlp;

import java.util.Arrays;
import java.util.zip.CRC32;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the part-of-speech model is asked about for each word of one window, made as the
 * model's own feature generator configuration ({@code generator.featuregen} in the model file)
 * makes them, in the same order: "def"; the word's last and first one to four characters; the
 * word and the two words either side, lower-cased; whether a word up to two before it starts the
 * window; the word's shape ("lc", "ic", "2d", ...) alone and with the word; the tag before it and
 * the two tags before it. OpenNLP builds these through a chain of general generators that
 * lower-cases each word again for every position that sees it, through a stream of code points;
 * here each word is lower-cased once, with OpenNLP's own function, as is its shape. Used only for
 * the configuration it was written for ({@link #describes}); TaggerFeaturesTest compares every
 * context with OpenNLP's on the examples. Not thread-safe: one per window.
 */
final class TaggerFeatures {
    /** The size and CRC-32 of the feature generator configuration these features follow. */
    private static final int CONFIGURATION_LENGTH = 1930;

    private static final long CONFIGURATION_CRC = 0x1fc62c7eL;
    private static final int AFFIX_LENGTH = 4;
    private static final int WINDOW = 2;
    /** "def", the affixes, the words in the window, the sentence start, the shape twice, two tags. */
    private static final int MOST_FEATURES = 1 + 2 * AFFIX_LENGTH + 1 + 2 * WINDOW + 1 + 2 + 2;

    private final String[] words;
    private final String[] lowerCase;

    TaggerFeatures(String[] words) {
        this.words = words;
        this.lowerCase = new String[words.length];
    }

    /** Whether a model's feature generator configuration is the one these features follow. */
    static boolean describes(byte[] configuration) {
        CRC32 crc = new CRC32();
        crc.update(configuration);
        return configuration.length == CONFIGURATION_LENGTH && crc.getValue() == CONFIGURATION_CRC;
    }

    /** The features for the word at {@code index}, given the tags of the words before it. */
    String[] context(int index, String[] tags) {
        String word = words[index];
        int affixes = Math.min(AFFIX_LENGTH, word.length());
        String[] context = new String[MOST_FEATURES];
        int at = 0;
        context[at++] = "def";
        for (int length = 1; length <= affixes; length++) {
            context[at++] = "suf=" + word.substring(word.length() - length);
        }
        for (int length = 1; length <= affixes; length++) {
            context[at++] = "pre=" + word.substring(0, length);
        }
        context[at++] = "w=" + lowerCase(index);
        for (int distance = 1; distance <= WINDOW && index - distance >= 0; distance++) {
            context[at++] = "p" + distance + "w=" + lowerCase(index - distance);
        }
        for (int distance = 1; distance <= WINDOW && index + distance < words.length; distance++) {
            context[at++] = "n" + distance + "w=" + lowerCase(index + distance);
        }
        if (index <= WINDOW) {
            context[at++] = index == 0 ? "S=begin" : "p" + index + "S=begin";
        }
        String shape = FeatureGeneratorUtil.tokenFeature(word);
        context[at++] = "wc=" + shape;
        context[at++] = "w&c=" + lowerCase(index) + "," + shape;
        if (index >= 1 && tags[index - 1] != null) {
            context[at++] = "t=" + tags[index - 1];
        }
        if (index >= 2 && tags[index - 2] != null) {
            context[at++] = "t2=" + tags[index - 2] + "," + tags[index - 1];
        }
        return at == context.length ? context : Arrays.copyOf(context, at);
    }

    private String lowerCase(int index) {
        String lower = lowerCase[index];
        if (lower == null) {
            lower = StringUtil.toLowerCase(words[index]);
            lowerCase[index] = lower;
        }
        return lower;
    }
}
