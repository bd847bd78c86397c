package org.strengthslint.match;

import java.util.List;

/** {@code notAfter: [metal]}: fine when one of the phrases directly precedes the match. */
final class NotAfterCondition extends PhraseCondition {
    NotAfterCondition(List<String> phrases) {
        super("not after", phrases);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().precededBy(trie, c.lead(), c.first()));
    }
}
