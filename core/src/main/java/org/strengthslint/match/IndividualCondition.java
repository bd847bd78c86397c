package org.strengthslint.match;

/**
 * {@code individual: true}: flag only when the term is said of one particular person or of the
 * reader ("you will be evicted", "Tom was evicted", "we will evict him"), not of a group in a
 * policy, a study or a statistic ("clients who are evicted", "people evicted through poverty").
 * For words that are plain facts in general writing but harsh in a letter or a case record.
 */
final class IndividualCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when it is said of one particular person or of the reader";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().aboutSomeone(c.lead(), c.to(), c.first(), c.last()));
    }
}
