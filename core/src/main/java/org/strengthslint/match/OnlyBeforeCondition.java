package org.strengthslint.match;

import java.util.List;

/**
 * {@code onlyBefore: [appointment]}: flag only when one of the phrases is the head of the noun
 * phrase that follows the match ("failed to keep the appointment", "failed to keep her GP
 * appointment"): a verb that is a label only with what it takes, where "failed to keep up the
 * payments" and "failed to keep appointment cards safe" are not.
 */
final class OnlyBeforeCondition extends PhraseCondition {
    OnlyBeforeCondition(List<String> phrases) {
        super("only before", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        // past a possessive, which the phrase-head test may take for an object ("keep her
        // appointment")
        int next = c.to();
        if (next + 1 < c.last() && c.context().possessivePronoun(next)) {
            next++;
            // "keep his appointment": the phrase straight after, with no noun after it that it
            // would describe ("his appointment cards")
            boolean nounAfter =
                    next + 1 < c.last() && c.analysis().tag(next + 1).equals("NOUN");
            if (c.context().followedBy(trie, next, c.last()) && !nounAfter) {
                return Verdict.PASS;
            }
        }
        return Verdict.of(phraseHeads(c, next));
    }
}
