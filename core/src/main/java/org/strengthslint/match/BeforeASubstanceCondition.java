package org.strengthslint.match;

/**
 * {@code beforeASubstance: true}: flag only when what the verb takes is a drug, alcohol or another
 * substance ({@code words/substance-nouns.txt}), the head of the noun phrase straight after it
 * ("abusing several drugs", "abused prescription painkillers", "misused both alcohol and
 * cannabis"), or the noun a relative clause or a question opens with before it ("which drugs
 * he may have been abusing", "pills that are often abused"); not "abuse drug
 * services", "the abuse of power" or "abused her trust".
 */
final class BeforeASubstanceCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when what it takes is a drug, alcohol or another substance";
    }

    @Override
    public Verdict test(Candidate c) {
        ObjectPhrases phrases = new ObjectPhrases(c.context());
        return Verdict.of(phrases.takesASubstance(c.to(), c.last())
                || phrases.substanceBefore(c.lead(), c.to(), c.first(), c.last()));
    }
}
