package org.strengthslint.match;

import java.util.List;

/**
 * {@code onlyAfter: [cannabis, heroin]}: flag only when one of the phrases directly precedes the
 * match (a word that is a label only in a compound).
 */
final class OnlyAfterCondition extends PhraseCondition {
    OnlyAfterCondition(List<String> phrases) {
        super("only after", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().precededBy(trie, c.lead(), c.first()));
    }
}
