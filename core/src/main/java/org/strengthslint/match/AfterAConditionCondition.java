package org.strengthslint.match;

/**
 * {@code afterACondition: true}: flag only when the word before the term names an illness or a
 * disorder ("psychosis sufferers", "personality disorder sufferers", "ADHD sufferers"); not any
 * other word ("hay fever sufferers", "the main sufferers"). Illnesses and disorders are WordNet's,
 * in {@code words/condition-nouns-wordnet.txt}, as for {@code beforeACondition}, and the
 * abbreviations in {@code words/condition-abbreviations.txt}.
 */
final class AfterAConditionCondition implements ContextCondition {
    @Override
    public String description() {
        return "only after the name of an illness or a disorder";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(new ObjectPhrases(c.context()).afterACondition(c.lead(), c.first()));
    }
}
