package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.testing.MarkedText;

/**
 * Real text writes the same sentence in several ways: "&" for "and", contractions, curly
 * apostrophes and quotation marks. Every example of every entry, rewritten so, must give the
 * same findings (entry and severity) as written, or the engine has learnt a spelling rather
 * than a mechanism. Sentences in capitals are left out: a first name in capitals cannot be told
 * from any other word.
 */
class SurfaceVariantsTest {
    private static final Linter LINTER = StrictProfile.linter();

    private static final Pattern BE_AFTER_PRONOUN =
            Pattern.compile("\\b(he|she|it|He|She|It) is\\b|\\b(they|we|you|They|We|You) are\\b|\\bI am\\b");
    private static final Pattern NEGATED =
            Pattern.compile("\\b(does|did|do|is|are|was|were|has|have|will|would|can)(?: not|not)\\b");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]*)\"");

    @Test
    void anAmpersandReadsAsAnd() {
        assertSameFindings("and -> &", t -> t.replaceFirst(" and ", " & "));
    }

    @Test
    void beContractedOnAPronounReadsAsBe() {
        assertSameFindings(
                "is -> 's",
                t -> replaceAll(BE_AFTER_PRONOUN, t, m -> {
                    String word = m.group();
                    return word.equals("I am") ? "I'm" : word.endsWith(" is") ? m.group(1) + "'s" : m.group(2) + "'re";
                }));
    }

    @Test
    void notContractedReadsAsNot() {
        assertSameFindings(
                "does not -> doesn't",
                t -> replaceAll(NEGATED, t, m -> switch (m.group(1)) {
                    case "will" -> "won't";
                    case "can" -> "can't";
                    default -> m.group(1) + "n't";
                }));
    }

    @Test
    void curlyApostrophesAndQuotationMarksReadAsStraightOnes() {
        assertSameFindings("' -> \u2019", t -> t.replace('\'', '\u2019'));
        assertSameFindings(
                "\"...\" -> \u201c...\u201d", t -> DOUBLE_QUOTED.matcher(t).replaceAll("\u201c$1\u201d"));
    }

    private static String replaceAll(
            Pattern pattern, String text, java.util.function.Function<java.util.regex.MatchResult, String> by) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(by.apply(m)));
    }

    private static void assertSameFindings(String variant, UnaryOperator<String> rewrite) {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (LexiconEntry entry : LINTER.lexicon().entries()) {
            List<String> examples = new ArrayList<>(entry.flaggedExamples());
            examples.addAll(entry.cleanExamples());
            for (String example : examples) {
                String text = MarkedText.parse(example).text();
                String rewritten = rewrite.apply(text);
                if (rewritten.equals(text)) {
                    continue;
                }
                compared++;
                List<String> before = findings(text);
                List<String> after = findings(rewritten);
                if (!before.equals(after)) {
                    differ.add(text + " " + before + "\n  " + rewritten + " " + after);
                }
            }
        }
        System.out.println(variant + ": " + compared + " examples rewritten, " + differ.size() + " differ");
        assertEquals(List.of(), differ, variant + ": examples whose findings change");
    }

    private static List<String> findings(String text) {
        return LINTER.check(text, "example.txt").findings().stream()
                .map(f -> f.rule() + " " + f.severity())
                .sorted()
                .toList();
    }
}
