package org.strengthslint.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences and tags for a block, as the context rules see them. */
class BlockAnalysisTest {
    private static final LanguageModels MODELS = new LanguageModels();

    private static BlockAnalysis analyse(String text) {
        return new BlockAnalysis(MODELS, text, 0, text.length(), WordScanner.scan(text, 0, text.length()));
    }

    private static List<String> tags(BlockAnalysis analysis, int firstAsked) {
        analysis.tag(firstAsked);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < analysis.tokens().size(); i++) {
            tags.add(analysis.tokens().get(i).form() + "/" + analysis.tag(i));
        }
        return tags;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The unit admits emotionally disturbed young people from across the county every week.",
                // "as" and "to" are in the function-word table, which the tagger may not agree with
                "As he is chaotic, staff visit twice.",
                "Talking to him is as hard as it gets."
            })
    void aTagDoesNotDependOnWhichWordWasAskedAboutFirst(String text) {
        List<String> fromTheStart = tags(analyse(text), 0);
        int words = fromTheStart.size();
        for (int first = 1; first < words; first++) {
            assertEquals(fromTheStart, tags(analyse(text), first), "asked about word " + first + " first");
        }
    }

    @Test
    void theFirstPartOfAHyphenatedCompoundDescribesTheSecond() {
        // the tagger alone reads "ex-" as punctuation, which would end the noun phrase before "partner"
        List<String> tags = tags(analyse("She claims her ex-partner has been waiting outside."), 1);
        assertEquals("ex/ADJ", tags.get(3));
        assertEquals("partner/NOUN", tags.get(4));
    }

    @Test
    void eachSentenceIsTaggedOnItsOwn() {
        BlockAnalysis analysis = analyse("Staff said she refused. Refuse is collected on Tuesday.");
        assertEquals(2, analysis.sentenceCount());
        assertEquals("VERB", analysis.tag(3)); // "refused"
        assertEquals("NOUN", analysis.tag(4)); // "Refuse", the rubbish, opens the second sentence
    }

    @Test
    void aSentenceAllInCapitalsIsTaggedAsIfInSentenceCase() {
        // the tagger alone reads every word in capitals as a name
        assertEquals(
                tags(analyse("The homeless deserve respect."), 0), tags(analyse("THE HOMELESS DESERVE RESPECT."), 0));
        assertEquals("ADJ", analyse("THE HOMELESS DESERVE RESPECT.").tag(1));
        // an abbreviation in an ordinary sentence stays what it is
        assertEquals("PROPN", analyse("Staff at the NHS trust met today.").tag(3));
    }

    @Test
    void aWordThatHoldsTwoTakesTheTagOfItsFirstPart() {
        // the tagger reads "council's" as NOUN+PART and "It's" as PRON+AUX
        List<String> tags = tags(analyse("The council's reply came late. It's crazy."), 1);
        assertEquals("council's/NOUN", tags.get(1));
        assertEquals("it's/PRON", tags.get(5));
    }

    @Test
    void aWordInCurlyQuotationMarksIsTaggedAsAWord() {
        // the tokenizer alone keeps a curly quotation mark on the word, and the tagger then calls it punctuation
        List<String> tags = tags(analyse("Staff visit \u2018hard to reach\u2019 parents every week."), 0);
        assertEquals("hard/ADJ", tags.get(2));
        assertEquals("reach/VERB", tags.get(4));
        assertEquals("parents/NOUN", tags.get(5));
    }

    @Test
    void quotationMarksBecomeSpacesAndApostrophesInsideWordsStay() {
        String text = "\u2018I don\u2019t\u2019, the residents\u2019 \u201Cfrequent flyer\u201D list";
        assertEquals(
                " I don\u2019t , the residents\u2019  frequent flyer  list", BlockAnalysis.withoutQuotationMarks(text));
        // with no opening mark before it, a mark after a word is an apostrophe
        assertEquals(
                "James\u2019 claims were checked",
                BlockAnalysis.withoutQuotationMarks("James\u2019 claims were checked"));
    }

    @Test
    void aDashTouchingTwoWordsLeavesEachItsOwnTag() {
        assertEquals("those causes,whether it is", BlockAnalysis.dashesApart("those causes\u2014whether it is"));
        assertEquals(
                "a break \u2014 here, 2010,2015", BlockAnalysis.dashesApart("a break \u2014 here, 2010\u20132015"));
        List<String> tags = tags(analyse("Why have those complex causes\u2014whether drink or debt\u2014risen?"), 0);
        assertEquals("causes/NOUN", tags.get(4));
    }

    @Test
    void aSlashBetweenTwoWordsLeavesEachItsOwnTag() {
        assertEquals("opioid use abuse, 1/2, 24/7", BlockAnalysis.slashesApart("opioid use/abuse, 1/2, 24/7"));
        List<String> tags = tags(analyse("Opioid use/abuse is an increasing problem."), 0);
        assertEquals("abuse/NOUN", tags.get(2));
    }

    @Test
    void wordsInCapitalsOpeningASentenceAreTaggedAsIfInSentenceCase() {
        assertEquals("Six people were banned", BlockAnalysis.capitalLeadInSentenceCase("SIX people were banned"));
        assertEquals(
                "A blackpool pensioner says", BlockAnalysis.capitalLeadInSentenceCase("A BLACKPOOL pensioner says"));
        assertEquals("The council said", BlockAnalysis.capitalLeadInSentenceCase("The council said"));
        assertEquals("NOT HERE.", BlockAnalysis.capitalLeadInSentenceCase("NOT HERE."));
        assertEquals("NHS staff said", BlockAnalysis.capitalLeadInSentenceCase("NHS staff said"));
        List<String> tags = tags(analyse("SIX people have been banned from begging in the city centre."), 0);
        assertEquals("six/NUM", tags.get(0));
    }

    @Test
    void aHeadingInTitleCaseTakesSentenceCaseTagsForTheWordsReadAsNames() {
        assertTrue(BlockAnalysis.titleCase("Top Care Homes For Aggressive Dementia Patients"));
        assertTrue(BlockAnalysis.titleCase("Helping The Homeless Cope With The Heat"));
        // function words may stay in lower case, and one other word too
        assertTrue(BlockAnalysis.titleCase("Support for the Homeless in the City of leeds"));
        assertFalse(BlockAnalysis.titleCase("Support for homeless people in Leeds and York"));
        assertFalse(BlockAnalysis.titleCase("Homeless Get Help"));
        assertFalse(BlockAnalysis.titleCase("THE HOMELESS DESERVE RESPECT"));
        // a word read as a name takes its sentence-case tag; the others keep theirs
        List<String> tags = tags(analyse("Top Care Homes For Aggressive Dementia Patients"), 0);
        assertEquals("dementia/NOUN", tags.get(5));
        tags = tags(analyse("The Homeless Get Sick At Night Shelters"), 0);
        assertEquals("get/VERB", tags.get(2));
    }
}
