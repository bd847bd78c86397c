package org.strengthslint.match;

/**
 * {@code beforeACondition: true}: flag only when what the verb takes is an illness or a disorder
 * ("suffered postpartum psychosis", "suffering anxiety and depression"), or the illness the
 * relative clause it ends is about ("the disorder from which she suffered"), or the illness joined
 * before its "-ing" form when a person follows ("her dementia-suffering father"); not losses, injuries,
 * cuts or the cold ("the service suffered cuts"), nor a word for an illness that describes
 * something else ("disability discrimination"). Illnesses and disorders are WordNet's, in
 * {@code words/condition-nouns-wordnet.txt}.
 */
final class BeforeAConditionCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when what it takes is an illness or a disorder";
    }

    @Override
    public Verdict test(Candidate c) {
        ObjectPhrases phrases = new ObjectPhrases(c.context());
        return Verdict.of(phrases.takesACondition(c.to(), c.last())
                || phrases.conditionBeforeRelative(c.lead(), c.first())
                || phrases.conditionCompoundBeforeAPerson(c.lead(), c.to(), c.first(), c.last()));
    }
}
