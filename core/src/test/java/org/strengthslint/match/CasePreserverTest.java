package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.testing.TestLinters;

class CasePreserverTest {
    @Test
    void aSuggestionTakesACapitalOnlyAtTheStartOfASentenceAndNeverAllCapitals() {
        assertEquals("Several things", CasePreserver.like("Complex needs", "several things", true));
        assertEquals("several things", CasePreserver.like("Complex needs", "several things", false));
        assertEquals("several things", CasePreserver.like("complex needs", "several things", true));
        assertEquals("a visa condition", CasePreserver.like("NRPF", "a visa condition", false));
        assertEquals("A visa condition", CasePreserver.like("NRPF", "a visa condition", true));
        assertEquals("GP", CasePreserver.like("Doctor", "GP", true), "a suggestion's own capitals stay");
    }

    /** As a finding carries it: the position in the sentence decides, not the case of the words. */
    @Test
    void findingsCarrySuggestionsInTheCaseTheirPlaceNeeds() {
        assertEquals(
                List.of("What the person wants support with"),
                TestLinters.withTestLexicon()
                        .check("Complex needs are common here.", "a.txt")
                        .findings()
                        .get(0)
                        .suggestions());
        assertEquals(
                List.of("what the person wants support with"),
                TestLinters.withTestLexicon()
                        .check("He has COMPLEX NEEDS.", "a.txt")
                        .findings()
                        .get(0)
                        .suggestions());
        assertEquals(
                List.of("what the person wants support with"),
                TestLinters.withTestLexicon()
                        .check("We support people with Complex Needs in Leeds.", "a.txt")
                        .findings()
                        .get(0)
                        .suggestions());
    }
}
