package org.strengthslint.match;

import java.util.List;
import java.util.Set;

/**
 * {@code onlyBefore: [appointment]}: flag only when one of the phrases follows the match, directly
 * or as the head of the noun phrase that follows ("failed to keep the appointment", "failed to
 * make her GP appointment"): a verb that is a label only with what it takes, where "failed to
 * keep up the payments" is not.
 */
final class OnlyBeforeCondition extends PhraseCondition {
    OnlyBeforeCondition(List<String> phrases) {
        super("only before", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        // past a possessive, which the phrase-head test may take for an object ("make her
        // appointment", "keep his GP appointment")
        int next = c.to();
        if (next < c.last() && POSSESSIVES.contains(c.tokens().get(next).form())) {
            next++;
        }
        return Verdict.of(phraseFollows(c, next));
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "your", "our");
}
