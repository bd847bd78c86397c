package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strengthslint.lexicon.ConditionKey;
import org.strengthslint.lexicon.ConditionSpec;

class ContextConditionsTest {
    @Test
    void everyConditionHasAKeyAShapeAndADescription() {
        assertEquals(
                List.of(
                        "notAfter",
                        "onlyAfter",
                        "notInACompound",
                        "notInSentenceWith",
                        "onlyInSentenceWith",
                        "notFollowedBy",
                        "notBefore",
                        "onlyBefore",
                        "pos",
                        "headsItsPhrase",
                        "notPassive",
                        "doneToAPerson",
                        "beforeACondition",
                        "beforeASubstance",
                        "afterACondition",
                        "afterASubstance",
                        "attributive",
                        "predicative",
                        "notAsAChange",
                        "notOnBecoming",
                        "notDenied",
                        "standalone",
                        "nominal",
                        "onlyAbout",
                        "person",
                        "personOrConduct",
                        "individual",
                        "reportsSpeech",
                        "notByAService",
                        "legal"),
                ConditionKey.keys());
        assertEquals(
                ConditionKey.Arguments.SWITCH,
                ConditionKey.of("person").orElseThrow().arguments());
        assertEquals(
                ConditionKey.Arguments.TAGS,
                ConditionKey.of("pos").orElseThrow().arguments());
        assertTrue(ConditionKey.of("severity").isEmpty(), "an entry field is not a condition");
        assertEquals(
                "only when it describes a person", ContextConditions.describe(new ConditionSpec("person", List.of())));
        assertEquals(
                "not before \"shelter\", \"sector\" or \"team\"",
                ContextConditions.describe(new ConditionSpec("notBefore", List.of("shelter", "sector", "team"))));
        assertEquals(
                "only as VERB or AUX", ContextConditions.describe(new ConditionSpec("pos", List.of("VERB", "AUX"))));
        assertEquals(
                "only in a sentence with \"pupils\" or \"class\"",
                ContextConditions.describe(new ConditionSpec("onlyInSentenceWith", List.of("pupils", "class"))));
        assertEquals(
                "not after \"metal\"",
                ContextConditions.describe(new ConditionSpec("notAfter", List.of("=metal"))),
                "phrases shown as a reader writes them");
        assertEquals(
                "only after \"cannabis\" or \"heroin\"",
                ContextConditions.describe(new ConditionSpec("onlyAfter", List.of("cannabis", "heroin"))));
        assertEquals(
                "not when the sentence goes on with \"because\" or \"citing\"",
                ContextConditions.describe(new ConditionSpec("notFollowedBy", List.of("because", "citing"))));
        assertEquals(
                "only before \"appointment\"",
                ContextConditions.describe(new ConditionSpec("onlyBefore", List.of("appointment"))));
    }

    @Test
    void argumentsAreCheckedByShape() {
        assertNull(ConditionKey.NOT_BEFORE.problem("homeless shelter"));
        assertEquals(
                "'shelter!' may only hold letters, digits, apostrophes and hyphens ('shelter!')",
                ConditionKey.NOT_BEFORE.problem("shelter!"));
        assertEquals(
                "unknown part-of-speech tag 'VB' (expected one of ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, "
                        + "PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X)",
                ConditionKey.POS.problem("VB"));
    }

    @Test
    void conditionsRunInTheRegistrysOrderWhateverTheOrderWritten() {
        List<ContextCondition> built = ContextConditions.build(
                List.of(new ConditionSpec("person", List.of()), new ConditionSpec("notBefore", List.of("shelter"))));
        assertEquals(
                List.of(NotBeforeCondition.class, PersonCondition.class),
                built.stream().map(Object::getClass).toList());
    }
}
