package org.strengthslint.match;

/**
 * {@code headsItsPhrase: true}: flag only when the match ends its noun phrase, so that its last
 * word is what the words before it describe: "a difficult family", "difficult family members"
 * (another noun for people), not "difficult family circumstances", where "family" describes the
 * noun after it and "difficult" is said of the circumstances.
 */
final class HeadsItsPhraseCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when it is not followed by another noun that it describes";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().headsItsPhrase(c.to(), c.last()));
    }
}
