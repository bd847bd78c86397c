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

    /** Participles that say who knows or thinks it, between "who are" and "to be": "who are known to be abusing". */
    private static final Set<String> REPORTING_PARTICIPLES =
            Set.of("known", "thought", "believed", "said", "reported", "suspected");

    /**
     * The verb opens a relative clause: "who" or "that", perhaps with adverbs, auxiliaries and a
     * reporting frame, before it ("women who abuse substances are ...", "people that often abuse
     * alcohol", "mums who are known to be abusing drugs has doubled").
     */
    private static boolean inARelativeClause(Candidate c) {
        int i = c.lead() - 1;
        for (int steps = 0; steps < 6 && i > c.first() && c.context().adjacent(i, i + 1); steps++, i--) {
            String tag = c.analysis().tag(i);
            String form = c.tokens().get(i).form();
            if (!tag.equals("ADV")
                    && !tag.equals("AUX")
                    && !(tag.equals("PART") && form.equals("to"))
                    && !REPORTING_PARTICIPLES.contains(form)) {
                break;
            }
        }
        return i >= c.first()
                && c.context().adjacent(i, i + 1)
                && RELATIVE_PRONOUNS.contains(c.tokens().get(i).form());
    }
}
