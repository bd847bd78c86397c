package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strengthslint.Linter;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;
import org.strengthslint.config.ConfigurationLoader;
import org.strengthslint.testing.LintAssertions;
import org.strengthslint.testing.MarkedText;

/** The context rules of domain-terms.md section 2, proven on the bundled lexicon. */
class ContextRulesTest {
    private static final Linter LINTER = Linter.builder().build();
    private final LintAssertions lint = LintAssertions.using(LINTER);

    @Test
    void legalTermsAreInfoAndStayInfoWhereTheParagraphCitesTheLaw() {
        LintAssertions legalAsWarning = LintAssertions.using(Linter.builder()
                .configuration(
                        ConfigurationLoader.parse("categories:\n  legal-terms: warning\n", "ours.yml", Path.of(".")))
                .build());
        LintAssertions strictProfile = LintAssertions.using(StrictProfile.linter());
        String cited =
                "We have decided under section 191 of the Housing Act 1996 that you are [intentionally homeless].";
        assertEquals(Severity.INFO, strictProfile.assertFlagsOne(cited).severity());
        // the default profile leaves the law's own terms out: a decision letter must use them
        lint.assertClean(MarkedText.parse(cited).text());
        assertEquals(
                Severity.INFO, legalAsWarning.assertFlagsOne(cited).severity(), "kept at info where the law is cited");
        assertEquals(
                Severity.WARNING,
                legalAsWarning
                        .assertFlagsOne("She was found [intentionally homeless].")
                        .severity(),
                "an organisation may raise legal terms elsewhere");
        for (String legal : new String[] {
            "He is not in [priority need].",
            "You have no [local connection] here.",
            "We will serve a [notice to quit].",
            "Reports of [anti-social behaviour] rose.",
            "She has [no recourse to public funds]."
        }) {
            assertEquals(Severity.INFO, strictProfile.assertFlagsOne(legal).severity(), legal);
            lint.assertClean(MarkedText.parse(legal).text());
        }
    }

    @Test
    void warningTermsWithALegalSenseDropToInfoWhereTheLawIsCited() {
        assertEquals(
                Severity.WARNING,
                lint.assertFlagsOne("She is [vulnerable] and lives alone.").severity());
        assertEquals(
                Severity.INFO,
                lint.assertFlagsOne("We considered whether you are [vulnerable] under section 189(1)(c) of the Act.")
                        .severity());
        assertEquals(
                Severity.WARNING,
                lint.assertFlagsOne("You were [evicted] in May.").severity());
        assertEquals(
                Severity.INFO,
                lint.assertFlagsOne(
                                "You were [evicted] after a possession order under Schedule 2 of the Housing Act 1988.")
                        .severity());
        lint.assertClean("He was found to be vulnerable as a result of mental illness.");
    }

    @Test
    void childrenWereNotBroughtWhileAdultsDidNotAttend() {
        lint.assertFlags("Her son Kai [did not attend] his two-year review.");
        lint.assertFlags("The baby [did not attend] his eight-month check.");
        lint.assertClean("Jade did not attend the housing appointment.");
        lint.assertClean("Kai was not brought to the rebooked review.");
        Finding adult = lint.assertFlagsOne("He [failed to attend] two GP appointments.");
        assertEquals("failed-to-attend", adult.rule());
    }

    @Test
    void aChangeOfStateIsAMomentNotWhoSomeoneIs() {
        lint.assertClean("At the station he became frightened, confused and aggressive.");
        lint.assertClean("Some visitors grow increasingly hostile as the evening goes on.");
        lint.assertFlags("He is [aggressive] towards the other residents.");
        // said to the reader, in a letter, it should say what happened
        lint.assertFlags("You became [aggressive] when staff came to your room.");
    }

    @Test
    void anAdjectiveDeniedAfterBeIsNotALabel() {
        lint.assertClean("Most patients are not aggressive and do not need to be restrained.");
        lint.assertClean("They can rest in the lounge as long as they are not disruptive.");
        lint.assertClean("He is no longer aggressive, but he remains confused.");
        lint.assertClean("The residents aren't lazy; the jobs are not there.");
        lint.assertClean("He's not aggressive, he is frightened.");
        lint.assertClean("She has never been aggressive towards staff.");
        // words that make it stronger, "neither ... nor", "or" and "seem" keep the denial
        lint.assertClean("He was not at all aggressive during the visit.");
        lint.assertClean("She is not in any way hostile to staff.");
        lint.assertFlags("She is not very [hostile] to staff, but she shouts.");
        lint.assertClean("He was neither hostile nor aggressive at the meeting.");
        lint.assertClean("He was not aggressive or hostile at the meeting.");
        lint.assertClean("He did not seem aggressive to the officers.");
        lint.assertClean("He did not appear to be aggressive to the officers.");
        lint.assertClean("She never seemed hostile to staff.");
        // a denial the writer rejects is the label said again
        lint.assertFlags("We do not accept that you were not [aggressive] on 3 May.");
        // only in the clause "that" opens
        lint.assertClean("I don't think that this is fair, because he was not aggressive.");
        // a limit after it says the label holds at other times
        lint.assertFlags("He is not [aggressive] unless he has been drinking.");
        // the denial inside the term is the label; a noun names a group even as it is denied
        lint.assertFlags("She [lacks insight] & is [not compliant].");
        lint.assertFlags("He was not aggressive but he was [manipulative].");
    }

    @Test
    void aVerbAfterAndSharesTheSubjectOfTheEarlierVerbInItsForm() {
        lint.assertFlags("The residents often say that the heating works and [refuse] the new heaters.");
        lint.assertClean("The residents say that the doctors examined him and refused a second opinion.");
    }

    @Test
    void somethingOfferedThatWasRefusedWasRefusedByThePerson() {
        lint.assertFlags("Evening medication was [refused] twice this week.");
        lint.assertClean("Her application for support was refused in March.");
        lint.assertClean("Support was refused by the council because he had no local connection.");
    }

    @Test
    void peopleVersusSystems() {
        lint.assertFlags("Young people who are [hard to reach] miss out on support.");
        lint.assertClean("Services that are hard to reach put people off asking for help.");
        lint.assertClean("Entrenched inequality keeps rents high.");
        lint.assertClean("Commissioning is a complex system with many partners.");
        lint.assertClean("The bacteria were resistant to antibiotics.");
        lint.assertClean("The timetable for the move was chaotic.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Homeless Link published the toolkit.",
                "Please call the Complex Needs Team.",
                "The Rough Sleeping Initiative funds two posts.",
                "Alcoholics Anonymous meets on Mondays.",
                "The Misuse of Drugs Act 1971 is still in force.",
                "The National Institute on Drug Abuse funds research.",
                "The Vagrancy Act 1824 is being repealed.",
                "Our Experts by Experience panel meets monthly.",
                "The Accommodation for Ex-Offenders fund paid the deposit.",
                "Part of the Crazy Rich Asians movie was filmed in the city.",
                "Friends of the Elderly welcomes referrals from families.",
                // a small word with a capital inside running text belongs to a title
                "Laundry is hard to find, but Mobile Laundry For Homeless is here on Tuesdays."
            })
    void properNamesAreNeverFlagged(String text) {
        lint.assertClean(text);
    }

    @Test
    void selfDescriptionAndQuotedWordsAreReportedForReviewOnly() {
        Finding self = lint.assertFlagsOne("I was a [rough sleeper] for six years before I got my flat.");
        assertEquals(Severity.INFO, self.severity());
        Finding chosen = lint.assertFlagsOne("He describes himself as an [addict] in recovery.");
        assertEquals(Severity.INFO, chosen.severity());
        Finding quoted =
                lint.assertFlagsOne("She said, \u201CI'm not one of [the homeless], I'm between places.\u201D");
        assertEquals(Severity.INFO, quoted.severity());
        assertTrue(quoted.mention());
        Finding feeling = lint.assertFlagsOne("I feel extremely [chaotic] in my head this week.");
        assertEquals(Severity.INFO, feeling.severity());
        // a worker speaking of others, after "I have" and an adverb
        Finding caseload = lint.assertFlagsOne("I have more [addicts] on my caseload than last year.");
        assertEquals(Severity.ERROR, caseload.severity());
        Finding others = lint.assertFlagsOne("I feel strongly [addicts] deserve better care.");
        assertEquals(Severity.ERROR, others.severity());
        Finding staff = lint.assertFlagsOne("I am worried that he is an [addict].");
        assertEquals(Severity.ERROR, staff.severity());
        assertFalse(staff.mention());
        // a later item of a list of nouns after "a" is said by whoever said the first
        lint.assertFlagsOneAt(Severity.INFO, "I am a mother, a nurse and an [alcoholic].");
        lint.assertFlagsOneAt(Severity.ERROR, "I had a brother, a sister and an [alcoholic] father.");
        lint.assertFlagsOneAt(Severity.ERROR, "I am a volunteer, and an [addict] told me where to go.");
    }

    @Test
    void doubtMarkersOnlyDoubtWhatAPersonSays() {
        lint.assertFlags("He [claims] he paid the rent on Friday.");
        lint.assertFlags("She [insists] the heater has been broken for weeks.");
        lint.assertFlags("He [denies] that he owes money.");
        // "apparently" only the strict profile reports: readers of real text never marked it
        lint.assertClean("She apparently has a cousin in Leeds.");
        LintAssertions.using(StrictProfile.linter()).assertFlags("She [apparently] has a cousin in Leeds.");
        lint.assertClean("Housing benefit claims are processed within ten days.");
        lint.assertClean("He claims ESA and works two mornings a week.");
        lint.assertClean("She claims Universal Credit and PIP.");
        lint.assertClean("Her claims for asylum support were refused in March.");
        lint.assertClean("The fire policy insists on two staff at night.");
        lint.assertClean("She was denied a place because the hostel was full.");
        lint.assertClean("The boiler apparently broke on Monday.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"All [service users] sign in at reception.", "Many [homeless people] use the day centre."})
    void termsGuidesDisagreeOnAreInfo(String marked) {
        assertEquals(Severity.INFO, lint.assertFlagsOne(marked).severity(), marked);
    }

    @Test
    void supportNeedsIsLeftOutByDefaultAndAWarningWithTheStrictProfile() {
        // readers of real text never marked it, and one guide gives it in place of "special needs"
        lint.assertClean("Staff discussed his support needs with him.");
        assertEquals(
                Severity.WARNING,
                LintAssertions.using(StrictProfile.linter())
                        .assertFlagsOne("Staff discussed his [support needs] with him.")
                        .severity());
    }

    @Test
    void clientIsLeftOutByDefaultAndAWarningWithTheStrictProfile() {
        // readers of real text took "client" for a label 4 times in 126 uses
        lint.assertClean("Each of our clients has a key worker.");
        assertEquals(
                Severity.WARNING,
                LintAssertions.using(StrictProfile.linter())
                        .assertFlagsOne("Each of our [clients] has a key worker.")
                        .severity());
    }

    @Test
    void withNoProfileTheDefaultProfileAppliesAndTheConfigurationHasTheLastWord() {
        String text = "Every customer gets a tenancy handbook from the council.";
        assertTrue(LINTER.check(text, "x.txt").findings().isEmpty());
        Linter named = Linter.builder()
                .configuration(ConfigurationLoader.parse("profile: default\n", "ours.yml", Path.of(".")))
                .build();
        String marked = "Every [customer] gets a tenancy handbook from the council.";
        LintAssertions.using(named).assertClean(text);
        LintAssertions own = LintAssertions.using(Linter.builder()
                .configuration(ConfigurationLoader.parse("rules:\n  customer: warning\n", "ours.yml", Path.of(".")))
                .build());
        assertEquals(Severity.WARNING, own.assertFlagsOne(marked).severity());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Two staff have [lived experience] of homelessness.",
                "Every [customer] gets a tenancy handbook.",
                "Her [care plan] was reviewed in May.",
                "The team's [caseload] rose over the winter."
            })
    void workplaceWordsOnlyTheStrictProfileReports(String marked) {
        lint.assertClean(MarkedText.parse(marked).text());
        LintAssertions strict = LintAssertions.using(StrictProfile.linter());
        assertEquals(Severity.INFO, strict.assertFlagsOne(marked).severity(), marked);
    }

    @Test
    void collectiveNounsOnlyWhenStandalone() {
        lint.assertFlags("Our volunteers cook for [the homeless] every Sunday.");
        lint.assertFlags("The lunch club was set up for [the elderly].");
        lint.assertClean("The homeless shelter opens at eight.");
        lint.assertClean("The elderly residents run their own film club.");
        lint.assertClean("The vulnerable section of the sea wall was repaired.");
        // a word that can only be a verb is the verb of "the + adjective", whatever follows it
        lint.assertFlags("In our experience [the mentally ill] improve with routine and support.");
        lint.assertFlags("We believe [the homeless] deserve better.");
        lint.assertFlags("A network of small homes for [the developmentally disabled] operates with little oversight.");
        lint.assertClean("The homeless services team meets on Monday.");
        lint.assertClean("The homeless clothes bank opens on Tuesdays.");
        // a list after a comma, closed by "and" and a noun, shares that noun
        lint.assertClean("Links between homeless, psychiatric/medical and addiction services were weak.");
        lint.assertClean("Links between the council homeless, medical and addiction services were weak.");
        // plural nouns in the list are groups of their own
        lint.assertFlags("Support for [homeless], refugees and asylum seekers is patchy.");
        lint.assertFlags("[The homeless], [the sick] and the old were fed at the mission.");
        // a dash with spaces either side ends the phrase, as a comma would; a hyphen joins
        lint.assertFlags("Donate to charities that help [the homeless] - many need warm coats.");
        lint.assertClean("The long-term homeless-led project opened in May.");
        lint.assertClean("The homeless shelter with forty beds opens at eight.");
        // a clause's opener, then the subject's phrase: the term, then the clause's only verb
        lint.assertFlags("The arches are where a lot of [homeless] sleep at night.");
        lint.assertFlags("As the numbers of young [homeless] rise, the shelters fill up.");
        lint.assertClean("As the number of homeless support workers grows, the team moves.");
        // a word seen far more often as a noun is a compound's after adjectives or with the
        // clause's verb later
        lint.assertClean("The funding stopped because the local homeless shelter at St Mary's closed.");
        lint.assertClean("Police moved in where the homeless camp by the river had grown.");
        lint.assertClean("Councillors asked if the annual homeless count in January was accurate.");
        lint.assertClean("We moved, as the homeless support in the area was poor.");
        lint.assertClean("He said that many homeless services in Leeds are full.");
        // after a count, a dash ends the phrase as a comma does, and "that" with its verb is "who"
        lint.assertFlags(
                "The church let about 150 [homeless]\u2014including 80 former patients\u2014sleep in the hall.");
        lint.assertFlags("Half of the 8,000 [homeless] that live in the city are sheltered.");
        lint.assertClean("The 200 homeless-led projects share one office.");
        lint.assertClean("The station has 12 disabled that are kept free for blue badge holders.");
        // after "be" or before a describing word, "'s" is a possessive, not "is"
        lint.assertFlags("These are Australia's [homeless].");
        lint.assertFlags("Australia's new [homeless] sleep in their cars.");
        lint.assertClean("Tom's homeless again, his sister said.");
        lint.assertClean("Tom's still homeless, his sister said.");
        lint.assertClean("The truth is Tom's homeless again.");
        // an "-ing" word of what people do, with "to" after it, is their own verb
        lint.assertFlags("These are the faces of Ireland's [homeless] battling to survive the cold.");
        lint.assertClean("The homeless fighting ring was shut down by police.");
    }

    @Test
    void anSFormAfterOnePersonIsTheirVerb() {
        // after "a" and a singular noun for a person, an "-s" word that heads names is the verb
        lint.assertFlags("This is less than what a typical cocaine [addict] reports at admission.");
        lint.assertClean("The drug addicts report was published in May.");
        // a noun or a verb after the "-s" word makes it a noun
        lint.assertClean("She is a former drug user services manager.");
        lint.assertClean("For a decade drug user services have been cut.");
    }

    @Test
    void anAdjectiveUsedAsANounIsAboutPeople() {
        lint.assertFlags("The jury heard that a [schizophrenic] was accused of the crime.");
        lint.assertClean("Of all the cases this one is the most challenging.");
        lint.assertClean("It was a schizophrenic episode, the doctor said.");
        // a word WordNet also knows as a noun for a person may have adjectives of its own
        lint.assertFlags("Mr Cole, 52, a paranoid [schizophrenic] with a history of self-harm, was found dead.");
        lint.assertFlags("The court heard the 36-year-old paranoid [schizophrenic] had been detained in April.");
        lint.assertClean("The council heard the new complex had been finished.");
    }

    @Test
    void coordinatedGroupsAndQuantities() {
        lint.assertFlags("Councils must not cut help for [the elderly] or [disabled] just to save money.");
        lint.assertFlags("Many war veterans sleep outdoors, and many [homeless] are unwell.");
        lint.assertFlags("There was once a belief that [mentally ill] were possessed.");
        lint.assertClean("Our disabled and elderly tenants were moved to the ground floor first.");
        // the plural of an adjective WordNet also knows as a person is a noun for people
        lint.onlyRule("the-disabled").assertFlags("Some projects have focused on seniors and [disabled].");
        lint.onlyRule("the-disabled").assertClean("The scheme serves senior and disabled tenants.");
    }

    @Test
    void aNotBeforeWordHeadsThePhraseAfterAPluralTermToo() {
        // a plural term can name a team or a service with the nouns after it
        lint.onlyRule("complex-needs").assertClean("The complex needs specialist team meets on Tuesdays.");
        lint.onlyRule("sex-offender").assertClean("The sex offenders public register is not open in Britain.");
    }

    @Test
    void anAdverbInLowerCaseIsAnAdverbWhateverTheTaggerCallsIt() {
        // the tagger reads "developmentally" as a name here
        lint.onlyRule("the-disabled")
                .assertFlags(
                        "Once [the developmentally disabled] enter the criminal justice system, few towns want them.");
    }

    @Test
    void anotherAdjectiveJoinedToATermByAndOrOr() {
        lint.assertFlags("People with [complex and high needs] could access the night shelter.");
        lint.assertFlags("The pilot is for people who may display [challenging or distressing behaviour].");
        // the whole phrase is reported, but no edit is offered: the other adjective must stay
        assertEquals(
                null,
                lint.assertFlagsOne("People with [complex and high needs] could access the night shelter.")
                        .edit());
        lint.assertClean("The system is complex and needs a review.");
    }

    @Test
    void aParticipleAfterACommaHasTheSubjectOfItsClause() {
        lint.assertFlags("He did not look after his health, missing appointments and [refusing] medication.");
        lint.assertClean("The study was hard to do, making the results challenging to compare.");
    }

    @Test
    void aBareAdjectiveAfterAPrepositionNamesPeople() {
        lint.assertFlags("The proportion of [mentally ill] among people sleeping rough has not changed.");
        lint.assertClean("He has been homeless since his teens.");
        // said of him, it is the predicate entry that finds it, not the noun for a group
        assertEquals(
                "mentally-ill",
                lint.assertFlagsOne("He has been [mentally ill] since his teens.")
                        .rule());
    }

    @Test
    void capitalisedWordsBeforeANounDescribeThatNoun() {
        lint.assertClean("The report described chaotic Universal Credit payments.");
        lint.assertClean("There was a rise in people challenging Home Office decisions in court.");
        lint.assertFlags("Staff said [chaotic] John was back again.");
        lint.assertFlags("Staff described [chaotic] Iraq war veterans.");
        lint.assertFlags("The march met [aggressive] Home Office officials at the door.");
    }

    @Test
    void aThingNamedFirstInItsClauseIsWhatBeDescribes() {
        lint.assertClean("The reasons behind the increased use of Bed and Breakfast are complex.");
        lint.assertClean("The experience of serious illness among such individuals is complex.");
        lint.assertFlags("Patients discharged after acute psychiatric admission are [vulnerable].");
        lint.assertFlags("Last night the resident was [aggressive] towards staff.");
        lint.assertFlags("The real tragedy for the family was that he had been [clean] for eight years.");
    }

    @Test
    void aTaskForceOrAnExecutiveIsAName() {
        lint.assertClean("The Regional Task Force on the Homeless counts people every January.");
        lint.assertClean("The Dublin Region Homeless Executive funds the hostel.");
    }

    @Test
    void wordsThatTalkAboutTheTermMakeItAMention() {
        assertMention("She was labelled a [drug seeker] for ten years before the diagnosis.");
        assertMention("Many of them use heroin and are commonly called [junkies] in the press.");
        assertMention("[Bed blocking] is an impersonal term for a hard time.");
        assertMention("[Bed blocking] is an offensive and outdated term.");
        assertMention("[Addict] is a stigmatising term.");
        assertMention("People who come often are derided as nuisances, as [junkies] or worse.");
        assertMention("He was derided as a failure, as an [addict] and worse.");
        assertMention("Do not refer to an individual as a [stutterer].");
        assertAllMentions("He has been called many names like vagrant, hobo and tramp.");
        // another name after "and" or "or" is given by the same verb
        assertMention("They are called survivors and [runaways].");
        assertMention("He was labelled a loner or a [beggar] by the press.");
        // not a clause of its own after "and", nor a noun phrase with "the"
        lint.assertFlags("He was called a hero and [addicts] were blamed for the thefts.");
        lint.assertFlags("He was labelled a loner and the [addicts] in the hostel avoided him.");
        assertMention("Many people are simply marked as having [challenging behaviour].");
        // verbs of stigma and portrayal; a description by someone named stays theirs, and a use
        assertMention("The new byelaw stigmatises people who beg as [addicts].");
        assertMention("Tabloids often depict tenants on benefits as [scroungers].");
        lint.assertFlags("She was portrayed by the ward team as [manipulative].");
        assertMention("Avoid 'hard-working families': it implies that there are [workshy] families.");
        // a frame after the last of two joined terms takes in the first
        assertAllMentions("The old shirkers and scroungers rhetoric is back before the budget.");
        // the verb a few words before "as", past its object; a second item after "or"
        assertMention("Some voters regard anyone out of work for a year as a [scrounger].");
        assertMention("Too often people are marked as having nothing to offer or being [alcoholics].");
        assertMention("His opinion that people who beg are [scroungers] is not backed by any evidence.");
        assertAllMentions("We searched two databases with the keywords: rough sleeper, vagrant, street homeless.");
        assertAllMentions("So what do we mean by 'chaotic' or 'difficult to engage'?");
        assertMention("[Service users] – avoid this where you can; say who the people are.");
        lint.assertFlags("The complaint was dismissed as vexatious, as [junkies] were not covered by the contract.");
        assertMention("Families who were written off as [hard to reach] found the new service easy to use.");
    }

    @Test
    void anAdjectiveListedAfterAPluralNounForPeopleNamesPeopleToo() {
        lint.assertFlags("The centre offers food and shelter to [transients] and [homeless].");
        lint.assertFlags("The city is full of [shoplifters] / [homeless] / students, one letter said.");
        lint.assertClean("Students and homeless charities both use the centre.");
        lint.assertClean("And homeless, they wait."); // nothing before the "and" to list after
        lint.assertFlags("Volunteers count how many [homeless] there are across the city.");
        lint.assertClean("How many homeless shelters there are is not known.");
        // another adjective joined by "and" shares the verb or "who" after them
        lint.assertFlags("The church fed many local [homeless] and hungry who came to its door.");
        lint.assertFlags("The church fed many [homeless and hungry families]."); // info: the noun is theirs
    }

    @Test
    void inAQuestionTheVerbComesAfterItsSubject() {
        lint.assertFlags("Where, then, did [the mentally ill] go?");
        lint.assertFlags("Why do [the homeless] sleep in doorways?");
        lint.assertClean("Will the homeless shelter be open at Christmas?");
        lint.assertClean("Does the homeless shelter in Leeds take dogs?");
    }

    @Test
    void oneArticleServesTwoAdjectivesUsedAsNouns() {
        lint.assertFlags("The plight of [the poor] and [needy] is worst at Christmas.");
        lint.assertClean("The fire left the family destitute for a month.");
        lint.assertClean("The closure of the mine left the town destitute.");
        lint.assertClean("Repairs to the hostel and complex are overdue.");
    }

    @Test
    void aTermBeforeAWordThatHeadsNamesNamesAKindOfService() {
        lint.assertClean("They will appear before youth offender panels next week.");
        lint.assertClean("Young offender institutions are failing to prepare teenagers for release.");
        lint.assertFlags("The school has a [special needs] policy for pupils.");
        lint.assertClean("She was referred to the substance misuse service in May.");
        lint.assertClean("The rough sleepers unit may have done a good job.");
        lint.assertFlags("The council met a group of [rough sleepers] in the park.");
        lint.assertFlags("Funding for [rough sleepers] was cut.");
        lint.assertFlags("[Drug addicts] report feeling judged by their GP.");
        lint.assertFlags("Every night the [tramps] board the last bus to the coast.");
    }

    @Test
    void listsOfWordsSaidToBeWordsAreShown() {
        assertAllMentions("Tramps, bums, drifters -- no matter what the label, there were many people on the streets.");
        assertAllMentions(
                "Street person, vagrant, drifter, bum, addict have all been descriptors of people without a home.");
        assertAllMentions(
                "When we are not called mad dogs, predators, offenders and other derogatory terms, we are ignored.");
        assertAllMentions("For example, instead of felon, offender, prisoner, etc. say: a person in prison.");
        // a guide's advice on which word to use, and the wording it replaces set out after a label
        assertMention("Use 'people who use drugs' instead of [addicts] in reports.");
        assertMention("Say people sleeping rough rather than [rough sleepers].");
        assertMention("Instead of: Support for [vulnerable people]");
        // an ordinary sentence that happens to hold "instead of"
        lint.assertFlags("Use the side door instead of the lounge, as the [junkies] sit there.");
        assertMention("They were usually called [tramps].");
        assertMention("Defined as a patient still in hospital, [bed-blocker] is very much a term of abuse.");
        // lists of people, not of words
        LINTER.check("Beggars, street drinkers and addicts will be moved on by the police.", "t.txt")
                .findings()
                .forEach(f -> assertFalse(f.mention(), f.toString()));
        assertUsed("Instead of [rough sleepers] being moved on, they were offered rooms.");
        for (String used : List.of(
                "Offenders, addicts and rough sleepers: all are welcome at the drop-in.",
                "Drug addicts: long-term support works better than prison.",
                "Junkies: in other words, the people nobody wanted to house.",
                "Drug addicts: treatment instead of prison.",
                "Rather than treating addicts as criminals, we try to help them.",
                "Instead of punishing offenders, the courts should use community sentences.",
                "Addicts and other long-term drug users were moved on.")) {
            LINTER.check(used, "t.txt").findings().forEach(f -> assertFalse(f.mention(), used + ": " + f));
        }
    }

    /** The one marked term is found and reported as a mention (at info). */
    private void assertMention(String marked) {
        assertTrue(lint.assertFlagsOne(marked).mention(), marked);
    }

    /** The one marked term is found and reported as used, not as a mention. */
    private void assertUsed(String marked) {
        assertFalse(lint.assertFlagsOne(marked).mention(), marked);
    }

    private static void assertAllMentions(String text) {
        var findings = LINTER.check(text, "t.txt").findings();
        assertFalse(findings.isEmpty(), text);
        findings.forEach(f -> assertTrue(f.mention(), f.toString()));
    }

    @Test
    void aPublicFiguresStatementIsAttributedNotDoubted() {
        lint.assertClean("Health minister Earl Howe has claimed that 2,000 beds are occupied.");
        lint.assertClean("Campaigners insist the new rules will push people onto the street.");
        lint.assertFlags("The resident [claims] he paid the rent on Friday.");
        lint.assertFlags("Tom has [claimed] that staff ignored his complaint.");
        lint.assertFlags("A tenant who complained to the council [claimed] she had been ignored.");
        lint.assertFlags("The woman, who lives on the second floor, [claims] she paid every week.");
        lint.assertFlags("Council tenant Sharon Ellis [claims] the repairs were never done.");
        lint.assertFlags("Study participants [claimed] they had never been offered a tenancy.");
        // a sum after the verb is money claimed, whatever follows it
        lint.assertClean("A tenant who claimed £2,400 after moving out was taken to court.");
        lint.assertClean("The family claimed $300 a week while they waited for the hearing.");
        // the writer's own account, and a school speaking through its teachers
        lint.assertClean("We have insisted that begging and homelessness are separate issues.");
        lint.assertClean("The teachers insisted the pupils could hear well enough to follow.");
    }

    @Test
    void thoseWithAPhraseAfterThemArePeople() {
        lint.assertFlags("Those in need of help are often [hard to reach].");
        lint.assertFlags("Those with mental health problems can be [hard to reach].");
        lint.assertClean("Those in the north of the county are hard to reach by bus.");
        lint.assertClean("Those in the cupboard are hard to reach.");
    }

    @Test
    void wordsNamedAfterTheVerbOfAClauseAboutWordsAreShown() {
        assertAllMentions("Stigmatising terms include addict, junkie and alcoholic.");
        assertAllMentions("Stigmatising terms include drug addict, junkie and alcoholic.");
        assertAllMentions("The labels most often found in the case files were junkie and addict.");
        // "in terms of" and "the terms of" a licence talk about no word
        assertUsed("In terms of risk, he was [aggressive] on the ward.");
        assertUsed("The terms of her licence were broken when she was [aggressive] to staff.");
    }

    @Test
    void wordsSetOutBeforeAColonOrADashAreShown() {
        lint.assertFlags("[Scroungers], [spongers], [lazy]: journalists agree they should never be used.");
        for (var finding : LINTER.check(
                        "Scroungers, spongers, lazy: journalists agree they should never be used.", "t.txt")
                .findings()) {
            assertTrue(finding.mention(), finding.toString());
        }
        assertMention("[Abscond] - young people prefer: run away, go missing.");
        // one or two words before a colon are a heading that uses them
        assertUsed("[Rough sleepers]: council to open a new shelter.");
        assertUsed("Support for [rough sleepers]: what the council offers.");
    }

    /** Sentences an independent review of the context rules found wrong, each now as it should be. */
    @Test
    void reviewedCases() {
        assertUsed("The councillor dismissed [the homeless] as a nuisance.");
        lint.assertFlags("Homeless and [vulnerable people] need help.");
        lint.assertClean("The system is complex and new needs emerge each year.");
        lint.assertFlags("She [refused] the offer of a detox bed.");
        lint.assertFlags("Her [complex needs] lead to frequent hospital admissions.");
        lint.assertClean("The resident's family disabled the smoke alarm.");
        lint.assertClean("The family, homeless since May, were rehoused in June.");
        lint.assertFlags("The report says he is unwell, [refusing] meals.");
        lint.assertClean("This year has been one of the most challenging.");
        // "relapse" as a noun only the strict profile reports: readers of real text never marked it
        lint.assertClean("She has had three relapses since May.");
        LintAssertions.using(StrictProfile.linter()).assertFlags("She has had three [relapses] since May.");
        lint.assertFlags("He might [claim] he paid the rent, but the records show otherwise.");
    }

    @Test
    void anAdjectiveUsedAsANounOrSharingANounWithAnother() {
        // "of the most ..." names people unless a quantity picks one of a group ("one of the most")
        lint.assertFlags("The leaflet covers the rights of the most severely [handicapped].");
        lint.assertClean("Of all our projects this was one of the most challenging.");
        // a word the tagger reads as a verb, after "of" and joined to an adjective, shares its noun
        lint.assertFlags("We compared the sleep of [demented] and non-demented care home residents.");
        lint.assertClean("The council refused and angry residents protested outside the hall.");
        // after an article the word is a noun for people, even where the tagger read a verb
        lint.assertFlags("The hostel was opened in 1975 for the [mentally disordered].");
        lint.assertClean("We found the rural villages the hardest to reach.");
    }

    @Test
    void anAdjectiveAfterItsNounOrBeforeItThroughWhoseOrAnInfinitive() {
        // after a noun with only "too", "so" ... between, even inside a phrase after a preposition
        lint.assertFlags("Units were set up for pupils too [disruptive] for mainstream schools.");
        lint.assertClean("Staff at the units found the timetable too disruptive for pupils.");
        // the behaviour of the person before "whose"
        lint.assertFlags("The hostel caters for residents whose behaviour is [volatile].");
        lint.assertFlags("Residents, whose behaviour was [volatile], were moved.");
        // an imperative with "be" is said to the reader; without it, the verb takes a thing
        lint.assertFlags("Stop being [aggressive] and causing a nuisance to neighbours.");
        lint.assertClean("Tackle aggressive begging in the town centre.");
        lint.assertClean("They were supported by traders who report aggressive begging by groups.");
        lint.assertClean("The project supports tenants whose rent is volatile.");
        // an adjective with its infinitive before a noun for people
        lint.assertFlags("The team reaches the [hardest to reach] young people in the city.");
        lint.assertClean("It is hard to reach young people who have left school early.");
        // where a noun phrase starts: after a preposition, a comma or first in the sentence
        lint.assertFlags("A team to work with [hard to reach] [rough sleepers] has been funded.");
        lint.assertFlags("[Hard to reach] families often miss out on support.");
        lint.assertClean("Roads in hard to reach areas were closed by the snow.");
        lint.assertClean("The move made it harder to reach families in the north of the city.");
    }

    @Test
    void aRefusalByAServiceIsADecisionNotALabel() {
        lint.assertClean("The ward staff refused her request to go outside.");
        // through "who" or "which" to the noun the clause hangs on, past a bracketed aside
        lint.assertClean("I took it to my GP (whom I had seen twice), who flatly refused to listen.");
        lint.assertFlags("She saw the patient, who [refused] treatment.");
        // a participle clause that opens the sentence has the main clause's subject
        lint.assertClean("Having initially refused to answer, the department has now responded.");
        lint.assertFlags("Having [refused] treatment, the patient went home.");
        lint.assertClean("Politicians refuse to acknowledge the problem.");
        lint.assertClean("Last year the hostel managers refused three referrals.");
        lint.assertFlags("The patient [refused] his evening medication.");
        // a noun that ends a phrase after a preposition is not the subject, nor a past job
        lint.assertFlags("A tenant who complained to the council [refused] the repair.");
        lint.assertFlags("A woman referred by her GP [refused] the appointment.");
        lint.assertFlags("Men referred by the outreach team [refused] the hostel place.");
        lint.assertFlags("After seeing the doctor Tom [refused] the referral.");
        lint.assertFlags("The retired nurse [refused] to leave her flat.");
        lint.assertClean("His social worker refused the transfer.");
    }

    @Test
    void whatAStereotypeSaysPeopleAreIsAMention() {
        assertMention("There is a stubborn perception that people on benefits are [scroungers].");
        assertMention("The most harmful stereotype is that anyone sleeping rough is an [addict].");
        // the clause's subject is the writer's own wording
        assertUsed("The perception that [the homeless] have brought it on themselves is wrong.");
    }

    @Test
    void howOthersSeeSomeoneIsAMention() {
        assertMention("Young people told us they are often viewed as [difficult] by adults.");
        assertMention("Once staff see you as an [addict], they stop listening.");
        assertMention("He told us he was called a [junkie] at school.");
        // "described as" is as often the writer's own description, and a professional's label stays a finding
        assertUsed("She was described by staff as [manipulative].");
    }

    @Test
    void aParticiplePhraseAfterThePersonKeepsThemTheSubject() {
        lint.assertFlags("The woman demanding the key worker's attention is [manipulative].");
        lint.assertClean("The project supporting the council's plan is chaotic.");
    }

    @Test
    void peopleNamedAfterAPartOfTheWholeAreTheSubject() {
        lint.assertFlags("A small proportion of the residents [refused] the flu jab.");
        lint.assertFlags("Some of the residents [refused] the flu jab.");
        lint.assertClean("A third of the hostels refused dogs.");
        lint.assertFlags("A [disruptive] minority of the tenants has made the block hard to live in.");
        lint.assertClean("A disruptive minority of the meetings ran late.");
        lint.assertFlags("Some 45 percent of them are [mentally ill], the survey says.");
        lint.assertFlags("Thousands of them are [mentally ill].");
        lint.assertClean("Forty per cent of the budget is spent on mental illness services.");
        lint.assertFlags("A handful of the most [chaotic] were asked to leave.");
        // an adjective for people before "group" describes its members; a plural noun names a kind of group
        lint.assertFlags("Outcomes were worse in the [noncompliant] group than in the others.");
        lint.assertClean("She chairs the local drug users group, which campaigns for safer injecting sites.");
    }

    @Test
    void aQuotedTermBeforeAWordForPeopleIsUsedAboutThem() {
        assertUsed("A report found '[bed blocking]' patients stay on wards for a month.");
        assertMention("The so-called '[bed blockers]' were the subject of the debate.");
        // owned or counted, quoted words are still used of people; not when they are a label talked about
        assertUsed("We know all our “[frequent fliers]” by name.");
        assertUsed("Each “[frequent flyer]” costs the trust thousands a year.");
        assertMention("Their '[hard to reach]' label followed them from service to service.");
        assertMention("Having an addiction does not make him or her “an [addict].”");
        // not after "my" or "these", nor with a noun after the quotation
        assertMention("As one man put it, my “[addict]” brain never sleeps.");
        assertMention("These “[bed blockers]” are people waiting for care.");
        assertMention("Staff were asked to stop using their “[frequent flyer]” language.");
        // a quoted record or remark that says it of someone uses it
        assertUsed("One entry read, “Client was [uncooperative] today.” That was all.");
        assertUsed("Staff wrote “she is [manipulative]” in the file.");
        assertMention("“I was an [addict] for ten years,” he said.");
        assertMention("Judgmental language: 'patient was [uncooperative]' is an opinion, not a fact.");
        assertMention("Instead of writing “he is [aggressive]”, describe what happened.");
        assertAllMentions("“Service users are chaotic” is a phrase we hear too often.");
        // a use inside someone's quoted words gets no rewrite: the words are theirs
        Finding quotedRecord = lint.assertFlagsOne("Staff wrote “she is [manipulative]” in the file.");
        assertNull(quotedRecord.edit(), quotedRecord.toString());
    }

    @Test
    void processWordsOnlyAboutOnePerson() {
        LintAssertions.using(StrictProfile.linter()).assertFlags("Her [care plan] was agreed on Monday.");
        lint.assertFlags("A [case conference] was held about Ruth on 2 May.");
        lint.assertClean("The council provides individual care plans for everyone sleeping rough.");
        lint.assertClean("Adults who are homeless have a range of housing and support needs.");
        LintAssertions barred = LintAssertions.using(LINTER).onlyRule("barred");
        barred.assertClean("Residents must not drink on site. If they do, they may be barred from the hostel.");
        barred.assertFlags(
                "Her keyworker wrote to her last week. If they see her drinking, she may be [barred] from the hostel.");
        barred.assertClean(
                "Tenants who drink are not accepted, or if they are, their behaviour soon has them barred from the hostel.");
        barred.assertFlags("Her keyworker said they would be [barred] from the hostel if the rent was not paid.");
        // a ban reported in the news, with none of a service's own words, is the plain name of a power
        barred.assertClean("A man who begged at the cash points is now banned from large parts of the city centre.");
        // a possessive makes it one person's only when it is a person's and owns the term
        lint.assertFlags("The resident's [alcohol misuse] has got worse since the winter.");
        lint.assertClean("The Council's eviction policy is under review.");
        lint.assertClean("Today's care plan template replaces the old one.");
        lint.assertClean("Shelter's report on eviction was published today.");
    }

    @Test
    void aWordAboutCharacterDescribesThePersonThroughTheirConduct() {
        lint.assertFlags("Her mother's [chaotic] behaviour worried the school.");
        lint.assertFlags("Staff learn how to respond to [manipulative] behaviour.");
        lint.assertFlags("Often they represent [non-compliant] behaviour, such as a failure to return on time.");
        lint.assertFlags("The [chaotic] behaviour of [drug users] in the park was raised at the meeting.");
        lint.assertClean("The model shows the chaotic behaviour of the markets.");
        lint.assertClean("She stores her things in a chaotic manner.");
        // conduct that belongs to something that is not a person
        lint.assertClean("The council's chaotic conduct during the inquiry was criticised.");
        lint.assertClean("The regulator found non-compliant conduct by the housing association.");
        lint.assertClean("Financial markets can display chaotic behaviour in a crisis.");
        lint.assertClean("The launch was a chaotic presentation that left funders confused.");
        // whoever notices or reports the conduct is not whose it is
        lint.assertFlags("Staff have noticed [manipulative] behaviour at the hostel.");
        // a word for an act keeps to the person: "aggressive behaviour" is the behaviour
        lint.assertClean("Residents must avoid aggressive behaviour.");
    }

    @Test
    void aBracketedAsideDoesNotHideTheSubject() {
        lint.assertFlags("David (not his real name) is 26, and [schizophrenic].");
        lint.assertClean("The rota (drawn up by the manager) was chaotic.");
    }

    @Test
    void aVerbAfterPluralPeopleIsTheirVerb() {
        lint.assertFlags("Police bring them into the department, and patients [refuse] medical care.");
        lint.assertClean("The residents refuse store is behind the car park.");
        lint.assertClean("The tenants' refuse always goes out on Tuesdays.");
    }

    @Test
    void asWithAVerbAfterItsNounOpensAClause() {
        lint.assertFlags("It is hard to find placements for teenagers as their behaviour can be [challenging].");
        lint.assertClean("The work is slow as the system can be challenging.");
        // with no verb after its noun, "as" is a preposition and its noun is not who is described
        lint.assertFlags("He was described by the night worker as [chaotic].");
    }

    @Test
    void aHyphenatedCompoundBeforeTheNounIsAModifier() {
        lint.assertClean("Services are needed for people who have complex co-occurring disorders.");
        lint.assertFlags("The hostel took in two [chaotic] co-dependent drinkers.");
        lint.assertClean("Supported housing residents often live with complex and changing risks.");
    }

    @Test
    void aMinistersTitleWithItsOwnPhraseIsAPublicVoice() {
        lint.assertClean("The Minister for Housing Anne Hale insisted that no one would have to sleep rough.");
        lint.assertClean("Leader of the Council Anne Hale insisted that the hostel would stay open.");
        lint.assertClean("Secretary of State for Health Jeremy Hunt claimed that the NHS was coping.");
        lint.assertFlags("Her brother Tom [insisted] that he had paid the rent.");
        lint.assertClean("Council officials, though, claimed many of the reports had come from victims.");
        lint.assertClean("The council, however, has claimed that the reports came from victims.");
        lint.assertFlags("After seeing the doctor Tom [refused] the injection.");
    }

    @Test
    void aRelativeClauseBetweenCommasIsAnAside() {
        lint.assertFlags(
                "The inquest heard that Mr Hale, who had a long history of illness, had [refused] his medication.");
        lint.assertFlags("The man, who turned down the offer, was [chaotic].");
        lint.assertClean("The council, which had a long list of projects, was chaotic.");
    }

    @Test
    void thePluralOfAnAdjectiveForAPersonIsANounForPeople() {
        lint.assertFlags("By some perverse logic, it is considered fine for [schizophrenics].");
        lint.assertClean("The ward treats people living with schizophrenia.");
    }

    @Test
    void anAdjectiveAfterTheIsANounAfterAVerbThatTakesAnObject() {
        lint.assertFlags("Situations involving the [emotionally disturbed] can quickly get out of hand.");
        lint.assertClean("This case is the most challenging.");
        lint.assertClean("Of all the winter months, January is proving the most challenging.");
    }

    @Test
    void aNounBetweenACopulaAndAnAdjectiveBelongsToTheAdjective() {
        lint.assertFlags("Patients who became medication [noncompliant] were less likely to return.");
        lint.assertClean("The fire door was code non-compliant until May.");
    }

    @Test
    void anSFormAfterASingularAdjectiveNounIsItsVerb() {
        lint.assertFlags("[The drunk] needs somewhere to live.");
        lint.assertFlags("[The drunk] goes to the day centre every morning.");
        lint.assertClean("The homeless needs assessment was published in May.");
        lint.assertClean("We visited the homeless shelters nearby and the day centre.");
    }

    @Test
    void aParticipleIsDoneByThePersonBeforeItOrTheSentencesSubject() {
        lint.assertFlags("The routine gets harder as dementia progresses, with the person [refusing] to wash.");
        lint.assertFlags("Six people were banned from the square after [refusing] to accept help.");
        lint.assertClean("The council lost the case after refusing to publish the report.");
    }

    @Test
    void aNameCanHoldTheBeforeACapital() {
        lint.assertClean("The Coalition for the Homeless runs a night shelter in the city.");
        lint.assertClean("She went to the Coalition for the Homeless in May.");
        lint.assertClean("The Regional Task Force on the Homeless publishes the count each year.");
        lint.assertFlags("The council cut its help for [the homeless] last year.");
        lint.assertFlags("[Beggars] in the City Centre have been moved on by wardens.");
    }

    @Test
    void anAsideOnTheNameOrNoSuchThingMakesAMention() {
        assertMention("[Street drinkers], as they are known in social-work jargon, are mainly men in their 40s.");
        assertMention("There's no such thing as [attention-seeking] behaviour.");
        lint.assertFlags("[Rough sleepers], as we found, are often unwell.");
    }

    @Test
    void aListOfWordsAfterBeIsSaidOfItsSubject() {
        lint.assertFlags("Staff said the residents were [manipulative], [aggressive] or deliberately [obstructive].");
        lint.assertFlags("The father was wary of social workers, [hostile] and [resistant] to advice.");
        lint.assertClean("The weather was cold, wet and extremely challenging.");
        lint.assertClean("The taxi company, who will not be named, first refused the booking.");
    }

    @Test
    void aPluralPossessorStandsAlone() {
        lint.assertFlags("The court looked at the [burglars]' records before sentencing.");
        lint.assertFlags("[The homeless]' needs come first, the leaflet says.");
        lint.assertClean("The homeless sector's needs come first.");
    }

    @Test
    void anOffenceNamesAPersonButNotAThing() {
        lint.assertFlags("The magistrate called him a persistent [shoplifter].");
        lint.assertClean("The burglar alarm went off twice in the night.");
        lint.assertClean("Staff moved the wardrobe to block a bed from the draught.");
        lint.assertFlags("They are a [drain on the NHS], one letter said.");
        lint.assertClean("Fuel poverty is a drain on the NHS every winter.");
    }

    @Test
    void aCharitysNameIsNotALabel() {
        lint.assertClean("Guide Dogs for the Blind said half of owners had been turned away.");
        lint.assertClean("Help the Aged ran the shop on the high street.");
        lint.assertFlags("The fund helps [the aged] and [the blind] in the parish.");
    }

    @Test
    void aDemonstrativeStandingAloneIsAThingNotAPerson() {
        lint.assertClean("This is very difficult.");
        lint.assertClean("That was difficult, but we got there.");
        lint.assertClean("This can be quite difficult when money is short.");
        lint.assertClean("Many tenants find this difficult at first.");
        lint.assertClean("She said that was difficult.");
        lint.assertClean("He was moved to the new hostel. That was difficult for everyone.");
        lint.assertFlags("He becomes that [aggressive] when he has been drinking.");
        lint.assertFlags("This resident is very [challenging] at night.");
        lint.assertFlags("He is not that [difficult], his sister says.");
    }

    @Test
    void aRelativeClauseSaysWhatItsNounIs() {
        lint.assertClean("Residents presenting with behaviours that are challenging will be cared for calmly.");
        lint.assertFlags("Staff support residents that are [chaotic] at night.");
        lint.assertFlags("We raised the fact that he is [chaotic] at night.");
        lint.assertFlags("Tenants in the scheme that are [chaotic] may lose their place.");
    }

    @Test
    void aQuotedSpeakerSpeaksOfSomeoneElseThroughTheirPossessive() {
        lint.assertFlags("She told the paper: 'The lockdown sent my [senile] grandad into a spiral of decline.'");
        // the speaker's own "my" before a word for themselves stays theirs
        lint.assertClean("He said: 'My own chaotic years are behind me now.'");
    }

    @Test
    void aPersonsLifeIsDescribedAsThePersonIs() {
        lint.assertFlags("An appointment at nine will not work if your life is [chaotic].");
        lint.assertClean("The early life of the project was chaotic.");
    }

    @Test
    void askingWhatATermMeansIsAMention() {
        assertMention("What is meant by [complex needs]");
        assertMention("There is no strict definition of [complex needs] in the guidance.");
        assertMention("What is [challenging behaviour]?");
        assertMention("But what is a [DSS tenant] exactly, and what do landlords need to know?");
        assertMention("So what are [service users] really?");
        lint.assertFlags("What is a [rough sleeper] to do when the shelter is full?");
    }

    @Test
    void whatSomeoneClaimsMayStartWithACoordinatedSubject() {
        lint.assertFlags("She [claimed] the doors and hallways in the flat were all too narrow.");
        lint.assertFlags("She [claimed] the landlord and his agent had ignored her letters.");
        lint.assertClean("She claimed a share of the estate left by her father.");
        lint.assertClean("Tom claimed damages for the injuries caused by the fall.");
        lint.assertClean("He claimed the room for his son and left the next morning.");
        lint.assertClean("She claimed compensation for injuries she suffered at work.");
    }

    @Test
    void aVerbOfSayingOpensAClauseWhoseSubjectMayBeABarePlural() {
        lint.assertFlags("The councillor insists [homeless] are being denied beds.");
        lint.assertClean("The councillor insists homeless services are being cut.");
        lint.assertClean("She said homeless is a word she never uses about herself.");
        // "feel" links to an adjective; it brings in no clause
        lint.assertClean("Young people who feel homeless may not use the word about themselves.");
    }

    @Test
    void theParticipleOfAWordThatIsOnlyAVerbFollowsItsSubject() {
        lint.assertFlags("Residents complained about [the homeless] loitering in public places.");
        lint.assertClean("Residents complained about the homeless housing in the borough.");
        lint.assertClean("Volunteers from the homeless befriending scheme visit every week.");
    }

    @Test
    void aClauseAfterWhoClosedByACommaLeadsBackToItsPerson() {
        lint.assertFlags("If someone who self-neglects or hoards, [refuses] support, staff should not give up.");
        lint.assertClean("If the team that reviews the case, refuses the request, the manager decides.");
        lint.assertClean("Anyone who visits the building, chaotic as it is, should sign in at reception.");
    }

    @Test
    void aRoleInACapitalisedTitleOrBeforeOfSpeaksForABody() {
        lint.assertClean("Mr Justice Lloyd Jones refused to grant bail until the review.");
        lint.assertFlags("The Care Provider claimed Mr Y [refused] to sign the contract.");
        lint.assertClean("Representatives of the three hospitals insisted that the practice was safe.");
        lint.assertFlags("The daughter of the doctor [refused] the operation.");
        lint.assertFlags("Mr Lloyd Jones [refused] to go to hospital.");
    }

    @Test
    void moreWaysAnAdjectiveOrAPluralStandsForPeople() {
        lint.assertFlags("Many of the estimated 500,000 [homeless] among veterans share that reality.");
        lint.assertFlags("It is a disorder whose [sufferers] are often elderly.");
        lint.assertFlags("The Fellowship, which represents [sufferers] and carers, spoke out.");
        lint.assertFlags("The topic is [homeless]/[vagrants] and downtown.");
        lint.assertFlags("Ruth Hall, [homeless] are victims of the community.");
        lint.assertClean("The 2019 homeless count found 40 people.");
        lint.assertClean("He was cold, homeless and alone.");
        lint.assertClean("Hay fever sufferers can ask the garden group for gloves.");
    }

    @Test
    void reviewedLimitsOfTheRulesForPeopleAndRoles() {
        lint.assertClean("We fund homeless/refugees projects across the city.");
        lint.assertClean("Snoring sufferers often disturb their partners.");
        lint.assertClean("A tenant whose son disabled the smoke alarm was warned.");
        lint.assertFlags("The daughter of the director of the home [refused] treatment.");
        lint.assertFlags("Mr Warden [refused] the home visit.");
        lint.assertFlags("Ruth Hall, [mentally ill] are victims of the community.");
    }

    @Test
    void whatAStereotypeSaysAfterIsIsAMention() {
        assertMention("The old stereotype of a man without a home is the [hobo] asleep in a doorway.");
        lint.assertFlags("The man in the doorway is a [hobo], the caller said.");
    }

    @Test
    void aReportsCodeForAPersonIsAPerson() {
        lint.assertFlags("Staff documented the dates R1 [refused] to go to the doctor.");
        lint.assertFlags("Resident X [refused] the medication.");
        lint.assertClean("Nurse A refused the request for more pain relief.");
        lint.assertClean("Room R1 is chaotic at night.");
        lint.assertClean("The M25 was chaotic on Friday.");
    }

    @Test
    void aDeterminerAfterAListOpensANewPhrase() {
        lint.assertFlags("Grants went to [the disabled], the old and other members of the parish.");
        lint.assertClean("Our disabled and older members meet on Tuesdays.");
    }

    @Test
    void aVerbAfterAndAndAnAsideSharesTheSubject() {
        lint.assertFlags("The residents often ask for help and, at times, are [belligerent] with staff.");
        lint.assertClean("The council meetings often overran and, at times, were combative.");
    }

    @Test
    void aJobNamedAfterTheWorkIsNotAPerson() {
        lint.assertClean("Two Rough Sleeper Navigators joined the team in May.");
        lint.assertFlags("Navigators meet [rough sleepers] in the park.");
        lint.assertFlags("Support Worker Training for [Homeless People]");
    }

    @Test
    void aSchoolExclusionIsTheLawsName() {
        lint.assertClean("A fixed-term exclusion is the most serious sanction a school can give.");
        lint.assertClean("Pupils who are excluded lose a week of lessons.");
        lint.assertFlags("He was [excluded] from the hostel for a week.");
        lint.assertFlags("He was [excluded] from the hostel; his school friends took him in.");
    }

    @Test
    void aClauseAfterWhoEndsWhereTheNextVerbBegins() {
        lint.assertClean("The needs of people who use drugs are complex.");
        lint.assertFlags("People who use the day centre are often [complex].");
        lint.assertFlags("It works with people who were identified as being [hard to reach].");
        lint.assertFlags("A man who was found in the park [refused] the ambulance.");
        lint.assertClean("The woman who rang us says the hostel is chaotic.");
        lint.assertFlags("The volunteer who runs the group says most members are [difficult].");
        lint.assertClean("The needs of people who lived on the streets were complex.");
    }

    @Test
    void thePhraseAfterATermEndingInAPrepositionIsItsObject() {
        // "her" is who the energy belongs to, not who is called a drain
        lint.assertClean("The long nights were a drain on her energy.");
        lint.assertFlags("They are a [drain on] the staff's time and patience.");
    }

    @Test
    void aClauseAfterANounAndWhyOrWhichEndsWhereTheNextVerbBegins() {
        lint.assertClean("The reasons why families become homeless are often complex.");
        lint.assertClean("The reasons why they become homeless are complex.");
        lint.assertFlags("People that use the night shelter are often [chaotic].");
        lint.assertFlags("She says that the men who sleep in the park are [chaotic].");
    }

    @Test
    void onlyAboutLooksPastWhoToItsNoun() {
        lint.assertFlags("Children who live at the hostel [did not attend] their dental appointments.");
        lint.assertClean("Parents who work nights did not attend the meeting.");
    }

    @Test
    void aWordForLearnersOnlyWhereTheSentenceIsAboutSchool() {
        lint.assertFlags("New teachers are rarely given [low ability] classes.");
        lint.assertClean("He has become less able over the past year.");
    }

    @Test
    void anActivityThatOpensTheClauseIsWhatTheWordDescribes() {
        lint.assertClean("Talking to a teacher or their friends can often be difficult for a young carer.");
        lint.assertClean(
                "Although accurately counting the people in a town is inherently difficult, the figures are used.");
        lint.assertClean("In winter, getting a man who is homeless to an appointment can be challenging.");
        lint.assertClean("Begging is difficult for her.");
        lint.assertFlags("When leaving the hostel he was [aggressive] towards the night staff.");
        lint.assertFlags("Ring the police if the resident is [aggressive].");
        lint.assertFlags("Keeping him safe is hard because he is [chaotic].");
        lint.assertFlags("Visiting the family last week I found the mother was [chaotic].");
        lint.assertFlags("Getting up in the morning is hard and he is [unmotivated].");
        lint.assertFlags("Engaging with a parent who is [resistant] is hard.");
        lint.assertFlags("Talking to him, she was [difficult].");
        lint.assertFlags("The residents living upstairs are [difficult].");
    }

    @Test
    void thePassiveIsDoneToSomeoneAndTheProgressiveIsTheirOwnAct() {
        lint.assertFlags("He is [refusing] his tablets again tonight.");
        lint.assertFlags("Staff said she was not [refusing] food but could not swallow it.");
        lint.assertClean("Many people sleeping rough were simply refused access to the day centre.");
        lint.assertClean("She has not been refused a place since May.");
        lint.assertClean("He got refused at the door of the night shelter.");
    }

    @Test
    void everyWordOfAListAfterBeIsSaidOfTheSubject() {
        lint.assertFlags("People with this diagnosis are often [manipulative], tearful, [aggressive] or withdrawn.");
        lint.assertClean("The rooms on the top floor are damp, cold, chaotic and noisy.");
    }

    @Test
    void anAdjectiveThatEndsTheClauseAfterTheTermIsSaidOfThem() {
        lint.assertFlags("Volunteering can make the lives of [the homeless] better.");
        lint.assertClean("The money went to the homeless sector.");
    }

    @Test
    void aVerbOfSayingThatEndsTheClauseAfterTheTermIsTheirs() {
        lint.assertFlags("It rarely helps, police and advocates for [the homeless] say.");
        lint.assertClean("The grant was spent on the homeless count.");
    }

    @Test
    void aNounBeforeANounForPeopleStartsTheirCompound() {
        lint.assertFlags("Officials are considering opening a hostel for homeless [drug addicts] in Dublin.");
        lint.assertFlags("We believe [the homeless] need homes.");
    }

    @Test
    void aWordThatIsNeverAVerbIsNoVerbWhateverTheTaggerSays() {
        lint.assertClean(
                "Councillor Fear asked the Leader for an update on PSPOs, particularly in relation to aggressive begging in the town centre.");
        lint.assertFlags("Councillor Fear said the men in the doorway were [aggressive] to shoppers.");
    }

    @Test
    void theNounAfterForIsTheSubjectOfTheInfinitive() {
        lint.assertFlags("It is not necessary for households to be [clean and sober] to get a tenancy.");
        lint.assertFlags("The aim is for residents to be less [chaotic] by the summer.");
        lint.assertClean("It is important for the kitchen to be clean and tidy before the inspection.");
        lint.assertClean("Staff asked for the room to be made less chaotic before the visit.");
    }

    @Test
    void aKnownProgrammeIsAName() {
        lint.assertClean("Sig Olson of Albuquerque Health Care for the Homeless said the ordinance was not needed.");
        lint.assertClean("The report was prepared with the Coalition for the Homeless of Houston/Harris County.");
    }

    @Test
    void aWordAfterTheTermIsTheVerbWhenTheSentenceHasNoOther() {
        lint.assertFlags("Some [homeless] sleep in the park.");
        lint.assertFlags("In winter [the homeless] sleep in doorways.");
        lint.assertClean("The homeless shelter in Leeds takes dogs.");
        lint.assertClean("We raised money for the homeless shelter in Leeds.");
        lint.assertClean("The homeless shelter on Main Street");
        lint.assertClean("Homeless support in the borough.");
    }

    @Test
    void theyStandsForTheNearestPluralNounBeforeIt() {
        lint.assertClean("Mrs Barker called social workers but they refused to answer her questions.");
        lint.assertFlags("The residents were offered a doctor but they [refused] the appointment.");
    }

    @Test
    void aNounForAPersonAfterAIsThatPersonEvenAfterBe() {
        lint.assertFlags("Nobody wants to be [a transient], said the chair of the residents' group.");
        lint.assertClean("It is a transient problem.");
    }

    @Test
    void aQuotationBeforeWhoIsUsedOfPeople() {
        lint.assertFlags("He was among the \u201C[frequent fliers]\u201D who burden overstretched staff.");
        assertMention("What the paper called \u201C[bed blockers]\u201D who fill wards were waiting for care.");
        assertMention("The \u201C[frequent flier]\u201D label is unfair.");
    }

    @Test
    void aParticleAfterTheWordMakesItAVerb() {
        lint.assertFlags("At night [the homeless] turn up at the station.");
        lint.assertClean("The homeless shelter up the road is full.");
        lint.assertClean("The homeless shelter out at the airport is full.");
    }

    @Test
    void soOpensAClauseWhoseSubjectMayBeABarePlural() {
        lint.assertFlags("The café opens early so [homeless] can eat before work.");
        lint.assertClean("He felt so homeless and alone.");
    }

    @Test
    void moreFramesIntroduceWordsTalkedAbout() {
        assertMention("Once labeled a [juvenile delinquent], a boy finds it hard to get work.");
        assertMention("Staff should avoid terminology such as [offender] in letters.");
    }

    @Test
    void aParticipleSharesTheSentencesSubjectAndABodysLongNameIsABody() {
        lint.assertClean("The council removed her from the housing list, claiming that the offer was suitable.");
        lint.assertClean("The Mayor of Barton came under fire after claiming handouts kept people on the streets.");
        lint.assertClean("But the Federation of Tenants Associations of Wales claims it is worse.");
        lint.assertFlags("A tenant of Peabody Housing Association [claims] the repairs were never done.");
        lint.assertFlags("When the council wrote to him, Tom replied, [claiming] he had paid.");
        lint.assertFlags("He left the hostel, [claiming] that staff had taken his phone.");
        lint.assertFlags("The mother of Tom Smith [claims] he was never offered a room.");
    }

    @Test
    void aVerbAfterAQuotationAttributesItToTheSubjectAfterIt() {
        lint.assertFlags("\"Nobody came to fix the boiler,\" [claims] Jamal.");
        lint.assertFlags("\u201CThe heating has been off since May,\u201D [insists] one resident.");
        lint.assertFlags("\"They took my phone,\" [claimed] the man, who has slept at the station since June.");
        lint.assertClean("\"Rents will rise again next year,\" claims the council.");
        lint.assertClean("\"Nobody is turned away,\" insists Barton Housing Trust.");
        lint.assertClean("\"The boiler is fixed,\" claims the landlord's letter.");
        lint.assertClean("\"We will not evict anyone over the winter,\" insists the housing manager.");
        lint.assertFlags("\u2018Nobody came to fix the boiler,\u2019 [claims] Jamal, who lives on the third floor.");
        lint.assertFlags("\"Nobody came to fix the boiler\", [claims] Jamal.");
    }

    @Test
    void theyMayStandForABody() {
        lint.assertClean(
                "The local authority were refusing to offer housing help as they claimed he had rent arrears.");
        lint.assertFlags("Residents say the council ignored them, and they [claim] the repairs were never done.");
    }

    @Test
    void aPublicFigureOrABodyAfterAQuotationSpeaksForAnInstitution() {
        lint.assertClean("\"We will build 500 homes,\" claims Housing Secretary Angela Rayner.");
        lint.assertClean("\"The hostel is unsafe,\" claims Labour MP Jess Phillips.");
        lint.assertClean("\"The repairs were done in March,\" insists Councillor Jane Smith.");
        lint.assertClean("\"The council has failed these families,\" claims Polly Neate, chief executive of Shelter.");
        lint.assertClean("\"Rough sleeping has doubled,\" claims Crisis.");
        lint.assertClean("\"The patches work for most people,\" insists Dr Patel, a GP in the town.");
        lint.assertFlags("\"Nobody came to fix the boiler,\" [claims] Jamal Ahmed, who has lived there since 2019.");
    }

    @Test
    void abuseIsALabelAfterTheNameOfADrugAndAbusingDrugsHasNoPersonTest() {
        lint.assertFlags("He has a history of amphetamine & cannabis [abuse].");
        lint.assertFlags("Notes mention heroin and cocaine [abuse] before 2019.");
        lint.assertFlags(
                "Patients who leave early are more likely to have poor support, to [abuse] alcohol and to miss appointments.");
        lint.assertFlags("Most of the men had been [abusing] several drugs at once before referral.");
        lint.assertFlags("He [abused] over-the-counter painkillers and alcohol for a decade.");
        lint.assertFlags("Staff asked which drugs he may have been [abusing].");
        lint.assertFlags("The leaflet lists the medicines that are most often [abused].");
        lint.assertClean("The children that are abused need a safe adult to tell.");
        lint.assertClean("He abused drug workers on the phone and was barred.");
        lint.assertClean("Under the influence of alcohol she was sexually abused.");
        lint.assertClean("Many women in the refuge have experience of abuse and drugs.");
        lint.assertClean("He abused his partner and alcohol made it worse.");
        lint.assertClean("The warden abused drug-using residents for years.");
        lint.assertClean("Traffickers abuse and drug their victims.");
        lint.assertFlags("He [abused] a cocktail of prescription drugs after the accident.");
        lint.assertFlags("She has been [abusing] large amounts of alcohol since May.");
        lint.assertClean("He abused a number of children in the home.");
        lint.assertClean("Staff abused the drug budget, the audit found.");
        lint.assertClean("She told the nurse about the abuse she suffered at home.");
        lint.assertClean("The project supports women who have survived domestic abuse and drug use.");
    }

    @Test
    void anExactFormIsFoundInItsPossessive() {
        lint.assertFlags("Life became focused on the [addict\u2019s] problems.");
        lint.assertFlags("It is common to every [addict's] family.");
        lint.assertClean("She was addicted to painkillers after the operation.");
    }

    @Test
    void peopleWhoWorkOnHomelessnessAreNotDescribedAsHomeless() {
        lint.assertClean("But homeless experts call the sweeps an ineffective approach.");
        lint.assertClean("Homeless advocates and researchers met the mayor on Monday.");
    }

    @Test
    void denyingSomeoneSomethingIsNoDoubtCastOnTheirAccount() {
        lint.assertFlags("He [denies] that he was drinking in his room.");
        lint.assertClean("The policy denies them the tools most of us take for granted.");
        lint.assertClean("The rule denies access to anyone without ID.");
    }

    @Test
    void aWordForHowManyBeforeANumberOfPeopleIsNoPreposition() {
        lint.assertFlags("Staff said about 12 residents were [chaotic].");
        lint.assertClean("Staff said about 12 rooms were chaotic.");
    }

    @Test
    void moreWordsBeforeABareAdjectiveMakeItANounForPeople() {
        lint.assertFlags("Meals for London [homeless] start next week.");
        lint.assertClean("She returned to Leeds homeless after the tenancy ended.");
        lint.assertClean("He carried on homeless for two more years.");
        lint.assertClean("The risk of their becoming homeless was high.");
        lint.assertFlags("Residents demand action on [homeless] in the park.");
        lint.assertFlags("Volunteers cook for the rough sleeping [homeless] every Friday.");
        lint.assertClean("The fire left thousands of families homeless.");
        lint.assertClean("The scheme helps people at risk of becoming homeless.");
        lint.assertClean("The rough sleeping homeless shelter has closed.");
        lint.assertClean("The resident's family disabled the smoke alarm.");
    }

    @Test
    void everyCellOfARowOfWordsToAvoidIsAMention() {
        List<Finding> findings = LINTER.check(
                        "Never use: Inmate | ex-Offender | Felon | Parolee | ex-Con | Offender | ex-Inmate", "t.txt")
                .findings();
        assertEquals(
                List.of("Inmate", "ex-Offender", "Felon", "Parolee", "ex-Con", "Offender", "ex-Inmate"),
                findings.stream().map(Finding::text).toList());
        findings.forEach(f -> assertTrue(f.mention(), f.toString()));
    }

    @Test
    void aListItemMayBeginWithAPrefixBeforeItsTerm() {
        List<Finding> findings = LINTER.check("Words to leave out: convict, ex inmate, former addict", "t.txt")
                .findings();
        assertEquals(
                List.of("convict", "inmate", "former addict"),
                findings.stream().map(Finding::text).toList());
        findings.forEach(f -> assertTrue(f.mention(), f.toString()));
    }

    @Test
    void aBanOrAnEvictionIsDoneToAPersonOnlyWhenItsObjectIsOne() {
        lint.assertFlags("The manager [banned] him from the lounge for a week.");
        lint.assertFlags("We will [evict] you if the arrears are not paid.");
        lint.assertClean("Bailiffs evicted the tents from the car park.");
        lint.assertFlags("She was [banned] from the day centre.");
        lint.assertClean("The council banned charitable groups from handing out food in the square.");
        lint.assertClean("The landlord banned smoking in the hallway.");
        lint.assertClean("Staff said they would not ban the practice.");
        lint.assertFlags("The manager [banned] a 45-year-old man from the hostel.");
        lint.assertFlags("The manager [banned] a handful of residents from the garden.");
        lint.assertFlags("The manager [banned] the couple from the lounge.");
        lint.assertClean("The landlord banned her dog from the flat.");
    }

    @Test
    void aDifficultyThePersonFindsIsTheirsNotALabel() {
        lint.assertClean("Tenants who are finding it difficult to manage their money can ask for help.");
        lint.assertFlags("He has been [difficult to manage] since the move.");
        lint.assertFlags("City tolerance toward [homeless] is wearing thin.");
    }

    @Test
    void aWordOfDegreeAfterTheTermLeavesItStandingAlone() {
        lint.assertFlags("Rent rises hit [the poor] hardest.");
        lint.assertFlags("The cuts fall on [the disabled] and carers alike.");
        lint.assertClean("The poor quality of the flats is a worry.");
    }

    @Test
    void aWordOfTimeAfterAnAdjectiveIsNotTheNounItDescribes() {
        lint.assertFlags("Resident was [uncooperative] today.");
        lint.assertFlags("She was [uncooperative] again when staff called.");
        lint.assertClean("The office was chaotic today.");
    }

    @Test
    void aTermBeforeASlashAndAPhraseDescribesItsNoun() {
        lint.assertClean("She has worked in the homeless/supported housing sector for years.");
        lint.assertFlags("Leaflets about [the homeless]/[vagrants] were handed out.");
        lint.assertClean("She works in the homeless/mental health sector.");
        lint.assertFlags("Beds for [the homeless]/[vulnerable adults] were found in the church hall.");
    }

    @Test
    void aNounForAPersonBeforeOrAndAnotherPhraseIsThatNoun() {
        lint.assertFlags("A cell is no place for a paranoid [schizophrenic] or a person in crisis.");
        lint.assertClean("She had an epileptic or diabetic episode on the bus.");
    }

    @Test
    void aServicesOwnRoleIsNoPersonALabelDescribes() {
        lint.assertClean("When I was a homeless officer I saw the same families every winter.");
        lint.assertFlags("The [homeless man] outside the station was given a sleeping bag.");
    }

    @Test
    void aJournalOrAnAdministrationHeadsAName() {
        lint.assertClean("The study was published in the Journal of Substance Abuse Treatment in 2019.");
        lint.assertClean("A grant came from the Substance Abuse and Mental Health Services Administration.");
    }

    @Test
    void aTitleThatOpensWithAnIngVerbIsNoListOfWords() {
        assertUsed("Supporting families, [addicts] and carers");
        assertAllMentions("addict, junkie, druggie");
    }

    @Test
    void aQuestionThatAsksWhatATermIsIsAboutTheTerm() {
        assertMention("What is [challenging behaviour]?");
        assertMention("What are [service users]?");
        assertUsed("What are [service users] doing in the car park at night?");
    }

    @Test
    void aSuffererAfterTheNameOfAnIllnessIsALabel() {
        lint.assertFlags("Support for psychosis [sufferers] is patchy in the county.");
        lint.assertFlags("Grant said TBI [sufferers] find appointments hard to keep.");
        lint.assertFlags("She set up a group for Korsakoff's syndrome [sufferers] in 2019.");
        lint.assertClean("Hay fever sufferers can ask the garden group for gloves.");
        lint.assertClean("The service supported 188 victims and 40 perpetrators last year.");
        lint.assertClean("Flood victims were rehoused in May.");
        lint.assertClean("DA victims are entitled to a priority need assessment.");
        lint.assertClean("Flu sufferers should stay at home and rest.");
        lint.assertClean("Personal injury victims can claim through the scheme.");
        lint.assertClean("HELP FOR FLOOD SUFFERERS");
    }

    @Test
    void anAdjectiveBeforeItsNounSaysWhoSomeoneIs() {
        lint.assertFlags("Night staff must not be alone with [violent] or [abusive] residents.");
        lint.assertFlags("The practice cannot deal with [violent] patients.");
        lint.assertClean("He became violent when the police arrived.");
        lint.assertClean("The scheme is for patients who have, in some cases, been violent.");
        lint.assertClean("Tenants must not behave in a violent, threatening or abusive manner.");
        lint.assertClean("She left the refuge to escape a violent partner.");
        lint.assertClean("He left home to escape a violent mother.");
        // after "be", a word for a habit makes it who someone is
        lint.assertFlags("On Friday nights the patients are often [abusive] to the ambulance crew.");
        lint.assertFlags("A few residents are habitually [violent] and are moved on.");
        lint.assertFlags("Some patients can often be [abusive] to reception staff.");
        lint.assertClean("People who hear voices are not often violent.");
        lint.assertClean("He has not always been violent towards staff.");
        lint.assertFlags("They are often rude and [abusive] to the night staff.");
    }

    @Test
    void theMostVulnerableStandingAloneIsAGroupOfPeople() {
        lint.assertFlags("Rising bills have hit [the most vulnerable] in society.");
        lint.assertFlags("Volunteers rang [our most vulnerable] every week.");
        lint.assertClean("Of all the bridges, the oldest are the most vulnerable.");
        lint.assertClean("The most vulnerable homes are those on the flood plain.");
        lint.assertClean("Which systems are the most vulnerable to attack?");
    }

    @Test
    void cleanAndSoberIsSaidOfAPerson() {
        lint.assertFlags("He has been [clean and sober] since June.");
        lint.assertClean("The interior is clean and sober, with white walls and oak floors.");
    }

    @Test
    void anAdjectiveBeforeAnObjectPronounIsAVerb() {
        lint.assertClean("Their system disabled me more than my illness did.");
        lint.assertFlags("Funding for [the disabled] was cut again.");
    }

    @Test
    void cleanIsSaidOfAPersonOnlyAfterBeOrGetWhereDrugsAreTalkedAbout() {
        lint.assertFlags("Residents do not need to be [clean] before they go to the drug service.");
        lint.assertFlags("I want to [get clean] and I need a structured environment for my addiction.");
        lint.assertClean("On arrival she was clean, alert and orientated, and her methadone was given.");
        lint.assertClean("Food handlers must be clean and wear hairnets at all times.");
        lint.assertClean("Keep the flat clean and the drug team will visit weekly.");
        lint.assertClean("The kids get clean in the bath before bedtime.");
        lint.assertClean("Police searched him for drugs and he was clean, so he was released.");
        lint.assertClean("The children are clean now that they have a bath every day.");
        lint.assertClean("She got clean away before the police arrived last week.");
    }

    @Test
    void cleanIsSaidOfAPersonWhoIsTheObjectOfGetKeepOrMake() {
        lint.assertFlags("He said money spent on getting people [clean] from drugs will pay dividends.");
        lint.assertFlags("I want to [get myself clean] but there is no help for my drug use.");
        lint.assertFlags("The rehab gets you [clean] in 28 days, the advert for the drug service says.");
        lint.assertFlags("He went [clean] eight months ago when the drug began to frighten him.");
        lint.assertFlags("She didn't get sorted or [clean] while she was using heroin.");
        lint.assertClean("Get the kitchen clean before the drug worker visits.");
        lint.assertClean("Staff keep the needle exchange room clean every day.");
        lint.assertClean("Keep them clean and dry after the drug worker dresses the wounds.");
        lint.assertClean("Carers visit four times a day to keep her clean.");
        lint.assertClean("Staff made him clean his room before his methadone was given each day.");
        lint.assertClean("We make everyone clean up after themselves in the recovery house.");
        lint.assertClean("He was tired but clean when I saw him on Tuesday at the drug service.");
        lint.assertClean("We got her clean and changed after the incontinence episode this week.");
    }

    @Test
    void whatSomeoneHasAHistoryOfBeingIsSaidOfThem() {
        lint.assertFlags("Mr Smith has a history of being [combative] when he is anxious.");
        lint.assertFlags("She has a long history of being [aggressive] towards staff.");
        lint.assertClean("The estate has a history of being chaotic on match days.");
        lint.assertFlags("He has a reputation for being [manipulative] with new staff.");
        lint.assertClean("The hostel has a reputation for being chaotic at weekends.");
    }

    @Test
    void aCollectiveNounIsWhoItsOfPhraseNames() {
        lint.assertFlags("The reasons why there is this apparently [damaged] generation of men remain unclear.");
        lint.assertClean("The charity gave out a new generation of damaged goods at cost.");
    }

    @Test
    void theBareAdjectiveIsAVerbsObjectBeforeWhatPeopleDo() {
        lint.assertFlags("Bars were placed on the benches to prevent [homeless] sleeping on them.");
        lint.assertFlags("We saw [homeless] begging outside the station every morning.");
        lint.assertClean("Both ordinances ban homeless camping on public land.");
        lint.assertClean("The council wants to tackle homeless begging in the high street.");
        lint.assertClean("The charity wants to end homeless sleeping in doorways.");
        lint.assertFlags("Police found [homeless] sleeping in the car park.");
        lint.assertClean("She was found homeless living in a friend's car.");
        lint.assertClean("The fire left her homeless living in a friend's car.");
    }

    @Test
    void aCapitalisedWordBeforeAVerbWithItsObjectIsNoName() {
        lint.assertFlags("[Sufferers] report a wide array of symptoms.");
        lint.assertClean("The Complex Needs team visited him on Monday.");
        lint.onlyRule("rough-sleeper").assertClean("Our Rough Sleeper team work with people from every trade.");
    }

    @Test
    void aPluralNounForPeopleBeforeAndStandsAlone() {
        lint.assertFlags(
                "Foreign nationals including [convicted criminals] and [illegal immigrants] have disappeared.");
        lint.assertClean("He has a violent criminal and civil record.");
        lint.assertClean("Children at risk of violent criminal and sexual exploitation need help.");
    }

    @Test
    void anEpisodeOfAnIllnessIsTheIllness() {
        lint.assertFlags("He was [suffering] an acute psychotic episode for the first time.");
        lint.assertFlags("She died whilst [suffering] an exacerbation of schizoaffective disorder.");
        lint.assertFlags("Over a quarter of a million adults [suffer] blindness because of macular degeneration.");
        lint.assertFlags("People [suffering] mental ill-health need a health response.");
        lint.assertClean("The team suffered an attack of nerves before the final.");
        lint.assertClean("The town suffered a bout of flooding in March.");
    }

    @Test
    void aPrepositionTheTaggerReadsAsANounStillEndsTheGroup() {
        // "amid", "despite" and the like are prepositions whatever the tagger makes of them
        lint.assertFlags("A mosque opened its doors to [the homeless] amid concern at the cold.");
        lint.assertFlags("The council failed to protect [the vulnerable] amid the cuts.");
    }

    @Test
    void wordsToReplaceAfterInsteadOfSayingAreTalkedAbout() {
        assertMention("Instead of saying that patient Sarah is [non-compliant], a nurse could note what stops her.");
        assertMention("Rather than describing him as [aggressive] in the notes, say what happened.");
        assertMention("Instead of saying [addict], say a person who uses drugs.");
        // the verb does something to people, or the term is in a clause of its own
        assertUsed("Instead of arresting the [addicts], police moved them on.");
        assertUsed("Instead of saying anything, she was [non-compliant] again.");
        assertUsed("Instead of saying sorry he was [manipulative] again.");
        assertUsed("Rather than referring the [addicts] to treatment the council fined them.");
    }

    @Test
    void anIllnessEndsItsPhraseBeforeAWordThatIsOnlyAVerb() {
        // "undergo" is only a verb in WordNet: the next clause starts there, whatever the tagger
        // made of it, so "dementia" is what they suffer
        lint.assertFlags(
                "The ministry aims to have patients [suffering] dementia undergo necessary medical treatment.");
        // a word that is also a noun goes on with the compound: "dementia care cuts" are cuts
        lint.assertClean("The ward suffered dementia care cuts last year.");
    }

    @Test
    void aTermThatIsDefinedOrKnownAsSomethingIsTalkedAbout() {
        assertMention("[Noncompliance] is sometimes known as ineffective health management.");
        assertMention("[Addicts] are sometimes known as people who use drugs in older papers.");
        lint.assertFlags("In this policy, an [addict] is defined as a person who cannot stop.");
        assertMention("As of 2018, the nursing diagnosis [Noncompliance] is retired.");
        lint.assertFlags("She is [non-compliant] with her medication, the nurse wrote.");
    }

    @Test
    void aWordInQuotationMarksBeforeAPersonIsSaidOfThem() {
        lint.assertFlags("Some nurses avoid such \u2018[difficult]\u2019 patients on the ward.");
        assertUsed("Staff avoid \u2018[difficult]\u2019 patients.");
        assertUsed("Staff avoid \u2018[difficult]\u2019\u00A0patients.");
        lint.assertFlags("The report called her a \u201C[personality disordered]\u201D person twice.");
        assertMention("The \u2018[difficult]\u2019 label stuck to him for years.");
        assertMention("Some nurses found the \u2018[difficult]\u2019 conversations the most useful.");
    }

    @Test
    void aVerbAfterAndKeepsItsSubjectWhenReadAsANoun() {
        lint.assertFlags("Children with autism tend to have delayed speech and [lack empathy].");
        lint.assertClean("The reports are long and lack empathy.");
    }

    @Test
    void wordsOfOneKindJoinedByAndShareTheTermsLastWord() {
        lint.assertFlags("Neighbours opposed a home for [mentally and physically challenged] adults.");
        // in a long sentence the tagger reads one of the adverbs as an adjective; the endings decide
        lint.assertFlags(
                "Residents are wary of a proposal by Orion Care Services to set up a group home at 1388 N. Howard"
                        + " Lane for [mentally and physically challenged] people.");
        lint.assertClean("Tenants with drug or alcohol problems may fall into arrears.");
    }

    @Test
    void aNumberedMythAndWordsIncludingAreMentions() {
        assertMention("Myth #1: [The unemployed] could all find work if they tried.");
        assertAllMentions("Shops were asked to drop words including addict and junkie from their signs.");
        assertMention("On the old forms, MH was short for [mentally handicapped].");
        lint.assertFlags("She stood for [the homeless] in every debate.");
        lint.assertFlags("The hostel houses people including [addicts] and ex-soldiers.");
    }

    @Test
    void violentInThePresentTenseSaysWhoSomeoneIs() {
        lint.assertFlags("A lot of them are very [violent].");
        lint.assertFlags("They are [aggressive] and [abusive] when they are asked to leave.");
        lint.assertClean("He was violent when the police arrived.");
        lint.assertClean("She is verbally abusive to the staff who are trying to treat her.");
        lint.assertClean("Most people with a mental illness are not violent.");
        lint.assertFlags("Anyone who is violent will be [banned] from the centre.");
        lint.assertFlags("They’re [violent] when they drink.");
        lint.assertFlags("He is [violent] at times.");
        lint.assertClean("He is no longer violent.");
        lint.assertClean("Many of the calls we get are abusive.");
    }

    @Test
    void theWithAnAdverbAndAParticipleNamesPeople() {
        lint.assertFlags("The cuts put the [emotionally disturbed] at the mercy of the police.");
    }

    @Test
    void aPluralNounForPeopleIsThemWhateverComesBefore() {
        lint.assertFlags(
                "Instant fines will be handed out for minor offences, but repeat [swindlers] will face a ban.");
        lint.assertFlags(
                "Instant fines will be handed out for minor offences, but repeat [fraudsters] will face a ban.");
    }

    @Test
    void aStoryOpeningInCapitalsIsReadAsUsual() {
        lint.assertFlags(
                "SIX people have been banned from begging in the city centre after [refusing] to accept help.");
    }

    @Test
    void aVerbOfSayingBeforeThereIsAVerb() {
        lint.assertFlags("The student [insists] there is no problem with his drinking.");
    }

    @Test
    void anAdjectiveBeforeACommaAndAnotherDescribesTheSamePeople() {
        lint.assertFlags("We studied a programme for homeless, [mentally ill individuals] in the city.");
        lint.assertFlags("These [beggars], [vagrants], [homeless], troubled folks must be removed from our city.");
        lint.assertFlags("Services for [homeless], disabled people and refugees were cut.");
    }

    @Test
    void aFrameAfterAListOfWordsIsSaidOfEachOfThem() {
        assertAllMentions("Hobos, bums, and tramps were the names given to men on the road.");
        lint.assertFlags("[Beggars], [drunks] and [addicts] are offensive to shoppers.");
    }

    @Test
    void anAdjectiveBeforeWithAfterAVerbOfGivingIsItsObject() {
        lint.assertFlags("Foyer projects provide [homeless] with skills to become independent.");
        // any form of the verb, also one the tagger reads as a plural noun
        lint.assertFlags("The project supplies [homeless] with skills.");
        lint.assertClean("Foyer projects provide homeless young people with skills.");
    }

    @Test
    void criminalsAreThePeopleAVerbAfterThemIsSaidOf() {
        lint.assertFlags("The [criminals] [fail to attend] meetings with staff.");
        lint.assertClean("The chaotic criminal justice system failed him.");
    }

    @Test
    void aPluralNounForPeopleOpensAClauseAfterAnd() {
        lint.assertFlags("Alcoholism is an illness and [sufferers] should not be punished.");
    }

    @Test
    void whatPeopleWereCommonlyOrOfficiallyCalledIsAMention() {
        assertAllMentions("They were commonly known as tramps, although officially they were called vagrants.");
        assertAllMentions("Men on the road were variously known as vagrants, tramps and vagabonds.");
        assertAllMentions("Sometimes known as hoarders, the occupiers overstock their homes.");
        assertAllMentions("Men on the road were popularly called tramps.");
        assertMention("Relief was given to casual [paupers], as they were officially termed, at the gate.");
        assertMention("The [tramps], as they were then called, slept in barns.");
        // the aside after the last of two joined terms names both
        assertAllMentions("The casual ward took in tramps and vagrants, as they were then called, for one night.");
        // "as" giving a reason is no aside on the name
        lint.onlyRule("drunk")
                .assertFlags("The manager banned the [drunks], as they were known to cause trouble at night.");
        lint.assertFlags("He was commonly known as a [vagrant] in the town.");
        assertAllMentions("She will not accept the slur scrounger from anyone.");
        lint.assertFlags("He was known as a [vagrant] in the town.");
    }

    @Test
    void aVerbAfterPeopleIsNoPartOfTheirNounPhrase() {
        // the tagger reads "lack" as a noun ("children lack"); before a plural object it is the verb
        lint.assertFlags("[Unruly] children lack boundaries at home, a union says.");
        lint.assertFlags("[Violent] patients cost the service millions, the paper says.");
        lint.onlyRule("naughty").assertClean("A troublesome boiler's noise kept the residents awake.");
    }

    @Test
    void aCountInFiguresBeforeTheAdjectiveMakesItANounForPeople() {
        lint.assertFlags("There are 36,000 [homeless] in the city.");
        lint.assertFlags("Volunteers fed over 200 [homeless] on Christmas Day.");
        // what the count is of follows it, whatever the tagger reads it as
        lint.onlyRule("the-homeless").assertClean("There are as many as 300 homeless camps in the woods.");
        lint.onlyRule("the-elderly").assertClean("There had been more than 680,000 elderly bed blockers.");
        lint.onlyRule("the-homeless").assertClean("The 2019 homeless count was lower.");
        // a verb with its object, things counted, a year of any century, an age or a numbered place
        lint.onlyRule("the-disabled").assertClean("Flat 12 disabled the smoke alarm on Tuesday night.");
        lint.onlyRule("the-disabled").assertClean("There are 12 toilets on site, 2 disabled and 10 standard.");
        lint.onlyRule("the-elderly").assertClean("In 1885 elderly and infirm inmates were moved to the new wing.");
        lint.onlyRule("the-homeless").assertClean("She turned 18 homeless and without any support.");
    }

    @Test
    void aNameTheWriterWasCalledIsAMention() {
        assertMention("Everyone at my new school started calling me [pikey].");
        assertMention("When they called me a [pikey] I told the teacher.");
        assertMention("A man in the queue called us [scroungers] and walked off.");
        // someone else called a name: the rules decide as for any use
        lint.assertFlags("He called them [scrotes] at a lunchtime meeting.");
        // how people in general are named is a mention; what one person was called is a use
        assertMention("We used to refer to them as [mentally retarded].");
        lint.assertFlags("His mother recently referred to her as a [junkie].");
    }

    @Test
    void aRefusalByAMinisterIsADecision() {
        lint.assertClean("Ministers have persistently refused to accept the figures.");
        lint.assertFlags("An [addicted teacher] was given time off.");
        lint.assertFlags("The resident has [refused] his medication twice this week.");
    }

    @Test
    void workingHardToHelpIsEffortNotAPersonHardToHelp() {
        lint.assertClean("Volunteers are working so hard to support people sleeping rough.");
        lint.assertClean("Staff tried hard to help him find a room.");
        lint.assertFlags("The report said he was [hard to help] and often left early.");
    }

    @Test
    void anAdverbAndParticipleBeforeAWordForPeopleDescribeThem() {
        lint.assertFlags("The talk covers police powers in regard to [mentally disordered] patients found outside.");
        lint.assertClean("Poor staffing has emotionally disturbed children in care.");
    }

    @Test
    void aParticipleAfterToDescribesTheNounAfterIt() {
        lint.onlyRule("handicapped")
                .assertFlags("The law extended equal access to [handicapped] children of school age.");
        lint.onlyRule("handicapped").assertFlags("Grants went to severely [handicapped] children first.");
        // an infinitive is still a verb with its object
        lint.onlyRule("refused").assertClean("The pharmacy was right to refuse the prescription.");
    }

    @Test
    void aVerbOfThinkingOpensAClauseNotAnActivity() {
        lint.onlyRule("handicapped")
                .assertFlags("Assuming the child was [physically handicapped], the school refused him a place.");
        // an activity at the start is still what "be" is said of
        lint.onlyRule("difficult-person").assertClean("Working with the courts was difficult for the team.");
    }

    @Test
    void anAdjectiveJoinedToAPluralNounForPeopleNamesPeople() {
        lint.onlyRule("the-homeless")
                .assertFlags("Patrols built a good rapport with both [homeless] and beggars on the street.");
        lint.onlyRule("the-homeless").assertFlags("The project screens for active TB in [homeless].");
        // shared with the noun, said of a subject, or a field of work
        lint.onlyRule("the-homeless").assertClean("The fund helps homeless and disabled veterans.");
        lint.onlyRule("the-homeless").assertClean("Many of them were homeless or prisoners at some time.");
        lint.onlyRule("the-disabled").assertClean("Tenants were hit by a big rise in disabled care charges.");
        lint.onlyRule("the-homeless").assertClean("She has worked in homeless services for ten years.");
    }

    @Test
    void aCompoundOfAnIrregularNounIsAPersonInThePlural() {
        lint.onlyRule("naughty").assertFlags("[Badly behaved] schoolchildren will be sent to a unit.");
        lint.onlyRule("naughty").assertFlags("[Badly behaved] policemen were disciplined.");
    }

    @Test
    void theRavagesOfAnIllnessOrASyndromeAreTheIllness() {
        lint.onlyRule("suffers-condition")
                .assertFlags("He [suffered] severe Post Traumatic Stress Syndrome after the war.");
        lint.onlyRule("suffers-condition")
                .assertFlags("Her brother has [suffered] the ravages of schizophrenia for years.");
        lint.onlyRule("suffers-condition").assertClean("The service has suffered the effects of the cuts.");
    }

    @Test
    void aTermWithItsOwnNounAfterHerIsHers() {
        lint.onlyRule("lacks-insight")
                .assertFlags(
                        "The children could not go home due to her [limited insight] and ongoing concerns about her care.");
        lint.onlyRule("lacks-insight").assertClean("The report gives limited insight into how the service is run.");
    }

    @Test
    void aCapitalisedWordThatEndsANameIsNotTheStartOfATerm() {
        lint.onlyRule("street-homeless")
                .assertClean("Police cleared the East Hastings Street homeless encampment on Tuesday.");
        lint.onlyRule("street-homeless").assertFlags("[Street homeless] numbers rose again this winter.");
        lint.onlyRule("street-homeless").assertFlags("The council said [street homeless] people were offered beds.");
    }

    @Test
    void theHomelessDoingSomethingStandAlone() {
        lint.onlyRule("the-homeless").assertFlags("Our biggest problem is with [the homeless] living on the street.");
        lint.onlyRule("the-homeless").assertFlags("[The homeless] sleeping in doorways were moved on.");
        lint.onlyRule("the-elderly").assertFlags("The charity helps [the elderly] living alone.");
        lint.onlyRule("the-homeless").assertFlags("There are [homeless] who need help and a place to sleep.");
        // a thing named with the word, not people
        lint.onlyRule("the-disabled").assertClean("Visitors may use the disabled parking in the car park.");
        lint.onlyRule("the-homeless").assertClean("She studied homeless living conditions in the camp.");
        // in a clause that "where", "when" or "if" opens, the last verb-like word is its verb
        lint.onlyRule("the-homeless").assertFlags("They found places where [the homeless] go in Dublin.");
        lint.onlyRule("the-homeless").assertFlags("Places where [the homeless] go in Dublin are being closed.");
        lint.onlyRule("the-elderly").assertClean("The site where the elderly care home stands is for sale.");
        lint.onlyRule("the-homeless").assertClean("We visited the area where the homeless shelter is.");
        lint.onlyRule("the-homeless").assertClean("Where the homeless hostel closed, the council built flats.");
    }

    @Test
    void aVerbThatAgreesWithTheNounBeforeItIsNoPartOfACompound() {
        lint.onlyRule("sufferers").assertFlags("The charity supports [sufferers] and their families.");
        lint.onlyRule("sufferers").assertFlags("Volunteers support [sufferers] in their homes.");
        lint.onlyRule("sufferers").assertClean("Hay fever sufferers can ask the garden group for gloves.");
        lint.onlyRule("service-user").assertFlags("The disability [service users] met on Friday.");
    }

    @Test
    void abuseSharesTheDrugOnlyWithAWordForUsingIt() {
        lint.onlyRule("named-drug-abuse").assertFlags("Cocaine use and [abuse] among young men is rising.");
        lint.onlyRule("named-drug-abuse").assertFlags("Opioid prescribing and [abuse] are linked.");
        lint.onlyRule("named-drug-abuse")
                .assertClean("Heroin dealers and abuse victims were housed on the same floor.");
    }

    @Test
    void followingInRunningTextDoesNotLeadIntoAListOfWords() {
        lint.onlyRule("suffers-condition")
                .assertFlags("Colin, 29, [suffered] severe epilepsy but was judged fit to work following a review.");
        assertAllMentions("We never use the following: addicts, junkies, alcoholics.");
    }

    @Test
    void howPeopleAreTreatedLikenedToALabelIsNoLabelForThem() {
        lint.onlyRule("criminal")
                .assertClean("They deserve better than to be treated as criminals because they have nowhere to live.");
        lint.onlyRule("criminal").assertClean("Officials are under pressure to treat claimants like criminals.");
        // staff seeing people as something, with "as" after the verb's object, stays
        lint.onlyRule("drug-seeker").assertFlags("Hospital staff treat people from the hostel as [drug-seekers].");
        // the label itself, and a person's own account of being called one
        lint.onlyRule("criminal").assertFlags("The [criminals] who run the crossings were arrested.");
        lint.onlyRule("yob").assertFlags("I complained and was treated like a [trouble maker] by the staff.");
    }

    @Test
    void aParticipleAfterAPossessiveDescribesTheNounAfterIt() {
        lint.onlyRule("alleges").assertClean("Police questioned him over her alleged rape.");
        lint.onlyRule("alleges").assertFlags("She [alleged] that staff had read her letters.");
    }

    @Test
    void changingReferencesToAWordIsAMention() {
        assertMention("The bill is changing references to [mental retardation] to an intellectual disability.");
    }

    @Test
    void theSessionsRulesAfterAnIndependentReview() {
        // a verb of knowing someone, not of thinking; a possessive after a verb of noticing
        lint.onlyRule("difficult-person")
                .assertClean("Knowing the family was challenging, as they moved every few weeks.");
        lint.onlyRule("the-homeless").assertFlags("Noticing Manchester's [homeless] in doorways, he stopped to talk.");
        // an adjective said of an object before it, or joined to the subject of a clause
        lint.onlyRule("the-homeless")
                .assertClean("The flood left 300 families homeless and children without school places.");
        lint.onlyRule("the-homeless").assertClean("We found them homeless and addicts gave them food.");
        // "in" after a verb names a field of work
        lint.onlyRule("the-homeless").assertClean("She specialises in homeless.");
        // a syndrome that is an injury or a death
        lint.onlyRule("suffers-condition").assertClean("Her son suffered sudden infant death syndrome.");
        // a list likened in treatment, and "dealing" drugs
        lint.onlyRule("alcoholic").assertClean("They are treated like junkies and alcoholics by the staff.");
        lint.onlyRule("addict").assertFlags("Teenagers were seen dealing drugs like [addicts] desperate for cash.");
        // only a word that ends the name of a road starts inside a name
        lint.onlyRule("rough-sleeper").assertFlags("Camden Council [Rough sleepers] are offered hotel rooms.");
        // the label stated plainly, not denied
        lint.onlyRule("born-addicted").assertFlags("Babies of mothers on methadone are by definition [born addicted].");
        assertMention("The amendment updates references to [mentally handicapped] persons.");
    }
}
