package org.strengthslint.analyse.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenization, word by word. OpenNLP splits text at white space and then decides each
 * word's splits from that word alone, asking its model about every character of a word with
 * punctuation in it ("needs," "person's"). The same words recur all through a folder, so each
 * word's splits are remembered (up to {@link #REMEMBERED_WORDS} words) and the model is asked
 * once per word, not once per use. Thread-safe.
 */
final class WordSplits {
    /** Words whose splits are remembered; past this many, further words are split every time. */
    private static final int REMEMBERED_WORDS = 50_000;

    private static final int[] UNSPLIT = new int[0];

    private final ThreadSafeTokenizerME tokenizer;
    private final Map<String, int[]> splits = new ConcurrentHashMap<>();

    WordSplits(ThreadSafeTokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Token spans within one sentence, as {@code TokenizerME.tokenizePos} gives them. */
    Span[] tokenizePos(String sentence) {
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

    /** Where OpenNLP splits one word (no white space in it): the offsets inside it where a token ends. */
    private int[] splitsOf(String word) {
        int[] known = splits.get(word);
        if (known != null) {
            return known;
        }
        Span[] parts = tokenizer.tokenizePos(word);
        int[] found = parts.length <= 1 ? UNSPLIT : new int[parts.length - 1];
        for (int i = 0; i < found.length; i++) {
            found[i] = parts[i].getEnd();
        }
        if (splits.size() < REMEMBERED_WORDS) {
            splits.put(word, found);
        }
        return found;
    }
}
