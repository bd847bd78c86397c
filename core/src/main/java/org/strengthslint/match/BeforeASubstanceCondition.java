package org.strengthslint.match;

import java.util.Set;

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
        return Verdict.of(phrases.takesASubstance(c.to(), c.last(), inARelativeClause(c))
                || phrases.substanceBefore(c.lead(), c.to(), c.first(), c.last()));
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that");

    /**
     * The verb opens a relative clause: "who" or "that", perhaps with an adverb, straight before
     * it ("women who abuse substances are ...", "people that often abuse alcohol").
     */
    private static boolean inARelativeClause(Candidate c) {
        int i = c.lead() - 1;
        if (i > c.first() && c.analysis().tag(i).equals("ADV") && c.context().adjacent(i, i + 1)) {
            i--; // "who often abuse"
        }
        return i >= c.first()
                && c.context().adjacent(i, i + 1)
                && RELATIVE_PRONOUNS.contains(c.tokens().get(i).form());
    }
}
