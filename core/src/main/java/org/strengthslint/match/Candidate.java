package org.strengthslint.match;

import java.util.List;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.Token;

/**
 * A place where a lexicon pattern matched, with what a context condition may look at: the tokens
 * {@code [from, to)}, the sentence's tokens {@code [first, last)}, and the block's context.
 */
record Candidate(CompiledEntry term, int from, int to, int start, int end, int first, int last, Context context) {
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
