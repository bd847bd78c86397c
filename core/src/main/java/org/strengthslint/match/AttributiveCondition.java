package org.strengthslint.match;

/**
 * {@code attributive: true}: flag only where the adjective stands before the noun it describes,
 * alone or with other adjectives ("violent patients", "violent or abusive residents"), or after
 * "be" with a word that makes it a habit ("the patients are often abusive") or in the present tense
 * ("he is aggressive and violent"); not after "was" or "became" alone ("he became violent when the
 * police came"), where it tells what happened at one moment rather than who someone is.
 */
final class AttributiveCondition implements ContextCondition {
    @Override
    public String description() {
        return "only before the noun it describes, or said to be a habit (\"often abusive\", \"is violent\")";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().beforeItsNoun(c.to(), c.last())
                || c.context().habitualPredicate(c.lead(), c.to(), c.first(), c.last()));
    }
}
