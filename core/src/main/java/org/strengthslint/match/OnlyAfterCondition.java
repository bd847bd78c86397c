package org.strengthslint.match;

import java.util.List;

/**
 * {@code onlyAfter: [benefit]}: flag only when one of the phrases directly precedes the match, for
 * a word that is a label only in a compound with them. No bundled entry needs it (drugs before
 * "abuse" are {@code afterASubstance}'s); an organisation's own entries may.
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
