package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strengthslint.Linter;
import org.strengthslint.testing.LintAssertions;

/**
 * The terms the toolkit itself names, and the other terms the first lexicon must cover, each in a
 * sentence where it labels a person: the bundled lexicon must flag exactly the marked span.
 */
class ToolkitCoverageTest {
    private static final Linter LINTER = StrictProfile.linter();
    private final LintAssertions lint = LintAssertions.using(LINTER);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Our charity exists to feed [the homeless].",
                "Most [homeless people] in the town use the day centre.",
                "Outreach found three [rough sleepers] by the station.",
                "He is an [entrenched rough sleeper].",
                "These residents are [hard to reach].",
                "She has been [hard to engage] this month.",
                "He has been [difficult to engage] since the move.",
                "Tom [failed to engage] with his key worker.",
                "Tom [refused to engage] with his key worker.",
                "She is [not engaging] with the mental health team.",
                "He remains [resistant to services].",
                "She was [non-compliant] with her support plan.",
                "He has [complex needs] and a history of trauma.",
                "The hostel works with people with [multiple and complex needs].",
                "She has high [support needs] and lives on the ground floor.",
                "He is [chaotic] at the moment.",
                "Staff recorded [challenging behaviour] on Friday.",
                "All [service users] must sign in at reception.",
                "Each of our [clients] has a key worker.",
                "You will be asked to sign a [behavioural contract].",
                "This is your [final warning].",
                "He was [barred] from the hostel for a week.",
                "You were [evicted] last month.",
                "Each resident moves along the [accommodation pathway].",
                "He is not yet [tenancy ready].",
                "Outreach carried out a [verification] shift on Tuesday.",
                "He is an [addict] who lives on the street.",
                "She [suffers from] depression.",
                "He is a [frequent flyer] at the emergency department.",
                "She can be [manipulative] with staff.",
                "His behaviour is [attention-seeking].",
                "He [lacks insight] into his drinking.",
                "He [claims] he has been sober for a month.",
                "She is an [ex-offender] who found work."
            })
    void flagsTheTerm(String marked) {
        lint.assertFlags(marked);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The bars on the window in room 4 will be repaired.",
                "His solicitor wrote to her client on Monday.",
                "Commissioning is a complex system with many partners.",
                "Entrenched inequality keeps rents high.",
                "The infection was resistant to antibiotics.",
                "The bus timetable was chaotic in December.",
                "Refuse collection is on Tuesdays.",
                "His housing benefit claim was backdated.",
                "She volunteers at the homeless shelter on Station Road.",
                "Homeless Link published the toolkit in 2021.",
                "Please contact the Complex Needs Team."
            })
    void leavesInnocentSensesAlone(String text) {
        lint.assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anti-social behaviour", "antisocial behavior", "anti social behaviour"})
    void antiSocialBehaviourIsALegalTermReportedAtInfo(String term) {
        var findings = lint.assertFlags("The licence can end after [" + term + "] by a resident.");
        assertTrue(findings.stream().allMatch(f -> f.severity() == org.strengthslint.api.Severity.INFO));
    }
}
