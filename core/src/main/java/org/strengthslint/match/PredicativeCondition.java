package org.strengthslint.match;

/**
 * {@code predicative: true}: flag only where the adjective is said of someone: of its subject after
 * a form of "be", "get", "stay", "remain", "become" or "went", with only adverbs or "not" between
 * ("until they are clean", "wants to get clean", "has not been clean"), also after another such
 * word and "or" ("didn't get sorted or clean"); or of a person who is the object of "get" or
 * "make" ("get her clean", "getting people clean"). Not before a noun ("clean needles"), not as a
 * verb with its object ("made him clean his room"), and not after another verb or a thing ("keep
 * the flat clean").
 */
final class PredicativeCondition implements ContextCondition {
    @Override
    public String description() {
        return "only when said of someone: after \"be\", \"get\", \"stay\", \"remain\", \"become\" or \"went\","
                + " or after \"get\" or \"make\" and a person (\"get her clean\")";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().predicated(c.lead(), c.to(), c.first(), c.last()));
    }
}
