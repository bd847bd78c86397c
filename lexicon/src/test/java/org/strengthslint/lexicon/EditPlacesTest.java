package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;

/**
 * The exact place, replacement and sentence of edits, as the JSON report and the fix and review
 * commands use them: what the edit covers beyond the finding's words, the case of the
 * replacement, and the findings that must carry no edit.
 */
class EditPlacesTest {
    private static final Linter LINTER = StrictProfile.linter();

    private static Finding only(String text) {
        List<Finding> findings = LINTER.check(text, "note.txt").findings();
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    /** The one finding in {@code text} carries no edit ({@code badEdit} says what it would have read), for {@code reason}. */
    private static void assertNoEdit(String text, String reason, String badEdit) {
        Finding finding = only(text);
        assertNull(finding.edit(), badEdit);
        assertEquals(reason, finding.noEdit());
    }

    private static Finding onlyMarkdown(String text) {
        List<Finding> findings =
                LINTER.check(text.getBytes(StandardCharsets.UTF_8), "note.md").findings();
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    @Test
    void aSingularNounTakesItsArticleWithIt() {
        Finding f = only("Tom is an alcoholic.");
        assertEquals(10, f.offset());
        assertEquals(
                new Edit(7, 12, "a person who is dependent on alcohol", "Tom is a person who is dependent on alcohol."),
                f.edit());
    }

    @Test
    void aCapitalStaysAtTheStartOfTheSentenceAndOnlyThere() {
        assertEquals(
                new Edit(0, 9, "A person who uses drugs", "A person who uses drugs was seen in the car park."),
                only("An addict was seen in the car park.").edit());
        assertEquals(
                "People sleeping rough long term will be prioritised.",
                only("Entrenched rough sleepers will be prioritised.").edit().sentence());
        // "not" goes before "be" after a modal
        Finding modal = only("Many people may be hard to reach.");
        assertEquals(
                new Edit(
                        16,
                        16,
                        "not yet be well served by services",
                        "Many people may not yet be well served by services."),
                modal.edit());
        // after a clause number the word is still the first of its sentence
        assertEquals(
                "3.4 People who use drugs must register with the service.",
                only("3.4 Drug users must register with the service.").edit().sentence());
        // an acronym's capitals are not copied onto its expansion
        assertEquals(
                "subject to a visa condition that stops most benefits and housing help",
                only("He is NRPF.").edit().replacement());
    }

    @Test
    void aPhraseDoesNotJoinAListOfDescribingWords() {
        // "going through an unsettled time and manipulative" would not read
        List<Finding> findings = LINTER.check("She's chaotic and manipulative with staff.", "note.txt")
                .findings();
        Finding chaotic = findings.stream()
                .filter(f -> f.text().equals("chaotic"))
                .findFirst()
                .orElseThrow();
        assertEquals(null, chaotic.edit());
        assertEquals(
                "other describing words follow it in a list, which \"going ...\" would not join", chaotic.noEdit());
        assertEquals(
                "She is going through an unsettled time.",
                only("She is chaotic.").edit().sentence());
    }

    @Test
    void aWordSaidOfBehaviourGetsNoEditMeantForAPerson() {
        // "Your behaviour has been upset" would not read: the suggestions describe a person
        Finding f = only("Your behaviour has been volatile.");
        assertEquals(null, f.edit());
        assertEquals("it is said of \"behaviour\", and the suggestions describe a person", f.noEdit());
        assertEquals(
                null,
                only("Residents whose behaviour is volatile will be moved.").edit());
        assertEquals(
                "Tom has been upset.", only("Tom has been volatile.").edit().sentence());
    }

    @Test
    void aSuggestionEndingInAPrepositionKeepsTheConditionAsItsObject() {
        assertEquals(
                "She lives with PTSD and nightmares.",
                only("She suffers PTSD and nightmares.").edit().sentence());
        assertEquals(
                "He had lived with mental health problems for years.",
                only("He had suffered mental health problems for years.").edit().sentence());
        assertEquals(
                "He died by suicide in May.",
                only("He committed suicide in May.").edit().sentence());
        // whatever the tagger makes of the word after the verb, it stays
        assertEquals(
                "Tenants live with psychosis because of the noise.",
                only("Tenants suffer psychosis because of the noise.").edit().sentence());
    }

    @Test
    void aSuggestionEndingInToLosesItWhenNoObjectFollows() {
        assertEquals(
                "Patients who do not come will be discharged.",
                only("Patients who fail to attend will be discharged.").edit().sentence());
        assertEquals(
                "If she does not come, the place goes to the next person.",
                only("If she fails to attend, the place goes to the next person.")
                        .edit()
                        .sentence());
        assertEquals(
                "He did not come to three appointments.",
                only("He failed to attend three appointments.").edit().sentence());
    }

    @Test
    void aNounPhraseIsReplacedWithANounPhrase() {
        assertEquals(
                "His limited contact with the mental health team was noted at the review.",
                only("His lack of engagement with the mental health team was noted at the review.")
                        .edit()
                        .sentence());
        assertEquals(
                "There has been limited contact from him since May.",
                only("There has been poor engagement from him since May.")
                        .edit()
                        .sentence());
    }

    @Test
    void aReplacementWithItsOwnClauseTakesNoSecondClauseAfterIt() {
        assertNoEdit(
                "They pay a fee for each addict who has medical insurance.",
                "a clause with \"who\" follows, after the replacement's own \"who\"",
                "They pay a fee for each person who uses drugs who has medical insurance.");
        assertEquals(
                "The people who use drugs were moved on.",
                only("The addicts were moved on.").edit().sentence());
    }

    @Test
    void aWordJoinedToTheReplacementItselfGoesWithItsJoiningWord() {
        // "use and use" would repeat the word: the pair is taken away instead
        assertEquals(
                new Edit(31, 10, "", "The form asks about alcohol use."),
                only("The form asks about alcohol use and abuse.").edit());
        assertEquals(
                new Edit(17, 6, "", "Rising opioid use is a concern."),
                only("Rising opioid use/abuse is a concern.").edit());
        // a plural verb after the pair would lose its subject's number; another word for using
        // would say something else ("misuse and use")
        assertNoEdit(
                "Alcohol use and abuse are both rising.",
                "the pair it ends is the subject of a plural verb after it",
                "Alcohol use are both rising.");
        assertNoEdit(
                "Alcohol misuse and abuse were discussed.",
                "the word before it (\"misuse\") already names the use",
                "Alcohol misuse and use were discussed.");
        // a drug the tagger reads as an adjective is what is used
        assertEquals(
                "He has a history of narcotic use.",
                only("He has a history of narcotic abuse.").edit().sentence());
    }

    @Test
    void aPossessiveThatOpensAPatternIsReplacedWithIt() {
        assertEquals(
                "People living with dementia and their carers need more support.",
                only("Alzheimer's sufferers and their carers need more support.")
                        .edit()
                        .sentence());
    }

    @Test
    void aVerbTakesTheTenseAndPersonOfTheVerbItReplaces() {
        assertEquals(
                "does not take up the support offered",
                only("She refuses to engage.").edit().replacement());
        assertEquals(
                "did not take up the support offered",
                only("She refused to engage.").edit().replacement());
        assertEquals(
                "She has not taken up the support offered.",
                only("She has refused to engage.").edit().sentence());
        assertEquals(
                "She is not taking up the support offered.",
                only("She is refusing to engage.").edit().sentence());
        assertEquals(
                "They will not take up the support offered.",
                only("They will refuse to engage.").edit().sentence());
        assertEquals(
                "They do not take up the support offered.",
                only("They refuse to engage.").edit().sentence());
        // the object of "evict" moves into the suggestion; the edit covers it
        Edit evict = only("We will evict you if this continues.").edit();
        assertEquals(new Edit(8, 9, "ask you to leave", "We will ask you to leave if this continues."), evict);
    }

    @Test
    void noEditWhereTheWordsPartIsNotTheDeclaredOne() {
        assertNull(only("The rough sleeper's tent was taken away.").edit(), "a possessive");
        assertNull(only("Staff find him needy at weekends.").edit(), "neither a predicate nor before a noun");
        assertNull(only("The rough sleeper count was published on Friday.").edit(), "before another noun");
        assertNull(only("Local heroin addicts use the needle exchange.").edit(), "an adjective describes it");
        assertNull(only("Rising bills have hit the most vulnerable in society.").edit(), "\"most\" would be lost");
        assertNull(only("Our most vulnerable residents need a named worker.").edit(), "\"most\" belongs to it");
        assertNull(
                only("The city has more isolated and vulnerable people than before.")
                        .edit(),
                "\"isolated\" shares the noun");
        assertEquals(
                "The city has people at risk of harm in every ward.",
                only("The city has vulnerable people in every ward.").edit().sentence());
        assertEquals(
                "Most people who use drugs want help to stop.",
                only("Most addicts want help to stop.").edit().sentence());
        assertNull(only("He became clean after a long detox.").edit(), "\"became in recovery\" would not read");
        assertNull(only("He was a sufferer for most of his adult life.").edit(), "\"was a person\" would say nothing");
        assertNull(only("He was not a sufferer.").edit(), "\"was not a person\" would say nothing");
        assertNull(only("Neighbours called him a lowlife.").edit(), "\"called him a person\" would say nothing");
        assertNull(
                only("The neighbours called Mr Khan a lowlife.").edit(),
                "\"called Mr Khan a person\" would say nothing");
        assertEquals(
                "There are people hanging around the car park.",
                only("There are undesirables hanging around the car park.")
                        .edit()
                        .sentence());
        assertNull(only("Heroin and crack users attend the clinic.").edit(), "\"Heroin\" shares \"users\"");
        assertEquals(
                "Building trust with a person is the first step.",
                only("Building trust with a sufferer is the first step.").edit().sentence());
        assertNull(only("The tenant claims to be unwell.").edit(), "\"says to be unwell\" would not read");
        assertNull(
                only("Residents may be asked to leave for persistent non-engagement.")
                        .edit(),
                "\"persistent not taking up the support offered\" would not read");
        assertNull(
                only("The case was closed after non-engagement with the team.").edit(),
                "\"not taking up the support offered with the team\" would not read");
        assertEquals(
                "The case was closed for not taking up the support offered.",
                only("The case was closed for non-engagement.").edit().sentence());
        assertNoEdit(
                "He threw a tantrum at the desk.",
                "the verb before it (\"threw\") goes with this word only",
                "\"threw a moment of distress\" would not read");
        assertNoEdit(
                "Since the move she has been harder to engage than before.",
                "the comparison in \"harder\" belongs to the words it would replace",
                "\"finding our service hard to use than before\" would lose the comparison");
        // a one-word predicate takes a word of degree as the term did; a phrase or an -ing form does not
        assertEquals(
                "She's very angry when staff visit.",
                only("She's very aggressive when staff visit.").edit().sentence());
        assertEquals(
                "a slash joins another word to it as an alternative, which the rewrite would leave behind",
                LINTER.check("He is a drug user/abuser.", "note.txt")
                        .findings()
                        .get(0)
                        .noEdit());
        assertNoEdit(
                "She is very difficult with staff.",
                "\"very\" before it belongs to it (\"very struggling\" would not read)",
                "\"She is very struggling with staff\" would not read");
        assertNoEdit(
                "Many elderly and vulnerable people manage their money in new ways.",
                "the adjective before \"and\" shares its noun",
                "\"Many elderly and people at risk of harm\" would leave \"elderly\" without its noun");
        assertNoEdit(
                "Karen lost her dementia suffering father last year.",
                "with the word before it, it describes the noun after it",
                "\"her dementia living with father\" would not read");
        assertNoEdit(
                "He suffered badly from depression after his wife died.",
                "the words after it (\"badly ...\") would stand between the suggestion and what it takes",
                "\"He lived with badly from depression\" would not read");
        assertEquals(
                "He is really struggling with his carers.",
                only("He is really difficult with his carers.").edit().sentence());
        assertNoEdit(
                "He is very complex.",
                "\"very\" before it belongs to it (\"very going ...\" would not read)",
                "\"very going through a lot right now\" would not read");
        assertNoEdit(
                "The formerly homeless people here are called companions.",
                "\"formerly\" before it belongs to the words it would replace",
                "\"the formerly people experiencing homelessness\" would not read");
        assertNoEdit(
                "Wandering is one of the most challenging behaviours to manage on the ward.",
                "\"most\" before it belongs to the words it would replace",
                "\"the most behaviour that challenges\" would not read");
        assertNoEdit(
                "To investigate the unusually persistent complainants who write every day.",
                "\"unusually\" before it belongs to the words it would replace",
                "\"the unusually people who have complained many times\" would not read");
        // "stay" links a subject to what is said of it, as "is" does
        assertEquals(
                "He wants to stay off drugs and alcohol.",
                only("He wants to stay clean and sober.").edit().sentence());
        // an adverb that picks out a group, not one of the adjective's own
        assertEquals(
                "Only people sleeping rough in the town can be helped.",
                only("Only rough sleepers in the town can be helped.").edit().sentence());
        // after "her" the term is a noun phrase, whatever the tagger made of its first word
        assertEquals(
                "Due to her different view and ongoing concerns, the children stayed in care.",
                only("Due to her limited insight and ongoing concerns, the children stayed in care.")
                        .edit()
                        .sentence());
        assertNoEdit(
                "We met a former heroin user at the hostel.",
                "an adjective before it belongs to the noun phrase",
                "\"a former person who uses drugs\" would not read");
        assertEquals(
                "an adjective before it belongs to the noun phrase",
                only("He is a known heroin user.").noEdit());
        assertNoEdit(
                "He was aggressive to staff.",
                "the words after it (\"to ...\") belong to it",
                "\"angry to staff\" would not read");
        assertEquals(
                "He was angry towards staff.",
                only("He was aggressive towards staff.").edit().sentence());
        assertEquals(
                "He was having an acute psychotic episode in custody.",
                only("He was suffering an acute psychotic episode in custody.")
                        .edit()
                        .sentence());
        assertEquals(
                "Cuts to day services fall on people at risk of harm.",
                only("Cuts to day services fall on the vulnerable.").edit().sentence());
    }

    @Test
    void noEditForMentionsSelfDescriptionOrWordsWithMarkupInside() {
        Finding quoted = only("The word \"junkie\" hurts people.");
        assertEquals(true, quoted.mention());
        assertNull(quoted.edit());
        assertNull(only("I am an alcoholic and I have been sober for a year.").edit(), "self-description");
        assertNull(onlyMarkdown("He is a *junkie*, the night worker wrote.\n").edit(), "emphasis inside the edit");
    }

    @Test
    void noEditWhereTheSuggestionsLastWordIsTheNextWord() {
        Finding twice = only("We support people with complex needs with their benefit claims.");
        assertNull(twice.edit());
        assertEquals("its last word (\"with\") would stand twice with the word after it", twice.noEdit());
    }

    @Test
    void noEditForTheEndOfAPhraseSharedWithWordsBeforeIt() {
        // "mentally and disabled people" would strand "mentally"
        Finding shared = only("Day places for mentally and physically handicapped people were cut.");
        assertEquals("physically handicapped", shared.text());
        assertNull(shared.edit());
        assertEquals(
                "words before it share it (\"mentally and physically ...\"): reword the whole phrase", shared.noEdit());
        assertEquals(
                "Day places for disabled people were cut.",
                only("Day places for physically handicapped people were cut.")
                        .edit()
                        .sentence());
    }
}
