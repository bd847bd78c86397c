package org.strengthslint.lexicon;

import java.util.List;
import org.strengthslint.api.Severity;

/**
 * One term, or family of terms, that the lexicon finds, with the contexts in which it is fine and
 * what to say instead. See {@code lexicon/README.md} for the file format.
 *
 * @param conditions        the context conditions the entry lists ({@code person: true},
 *                          {@code notBefore: [...]}), in the order written; see {@code lexicon/README.md}
 * @param fit               how the first suggestion takes the matched words' place in a sentence
 * @param principle         the toolkit principle it relates to, or 0
 * @param origin            where the entry was defined, for error messages
 */
public record LexiconEntry(
        String id,
        String category,
        Severity severity,
        List<String> patterns,
        List<ConditionSpec> conditions,
        List<String> suggestions,
        Fit fit,
        String explanation,
        int principle,
        List<String> sources,
        List<String> flaggedExamples,
        List<String> cleanExamples,
        Origin origin) {

    /** A file and line, so errors and docs can point at the definition. */
    public record Origin(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    public LexiconEntry {
        patterns = List.copyOf(patterns);
        conditions = List.copyOf(conditions);
        suggestions = List.copyOf(suggestions);
        fit = fit == null ? Fit.undeclared() : fit;
        sources = List.copyOf(sources);
        flaggedExamples = List.copyOf(flaggedExamples);
        cleanExamples = List.copyOf(cleanExamples);
    }

    /** The arguments of the condition written under {@code key}, or null when the entry does not list it. */
    public List<String> condition(String key) {
        for (ConditionSpec spec : conditions) {
            if (spec.key().equals(key)) {
                return spec.arguments();
            }
        }
        return null;
    }

    /**
     * The patterns as a reader writes them, without the pattern syntax: "claims" for
     * {@code =claims}, "homeless (person)" for {@code homeless <person>}, each once.
     */
    public List<String> terms() {
        return patterns.stream()
                .map(p -> p.replace("=", "").replace("<person>", "(person)"))
                .distinct()
                .toList();
    }

    /** The first sentence of the explanation: the one-line "why". */
    public String why() {
        int end = explanation.indexOf(". ");
        return end < 0 ? explanation : explanation.substring(0, end + 1);
    }
}
