package org.strengthslint.match;

/**
 * One test of a candidate's context that an entry lists as data ({@code person: true},
 * {@code notBefore: [shelter]}). Each condition is a small class registered in
 * {@link ContextConditions}; it is built once per entry and shared by every thread.
 */
interface ContextCondition {
    /** What the condition asks, in words for a lexicon editor: "only when it describes a person". */
    String description();

    /** Whether the candidate passes; {@link Verdict#INFO} passes it at info only. */
    Verdict test(Candidate candidate);

    /** The answer of a condition. */
    enum Verdict {
        PASS,
        FAIL,
        INFO;

        static Verdict of(boolean passes) {
            return passes ? PASS : FAIL;
        }
    }
}
