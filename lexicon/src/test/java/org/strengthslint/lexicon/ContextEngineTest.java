package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Rejection;
import org.strengthslint.api.Severity;
import org.strengthslint.testing.LintAssertions;

/** The context engine's general mechanisms, each on sentences written for it, with the bundled lexicon. */
class ContextEngineTest {
    private static final Linter LINTER = Linter.builder().build();
    private final LintAssertions lint = LintAssertions.using(LINTER);

    /** Each finding as "rule SEVERITY mention", in order. */
    private List<String> ruleSeverityMention(String text) {
        return lint.findings(text).stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.mention())
                .toList();
    }

    @Test
    void theAdjectiveStandsAloneBeforeAVerb() {
        lint.assertFlags("[The homeless] needed shelter last winter.");
        // a participle before a noun for people is part of their description
        assertEquals(
                List.of("failed-asylum-seeker WARNING false"),
                ruleSeverityMention("The number of homeless failed asylum seekers is not known."));
        // nouns for a place between a possessive and the adjective
        lint.assertFlags("Derek is one of hundreds of Auckland's city centre [homeless].");
        lint.assertClean("Auckland's city centre homeless services met on Friday.");
        // with its own article the adjective is the subject, and the participle its verb
        lint.assertFlags("[The homeless] joined campaigners outside the town hall.");
        lint.assertFlags("[The homeless] deserve better than a night in a doorway.");
        lint.assertFlags("You turn up the heating; [the homeless] can't do that.");
        lint.assertFlags("[The mentally ill] face long waits for a bed.");
        lint.assertClean("The homeless shelter opens at eight.");
        lint.assertClean("Funding for the homeless sector fell again.");
        // "no" before a bare adjective and a verb counts people, as "many" and "some" do
        lint.assertFlags("The orders said no [homeless] should be allowed to stay out in the cold.");
        lint.assertClean("No homeless shelter in the county opened this year.");
        // an adjective before a noun for people describes them, even one that can be a verb
        assertEquals(
                List.of("rough-sleeper WARNING false"),
                ruleSeverityMention("The places went to the most vulnerable rough sleepers they knew."));
        // a word WordNet knows only as a verb is no head noun, whatever the tagger reads it as
        lint.assertFlags("A paranoid [schizophrenic] went on a rampage after failing to take his medication.");
        // an "-ly" adjective the tagger reads as an adverb, before a noun for people, describes them
        assertEquals(
                List.of("vulnerable WARNING false"),
                ruleSeverityMention("The vulnerable elderly residents were moved to another home."));
    }

    @Test
    void aBarePluralAdjectiveNamesPeopleAfterAPrepositionOrAsASubject() {
        lint.assertFlags("The charity opened twenty beds for [homeless] this winter.");
        lint.assertFlags("The number of [homeless] is rising in every county.");
        lint.assertFlags("It is the first hostel where [homeless] may drink on site.");
        lint.assertFlags("The new programme will help [homeless] find work.");
        lint.assertClean("The floods left hundreds homeless for a month.");
        lint.assertFlags("[Homeless] who have been living on the car park were moved on.");
        lint.assertFlags("The survey counted where Bristols’ [homeless] are sleeping.");
        lint.assertClean("She became homeless after the fire and stayed with friends.");
        lint.assertClean("Families accepted as homeless are placed in temporary accommodation.");
        LintAssertions.using(LINTER)
                .onlyRule("the-homeless")
                .assertClean("The council has a duty to homeless and disabled applicants.");
        lint.assertFlags("The council has a duty to [homeless and disabled applicants].");
        lint.assertClean("Homeless for ten years, Tom found a flat in May.");
        lint.assertClean("People made homeless by the floods were housed in hotels.");
        // what a counting word counts, when the adjective ends its phrase
        lint.assertFlags("There are more [homeless] than ever before.");
        lint.assertFlags("If there's more [homeless], traffickers have a bigger pool.");
        lint.assertClean("The floods left many homeless.");
        lint.assertClean("They were more homeless than before.");
        // a headline drops the article before the verb's object
        lint.assertFlags("Council fails [homeless]");
        lint.assertFlags("Care cuts leave [elderly] stuck in hospital");
        lint.assertClean("Family left homeless after fire");
        lint.assertClean("Tom sleeps homeless.");
        lint.assertClean("Those living homeless remain at risk of harm.");
        // further back in a list of one-word plural items
        LintAssertions.using(LINTER)
                .onlyRule("the-homeless")
                .assertFlags("Drunks, chronics, [homeless] or the forgotten: Eddie helps them all.");
    }

    @Test
    void aProcessNamedInAPolicyIsNotSaidOfSomeone() {
        lint.assertFlags("You may be [evicted] if this happens again.");
        lint.assertFlags("We will [evict] him if the arrears are not paid.");
        lint.assertFlags("The resident was [barred] in March.");
        // readers of real reports never took "evicted" in an account of what happened for a label
        lint.assertClean("The resident was evicted in March.");
        lint.assertClean("Tenants who are evicted are twice as likely to sleep rough again.");
        lint.assertClean("48% of tenants evicted last year had rent arrears.");
        lint.assertClean("Services should avoid evicting older tenants in winter.");
    }

    @Test
    void doubtLiesInReportingWhatSomeoneSaysNotInClaimingSomething() {
        lint.assertFlags("He [claimed] the patches don't work for him.");
        lint.assertFlags("She [insists] that the boiler was broken.");
        lint.assertFlags("He [claims] to have paid the rent in cash.");
        lint.assertClean("They claim a doorway on the high street every night.");
        lint.assertClean("She insisted on a meeting with the manager.");
        lint.assertClean("People have the right to refuse treatment.");
        lint.assertClean("Practices should not refuse patient registration for want of an address.");
        lint.assertFlags("He did not [refuse] help when the team called.");
        // a verb after "and" has the earlier verb's subject: a body's statement, a person's words
        lint.assertClean("The groups said the policy was cruel and claimed it was failing.");
        lint.assertFlags("The tenant said he was ill and [claimed] he could not pay.");
        // the tagger reads "parent claims" as a compound; "to" and a verb after it make it a verb
        lint.assertFlags("A parent [claims] to have attended every session.");
    }

    @Test
    void aTermOpeningASentenceAboutItselfIsAMention() {
        assertEquals(
                List.of("bed-blocking INFO true"),
                ruleSeverityMention("Bed-blocking makes it sound as if patients choose to stay."));
        lint.assertFlags("[Bed-blocking] is rising again this winter.");
        // a bracketed note on the word may come between the word and what is said of it
        assertEquals(
                List.of("traveller-slur INFO true"),
                ruleSeverityMention("Pikey (also spelled pikie) is a derogatory slang term for Travellers."));
        lint.assertFlags("[Junkies] (mostly young men) are a problem in the town.");
        assertEquals(
                List.of("illegal-immigrant INFO true"),
                ruleSeverityMention("Illegal immigrant itself is a difficult term."));
    }

    @Test
    void adjectivesListedAfterOneTheAreNounsForPeople() {
        lint.assertFlags("The fund helps [the homeless], [unemployed] and [disabled] in the city.");
        lint.assertClean("The family, homeless since May, asked the council for help.");
        lint.assertClean("The resident, unemployed since May, asked for help.");
    }

    @Test
    void bracketedWordsOfATitleArePartOfTheName() {
        lint.assertClean("The council had duties under the Housing (Homeless Persons) Act 1977.");
        lint.assertFlags("The Housing (for [homeless persons]) team met.");
    }

    @Test
    void aNewSubjectMayFollowAVerbOfSayingInItsIngForm() {
        lint.assertFlags("Critics are saying [homeless] are being moved on from the station.");
        lint.assertClean("He was saying Tom's homeless again.");
    }

    @Test
    void aPlacesHomelessAfterAVerbAreItsObject() {
        lint.assertFlags("A new drug is gripping Cardiff's [homeless] as the city faces a crisis.");
        lint.assertClean("Staff knew Tom's homeless again.");
        // a verb of thinking or noticing takes a clause, where "'s" is "is"
        lint.assertClean("I suppose Dad's homeless again.");
        lint.assertClean("Nobody realised Gran's homeless.");
        lint.assertClean("I guess Mum's homeless now.");
    }

    @Test
    void aPrepositionOfTwoWordsIsNoAdjectiveAfterTheTerm() {
        lint.assertFlags("She cares for a patient who is [a paraplegic] due to a spinal stroke.");
        lint.assertClean("She cares for a patient who is paraplegic due to a spinal stroke.");
        lint.assertClean("The homeless shelter next to the station closed in May.");
    }

    @Test
    void otherSetsTheAdjectiveBesidePeopleListedBeforeIt() {
        lint.assertFlags("The grant is for [rough sleepers] and other [homeless].");
        lint.assertClean("The grant is for refugees and other homeless services.");
    }

    @Test
    void aHeadlinesSubjectIsANounWhenItHasNoVerbForm() {
        lint.assertFlags("Home help crisis leaves [elderly] stuck in hospitals");
        lint.assertClean("Home help crisis leaves elderly people stuck in hospitals");
    }

    @Test
    void aPrefixOfDegreeKeepsTheLabelItCarries() {
        lint.assertFlags("The unit needs specialist staff for these [super-difficult patients].");
        lint.assertFlags("[Poly-substance abuse] is behind most of the deaths.");
        lint.assertClean("A multi-agency panel met on Monday.");
    }

    @Test
    void aNameBetweenTheAndTheAdjectiveSaysWhereThePeopleAre() {
        lint.assertFlags("The London [homeless] are sleeping in the station again.");
        lint.assertClean("The London homeless shelter is full again.");
    }

    @Test
    void aWordFarMoreOftenANounStartsACompoundAfterTheAdjective() {
        // "shelter" and "access" are tagged as nouns in WordNet's corpus far more often than as verbs
        lint.assertClean("If the homeless shelter closes, where will they go?");
        lint.assertClean("That the disabled access ramp was broken is clear.");
        // "face" and "need" are verbs often enough that a noun after them is their object
        lint.assertFlags("Every winter [the homeless] face hunger and cold.");
        lint.assertFlags("In this city [the homeless] need care, not fines.");
        lint.assertClean("The homeless shelter closes at 9am.");
        // a verb in its base form after it is the noun's own: "Did the homeless shelter open ...?"
        lint.assertClean("Did the homeless shelter open on Christmas Day?");
        lint.assertFlags("Where did [the mentally ill] go when the wards closed?");
        // with no verb of its own after the noun, the word is the verb: "access food banks"
        lint.assertFlags("[The homeless] access food banks more than any other service.");
        lint.assertFlags("Many of [the homeless] smoke cannabis to cope with the cold.");
    }

    @Test
    void aParticipleWithItsAgentOrAnAdverbAndAVerbFollowsAStandaloneTerm() {
        // a participle with "by" after it is a clause after the noun phrase, however it is tagged
        lint.assertFlags("They queue at a shelter for [the homeless] run by the Salvation Army.");
        lint.assertFlags("It was one more attack on [the homeless] perpetrated by teenagers.");
        lint.assertClean("The homeless shelter run by the Salvation Army is full.");
        // an "-ly" adverb, then a verb: the verb is theirs
        lint.assertFlags("Without friends or money, [the homeless] consistently find themselves in court.");
        lint.assertClean("The homeless day centre regularly runs out of food.");
    }

    @Test
    void anInitialOnItsOwnBeforeAVerbIsAPerson() {
        // judgments and case reviews name people by an initial
        lint.assertFlags("G believed that T was [disruptive] and [argumentative] at work.");
        // a letter after the word it labels is no one
        lint.assertClean("Option B was disruptive to the timetable.");
    }

    @Test
    void aBlockListingWordsIsMostlyTerms() {
        // a guide's row of words to avoid: a mention
        assertEquals(
                List.of("addict INFO true", "junkie INFO true", "junkie INFO true"),
                ruleSeverityMention("addict, junkie, druggie"));
        // a term, then what to say instead: a row of a guide too
        assertEquals(List.of("suffers-from INFO true"), ruleSeverityMention("Suffers from, lives with, has"));
        // a title that lists things and one group of people uses the term
        lint.assertFlags("Hotels, hostels and [the homeless]");
        lint.assertFlags("Help for Parents, Caregivers, and Families of [Schizophrenics]");
    }

    @Test
    void aStateAPossessiveOrAComparativeIsNoGroupOfPeople() {
        // after the verb of a "who" clause and "while" or "when", the word says how someone was;
        // elsewhere "while" opens a clause whose subject it may be
        lint.assertClean("Nine in ten people who died while homeless had been in hospital that year.");
        lint.assertFlags("Police arrived while [homeless] were sleeping in the doorway.");
        lint.assertFlags("It is a place where [homeless] can sleep safely.");
        // a possessive noun after the word is what it describes
        lint.assertClean("Young people used the homeless agency's services last year.");
        // "more" after the verb's object compares; after "there's" it counts
        lint.assertFlags("They just made [the homeless] more homeless, one man said.");
        lint.assertFlags("If there's more [homeless], the traffickers have a bigger pool.");
        lint.assertFlags("The council now houses hundreds more [homeless] than last year.");
        lint.assertFlags("There are 20 per cent more [homeless] in the city than in 2019.");
        // an adverb and an adjective after it: one more word before the group's own adjective,
        // which is the term reported
        lint.assertFlags("Care for the homeless [mentally ill] is based on a report from 1984.");
        lint.assertFlags("The new rules left [the homeless] totally dependent on food banks.");
    }

    @Test
    void whoAnInfinitiveOrAParticipleIsSaidOf() {
        // an "-ing" verb after a noun for people, then "to": the infinitive is said of them
        lint.assertFlags("There are high rates of failure for people trying to [get clean].");
        // after a thing the walk goes on to whoever the sentence is about
        lint.assertFlags("She went to rehab for a chance to [get clean].");
        // the owner of "your claim" is who failed to engage
        lint.assertFlags("Your claim may be closed after [failing to engage].");
        // a plural of an adjective for people in "-ies" is the noun for them, whatever the subject
        lint.assertFlags("The ward was full to bursting and loaded with [crazies].");
        // two verbs in the same form share their object; not a noun in "-ing" before them
        lint.assertFlags("The reasons for [committing or attempting suicide] were not clear.");
        lint.assertFlags("Research on funding and [committing suicide] is rare.");
        // after "left" a noun for people is the object, a describing noun names the group
        lint.assertClean("The fire left the family homeless for a month.");
        lint.assertFlags("The reforms left the war [disabled] without pensions.");
    }

    @Test
    void aNounAndAnAdjectiveBeforeAThingAreTwoPhrases() {
        // "alcohol" names a thing and is no adjective in WordNet: "domestic abuse" is a phrase of its own
        lint.assertClean("Alcohol and domestic abuse services were cut.");
        lint.assertFlags("Alcohol and domestic abuse services were cut, and her [alcohol abuse] went on.");
        // a word that names a drug straight before "abuse" makes it that drug's abuse, whatever
        // is joined before it
        lint.assertFlags("He has a history of alcohol and narcotic [abuse].");
        // before people the adjective shares the noun's word; "complex" is an adjective however tagged
        lint.assertFlags("Many of them have [complex and interrelated needs].");
    }

    @Test
    void aLabelAPersonDeniesOfThemselvesIsTheirOwnWord() {
        assertEquals(List.of("crazy INFO false"), ruleSeverityMention("I am not crazy, whatever they say."));
        assertEquals(
                List.of("scrounger INFO false"), ruleSeverityMention("I've got M.E. and I'm not a benefits cheat."));
        assertEquals(List.of("the-sufferer INFO false"), ruleSeverityMention("I don't consider myself a sufferer."));
        // said of someone else, the label is still a finding
        assertEquals(List.of("scrounger ERROR false"), ruleSeverityMention("He is not a benefits cheat."));
    }

    @Test
    void anAdjectiveAfterAndDescribesTheNounAfterIt() {
        // "devastating" is read as a noun here; WordNet knows it as an adjective, so "condition" is the head
        lint.assertClean("She has a complex and devastating condition.");
        lint.assertClean("Were they cooperative, calm, or in discomfort during the visit?");
        lint.assertFlags("He is a [complex] and lonely man, the report says.");
    }

    @Test
    void aPossessiveStandsAloneAsANoun() {
        lint.assertFlags("[The itinerant's] belongings were taken by the council.");
        lint.assertFlags("[The elderly's] needs come first in the plan.");
        lint.assertClean("The Overseers made rules for the Poor's House in 1820.");
        lint.assertClean("The Sisters of the Poor's home closed in 1990.");
    }

    @Test
    void toBeAfterAParticiplesObjectIsSaidOfTheObject() {
        lint.assertFlags("They closed the case, finding her to be [disengaged] from the team.");
        // the activity itself is what "be" is said of when no object stands before "to be"
        lint.assertClean("Trying to be supportive can be challenging for new staff.");
        lint.assertClean("Trying to help can be challenging.");
    }

    @Test
    void theInsideAPatternStandsForAnyPossessiveOrDemonstrative() {
        lint.assertFlags("The minister promised to act on those who [abuse our system].");
        lint.assertFlags("Officials said some people [game this system] every winter.");
        lint.assertClean("The National Coalition for the Homeless published the count.");
    }

    @Test
    void theAuxiliaryOfAQuestionGoesWithTheVerbAfterTheTerm() {
        lint.assertFlags("What does a hostel for [the homeless] look like?");
        lint.assertClean("What does the homeless shelter need?");
    }

    @Test
    void wordsSetOutAsExamplesAreShownNotSaid() {
        assertEquals(
                List.of("addict INFO true", "junkie INFO true"),
                ruleSeverityMention("Addict. Junkie. Two words we no longer write."));
        assertEquals(List.of("addict INFO true"), ruleSeverityMention("EXAMPLE: She's an addict."));
        lint.assertFlags("He is an [addict]. Staff know.");
    }

    @Test
    void verbsJoinedByOrShareTheRelativeClausesWho() {
        lint.assertFlags("Most were patients who had missed appointments or [failed to co-operate] with the plan.");
        lint.assertFlags("The report, which was late and failed to engage with the evidence, was withdrawn.");
    }

    @Test
    void aCellThatIsOnlyAListOfWordsShowsThem() {
        assertEquals(
                List.of("addict INFO true", "junkie INFO true", "junkie INFO true", "alcoholic INFO true"),
                ruleSeverityMention("addict, junkie, druggie, alcoholic"));
        assertEquals(
                List.of("not-engaging INFO true", "non-compliant INFO true"),
                ruleSeverityMention("not engaged, non-compliant"));
        // a clause between the commas, or a full stop, makes it a sentence that uses the words
        assertEquals(
                List.of("the-homeless ERROR false"),
                ruleSeverityMention("Mayor Tory, the homeless need housing, not harassment"));
        lint.assertFlags("[Chaotic], [aggressive] and [non-compliant] on arrival.");
    }

    @Test
    void aTermThatOpensItsOwnDefinitionIsAMention() {
        assertEquals(List.of("rough-sleeper INFO true"), ruleSeverityMention("Rough sleepers are defined as:"));
        assertEquals(
                List.of("traveller-slur INFO true"),
                ruleSeverityMention("A Pikey was and is a term used for Irish Travellers."));
        assertEquals(
                List.of("bed-blocking INFO true"),
                ruleSeverityMention("It is so well known that we have a phrase for it – bed blocking."));
        assertEquals(
                List.of("hard-to-reach INFO true"),
                ruleSeverityMention("Hard-to-reach populations should not be defined based on vaccination rates."));
        assertEquals(
                List.of("non-compliance INFO true"),
                ruleSeverityMention("Noncompliance nursing diagnosis refers to a failure to follow a plan."));
        assertEquals(
                List.of("hard-to-reach INFO true"),
                ruleSeverityMention("We propose that hard-to-reach populations be defined as far from a clinic."));
        // a verb before the term makes the clause about something else, and so does a clause
        // that says something of people, or only reports words
        lint.assertFlags("The panel met [rough sleepers] defined as priority cases.");
        lint.assertFlags("[Addicts] are defined by their worst day.");
        lint.assertFlags("[Junkies] refer to heroin as gear.");
        lint.assertFlags("Neighbours complained that the [junkies] are offensive.");
    }

    @Test
    void aStereotypeOrANarrativeNamedByTheTermIsAMention() {
        assertEquals(
                List.of("junkie INFO true"),
                ruleSeverityMention("The vile stereotype of the junkie is so deeply ingrained."));
        assertEquals(
                List.of("scrounger INFO true"),
                ruleSeverityMention("The scroungers narrative is a problem across the political spectrum."));
        assertEquals(
                List.of("contempt INFO true"),
                ruleSeverityMention("They refute popular notions that say they are simply deadbeats."));
        lint.assertFlags("The stereotype hurt [junkies] and their families.");
        // without a determiner, the narratives are the people's own
        lint.assertFlags("[Addict] narratives were collected from forty men.");
    }

    @Test
    void aSentenceInCapitalsIsReadLikeAnyOther() {
        lint.assertFlags("[THE HOMELESS] DESERVE RESPECT.");
        lint.assertClean("THE HOMELESS SHELTER OPENS AT EIGHT.");
    }

    @Test
    void aMythSetOutToBeAnsweredIsAMention() {
        assertEquals(
                List.of("the-homeless INFO true", "addict INFO true"),
                ruleSeverityMention("Myth 2: The homeless are all addicts."));
        assertEquals(
                List.of("the-homeless INFO true", "homeless-by-choice INFO true"),
                ruleSeverityMention("Misconception 1. All homeless are on the streets by choice."));
        lint.assertFlags("Myths about [the homeless] are common, and [the homeless] suffer for them.");
        // an assumption may be the writer's own
        lint.assertFlags("Assumption 1: the [addicts] will relapse.");
    }

    @Test
    void wordsBeforeAnArrowToTheirReplacementAreShown() {
        assertEquals(
                List.of("addict INFO true", "junkie INFO true", "junkie INFO true", "alcoholic INFO true"),
                ruleSeverityMention("Addict/ junkie/ druggie /alcoholic > Person with a dependence on alcohol"));
        assertEquals(List.of("service-user INFO true"), ruleSeverityMention("service users \u2192 people we support"));
        // what follows the arrow is not shown, and a sentence before it is no list of words
        assertEquals(
                List.of("the-homeless ERROR false"),
                ruleSeverityMention("Rent > 40% of income > the homeless pay it all"));
        assertEquals(
                List.of("the-homeless ERROR false"), ruleSeverityMention("The homeless need housing -> a home first"));
        // steps of a process, or a note of what follows, are not a guide's row
        lint.assertFlags("[Addicts] are offered detox -> rehab -> housing");
        lint.assertFlags("[Non-compliant] clients -> warning letter");
    }

    @Test
    void anExampleSetAgainstABetterWayToWriteItIsShown() {
        assertEquals(
                List.of("non-compliant INFO true"),
                ruleSeverityMention("Client is non-compliant VS Client said the tablets make him feel sick"));
        // "vs" comparing two things in running text, or two names, is no such pair
        assertEquals(
                List.of("non-compliant WARNING false"),
                ruleSeverityMention("Client is non-compliant vs. Client said the tablets make him feel sick"));
        lint.assertFlags("The [addicts] VS the police: a new film");
    }

    @Test
    void whatSomeoneIsLabelledAsIsAMention() {
        assertEquals(
                List.of("unmotivated INFO true"),
                ruleSeverityMention("It is easy to define a reluctant resident as someone who is unmotivated."));
        lint.assertFlags("He was described by staff as [manipulative] and [difficult to help].");
    }

    @Test
    void capitalsAloneDoNotMakeAName() {
        lint.assertFlags("Letters went to every [Rough Sleeper] in the borough.");
        lint.assertFlags("Letters went to all [Service Users] this week.");
        lint.assertClean("The Rough Sleepers Unit was set up in 1999.");
        lint.assertClean("She works for the Complex Needs team in Hull.");
        lint.assertFlags("Why We Should Open Wet Shelters for [Homeless Alcoholics]");
        lint.assertFlags("Patients With [Difficult Personalities]");
        lint.assertClean("He volunteers at the Centre for Homeless Health in Leeds.");
        // the words an acronym stands for, in brackets after it
        lint.assertClean("A statement was read out from PHAB (Physically Handicapped & Able Bodied).");
        lint.assertFlags("A statement was read out from PHAB (on behalf of [the Physically Handicapped]).");
    }

    @Test
    void possessivesAndPrefixesMatchTheTermTheyCarry() {
        lint.assertFlags("The [rough sleeper's] tent was taken away.");
        lint.assertFlags("Two [ex-addicts] now run the café.");
    }

    @Test
    void aMarkClosingASingleQuotationIsNoPossessive() {
        lint.assertFlags("Notes from the [rough sleepers]' meeting were shared.");
        lint.assertClean("One in ten offices refused to let to ‘DSS’ tenants.");
        lint.assertClean("Some agents refused to let to 'DSS' tenants.");
    }

    @Test
    void aPersonSlotFindsAnyNounForAPerson() {
        lint.assertFlags("[Homeless pensioners] are often missed by the count.");
        lint.assertClean("Homeless charities asked for more funding.");
    }

    @Test
    void wordFormsAreFoundBeyondTheFormWritten() {
        lint.assertFlags("He [alleged] that the door had been left open.");
    }

    @Test
    void aPersonIsFoundThroughCompoundsCoordinationAndBehaviour() {
        lint.assertFlags("She has been a [chaotic] [cocaine user] since her teens.");
        lint.assertFlags("He forgets appointments & is [non-compliant] with his medication.");
        // an ampersand is "and" wherever "and" counts: lists, fixed phrases, names
        lint.assertFlags("Her file says she is [promiscuous] & often missing overnight.");
        lint.assertFlags("He has been [clean & sober] for a year now.");
        // "A&E" and "B&B" stay one word each: the clause after them keeps its subject
        lint.assertFlags("She was seen at A&E and back at the B&B, and is [non-compliant] with her medication.");
        lint.assertFlags("Their conduct has been [manipulative] all week.");
        lint.assertClean("The council dealt with aggressive or threatening behaviour quickly.");
    }

    @Test
    void anAllowedPhraseAllowsWhatItsPatternFinds() {
        Linter allowing = StrictProfile.builder()
                .configuration(org.strengthslint.config.ConfigurationLoader.parse(
                        "profile: strict\nallow: [breach of the licence]\n", "allow.yml", java.nio.file.Path.of(".")))
                .build();
        LintAssertions.using(allowing).assertClean("This is a breach of your licence.");
        LintAssertions.using(StrictProfile.linter()).assertFlags("This is a [breach of your licence].");
    }

    @Test
    void aSurnameInCapitalsIsAName() {
        lint.assertFlags("Mr SMITH was [aggressive] towards staff.");
        lint.assertFlags("John SMITH was [aggressive] towards staff.");
        lint.assertFlags("MR HAINES IS [FRAIL] AFTER THE LONG ADMISSION.");
        lint.assertClean("The NHS was chaotic over the winter.");
        // an acronym after a place is no surname
        lint.assertClean("Leeds CCG was chaotic over the winter.");
        lint.assertClean("Kent ICB was chaotic over the winter.");
    }

    @Test
    void aListAfterBeKeptOnItsPronounIsSaidOfThePronoun() {
        lint.assertFlags("She's [chaotic] and [manipulative] with staff.");
        assertTrue(
                lint.assertFlags("I'm [chaotic] and [manipulative] when I drink.").stream()
                        .allMatch(f -> f.severity() == Severity.INFO),
                "every item of a list the speaker says of themselves is self-description");
    }

    @Test
    void aPronounWithItsVerbInOneWordIsAPerson() {
        // the tokenizer keeps "she's" as one word, straight or curly apostrophe
        lint.assertFlags("She's very [aggressive] when she drinks.");
        lint.assertFlags("We’re told he’s [chaotic].");
        lint.assertFlags("He'd been [non-compliant] with his medication.");
        lint.assertClean("It's very aggressive marketing.");
        lint.assertFlags("She's written to the council, [claiming] she was ignored.");
        lint.assertFlags("Tenants have [claimed] it's easier to get a repair by phone.");
    }

    @Test
    void aParticipleAfterACommaIsSaidOfTheSubjectNotOfAPhraseAfterAPreposition() {
        lint.assertFlags("The tenant wrote to the council, [claiming] he had been left without heating.");
        lint.assertClean("Letters were sent to the tenants, claiming the rent was late.");
        lint.assertClean(
                "A Leeds homeless charity has hit back at the council's plans for the camp, claiming more help is needed.");
    }

    @Test
    void theAdjectiveJoinedToTheNameOfAServiceDescribesIt() {
        lint.assertClean("Pathway, the homeless and inclusion health charity, wrote to every candidate.");
        lint.assertClean("The council adopted the homeless and rough sleeping strategy in May.");
        lint.assertFlags("We help [the homeless] and [the poor].");
        lint.assertFlags("Services for [the homeless] and permissive drug policies came first.");
    }

    @Test
    void theAsOfSuchAsIsNoViewOfSomeone() {
        lint.assertFlags("Winter sees illnesses such as flu that affect [the elderly].");
        assertTrue(lint.assertFlagsOne("The public sees them as [scroungers].").mention());
        lint.assertFlags("Staff see residents as soon as [the homeless] arrive.");
        lint.assertFlags("Winter sees hospitals under pressure as [the elderly] fall ill.");
    }

    @Test
    void aNounForPeopleBeforeAnotherNounDescribesIt() {
        lint.assertFlags("We met a [difficult family] yesterday.");
        lint.assertFlags("[Difficult family] members were asked to leave.");
        lint.assertClean("Many children grow up in difficult family circumstances.");
        lint.assertFlags("The [difficult clients]' files are kept in the office.");
        lint.assertFlags("[Difficult customers] phone every day.");
    }

    @Test
    void aVerbWhoseBaseEndsInEdIsNoParticiple() {
        // "need" after the predicate is the sentence's verb, not a participle before a noun "support"
        lint.assertFlags("Residents whose behaviour is [chaotic] need support.");
        lint.assertFlags("People whose lives are [chaotic] need support.");
        lint.assertClean("People whose lives are difficult need support.");
    }

    @Test
    void anIngWordJoinedToAPredicateIsAVerbNotAModifier() {
        lint.assertFlags("She was [aggressive] and causing damage to the room.");
        lint.assertFlags("Stop being [aggressive], abusive and causing nuisance to neighbours.");
        lint.assertClean("This was aggressive and threatening behaviour.");
        // the "-ing" word may be the head the tagger gives the phrase after "and"
        LintAssertions.using(LINTER)
                .onlyRule("manipulative")
                .assertFlags("Patients can be [manipulative] and drug seeking or have repeated self-harm attempts.");
    }

    @Test
    void aNounAfterHisOrHerIsTheirsWhateverPhraseItIsIn() {
        lint.assertFlags("Staff put the missed sessions down to her [lack of insight].");
        lint.assertClean("The report put the delay down to a lack of insight into local costs.");
    }

    @Test
    void aPhraseOfTimeAfterAPredicateIsNotWhatItDescribes() {
        lint.assertFlags("He was [aggressive] last night.");
        lint.assertFlags("Tom [fell off the wagon] last month.");
        lint.assertClean("It was a chaotic week on the ward.");
    }

    @Test
    void onesStandsForTheNounBeforeIt() {
        lint.assertFlags("These patients are the most [difficult] ones to work with.");
        lint.assertClean("The question was a difficult one to answer.");
    }

    @Test
    void aNounPhraseHeadDecidesAnInnocentSense() {
        lint.assertFlags("Many tenants [suffer from] severe anxiety.");
        lint.assertClean("Many tenants suffer from poor housing.");
    }

    @Test
    void aTermUnderDiscussionIsAMention() {
        Finding framed = lint.assertFlagsOne("Please stop using the word [junkie] in case notes.");
        assertEquals(Severity.INFO, framed.severity());
        assertTrue(framed.mention());
        for (Finding f : LINTER.check(
                        "Guides warn against labels such as chaotic, entrenched or hard to reach.", "x.txt")
                .findings()) {
            assertEquals(Severity.INFO, f.severity(), f.text());
            assertTrue(f.mention(), f.text());
        }
        assertEquals(
                Severity.ERROR,
                lint.assertFlagsOne("He was described by staff as [manipulative].")
                        .severity(),
                "reported speech about a person is not a mention");
        assertTrue(lint.assertFlagsOne("Or, to use that familiar but unkind term, [bed-blocking] again.")
                .mention());
        assertTrue(lint.assertFlagsOne("Advocates argue against the euphemism [special needs].")
                .mention());
        // words that describe the term may stand between the frame's article and it
        assertTrue(lint.assertFlagsOne("There is no such thing as a child [prostitute].")
                .mention());
        assertEquals(
                Severity.ERROR,
                lint.assertFlagsOne("In other words, [the homeless] were moved on.")
                        .severity());
    }

    @Test
    void wordsSetOutAfterADashOrNamedAsAFormerNameAreMentions() {
        for (Finding f : LINTER.check(
                        "The terms some of us once used \u2014 pikey, gyppo, tinker \u2014 can get you arrested.",
                        "x.txt")
                .findings()) {
            assertTrue(f.mention(), f.text());
        }
        assertTrue(lint.assertFlagsOne("Irish Travellers, once known as [tinkers], are a recognised minority.")
                .mention());
        assertTrue(lint.assertFlagsOne("Learning disability used to be known as [mental retardation].")
                .mention());
        // a dash with no word for wording before it sets out people, not words; nor does a dash
        // after an idiom, or one that opens a clause rather than a list of words
        for (String use : List.of(
                "Residents complained about the people outside \u2014 [junkies] mostly.",
                "In other words \u2014 [junkies] were moved on.",
                "Tenants must keep to the terms of their licence \u2013 [drug addicts] found using will be evicted.",
                "The word got out - [beggars] were being paid to leave.",
                "Warning letters use stark terms \u2014 [beggars] will be reported to police.")) {
            assertFalse(lint.assertFlagsOne(use).mention(), use);
        }
        // with an article the name is one person's reputation, a label used of them
        assertFalse(lint.assertFlagsOne("The man, previously known as a [vagrant] to police, was housed.")
                .mention());
        // a frame before an organisation's name does not reach the clause after it
        assertEquals(
                List.of("addict ERROR false", "alcoholic ERROR false"),
                ruleSeverityMention("The charity, formerly known as Simon House, works with addicts and alcoholics."));
    }

    @Test
    void itemsListedUnderAHeadingAboutWordsAreMentions() {
        String guide = "# Our language guide\n\n## Words we no longer use\n\n- the homeless\n- addicts\n\n"
                + "## Our residents\n\nSome residents told us they felt judged.\n\nWe avoid these labels:\n\n"
                + "- chaotic\n- hard to engage\n\nNew staff sometimes call residents addicts.\n";
        List<Finding> findings = LINTER.check(guide, "guide.md").findings();
        assertEquals(
                List.of("the homeless info", "addicts info", "chaotic info", "hard to engage info", "addicts error"),
                findings.stream()
                        .map(f -> f.text() + " " + f.severity().label())
                        .toList());
    }

    @Test
    void aHeadingOnAnotherSubjectEndsAListOfWords() {
        String plan = "# Care plan\n\n## Words we no longer use\n\n- junkie\n- addict\n\n"
                + "## Risks\n\n- Manipulative with new staff\n- Alcoholic, drinks daily\n";
        assertEquals(
                List.of("junkie info", "addict info", "Manipulative error", "Alcoholic error"),
                LINTER.check(plan, "plan.md").findings().stream()
                        .map(f -> f.text() + " " + f.severity().label())
                        .toList());
        String nested = "## Words we no longer use\n\n- junkie\n\n### Drugs and alcohol\n\n- addict\n\n"
                + "## Risks\n\n### At night\n\n- Manipulative with new staff\n";
        assertEquals(
                List.of("junkie info", "addict info", "Manipulative error"),
                LINTER.check(nested, "guide.md").findings().stream()
                        .map(f -> f.text() + " " + f.severity().label())
                        .toList(),
                "a heading inside the section about words goes on with the list");
        String html = "<h2>Words we no longer use</h2><ul><li>junkie</li></ul>"
                + "<h2>Risks</h2><ul><li>Manipulative with new staff</li></ul>";
        assertEquals(
                List.of("junkie info", "Manipulative error"),
                LINTER.check(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.html").findings().stream()
                        .map(f -> f.text() + " " + f.severity().label())
                        .toList());
    }

    @Test
    void aNoteThatOpensWithAVerbIsNotAListOfWords() {
        assertEquals(
                Severity.ERROR, lint.assertFlagsOne("[Alcoholic], drinks daily").severity());
        assertEquals(
                Severity.ERROR,
                lint.assertFlagsOne("[Alcoholic]; shouts at staff").severity());
        assertEquals(
                Severity.ERROR, lint.assertFlagsOne("[Alcoholic], drank daily").severity());
        assertEquals(
                List.of("Kicks off info", "acts out info", "attention-seeking info"),
                LINTER.check("Kicks off, acts out, attention-seeking", "cell.txt").findings().stream()
                        .map(f -> f.text() + " " + f.severity().label())
                        .toList(),
                "a phrasal verb alone is a listed term");
        assertEquals(
                List.of("addict info", "junkie info", "alcoholic info"),
                LINTER.check("addict, junkie, alcoholic", "cell.txt").findings().stream()
                        .map(f -> f.text() + " " + f.severity().label())
                        .toList());
    }

    @Test
    void termsInALanguageGuidesTableAreMentions() {
        String guide =
                "# Our guide\n\n| Term to avoid | Use instead |\n|---|---|\n| drug abuser | person who uses drugs |\n"
                        + "| addict | person with a drug problem |\n\nNew staff sometimes call residents addicts.\n";
        assertEquals(
                List.of("drug abuser info", "addict info", "addicts error"),
                LINTER.check(guide, "guide.md").findings().stream()
                        .map(f -> f.text() + " " + f.severity().label())
                        .toList());
    }

    @Test
    void readingsThatLookAlikeAreToldApart() {
        lint.assertFlags("[The homeless] needed shelter long before the cold snap.");
        assertEquals(
                Severity.ERROR,
                lint.assertFlagsOne(
                                "\u201CI told him the [junkies] round here are a menace to everyone,\u201D she said.")
                        .severity(),
                "someone's words about others are quoted speech, a use");
        assertEquals(
                Severity.ERROR,
                lint.assertFlagsOne("He is known as a [manipulative] man.").severity());
        assertEquals(
                Severity.ERROR,
                lint.assertFlagsOne("The following residents were moved, including [junkies] from the park.")
                        .severity());
        assertTrue(
                lint.assertFlags("I had an [alcoholic] father.").stream().allMatch(f -> f.severity() != Severity.INFO),
                "a label for someone else is not self-description");
        lint.onlyRule("the-homeless").assertClean("Tom's homeless again, the outreach worker said.");
        lint.onlyRule("entrenched").assertClean("Tackle entrenched rough sleeping with a named worker for everyone.");
        lint.assertFlags(
                "[Britain's homeless] deserve better.".replace("[Britain's homeless]", "Britain's [homeless]"));
    }

    @Test
    void aTermSetInItalicsOrBoldInASentenceAboutWordsIsAMention() {
        LintAssertions markdown = lint.asMarkdown();
        Finding italic = markdown.assertFlagsOne("We no longer use the word *[junkie]* in our notes.");
        assertEquals(Severity.INFO, italic.severity());
        Finding bold = markdown.assertFlagsOne("The guide lists **[addicts]** among the words to drop.");
        assertTrue(bold.mention());
        assertEquals(
                Severity.ERROR,
                markdown.assertFlagsOne("He is a *[junkie]*, the night worker wrote.")
                        .severity(),
                "emphasis alone, in a sentence not about words, is a use");
    }

    @Test
    void explainingSaysWhichConditionsPassedAndWhyOthersFailed() {
        Linter explaining = Linter.builder().explainContext().build();
        CheckResult result = explaining.check("She is chaotic. Entrenched inequality keeps rents high.", "x.txt");
        assertEquals(
                List.of("only when it describes a person or their conduct"),
                result.findings().get(0).context());
        Rejection rejected = result.rejected().stream()
                .filter(r -> r.rule().equals("entrenched"))
                .findFirst()
                .orElseThrow();
        assertEquals("Entrenched", rejected.text());
        assertEquals("fails: only when it describes a person", rejected.reason());
        assertEquals(List.of(), LINTER.check("She is chaotic.", "x.txt").rejected(), "kept only when asked");
    }

    @Test
    void aQuotedPieceOfSpeechThatGovernsTheTermUsesIt() {
        // a verb or a preposition inside the quotation takes the term as its object: someone's words
        assertEquals(
                List.of("the-vulnerable WARNING false"),
                ruleSeverityMention("The minister has promised to \"protect the vulnerable\"."));
        assertEquals(
                List.of("beggar WARNING false"),
                ruleSeverityMention("The order covers littering and “verbal intimidation by beggars”."));
        // the term quoted alone, or a description quoted whole, is still a mention, and so is a
        // noun phrase built with "of"
        assertEquals(List.of("beggar INFO true"), ruleSeverityMention("Stop calling them “aggressive beggars”."));
        assertEquals(
                List.of("rough-sleeper INFO true"),
                ruleSeverityMention("Residents objected to “the arrival of rough sleepers” in the area."));
        assertEquals(
                List.of("complex-needs INFO true"),
                ruleSeverityMention("The families were described as “with complex needs” in the bid."));
        // a title in quotation marks is a name
        assertEquals(
                List.of("the-homeless INFO true"),
                ruleSeverityMention("A new app called “Get Help for Homeless” launched today."));
        assertEquals(
                List.of("the-homeless INFO true"),
                ruleSeverityMention("Volunteers from “Help the Homeless” visited the site."));
        // wording set beside other wording, or held at a distance, is shown, not said
        assertEquals(
                List.of("the-homeless INFO true"),
                ruleSeverityMention(
                        "Don't write “services for the homeless”; write “services for people without a home”."));
        assertEquals(
                List.of("the-homeless INFO true"),
                ruleSeverityMention("Replace “help for the homeless” with plainer words."));
        assertEquals(
                List.of("the-homeless INFO true"),
                ruleSeverityMention("The so-called “war on the homeless” began in 2019."));
    }

    @Test
    void aNounAfterAPersonsPossessiveIsTheirs() {
        lint.assertFlags("The landlord noted the tenant's [unwillingness to engage] with the repairs team.");
        // a noun in "-ing" after an article is no verb taking a place's homeless as its object
        lint.onlyRule("the-homeless").assertClean("After the hearing Tom's homeless again and sleeping in his car.");
        lint.onlyRule("not-engaging")
                .assertClean("The report noted the scheme's unwillingness to engage with residents.");
    }

    @Test
    void aSpeakerWhoHasSomeoneDescribesThem() {
        Finding alcoholic = lint.assertFlagsOne("“I had a violent, [alcoholic] mother,” she explains.");
        assertEquals(Severity.ERROR, alcoholic.severity());
        Finding self = lint.assertFlagsOne("“I have been an [alcoholic] for years,” he said.");
        assertEquals(Severity.INFO, self.severity());
    }

    @Test
    void anIrregularPastAfterTheAdjectiveIsItsVerb() {
        lint.assertFlags("Government policy towards [the mentally ill] came under renewed attack last night.");
        lint.assertFlags("After the cuts, [the homeless] went without a hot meal for weeks.");
    }

    @Test
    void twoAdjectivesUnderOneArticleNamePeopleBeforeAPreposition() {
        lint.onlyRule("vulnerable")
                .assertFlags("The closures could have a devastating impact on the old and [vulnerable] in the area.");
        lint.onlyRule("vulnerable").assertClean("The old and vulnerable buildings in the area will be repaired.");
    }

    @Test
    void aWordThatIsAlsoANounForAPersonEndsThePhraseItHeads() {
        lint.onlyRule("aggressive")
                .assertFlags("There are dangers in trying to assist a verbally or physically [aggressive] drunk.");
        lint.onlyRule("aggressive").assertClean("He had an aggressive drunk phase in his twenties, he told us.");
    }

    @Test
    void aPlacesHomelessAfterAParticipleAreItsObject() {
        lint.assertFlags("Read next: the drug gripping Cardiff's [homeless] as the city faces a paradox.");
    }

    @Test
    void aSecondPredicateJoinedByAndIsSaidOfWhatTheFirstIs() {
        lint.onlyRule("difficult-person")
                .assertClean("If we are honest, working in the homeless sector is difficult and challenging.");
        lint.onlyRule("difficult-person").assertFlags("Since the move he has been [difficult] and [challenging].");
    }

    @Test
    void aGroupSharingItsTheWithAnotherDescribingWordHasNoEdit() {
        Finding idle = lint.onlyRule("the-idle")
                .assertFlagsOne("Has the benefits system become a scam for [the idle] and feckless?");
        assertEquals(null, idle.edit());
        Finding homeless = lint.onlyRule("the-homeless").assertFlagsOne("[The homeless] and the poor need help.");
        assertTrue(homeless.edit() != null);
    }

    @Test
    void aSecondDescribingWordAfterAndSharesTheArticle() {
        lint.onlyRule("the-homeless").assertFlags("It is a count of the sheltered and unsheltered [homeless].");
        lint.onlyRule("the-homeless").assertFlags("Outreach workers help the long-term and needy [homeless].");
        lint.onlyRule("feckless")
                .assertFlags("Has our benefits system become a massive scam for the idle and [feckless]?");
        lint.onlyRule("complex-person").assertClean("Repairs to the hostel and complex are overdue.");
    }

    @Test
    void aCountedGroupEndsBeforeAnAdverbOrAPreposition() {
        lint.onlyRule("the-homeless").assertFlags("Normally, there are quite a few [homeless] here anyway.");
        lint.onlyRule("the-homeless").assertClean("The floods left many homeless in the region.");
        lint.onlyRule("the-disabled").assertClean("She looks more disabled in the mornings.");
    }

    @Test
    void aTermWithAPossessiveIsTheOwner() {
        lint.onlyRule("schizophrenic")
                .assertFlags("A [schizophrenic's] attempts to avoid the police ended in tragedy.");
        lint.onlyRule("complex-person").assertClean("The complex's residents were moved out for the repairs.");
        // a name's head keeps the name whole with a possessive on it
        lint.onlyRule("rough-sleeper").assertClean("Critics questioned the Rough Sleepers Unit's concerted effort.");
    }

    @Test
    void anAdverbAndAParticipleDescribeThePersonAfterOtherDescribingWords() {
        lint.onlyRule("mentally-sick").assertFlags("The home cares for [mentally disturbed] old people.");
    }

    @Test
    void aSubjectPronounAfterAPhraseOpensItsOwnClause() {
        lint.onlyRule("difficult-person").assertClean("For some older people it will be very difficult indeed.");
        lint.onlyRule("difficult-person").assertFlags("For the last year he has been [difficult] with staff.");
    }

    @Test
    void wordingAdvisedAgainstIsAMention() {
        assertEquals(
                List.of("the-homeless INFO true"),
                ruleSeverityMention("We use people who are homeless, not the homeless or people without homes."));
        assertEquals(
                List.of("handicapped INFO true"),
                ruleSeverityMention("Say person with a disability, not handicapped."));
        // the words not to use end the sentence; a clause after them is about something else
        assertEquals(
                List.of("aggressive WARNING false"),
                ruleSeverityMention("Please call the duty team, not the police, if a resident is aggressive."));
        assertEquals(
                List.of("addict ERROR false"),
                ruleSeverityMention("They say the council, not the addicts, caused the problem."));
        // "use" in the middle of the sentence is about something else
        assertEquals(
                List.of("addict ERROR false"),
                ruleSeverityMention("The project helps people who use drugs, not just addicts, to find work."));
        assertEquals(
                List.of("wheelchair-bound INFO true"),
                ruleSeverityMention("Wheelchair bound is 'shackling' language."));
        assertEquals(
                List.of("wheelchair-bound INFO true"),
                ruleSeverityMention("Unacceptable: A person who is wheelchair bound."));
        assertEquals(
                List.of("the-homeless INFO true"),
                ruleSeverityMention("The fund helps people often described as the hidden homeless."));
    }

    @Test
    void aPhraseBesideTheTermThatCallsItAWordMakesItAMention() {
        assertEquals(
                List.of("feral INFO true"),
                ruleSeverityMention("Nicki is a 'feral' child, an ugly term coined for a forgotten group."));
        assertEquals(List.of("addict ERROR false"), ruleSeverityMention("He is an addict, a man who needs help."));
    }

    @Test
    void clinicalShorthandForAPatientIsAPerson() {
        lint.onlyRule("non-compliant").assertFlags("I work in nephrology and have many [noncompliant] pts.");
    }

    @Test
    void evaluationsAndAmericanCentersAreNames() {
        lint.onlyRule("complex-needs")
                .assertClean("The Rough Sleeping and Complex Needs Process Evaluation is a further step.");
        // a verb after a capital that opens the sentence is no head of a name
        lint.onlyRule("addict").assertFlags("[Addicts] study the Bible together at the drop-in.");
        lint.onlyRule("the-homeless").assertClean("She volunteers at the Homeless Health Center on Main Street.");
    }

    @Test
    void aBarePluralSubjectMayHaveAnAdverbBeforeItsVerb() {
        lint.onlyRule("sufferers").assertFlags("Be aware that [sufferers] often go to great lengths to hide it.");
        lint.onlyRule("sufferers").assertFlags("In many cases, [sufferers] confide in friends first.");
    }

    @Test
    void aTermTermedSoIsAMention() {
        assertEquals(
                List.of("rough-sleeper INFO true"),
                ruleSeverityMention("These are termed rough sleepers by the Government."));
    }

    @Test
    void whatSomeoneCanBeIsAHabit() {
        lint.onlyRule("violent-person").assertFlags("Some beggars can be [abusive] to shoppers.");
        // said of a thing, with no person before "can"
        lint.onlyRule("dangerous-person").assertClean("Withdrawal from alcohol can be dangerous without medical help.");
        lint.onlyRule("dangerous-person").assertClean("Alcohol can be dangerous.");
        lint.onlyRule("violent-person").assertClean("He became abusive when the police arrived.");
    }

    @Test
    void aTermThatHasBecomeATermOrIsUsedInsteadIsAMention() {
        assertEquals(
                List.of("disguised-compliance INFO true"),
                ruleSeverityMention("Disguised compliance has become a familiar term in safeguarding circles."));
        assertEquals(
                List.of("dementia-sufferer INFO true"),
                ruleSeverityMention("Instead of using dementia sufferer, say person living with dementia."));
    }

    @Test
    void aWordThatIsAlsoANounForAPersonDescribesTheThingAfterIt() {
        lint.onlyRule("anorexic").assertClean("She has anorexic and bulimic symptoms.");
        lint.onlyRule("anorexic").assertFlags("Like [anorexics], most [bulimics] are female.");
    }

    @Test
    void theAdjectiveOpeningAClauseHasItsVerbBeforeAPreposition() {
        lint.onlyRule("the-homeless").assertFlags("We have seen [the homeless] scream at passers-by who ignore them.");
        lint.onlyRule("the-homeless")
                .assertFlags("That is a scene repeated across the nation as [the homeless] scramble for food.");
        // an event whose clause has its verb later, a verb that takes an object, after another
        // verb, and before "of": nouns
        lint.onlyRule("the-homeless").assertClean("The homeless march on Saturday drew crowds.");
        // the event's verb after two nouns joined by "and", after "that" as a determiner, and past
        // a relative clause between commas
        lint.onlyRule("the-homeless").assertClean("The homeless march on Saturday and Sunday drew crowds.");
        lint.onlyRule("the-homeless").assertClean("The homeless march on that Saturday drew crowds.");
        lint.onlyRule("the-homeless")
                .assertClean("The homeless march on Saturday, which started at noon, drew crowds.");
        // a compound's verb after a relative clause of its own
        lint.onlyRule("the-homeless")
                .assertClean("Because the homeless shelter on the corner that we use closed, people slept outside.");
        lint.onlyRule("the-homeless")
                .assertClean("In June, the homeless walk in Hyde Park raised two thousand pounds.");
        lint.onlyRule("the-disabled").assertClean("The disabled ride at the fair is free.");
        lint.onlyRule("the-homeless").assertClean("Volunteers joined the homeless walk in June.");
        lint.onlyRule("the-homeless").assertClean("That is a picture of the homeless walk of 2019.");
    }

    @Test
    void anLyAdjectiveBeforeTheNounStillLetsTheTermDescribeIt() {
        lint.onlyRule("vulnerable")
                .assertFlags("Councils face a challenge over forcing [vulnerable] elderly people to move.");
        lint.onlyRule("violent-person").assertClean("A violent early morning storm hit the coast.");
    }

    @Test
    void anSFormAfterANounForOnePersonIsTheirVerb() {
        lint.onlyRule("schizophrenic")
                .assertFlags("The nurse listens when a [schizophrenic] patient talks about his voices.");
        // without a determiner the two nouns are a compound, and before "of" the second is a noun
        lint.onlyRule("difficult-person").assertClean("Difficult client visits at night should be done in pairs.");
        lint.onlyRule("dangerous-person").assertClean("Dangerous patient transfers between hospitals must stop.");
    }

    @Test
    void allegedWithoutBeAndTheLawsOwnWordAreNoDoubt() {
        lint.onlyRule("alleges").assertClean("Three residents alleged to have started the fire were moved.");
        lint.onlyRule("alleges").assertClean("Her parents filed a lawsuit, alleging that staff ignored the signs.");
        lint.onlyRule("alleges").assertFlags("She [alleged] that a member of staff took her phone.");
        // a complaint in a support record is no court
        lint.onlyRule("alleges")
                .assertFlags("She [alleges] that her keyworker shouted at her and wants to make a complaint.");
    }

    @Test
    void aHospitalHeadsAName() {
        lint.onlyRule("handicapped").assertClean("In 1863 the Hospital for the Ruptured and Crippled was opened.");
        lint.onlyRule("the-homeless").assertClean("He was treated at the Hospital for the Homeless on Main Street.");
    }

    @Test
    void beingOrHavingOpensAnActivity() {
        lint.onlyRule("dangerous-person").assertClean("Being homeless can be really dangerous.");
        lint.onlyRule("difficult-person").assertClean("Being a patient on that ward is difficult.");
        lint.onlyRule("difficult-person").assertFlags("The patient on that ward is [difficult].");
    }

    @Test
    void aPrepositionBeforeAPlaceNameOfSeveralWordsMakesItsPossessiveNoIs() {
        lint.onlyRule("the-homeless").assertFlags("The charity serves meals to New York’s [homeless] every night.");
        lint.onlyRule("the-homeless").assertFlags("She is one of Upper Merion's [homeless].");
        lint.onlyRule("the-homeless").assertClean("I think Tom's homeless again.");
        // a time or a place before a name: its "'s" may be "is"
        lint.onlyRule("the-homeless").assertClean("In January Tom's homeless again.");
        lint.onlyRule("the-homeless").assertClean("At the Job Centre Tom's homeless again.");
    }

    @Test
    void wordsJoinedByASlashAreTaggedEachOnItsOwn() {
        lint.onlyRule("named-drug-abuse").assertFlags("Opioid use/[abuse] is an increasing problem.");
    }

    @Test
    void aPairOfPredicatesJoinedByOrSharesItsSubjectPastAdverbs() {
        lint.onlyRule("difficult-person")
                .assertClean("Getting residents to appointments can either be really easy or really difficult.");
        lint.onlyRule("difficult-person")
                .assertFlags("The new resident can either be very calm or really [difficult].");
    }

    @Test
    void aReflexiveAfterANounOnlyStressesIt() {
        lint.onlyRule("difficult-person")
                .assertClean("The reviews themselves have been very challenging for the team.");
        lint.onlyRule("difficult-person")
                .assertFlags("The residents themselves have been very [challenging] at night.");
    }

    @Test
    void aSuperlativesOfPhraseNamesWhatIsDescribed() {
        lint.onlyRule("difficult-person").assertClean("The most difficult of times came after her mother died.");
        lint.onlyRule("difficult-person").assertFlags("He was the most [difficult] of the residents that year.");
        // after "be" the subject decides, whatever the group
        lint.onlyRule("difficult-person").assertFlags("He was the most [challenging] of cases.");
    }

    @Test
    void anIngWordBeforeAThingIsAboutTheThing() {
        lint.onlyRule("difficult-person")
                .assertClean(
                        "The therapy helped a mother who had complex health needs and challenging symptoms, the report says.");
        // a person among the nouns after it is who it describes
        lint.onlyRule("difficult-person")
                .assertFlags("She had complex health needs and [challenging] care home residents to look after.");
    }

    @Test
    void aPluralBetweenHelpAndABaseVerbIsANoun() {
        lint.onlyRule("convict").assertFlags("The state offers grants to help [convicts] find work.");
    }

    @Test
    void aWordForAPersonAfterAnArticleAndAdjectivesIsTheNoun() {
        lint.onlyRule("drunk-as-noun").assertFlags("Back then he was a lazy [drunk]—asleep on the sofa by nine.");
        lint.onlyRule("drunk-as-noun").assertClean("By nine he was a little drunk and went to bed.");
    }

    @Test
    void aQuotedHeadlineIsShownNotSaid() {
        assertTrue(lint.onlyRule("addict")
                .assertFlagsOne("The paper's headline read “[Addicts] take over the town park again” last week.")
                .mention());
        // "headline" describing a noun, or before a comma, leaves someone's quoted words a use
        assertFalse(lint.onlyRule("addict")
                .assertFlagsOne(
                        "The headline finding was that staff still say “the [addicts] on the top floor never engage”.")
                .mention());
        assertFalse(lint.onlyRule("junkie")
                .assertFlagsOne("Despite the headlines, the warden said “the [junkies] have all moved on now”.")
                .mention());
    }

    @Test
    void beingATermIsALabelTalksAboutTheWord() {
        assertTrue(lint.onlyRule("ex-offender")
                .assertFlagsOne("Being an [ex-offender] is a label that follows people for years.")
                .mention());
        // a frame that names no word speaks of the experience
        assertFalse(lint.onlyRule("addict")
                .assertFlagsOne("Being an [addict] is stigmatising and isolating.")
                .mention());
    }

    @Test
    void describingWordsJoinedByASlashShareTheGroupNounAfterThem() {
        lint.onlyRule("the-homeless").assertClean("The forum discussed the homeless/unhoused population of the city.");
        // a second group set against the first
        lint.onlyRule("the-homeless")
                .assertFlags("Surveys of [the homeless]/general population show large gaps in health.");
        lint.onlyRule("the-homeless")
                .assertFlags("The study compared mortality in [the homeless] and general population.");
    }

    @Test
    void anAdjectiveJoinedToAPluralNounForPeopleAfterACommaNamesPeople() {
        lint.onlyRule("the-disabled").assertFlags("Places for [disabled], and pensioners are open now.");
    }

    @Test
    void examplesInBracketsInASentenceAboutLabelsAreWords() {
        for (String marked : List.of(
                "Avoid stigmatising labels (e.g. [addict], alcoholic).",
                "People who use drugs are given hurtful labels by services (eg [addict], junkie).")) {
            assertTrue(lint.onlyRule("addict").assertFlagsOne(marked).mention(), marked);
        }
        // examples of something other than words are used
        for (String marked : List.of(
                "The hostel houses several groups (e.g. [addicts] and ex-prisoners).",
                "In terms of housing, the council puts some groups first (e.g. [addicts] and care leavers).")) {
            assertFalse(lint.onlyRule("addict").assertFlagsOne(marked).mention(), marked);
        }
    }

    @Test
    void aDiseaseNamedAfterAPersonIsAConditionWithoutItsPossessive() {
        lint.onlyRule("illness-sufferer").assertFlags("Korsakoff [sufferers] can still learn new routines.");
        lint.onlyRule("illness-sufferer").assertFlags("The day centre runs a group for Alzheimers [sufferers].");
    }

    @Test
    void adjectivesListedWithCommasBeforeTheConditionStillLeadToIt() {
        lint.onlyRule("suffers-condition").assertFlags("She left work after [suffering] severe, chronic depression.");
        lint.onlyRule("suffers-condition").assertClean("The town suffered severe, chronic flooding.");
    }

    @Test
    void referringToPeopleAsATermTalksAboutTheWord() {
        assertTrue(lint.onlyRule("bed-blocker")
                .assertFlagsOne("Is it fair to refer to older patients as [bed blockers]?")
                .mention());
        // what one person was called is reported, and a referral to a service is no naming
        assertFalse(lint.onlyRule("manipulative")
                .assertFlagsOne("The social worker referred to her as [manipulative] in the report.")
                .mention());
        assertFalse(lint.onlyRule("bed-blocker")
                .assertFlagsOne("The discharge letter referred to the patient as a [bed blocker].")
                .mention());
        assertFalse(lint.onlyRule("addict")
                .assertFlagsOne("She was referred to drug workers as an [addict] by her GP.")
                .mention());
        assertFalse(lint.onlyRule("rough-sleeper")
                .assertFlagsOne("He was referred to the outreach team as a [rough sleeper] last May.")
                .mention());
    }

    @Test
    void thePluralOfAWordForAPersonStandsAloneBeforeAnythingButANoun() {
        lint.onlyRule("epileptic")
                .assertFlags("The old law left many [epileptics] isolated, harming their health further.");
        lint.onlyRule("epileptic").assertClean("The epileptics association meets on Fridays.");
    }

    @Test
    void theIngFormOfAVerbOnlyIsTheGroupsOwnVerb() {
        lint.onlyRule("the-homeless")
                .assertFlags("Neighbours called the police about [the homeless] harassing shoppers.");
        lint.onlyRule("the-homeless").assertFlags("There are [homeless] harassing visitors at the station.");
        // "-ing" words that are nouns as well, or that end the phrase or stand before a role, name
        // an activity
        lint.onlyRule("the-homeless").assertClean("The homeless funding for the city was cut.");
        lint.onlyRule("the-homeless").assertClean("The homeless housing in the north is full.");
        lint.onlyRule("the-homeless").assertClean("The homeless rehousing officer will call you on Monday.");
        lint.onlyRule("the-homeless").assertClean("She leads on the homeless rehousing.");
    }

    @Test
    void anAgeWithoutHyphensLeadsToTheNounItDescribes() {
        lint.onlyRule("difficult-person")
                .assertFlags("Please see this [difficult] 36 year old divorced teacher who presents with pain.");
        lint.onlyRule("difficult-person").assertClean("It was a difficult 12 months old debt to clear.");
    }

    @Test
    void peopleStraightAfterAndAreAGroupOfTheirOwn() {
        lint.onlyRule("the-elderly")
                .assertFlags("The practice is carried out on [elderly] and people with mental health issues.");
        // a noun for people before another noun shares it with the word before "and"
        lint.onlyRule("the-homeless").assertClean("The fund is for homeless and veteran families.");
        lint.onlyRule("the-homeless").assertClean("The fund is for homeless and refugee families.");
    }

    @Test
    void reAndSemiJoinedByAHyphenKeepTheLabel() {
        lint.onlyRule("offender").assertFlags("The scheme works with [re-offenders] in the city.");
        lint.onlyRule("criminal").assertFlags("The survey grouped them as [semi-criminals] and loafers.");
    }

    @Test
    void anIllnessJoinedByAHyphenPlaysItsPartAsWithASpace() {
        lint.onlyRule("illness-sufferer").assertFlags("An Alzheimers-[sufferer], 76, was found living alone.");
        lint.onlyRule("sufferers").assertClean("An Alzheimers-sufferer, 76, was found living alone.");
    }

    @Test
    void theSignsOfAnIllnessNameIt() {
        lint.onlyRule("suffers-condition")
                .assertFlags("The unit said she [suffered] only from personality disorder traits.");
        lint.onlyRule("suffers-condition").assertClean("The team suffered from a lack of staff.");
    }

    @Test
    void labellingPeopleInGeneralWithoutAsTalksAboutTheWord() {
        assertTrue(lint.onlyRule("vexatious-complainer")
                .assertFlagsOne("He stopped the practice of labelling people [vexatious complainants] last year.")
                .mention());
        assertTrue(lint.onlyRule("scrounger")
                .assertFlagsOne("The papers keep branding claimants [scroungers].")
                .mention());
        // one person so named is reported, and stays a use; so is a phrase that opens with a verb
        assertFalse(lint.onlyRule("suffers-from")
                .assertFlagsOne("We must not stigmatise people [suffering from] schizophrenia.")
                .mention());
        assertFalse(lint.onlyRule("scrounger")
                .assertFlagsOne("The landlord branded him a [scrounger] in front of his children.")
                .mention());
    }

    @Test
    void anIllnessBeforeTheIngFormDescribesThePersonAfterIt() {
        lint.onlyRule("suffers-condition").assertFlags("Karen lost her dementia [suffering] father, Edward.");
        lint.onlyRule("suffers-condition").assertFlags("Alzheimers-[suffering] Tricia is now in hospital.");
        lint.onlyRule("suffers-condition").assertClean("The depression suffering economy recovered.");
    }

    @Test
    void anEnDashJoinsOnlyATermsOwnWords() {
        lint.onlyRule("mentally-handicapped").assertFlags("The shelter takes in [mentally–challenged] people.");
        // unspaced between clauses it stands where a comma or a full stop might
        lint.onlyRule("the-homeless").assertFlags("We work with [the homeless]–many sleep in doorways.");
    }

    @Test
    void suffersPastDegreeWordsAndATimeStillReachesTheCondition() {
        lint.onlyRule("suffers-condition")
                .assertFlags("She has [suffered] so badly from depression that she cannot work.");
        lint.onlyRule("suffers-condition").assertFlags("He [suffered] for years from depression.");
        lint.onlyRule("suffers-condition").assertClean("The economy suffers badly from an addiction to cheap credit.");
    }

    @Test
    void anInfinitiveAfterAWordForAViewIsNoStereotypeBeingReported() {
        lint.onlyRule("suffers-from")
                .assertFlags("Patients are considered by medical opinion to be [suffering from] a mental disorder.");
        assertTrue(lint.onlyRule("scrounger")
                .assertFlagsOne("The common perception is that claimants are [scroungers].")
                .mention());
    }

    @Test
    void aWordThatOpensAQuestionOpensAClauseWhoseSubjectMayBeTheTerm() {
        lint.onlyRule("the-homeless").assertFlags("We asked why [homeless] avoid the night shelter.");
        lint.onlyRule("the-homeless").assertFlags("Nobody knows whether [homeless] use the new service.");
        lint.onlyRule("the-homeless").assertClean("We asked why homeless services close at night.");
        // "how" asks about a degree as often as it opens a clause
        lint.onlyRule("the-disabled").assertClean("The guide explains how disabled do you have to be to qualify.");
    }

    @Test
    void helpTakesABareVerbAfterItsObject() {
        lint.onlyRule("the-homeless").assertFlags("The scheme helps [the homeless] find work.");
        lint.onlyRule("the-homeless").assertClean("The scheme helps the homeless shelter pay its rent.");
    }

    @Test
    void aLongTitleOfALawIsOneName() {
        lint.onlyRule("the-homeless")
                .assertClean("It is set out in the Act on Support for Welfare and Self-Reliance of the Homeless.");
        // a heading's capitals do not mark a name, so a long one does not reach as far
        lint.onlyRule("addict")
                .assertFlags(
                        "[Addicts] Sleeping Rough Near Station Face Fines Under New Public Spaces Protection Order");
    }

    @Test
    void aCommaBeforeOfEndsWhatAbuseTakes() {
        lint.onlyRule("abuses-substances")
                .assertClean("I heard stories of physical and sexual abuse, of drug addicted parents, of hunger.");
        lint.onlyRule("abuses-substances").assertFlags("It was the [abuse] of cocaine that worried her most.");
    }

    @Test
    void aPersonAdjectiveAfterAnArticleWithNoNounOfItsOwnIsThePerson() {
        lint.onlyRule("schizophrenic")
                .assertFlags("A treatment resistant paranoid [schizophrenic] attacked his neighbour.");
        lint.onlyRule("paranoid").assertClean("The team noted a paranoid and a persecutory delusion.");
        lint.onlyRule("schizophrenic")
                .assertFlags("What does a hospital do with a homeless [schizophrenic] recently diagnosed?");
        lint.onlyRule("schizophrenic").assertClean("He had a schizophrenic episode in 2019.");
        lint.onlyRule("schizophrenic").assertClean("It is a schizophrenic and bipolar disorder service.");
    }

    @Test
    void aCapitalisedAdjectiveOpeningTheSentenceDescribesTheBareTerm() {
        lint.onlyRule("the-homeless").assertFlags("Transgender [homeless] are having difficulty finding shelter.");
        lint.onlyRule("the-homeless").assertFlags("Elderly [homeless] are more likely to die in winter.");
        lint.onlyRule("the-homeless").assertClean("Elderly homeless people are more likely to die in winter.");
    }

    @Test
    void aLackOfInsightIntoWhatIsTheirsIsAboutThePerson() {
        lint.onlyRule("lacks-insight")
                .assertFlags(
                        "Barriers include literacy problems and [lack of insight] into their mental health problems.");
        lint.onlyRule("lacks-insight")
                .assertFlags("It was part of her illness, a [lack of insight] into how ill she was.");
        lint.onlyRule("lacks-insight").assertClean("The survey offers little insight into their lives.");
        lint.onlyRule("lacks-insight").assertClean("The report lacks insight into local housing costs.");
        lint.onlyRule("lacks-insight").assertClean("The report lacks insight into their housing costs.");
        lint.onlyRule("lacks-insight").assertClean("Police have limited insight into their use of stop and search.");
    }

    @Test
    void thePluralOfAWordForAPersonThatIsMostlyAnAdjectiveIsAPerson() {
        lint.onlyRule("psychotic").assertFlags("Police are often confronted with [psychotic] and disturbed suspects.");
        lint.onlyRule("mentally-ill").assertFlags("The report criticises the cells used for [mentally ill] suspects.");
        lint.onlyRule("psychotic").assertClean("The police suspect a psychotic episode.");
        // plurals documents mostly use for things: police calls, degree subjects
        lint.onlyRule("violent-person").assertClean("Officers attended three violent domestics over the weekend.");
        lint.onlyRule("difficult-person").assertClean("Students often avoid difficult majors such as engineering.");
        // the people's own verb with its object, not a word for what the object is
        lint.onlyRule("difficult-person")
                .assertClean("Confrontation: people challenging professionals, provoking arguments.");
        lint.onlyRule("difficult-person").assertFlags("Staff find some people [challenging] at times.");
    }

    @Test
    void wordsOfATitleCaseHeadingReadAsNamesAreTaggedAsInSentenceCase() {
        lint.onlyRule("convict")
                .assertFlags("Justice Department Seeks Private Firms Willing to Hire Former [Convicts]");
        lint.onlyRule("aggressive").assertFlags("Top Care Homes For [Aggressive] Dementia Patients");
        // the words it did not read as names keep the tag the capitals gave them
        lint.onlyRule("the-homeless").assertFlags("[The Homeless] Get Sick; Street Medicine Is There For Them");
        lint.onlyRule("complex-person").assertClean("Complex Systems Engineering Conference Opens Next Week");
    }

    @Test
    void severalCountsPeopleAsManyDoes() {
        lint.onlyRule("the-homeless")
                .assertFlags("In the winter we would take several [homeless] to the hospital each shift.");
        lint.onlyRule("the-homeless").assertClean("In the winter we would visit several homeless shelters.");
    }

    @Test
    void anAdverbAfterTheStillNamesTheGroup() {
        Finding isolated = lint.onlyRule("adjective-as-group")
                .assertFlagsOne("[The socially isolated] tend to have less access to the internet.");
        assertEquals(null, isolated.edit());
        lint.onlyRule("the-sick").assertFlags("Our mental health system fails [the most severely ill].");
        lint.onlyRule("the-homeless").assertFlags("The scheme gives [the formerly homeless] a flat of their own.");
        lint.onlyRule("the-homeless").assertClean("The newly homeless family was placed in a hotel.");
        // a superlative after "of" ranks the subject among others: no group is named
        lint.onlyRule("adjective-as-group")
                .assertClean("Care leavers are some of the most socially excluded in society.");
        // a term that holds the adverb itself is reported instead, with its own suggestion
        assertEquals(
                List.of("chronically-homeless WARNING false"),
                ruleSeverityMention("Funding for the chronically homeless was cut."));
    }
}
