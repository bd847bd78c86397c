package org.strengthslint.cli;

import java.util.function.UnaryOperator;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;

/**
 * Gives each finding with a suggestion an edit that puts its first suggestion in place of its
 * words, as the contract of {@link Finding#edit()} describes one: so fix and review are tested
 * against the contract, whatever edits the engine makes today. A mention, and a finding whose
 * rule is in {@code withoutEdit}, get none (as the contract says a mention has none).
 */
record FirstSuggestionEdits(java.util.Set<String> withoutEdit) implements UnaryOperator<Finding> {
    static final FirstSuggestionEdits ALL = new FirstSuggestionEdits(java.util.Set.of());

    @Override
    public Finding apply(Finding f) {
        if (f.suggestions().isEmpty() || f.mention() || withoutEdit.contains(f.rule())) {
            return withEdit(f, null); // whatever the engine made
        }
        String instead = f.suggestions().get(0);
        int at = f.sentenceIndex() >= 0 ? f.sentenceIndex() : f.sentence().indexOf(f.text());
        String sentence = at < 0
                ? f.sentence()
                : f.sentence().substring(0, at)
                        + instead
                        + f.sentence().substring(at + f.text().length());
        return withEdit(f, new Edit(f.offset(), f.length(), instead, sentence));
    }

    private static Finding withEdit(Finding f, Edit edit) {
        return f.withEdit(edit, f.noEdit());
    }
}
