package org.strengthslint.match;

/**
 * {@code personOrConduct: true}: as {@code person: true}, and also when the term describes what a
 * person does ("manipulative behaviour", "chaotic presentation"): for words about character,
 * which say what the person is like whether they are put on the person or on their conduct. The
 * conduct nouns are listed in {@code words/conduct-nouns.txt}; conduct that belongs to something
 * that is not a person ("the chaotic behaviour of the markets", "the council's chaotic conduct",
 * "the pendulum shows chaotic behaviour") is not flagged.
 */
final class PersonOrConductCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when it describes a person or their conduct";
    }

    @Override
    public Verdict test(Candidate c) {
        Context context = c.context();
        return Verdict.of(context.describesPerson(c.lead(), c.to(), c.first(), c.last())
                || context.describesConduct(c.lead(), c.to(), c.first(), c.last()));
    }
}
