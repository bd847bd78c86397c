package org.strengthslint.match;

/**
 * {@code notAsAChange: true}: not flagged where the adjective tells how someone came to be so or
 * when they were, rather than what they are: after "become" ("she became street homeless in
 * May"), after "when" or "while" with no subject ("when street homeless"), or after "make",
 * "leave" or "render" and their object ("were made street homeless"). "The street homeless",
 * "street homeless people" and "he is street homeless" are still flagged.
 */
final class NotAsAChangeCondition implements ContextCondition {
    @Override
    public String description() {
        return "not after \"become\", \"made\" or \"when\" (\"became street homeless\", \"were made street homeless\")";
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(!c.context().saidAsAChange(c.lead(), c.first()));
    }
}
