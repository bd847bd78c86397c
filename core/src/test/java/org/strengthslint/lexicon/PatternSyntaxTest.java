package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternSyntaxTest {
    @Test
    void aHyphenatedWordExpandsToSpacedAndJoinedForms() {
        List<List<Set<String>>> sequences = PatternSyntax.expand("=non-compliant");
        assertEquals(
                List.of(
                        List.of(Set.of("non"), Set.of("compliant", "compliant's")),
                        List.of(Set.of("noncompliant", "noncompliant's"))),
                sequences);
    }

    @Test
    void patternWordsAreNormalisedLikeText() {
        assertEquals(
                List.of(List.of(Set.of("behaviour", "behavior", "behaviour's", "behavior's"))),
                PatternSyntax.expand("=Behavior"));
    }

    @Test
    void anExactFormKeepsItsPossessiveButNoOtherInflection() {
        assertEquals(List.of(List.of(Set.of("addict", "addict's"))), PatternSyntax.expand("=addict"));
        assertEquals(List.of(List.of(Set.of("addicts"))), PatternSyntax.expand("=addicts"));
    }

    @Test
    void theInsideALexiconPatternStandsForOtherDeterminersToo() {
        Set<String> determiners =
                Set.of("the", "this", "that", "these", "those", "our", "your", "their", "his", "her", "its", "my");
        assertEquals(
                determiners,
                PatternSyntax.expand("abuse the system", true).get(0).get(1));
        // not a pattern's first word, nor "=the", nor a phrase that is not a pattern (a name)
        assertEquals(
                Set.of("the"), PatternSyntax.expand("the homeless", true).get(0).get(0));
        assertEquals(
                Set.of("the"),
                PatternSyntax.expand("clean up =the streets", true).get(0).get(2));
        assertEquals(
                Set.of("the"),
                PatternSyntax.expand("coalition for the homeless").get(0).get(2));
    }

    @Test
    void problemsAreDescribed() {
        assertNull(PatternSyntax.problem("anti-social behaviour"));
        assertNull(PatternSyntax.problem("person's =claims"));
        assertEquals("is empty", PatternSyntax.problem("  "));
        assertEquals("has a hyphen with no word on one side ('anti-')", PatternSyntax.problem("anti- social"));
        assertEquals(
                "may only hold letters, digits, apostrophes and hyphens ('needs!')",
                PatternSyntax.problem("complex needs!"));
        assertEquals("has '=' with no word after it", PatternSyntax.problem("= claims"));
    }
}
