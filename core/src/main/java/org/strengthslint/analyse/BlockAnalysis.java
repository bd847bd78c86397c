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

    /**
     * Words either side of a token that the tagger sees. The tagger reads two words either side
     * of each word and the two tags before it; six before and two after gave the same findings
     * as windows of twelve and four on every lexicon example, both evaluation sets and the
     * benchmark files, for half the tagging. A rule that reads further back asks for another
     * window.
     */
    private static final int TAG_WINDOW_BEFORE = 6;

    private static final int TAG_WINDOW_AFTER = 2;

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

    /** How many sentences the block holds. */
    public int sentenceCount() {
        detectSentences();
        return sentenceStarts.length;
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

    /** A sentence up to this many characters is carried whole by a finding. */
    public static final int WHOLE_SENTENCE = 500;
    /** Of a longer sentence, a finding carries this many characters either side of the match. */
    public static final int SENTENCE_REACH = 200;
    /** Marks where a sentence was cut. */
    public static final String CUT = "[\u2026]";

    /**
     * The sentence holding {@code [from, to)}, with runs of white space collapsed, as a finding
     * carries it: whole up to {@link #WHOLE_SENTENCE} characters; a longer one cut, at word ends,
     * to about {@link #SENTENCE_REACH} characters either side of the match, each cut marked
     * {@link #CUT}. A report repeats the sentence for every finding in it, so without the cut one
     * 20,000-character line holding a term 2,000 times would make a report of tens of megabytes.
     */
    public String sentenceAround(int from, int to) {
        return sentenceWith(from, to, null);
    }

    /**
     * The sentence holding {@code [from, to)} as {@link #sentenceAround} gives it, with those
     * characters replaced by {@code replacement} (kept as they are when it is null): the sentence
     * as it would read with an edit made.
     */
    public String sentenceWith(int from, int to, String replacement) {
        int sentence = sentenceAt(from);
        int start = sentenceStart(sentence);
        int end = sentenceEnd(sentence);
        if (end - start <= WHOLE_SENTENCE) {
            return Whitespace.quote(replaced(start, end, from, to, replacement).strip());
        }
        int left = Math.max(start, from - SENTENCE_REACH);
        for (int i = left; i > start && i < from; i++) {
            if (Character.isWhitespace(checkable.charAt(i - 1))) {
                left = i;
                break;
            }
        }
        int right = Math.min(end, Math.max(to, from) + SENTENCE_REACH);
        for (int i = right; i < end && i > to; i--) {
            if (Character.isWhitespace(checkable.charAt(i))) {
                right = i;
                break;
            }
        }
        StringBuilder excerpt = new StringBuilder(right - left + 8);
        if (!checkable.substring(start, left).isBlank()) {
            excerpt.append(CUT).append(' ');
        }
        excerpt.append(
                Whitespace.quote(replaced(left, right, from, to, replacement).strip()));
        if (!checkable.substring(right, end).isBlank()) {
            excerpt.append(' ').append(CUT);
        }
        return excerpt.toString();
    }

    /**
     * Where {@code [from, to)} starts in {@link #sentenceAround sentenceAround(from, to)}: an index
     * into that string, so a report marks this occurrence of the words and not an earlier one.
     */
    public int indexInSentence(int from, int to) {
        // the sentence with one character put before the words differs from it first there
        String plain = sentenceAround(from, to);
        String marked = sentenceWith(from, to, "\u0000" + checkable.substring(from, to));
        int i = 0;
        while (i < plain.length() && plain.charAt(i) == marked.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The text of {@code [start, end)} with {@code [from, to)} inside it replaced (when the replacement is not null). */
    private String replaced(int start, int end, int from, int to, String replacement) {
        if (replacement == null || from < start || to > end) {
            return checkable.substring(start, end);
        }
        return checkable.substring(start, from) + replacement + checkable.substring(to, end);
    }

    /** The text of a sentence with runs of white space collapsed. */
    public String sentenceText(int sentence) {
        return Whitespace.quote(checkable
                .substring(sentenceStart(sentence), sentenceEnd(sentence))
                .strip());
    }

    /**
     * The Universal Dependencies tag of a token. Tagging is the most expensive step, so it runs on
     * a window of words around the token (within its sentence) the first time a tag there is asked
     * for, not on every sentence: context rules look only a few words either side.
     */
    public String tag(int token) {
        if (tags == null) {
            tags = new String[tokens.size()];
        }
        if (tags[token] == null) {
            String known = FunctionWords.tag(tokens.get(token).form());
            if (known != null) {
                return known;
            }
            tagWindow(token);
        }
        return tags[token];
    }

    private void tagWindow(int token) {
        int sentence = sentenceAt(tokens.get(token).start());
        int first = Math.max(firstToken(sentence), token - TAG_WINDOW_BEFORE);
        int end = Math.min(endToken(sentence), token + TAG_WINDOW_AFTER + 1);
        // The window's text runs from the sentence start when it is near, so the tagger sees
        // the capital of a sentence's first word in place; otherwise from the first word.
        int start = first == firstToken(sentence)
                ? sentenceStart(sentence)
                : tokens.get(first).start();
        int stop = end == endToken(sentence)
                ? sentenceEnd(sentence)
                : tokens.get(end - 1).end();
        String text = checkable.substring(start, stop);
        Span[] spans = models.tokens(text);
        String[] words = new String[spans.length];
        int[] spanStarts = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
            spanStarts[i] = spans[i].getStart();
        }
        String[] windowTags = models.tags(words);
        for (int t = first; t < end; t++) {
            int offset = tokens.get(t).start() - start;
            int index = Arrays.binarySearch(spanStarts, offset);
            index = index >= 0 ? index : -index - 2;
            boolean found = index >= 0 && index < windowTags.length && offset < spans[index].getEnd();
            if (tags[t] == null || t == token) {
                tags[t] = found ? windowTags[index] : "X";
            }
        }
    }

    /**
     * The sentence detector only considers a break after '.', '!' or '?', so a block (a heading,
     * a list item, a one-sentence paragraph) with none of them before its last word is one
     * sentence without asking the model.
     */
    private boolean oneSentence() {
        int lastWord =
                tokens.isEmpty() ? blockStart : tokens.get(tokens.size() - 1).start();
        for (int i = blockStart; i < lastWord; i++) {
            char c = checkable.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return false;
            }
        }
        return true;
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
        if (oneSentence()) {
            sentenceStarts = new int[] {blockStart};
            sentenceEnds = new int[] {blockEnd};
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
