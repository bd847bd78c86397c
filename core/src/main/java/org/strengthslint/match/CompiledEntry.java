package org.strengthslint.match;

import java.util.List;
import org.strengthslint.api.Severity;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.lexicon.PatternSyntax;

/**
 * A lexicon entry with its context conditions built, and its severity after configuration;
 * {@code generic} when a pattern holds {@code <person>}, so a more specific entry over the same
 * words wins ("homeless applicant" before "homeless &lt;person&gt;").
 */
record CompiledEntry(
        LexiconEntry entry, Severity severity, int order, List<ContextCondition> conditions, boolean generic) {

    static CompiledEntry compile(LexiconEntry entry, Severity severity, int order) {
        boolean generic = entry.patterns().stream().anyMatch(p -> p.contains(PatternSyntax.PERSON_SLOT));
        return new CompiledEntry(entry, severity, order, ContextConditions.build(entry.conditions()), generic);
    }
}
