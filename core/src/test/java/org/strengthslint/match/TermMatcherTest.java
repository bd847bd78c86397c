package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.testing.LintAssertions;
import org.strengthslint.testing.TestLinters;

class TermMatcherTest {
    private final LintAssertions lint = LintAssertions.using(TestLinters.withTestLexicon());

    @Test
    void findsAPhraseAtItsExactSpan() {
        lint.assertFlags("He was referred because of his [complex needs].");
    }

    @Test
    void theLongestOverlappingMatchIsReportedOnce() {
        lint.assertFlags("People with [multiple and complex needs] are welcome.");
        lint.assertFlags("He is an [entrenched rough sleeper].");
    }

    @Test
    void inflectedFormsMatch() {
        lint.assertFlags("Outreach met six [rough sleepers] last night.");
        lint.assertFlags("He was [barred] from the day centre.");
    }

    @Test
    void hyphenSpaceAndJoinedVariantsMatch() {
        lint.assertFlags("Reports of [anti-social behaviour] rose.");
        lint.assertFlags("Reports of [anti social behaviour] rose.");
        lint.assertFlags("Reports of [antisocial behaviour] rose.");
    }

    @Test
    void aTermWrappedAtItsHyphenIsQuotedAsOneWord() {
        List<Finding> findings = lint.findings("Reports of anti-\nsocial behaviour rose.");
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(
                findings.get(0).message().contains("\"anti-social behaviour\""),
                findings.get(0).message());
    }

    @Test
    void americanSpellingMatchesTheBritishPattern() {
        lint.assertFlags("Staff logged [challenging behavior] twice.");
        lint.assertFlags("Reports of [antisocial behavior] rose.");
    }

    @Test
    void caseIsIgnored() {
        lint.assertFlags("[COMPLEX NEEDS] ARE NOT A REASON TO REFUSE.");
    }

    @Test
    void aMatchNeverStartsOrEndsInsideAHyphenatedCompound() {
        lint.assertFlags("He is an [ex-offender] now in work.");
        lint.assertClean("A rough-sleeper-led project ran the cafe.");
    }

    @Test
    void personOnlyTermsNeedAPerson() {
        lint.assertFlags("He is [entrenched] in street life.");
        lint.assertFlags("Tom has been [hard to engage] since March.");
        lint.assertFlags("We found her [difficult to engage].");
        lint.assertClean("Entrenched inequality keeps rents high.");
        lint.assertClean("Myths about poverty are firmly entrenched in the press.");
        lint.assertClean("The gear shift is hard to engage in cold weather.");
    }

    @Test
    void aPersonInsideAPrepositionalPhraseIsNotWhoTheTermDescribes() {
        lint.assertFlags("He is described by previous providers as [hard to engage].");
        lint.assertFlags("She was described by the night worker as [hard to engage].");
        lint.assertClean("Myths about poverty are firmly entrenched in the press.");
        lint.assertFlags("Most of the residents are [hard to engage].");
        lint.assertFlags("In her view, he is [hard to engage].");
        lint.assertClean("The review of his case was hard to engage with.");
        lint.assertClean("Funding for homeless people is hard to engage with.");
        lint.assertClean("The letter to him was hard to engage with.");
        lint.assertFlags("The notes describe Mr Green as a regular visitor and [hard to engage].");
        lint.assertFlags("The notes describe one resident as kind and another as [hard to engage].");
    }

    @Test
    void standaloneCollectiveNouns() {
        lint.assertFlags("We raise money to help [the homeless].");
        lint.assertFlags("[The homeless] are not a single group.");
        lint.assertClean("She volunteers at the homeless shelter on Station Road.");
        lint.assertClean("The homeless charity opened a cafe.");
    }

    @Test
    void partOfSpeechSeparatesSenses() {
        lint.assertFlags("He [claims] he paid the rent on time.");
        lint.assertClean("Housing benefit claims take six weeks to process.");
        lint.assertClean("The bars on the window in room 4 will be repaired.");
    }

    @Test
    void neighbouringWordExceptions() {
        lint.assertFlags("She described herself as an [alcoholic] in recovery.");
        lint.assertClean("No alcoholic drinks are allowed in shared areas.");
        lint.assertClean("We serve non-alcoholic punch at the party.");
    }

    @Test
    void properNamesAreNeverFlagged() {
        lint.assertClean("Please contact the Complex Needs Team on Monday.");
        lint.assertClean("She was referred to the Complex Needs service.");
        lint.assertFlags("[Complex needs] should not decide who gets a room.");
        lint.assertClean("Our Multiple and Complex Needs Panel meets monthly.");
        lint.assertFlags("Our panel discusses [multiple and complex needs] monthly.");
        lint.assertFlags("[Multiple and complex needs] were discussed.");
    }

    @Test
    void quotedTermsAreMentionsAtInfo() {
        List<Finding> findings =
                lint.assertFlags("Staff agreed to stop saying \u201C[complex needs]\u201D in letters.");
        assertTrue(findings.get(0).mention());
        assertEquals(Severity.INFO, findings.get(0).severity());
        Finding single = lint.assertFlagsOne("He said 'I'm not one of [the homeless], I'm between places'.");
        assertTrue(single.mention());
        Finding unquoted = lint.assertFlagsOne("The person's [complex needs] were listed.");
        assertFalse(unquoted.mention());
        assertEquals(Severity.WARNING, unquoted.severity());
    }

    @Test
    void suggestionsKeepTheCaseOfTheMatchedText() {
        Finding finding = lint.assertFlagsOne("[Complex needs] were discussed.");
        assertEquals(List.of("What the person wants support with"), finding.suggestions());
        Finding lower = lint.assertFlagsOne("His [complex needs] were discussed.");
        assertEquals(List.of("what the person wants support with"), lower.suggestions());
    }

    @Test
    void positionsAreOneBasedWithAnExclusiveEndAcrossLines() {
        Finding finding = lint.assertFlagsOne("First line.\nHe has [complex\nneeds] today.");
        assertEquals(2, finding.line());
        assertEquals(8, finding.column());
        assertEquals(3, finding.endLine());
        assertEquals(6, finding.endColumn());
        assertEquals("complex\nneeds", finding.text());
        assertEquals("He has complex needs today.", finding.sentence());
    }

    @Test
    void columnsCountUtf16CodeUnitsOfNonAsciiText() {
        Finding finding = lint.assertFlagsOne("Zoë 😀 has [complex needs].");
        assertEquals(1, finding.line());
        assertEquals(12, finding.column());
        assertEquals(11, finding.offset());
        assertEquals(13, finding.length());
    }

    @Test
    void aMatchDoesNotCrossPunctuation() {
        lint.assertClean("It was complex. Needs were met.");
        lint.assertClean("Rough, sleeper trains run at night.");
    }

    @Test
    void onlyAboutNeedsThePersonDescribedToBeOneOfItsWords() {
        lint.assertFlags("The baby [did not attend] his eight-month check.");
        lint.assertFlags("Her son Kai [did not attend] his two-year review.");
        lint.assertFlags("Last week her daughter Amira Shah [did not attend] the clinic.");
        lint.assertClean("Jade did not attend the housing appointment.");
        lint.assertClean("She did not attend her son's appointment.");
        lint.assertClean("Her son's father did not attend the meeting.");
        lint.assertClean("The meeting was cancelled, so nobody did not attend.");
    }

    @Test
    void aLegalTermIsInfoInAParagraphThatCitesTheLaw() {
        Finding plain = lint.assertFlagsOne("The council found her [intentionally homeless] last year.");
        assertEquals(Severity.WARNING, plain.severity());
        for (String cited : List.of(
                "Under section 191 of the Housing Act 1996 we have found you [intentionally homeless].",
                "We have decided you are [intentionally homeless]. You can ask for a review under s.202.",
                "The Code of Guidance says when someone is [intentionally homeless].",
                "Part VII decides who is [intentionally homeless].")) {
            Finding legal = lint.assertFlagsOne(cited);
            assertEquals(Severity.INFO, legal.severity(), cited);
            assertTrue(legal.message().contains("cites the law"), legal.message());
        }
        Finding otherParagraph =
                lint.assertFlagsOne("This letter is about section 191.\n\nYou are [intentionally homeless].");
        assertEquals(Severity.WARNING, otherParagraph.severity(), "only the paragraph that cites the law counts");
        Finding notLegal = lint.assertFlagsOne("Under section 191 he has [complex needs].");
        assertEquals(Severity.WARNING, notLegal.severity(), "entries without legal: true are not lowered");
    }

    @Test
    void selfDescriptionIsReportedAtInfo() {
        for (String self : List.of(
                "I am an [alcoholic] and proud of my recovery.",
                "She describes herself as an [alcoholic] in recovery.",
                "He calls himself an [ex-offender].",
                "I was a [rough sleeper] for three years.",
                "I'm [complex needs], that's what they told me.")) {
            Finding finding = lint.assertFlagsOne(self);
            assertEquals(Severity.INFO, finding.severity(), self);
            assertFalse(finding.mention(), self);
            assertTrue(finding.message().startsWith("Self-description"), finding.message());
        }
        for (String other : List.of(
                "I am worried that he is an [alcoholic].",
                "I was told she is an [ex-offender].",
                "I am sure the [rough sleepers] will use the new shelter.")) {
            Finding finding = lint.assertFlagsOne(other);
            assertFalse(Severity.INFO == finding.severity(), other);
        }
    }
}
