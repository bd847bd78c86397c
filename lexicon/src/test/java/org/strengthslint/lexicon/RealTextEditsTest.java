package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.api.Finding;

/**
 * Edits on real text: every edit the engine offers on the real-text development set
 * ({@code realtext/}), made in its sentence, and the rewritten sentence checked with LanguageTool
 * as {@link SuggestionFitTest} checks the lexicon's own examples. A match the original sentence
 * did not have is printed. LanguageTool raises some on sound rewrites (it reads "disabled people
 * is" where the verb belongs to a noun further back), so the build holds the count where it is
 * today rather than at none: a change that breaks sentences shows as a new line and a higher count.
 */
class RealTextEditsTest {
    /**
     * LanguageTool matches that edits add today, of about 10,000 edits; none may be added by a change
     * to the engine. New lines of real text may bring sound rewrites that LanguageTool still flags:
     * batch AAX brought a third "had long lived with" (LanguageTool wants "long-lived", the
     * adjective), so the count went from 41 to 42; batch ABR a second "care for people experiencing
     * homelessness" (LanguageTool reads "for people" as "for" and a verb), so 43; batch ADA "are
     * used to tenants whose tenancy is at risk" (LanguageTool wants a verb after "used to"), so 44;
     * batch AEI "a daunting access needs crisis" (LanguageTool takes "access" for an uncountable
     * noun after "a"), so 45; batch AFQ a fifth "were people whose ..." ("just over half were people
     * whose drinking is harming them": LanguageTool suggests "where" after any "were people"), so 46;
     * batch AIA a third "care for people" ("Community care for people in mental distress": "for
     * people" read as "for" and a verb again), so 47; batch AIG a fourth ("quality of care for people
     * experiencing homelessness"), so 48. Batch AJY brought "each person who uses drugs who has
     * medical insurance", a clause stacked on the replacement's own "who" (49); the engine then gave
     * no edit where a "who" or "that" clause follows a replacement that has one, which took away
     * that and eight other such matches, so 40. Batch AKK brought "especially with people who often
     * come to us I can tell when ..." ("frequent flyers" replaced before a clause that has no comma
     * before it: LanguageTool asks for one after "us"), so 41. Naming medicines by brand in
     * substance-nouns.txt gave "Suboxone use is the poster child for ...", a correct sentence in
     * which LanguageTool takes the capitalised name for a subject and "use" for its verb, so 42.
     * Batch AOM brought "The impact of methamphetamine use reaches far beyond the individual user",
     * another correct sentence in which LanguageTool reads "use" as a verb, so 43. Batch APG brought
     * "will interview some staff and people using the service", correct, where LanguageTool asks
     * for a plural after "some" once "service users" no longer follows "staff", so 44.
     */
    private static final int NEW_MATCHES_CEILING = 44;

    @Test
    void editsOnRealTextAddNoGrammarErrors() throws IOException {
        GrammarCheck grammar = new GrammarCheck();
        Linter linter = Linter.builder().build();
        List<String> introduced = new ArrayList<>();
        int edits = 0;
        for (RealTextTest.Line line : RealTextTest.read(RealTextTest.DEVELOPMENT)) {
            for (Finding f : linter.check(line.text(), line.where() + ".txt").findings()) {
                if (f.edit() == null) {
                    continue;
                }
                edits++;
                for (String match : grammar.newErrors(f.sentence(), f.edit().sentence())) {
                    introduced.add(line.where() + " [" + f.rule() + "] " + match + " in: "
                            + f.edit().sentence());
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(
                "%nEdits on the real-text development set: %d edits, %d new LanguageTool matches%n",
                edits, introduced.size()));
        introduced.forEach(m -> report.append("  ").append(m).append('\n'));
        System.out.println(report);
        assertTrue(edits > 5000, "edits: " + edits);
        assertTrue(introduced.size() <= NEW_MATCHES_CEILING, report.toString());
    }
}
