package org.strengthslint.match;

import java.util.List;

/** {@code onlyAbout: [child, son]}: flag only when the person described is named by one of the words. */
final class OnlyAboutCondition extends PhraseCondition {
    OnlyAboutCondition(List<String> words) {
        super("only about", words);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().about(trie, c.lead(), c.first()));
    }
}
