package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strengthslint.api.Severity;
import org.strengthslint.data.InvalidDataException;

class LexiconLoaderTest {
    private static final String INDEX = """
            categories:
              - id: blame
                description: Puts the blame on the person.
            sources:
              TEST: a test
            files: [blame.yml]
            """;
    private static final String ENTRY_HEAD = """
            category: blame
            entries:
              - id: hard-to-engage
            """;

    private static Lexicon load(String entryLines) {
        return LexiconLoader.fromTexts(INDEX, Map.of("blame.yml", ENTRY_HEAD + entryLines));
    }

    private static String error(String entryLines) {
        return assertThrows(InvalidDataException.class, () -> load(entryLines)).getMessage();
    }

    private static final String VALID = """
                severity: warning
                patterns: [hard to engage]
                suggestions: [not yet reached]
                explanation: Why. More.
            """;

    @Test
    void readsAValidEntry() {
        LexiconEntry entry = load(VALID + "    sources: [TEST]\n    principle: 7\n")
                .entry("hard-to-engage")
                .orElseThrow();
        assertEquals(Severity.WARNING, entry.severity());
        assertEquals("blame", entry.category());
        assertEquals("Blame", load(VALID).category("blame").orElseThrow().title());
        assertEquals("Why.", entry.why());
        assertEquals(7, entry.principle());
        assertEquals("blame.yml:3", entry.origin().toString());
    }

    @Test
    void readsAFitAndRejectsAFormUnderTheWrongSlot() {
        LexiconEntry entry = load(VALID
                        + "    fit:\n      slot: verb\n      verb: not take up the support offered\n"
                        + "      followedBy:\n        with: not work with\n")
                .entry("hard-to-engage")
                .orElseThrow();
        assertEquals(Fit.Slot.VERB, entry.fit().slot());
        assertEquals("not take up the support offered", entry.fit().verb());
        assertEquals(java.util.Map.of("with", "not work with"), entry.fit().followedBy());
        assertEquals(
                Fit.undeclared(),
                load(VALID).entry("hard-to-engage").orElseThrow().fit());
        assertEquals(
                "blame.yml:11: unknown key 'predicate' in entry 'hard-to-engage': fit with slot verb (expected one of: "
                        + "followedBy, many, one, slot, verb)",
                error(VALID + "    fit:\n      slot: verb\n      verb: say\n      predicate: x\n"));
        assertEquals(
                "blame.yml:9: entry 'hard-to-engage': fit: slot noun needs 'one' or 'many'",
                error(VALID + "    fit:\n      slot: noun\n"));
        assertEquals(
                "blame.yml:9: entry 'hard-to-engage': fit.slot must be one of noun, group, verb, adjective, phrase, "
                        + "none, not 'pronoun'",
                error(VALID + "    fit:\n      slot: pronoun\n"));
    }

    @Test
    void invalidEntriesAreRejectedWithFileLineAndProblem() {
        assertEquals(
                "blame.yml:4: entry 'hard-to-engage': severity must be one of error, warning, info, not 'high'",
                error(VALID.replace("warning", "high"))
                        .replaceAll("one of [a-z, ]+, not", "one of error, warning, info, not"));
        assertEquals(
                "blame.yml:8: unknown key 'pattern' in an entry (did you mean 'patterns'? expected one of: afterACondition, afterASubstance, attributive, beforeACondition, beforeASubstance, doneToAPerson, examples, explanation, fit, headsItsPhrase, id, "
                        + "individual, legal, nominal, notAfter, notAsAChange, notBefore, notByAService, notDenied, notFollowedBy, notInACompound, notInSentenceWith, notOnBecoming, notPassive, onlyAbout, onlyAfter, onlyBefore, onlyInSentenceWith, patterns, person, personOrConduct, pos, predicative, principle, "
                        + "reportsSpeech, severity, "
                        + "sources, standalone, suggestions)",
                error(VALID + "    pattern: [x]\n"));
        assertEquals(
                "blame.yml:3: an entry is missing the required key 'explanation'",
                error(VALID.replace("    explanation: Why. More.\n", "")));
        assertEquals(
                "blame.yml:5: entry 'hard-to-engage': patterns: 'hard-to-' has a hyphen with no word on one "
                        + "side ('hard-to-')",
                error(VALID.replace("[hard to engage]", "[hard-to-]")));
        assertEquals(
                "blame.yml:8: entry 'hard-to-engage': unknown source 'NOPE' (add it to the sources in "
                        + "org/strengthslint/lexicon/lexicon.yml)",
                error(VALID + "    sources: [NOPE]\n"));
        assertEquals(
                "blame.yml:8: entry 'hard-to-engage': pos: unknown part-of-speech tag 'VB' (expected one of ADJ, "
                        + "ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X)",
                error(VALID + "    pos: [VB]\n"));
        assertEquals(
                "blame.yml:9: entry 'hard-to-engage': a flagged example must mark the expected span with [ ]: "
                        + "He is hard to engage.",
                error(VALID + "    examples:\n      flagged: [He is hard to engage.]\n"));
        String badId = ENTRY_HEAD.replace("hard-to-engage", "Hard_To_Engage") + VALID;
        assertEquals(
                "blame.yml:3: id 'Hard_To_Engage' must be kebab-case (lower-case words joined by -)",
                assertThrows(
                                InvalidDataException.class,
                                () -> LexiconLoader.fromTexts(INDEX, Map.of("blame.yml", badId)))
                        .getMessage());
    }

    @Test
    void readsTheOptionalContextKeys() {
        LexiconEntry entry = load(VALID + "    onlyAbout: [child, baby]\n    legal: true\n")
                .entry("hard-to-engage")
                .orElseThrow();
        assertEquals(
                java.util.List.of(
                        new ConditionSpec("onlyAbout", java.util.List.of("child", "baby")),
                        new ConditionSpec("legal", java.util.List.of())),
                entry.conditions());
        assertEquals(java.util.List.of("child", "baby"), entry.condition("onlyAbout"));
        LexiconEntry plain =
                load(VALID + "    person: false\n").entry("hard-to-engage").orElseThrow();
        assertEquals(java.util.List.of(), plain.conditions());
        assertEquals(null, plain.condition("onlyAbout"));
        assertEquals(
                "blame.yml:8: entry 'hard-to-engage': notBefore must list at least one value",
                error(VALID + "    notBefore: []\n"));
        assertEquals(
                "blame.yml:8: entry 'hard-to-engage': onlyAbout: 'child-' has a hyphen with no word on one side "
                        + "('child-')",
                error(VALID + "    onlyAbout: [child-]\n"));
        assertEquals(
                "blame.yml:8: entry 'hard-to-engage': legal must be true or false, not 'sometimes'",
                error(VALID + "    legal: sometimes\n")
                        .replaceAll("legal must be .*, not", "legal must be true or false, not"));
    }

    @Test
    void duplicateIdsNameBothPlaces() {
        String twice = ENTRY_HEAD + VALID + "  - id: hard-to-engage\n" + VALID;
        assertEquals(
                "blame.yml:8: duplicate id 'hard-to-engage' (first defined at blame.yml:3)",
                assertThrows(
                                InvalidDataException.class,
                                () -> LexiconLoader.fromTexts(INDEX, Map.of("blame.yml", twice)))
                        .getMessage());
    }

    @Test
    void aPatternInTwoEntriesNeedsDifferentConditions() {
        String second = "  - id: unreachable\n" + VALID;
        assertEquals(
                "blame.yml:10: entry 'unreachable': pattern 'hard to engage' is already in entry 'hard-to-engage'"
                        + " (blame.yml:3) with the same conditions, so it could never be reported here while that"
                        + " entry is on; keep it in one entry",
                error(VALID + second));
        LexiconEntry personOnly =
                load(VALID + second + "    person: true\n").entry("unreachable").orElseThrow();
        assertEquals(java.util.List.of("hard to engage"), personOnly.patterns());
    }

    @Test
    void anUnknownCategoryIsRejected() {
        assertEquals(
                "blame.yml:1: unknown category 'blaming' (known: blame)",
                assertThrows(
                                InvalidDataException.class,
                                () -> LexiconLoader.fromTexts(
                                        INDEX,
                                        Map.of(
                                                "blame.yml",
                                                ENTRY_HEAD.replace("category: blame", "category: blaming") + VALID)))
                        .getMessage());
    }

    /** What an entry may put into the matcher is limited, and the entry over it is named, not half-built. */
    @Test
    void patternsOverTheLimitsAreRejectedWithTheLimit() {
        assertEquals(
                "blame.yml:5: entry 'hard-to-engage': patterns: 'a b c d e f g h i j k l m' has 13 words; "
                        + "at most 12 are allowed",
                error(VALID.replace("[hard to engage]", "[a b c d e f g h i j k l m]")));
        assertEquals(
                "blame.yml:5: entry 'hard-to-engage': patterns: 'a-a b-b c-c d-d e-e f-f g-g' has 7 hyphenated "
                        + "words; at most 6 are allowed (each is also matched spaced and joined)",
                error(VALID.replace("[hard to engage]", "[a-a b-b c-c d-d e-e f-f g-g]")));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            String suffix = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            many.append(i == 0 ? "" : ", ")
                    .append("walk")
                    .append(suffix)
                    .append(" talk")
                    .append(suffix);
        }
        assertEquals(
                "blame.yml:5: entry 'hard-to-engage': the patterns have more than 2000 inflected forms and "
                        + "spellings in all (the limit per entry); split the entry or write fewer patterns",
                error(VALID.replace("[hard to engage]", many + "]")));
    }

    @Test
    void longValuesAreCutInMessages() {
        String id = "x".repeat(5_000);
        assertEquals(
                "blame.yml:3: id is 5000 characters long; at most 2000 are allowed ('" + "x".repeat(60)
                        + "... (5000 characters)')",
                assertThrows(
                                InvalidDataException.class,
                                () -> LexiconLoader.fromTexts(
                                        INDEX, Map.of("blame.yml", ENTRY_HEAD.replace("hard-to-engage", id) + VALID)))
                        .getMessage());
    }
}
