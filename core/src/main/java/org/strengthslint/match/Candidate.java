package org.strengthslint.match;

import java.util.List;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.Token;

/**
 * A place where a lexicon pattern matched, with what a context condition may look at: the tokens
 * {@code [from, to)} the pattern matched, {@code lead} where the term really starts (a hyphenated
 * prefix such as "ex-" before {@code from}, or {@code from}), which conditions that look left
 * start from, the sentence's tokens {@code [first, last)}, and the block's context. A
 * {@code coordinated} candidate has "and" or "or" and one more word after its first word ("complex
 * and high needs", "mentally and physically challenged"), which are not the pattern's; a
 * graded one has {@code adverbs} words of an adverb after its "the" ("the socially isolated", "the
 * most severely ill"), which are not the pattern's either.
 */
record Candidate(
        CompiledEntry term,
        int lead,
        int from,
        int to,
        int start,
        int end,
        int first,
        int last,
        Context context,
        boolean coordinated,
        int adverbs) {
    /** An adverb stands after the pattern's "the". */
    boolean graded() {
        return adverbs > 0;
    }

    int length() {
        return end - start;
    }

    BlockAnalysis analysis() {
        return context.analysis();
    }

    List<Token> tokens() {
        return context.tokens();
    }
}
