package org.strengthslint.match;

/**
 * {@code notDenied: true}: not flagged where the adjective is denied after "be" ("patients are not
 * aggressive", "he's no longer aggressive", "as long as they are not disruptive"): denying a
 * judgement is not passing it, unless a limit follows ("not aggressive unless he has been
 * drinking"). For words that judge conduct; a word for a condition ("he is not
 * schizophrenic") still names the person by it, and a term whose own words hold the denial ("is
 * not compliant") is still flagged.
 */
final class NotDeniedCondition implements ContextCondition {
    @Override
    public String description() {
        return "not when \"not\" or \"no longer\" denies it after \"be\" (\"they are not aggressive\")";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().deniedPredicate(c.lead(), c.to(), c.first(), c.last()));
    }
}
