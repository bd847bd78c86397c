package org.strengthslint.analyse;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Sentences and part-of-speech tags for one block of text, computed only when a candidate term
 * asks for them: sentence detection once per block, tagging once per sentence.
 */
public final class BlockAnalysis {
    private final LanguageModels models;
    private final String checkable;
    private final int blockStart;
    private final int blockEnd;
    private final List<Token> tokens;
    private int[] sentenceStarts;
    private int[] sentenceEnds;
    private String[] tags;
    private boolean[] taggedSentences;

    public BlockAnalysis(LanguageModels models, String checkable, int blockStart, int blockEnd, List<Token> tokens) {
        this.models = models;
        this.checkable = checkable;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.tokens = tokens;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The sentence (index) holding the character at {@code offset}. */
    public int sentenceAt(int offset) {
        detectSentences();
        int index = Arrays.binarySearch(sentenceStarts, offset);
        return Math.max(0, index >= 0 ? index : -index - 2);
    }

    public int sentenceStart(int sentence) {
        detectSentences();
        return sentenceStarts[sentence];
    }

    public int sentenceEnd(int sentence) {
        detectSentences();
        return sentenceEnds[sentence];
    }

    /** Index of the first token of the sentence, and one past its last. */
    public int firstToken(int sentence) {
        return tokenAtOrAfter(sentenceStart(sentence));
    }

    public int endToken(int sentence) {
        return tokenAtOrAfter(sentenceEnd(sentence));
    }

    /** The text of a sentence with runs of white space collapsed. */
    public String sentenceText(int sentence) {
        return checkable.substring(sentenceStart(sentence), sentenceEnd(sentence)).strip().replaceAll("\\s+", " ");
    }

    /** The Universal Dependencies tag of a token (tagging its sentence on first use). */
    public String tag(int token) {
        if (tags == null) {
            tags = new String[tokens.size()];
            detectSentences();
            taggedSentences = new boolean[sentenceStarts.length];
        }
        int sentence = sentenceAt(tokens.get(token).start());
        if (!taggedSentences[sentence]) {
            tagSentence(sentence);
            taggedSentences[sentence] = true;
        }
        return tags[token] == null ? "X" : tags[token];
    }

    private void tagSentence(int sentence) {
        int start = sentenceStart(sentence);
        String text = checkable.substring(start, sentenceEnd(sentence));
        Span[] spans = models.tokens(text);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] sentenceTags = models.tags(words);
        int[] spanStarts = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            spanStarts[i] = spans[i].getStart();
        }
        for (int t = firstToken(sentence); t < endToken(sentence); t++) {
            int offset = tokens.get(t).start() - start;
            int index = Arrays.binarySearch(spanStarts, offset);
            index = index >= 0 ? index : -index - 2;
            if (index >= 0 && index < sentenceTags.length && offset < spans[index].getEnd()) {
                tags[t] = sentenceTags[index];
            }
        }
    }

    private int tokenAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void detectSentences() {
        if (sentenceStarts != null) {
            return;
        }
        Span[] spans = models.sentences(checkable.substring(blockStart, blockEnd));
        if (spans.length == 0) {
            sentenceStarts = new int[] {blockStart};
            sentenceEnds = new int[] {blockEnd};
            return;
        }
        sentenceStarts = new int[spans.length];
        sentenceEnds = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            // Sentences cover the whole block, so every offset falls in one.
            sentenceStarts[i] = i == 0 ? blockStart : blockStart + spans[i].getStart();
            sentenceEnds[i] = i == spans.length - 1 ? blockEnd : blockStart + spans[i + 1].getStart();
        }
    }
}
