package org.strengthslint.match;

/**
 * {@code legal: true}: a term of art in law. In a paragraph that cites the law it passes at info
 * only, whatever the entry's or the configuration's severity.
 */
final class LegalCondition implements ContextCondition {
    @Override
    public String description() {
        return "a legal term: at info in a paragraph that cites the law";
    }

    @Override
    public Verdict test(Candidate c) {
        return c.context().citesLaw() ? Verdict.INFO : Verdict.PASS;
    }
}
