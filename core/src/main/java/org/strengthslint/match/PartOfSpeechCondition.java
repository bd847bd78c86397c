package org.strengthslint.match;

import java.util.List;

/** {@code pos: [VERB]}: flag only when the first matched word carries one of these tags. */
final class PartOfSpeechCondition implements ContextCondition {
    private final List<String> tags;

    PartOfSpeechCondition(List<String> tags) {
        this.tags = List.copyOf(tags);
    }

    @Override
    public String description() {
        return "only as " + String.join(" or ", tags);
    }

    @Override
    public Verdict test(Candidate c) {
        return Verdict.of(c.context().hasPartOfSpeech(c.from(), tags, c.first(), c.last()));
    }
}
