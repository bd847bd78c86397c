package org.strengthslint.match;

/**
 * {@code notOnBecoming: true}: not flagged after a verb of change ("become", "grow", "turn"), past
 * adverbs and other adjectives ("he became agitated and aggressive", "some can suddenly become
 * aggressive"): it tells what happened at one moment, which a record may need to say, rather than
 * who someone is; "he is aggressive" and "an aggressive man" are still flagged, and so is "you
 * became aggressive" in a letter to the person, which should say what happened.
 */
final class NotOnBecomingCondition implements ContextCondition {
    @Override
    public String description() {
        return "not after \"become\", \"grow\" or \"turn\" (\"became aggressive\")";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().afterAVerbOfChange(c.lead(), c.first()));
    }
}
