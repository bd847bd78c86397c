package org.strengthslint.match;

/**
 * {@code afterASubstance: true}: flag only when a drug, alcohol or another substance
 * ({@code words/substance-nouns.txt}) stands straight before the match, perhaps in quotation marks
 * ("cannabis abuse", "“laughing gas” abuse"), or before a noun for using it that the match is
 * joined to by "and", "or" or a slash, which shares the substance ("alcohol use and abuse",
 * "substance addiction or abuse", "opioid dependency and abuse").
 */
final class AfterASubstanceCondition implements ContextCondition {
    @Override
    public String description() {
        return "only after the name of a drug, alcohol or another substance";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(
                new ObjectPhrases(c.context()).substanceStraightBefore(c.lead(), c.to(), c.first(), c.last()));
    }
}
