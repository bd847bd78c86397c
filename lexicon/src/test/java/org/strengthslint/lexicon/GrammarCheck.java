package org.strengthslint.lexicon;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's British English rules, as the tests that check edits use them: what a rewrite
 * adds to the matches its original already had. Not thread-safe, as LanguageTool is not: one per
 * test class.
 */
final class GrammarCheck {
    /**
     * LanguageTool rules left out, none of them about grammar: spelling (the sentences are full
     * of names, places and sector words it does not know: "keyworker", "Kai"), and style advice
     * that is not an error and that the original sentences already draw ("very" as a weak
     * intensifier, sentence length, a comma before "so", "and" or "but", a stronger word for "extremely angry").
     */
    private static final Set<String> NOT_GRAMMAR = Set.of(
            "MORFOLOGIK_RULE_EN_GB",
            "EN_WEAK_ADJECTIVE",
            "TOO_LONG_SENTENCE",
            "COMMA_COMPOUND_SENTENCE",
            // the same comma advice for clauses joined by "and" or "but", which LanguageTool files
            // under a rule id of its own
            "COMMA_COMPOUND_SENTENCE_2",
            "EXTREME_ADJECTIVES");

    private final JLanguageTool languageTool;

    GrammarCheck() {
        // LanguageTool makes each language once, through its registry
        languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
        for (String rule : NOT_GRAMMAR) {
            languageTool.disableRule(rule);
        }
    }

    /** The LanguageTool matches in {@code rewritten} beyond those of each rule in {@code original}. */
    List<String> newErrors(String original, String rewritten) throws IOException {
        Map<String, Integer> before = new HashMap<>();
        for (RuleMatch match : languageTool.check(original)) {
            before.merge(match.getRule().getId(), 1, Integer::sum);
        }
        List<String> introduced = new ArrayList<>();
        for (RuleMatch match : languageTool.check(rewritten)) {
            if (before.merge(match.getRule().getId(), -1, Integer::sum) < 0) {
                introduced.add(match.getRule().getId() + ": " + match.getMessage() + " at \""
                        + rewritten.substring(match.getFromPos(), match.getToPos()) + "\"");
            }
        }
        return introduced;
    }
}
