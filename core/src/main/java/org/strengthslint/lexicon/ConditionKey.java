package org.strengthslint.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.strengthslint.data.Excerpt;

/**
 * Every context condition an entry can list, as the lexicon's files write it: the YAML key and
 * the shape of its value, in the order the conditions run (cheap word tests before those that
 * need part-of-speech tags). What each one does is the matcher's business
 * ({@code org.strengthslint.match.ContextConditions} builds one class per key).
 */
public enum ConditionKey {
    NOT_AFTER("notAfter", Arguments.PHRASES),
    ONLY_AFTER("onlyAfter", Arguments.PHRASES),
    NOT_IN_A_COMPOUND("notInACompound", Arguments.SWITCH),
    NOT_IN_SENTENCE_WITH("notInSentenceWith", Arguments.PHRASES),
    ONLY_IN_SENTENCE_WITH("onlyInSentenceWith", Arguments.PHRASES),
    NOT_FOLLOWED_BY("notFollowedBy", Arguments.PHRASES),
    NOT_BEFORE("notBefore", Arguments.PHRASES),
    ONLY_BEFORE("onlyBefore", Arguments.PHRASES),
    POS("pos", Arguments.TAGS),
    HEADS_ITS_PHRASE("headsItsPhrase", Arguments.SWITCH),
    NOT_PASSIVE("notPassive", Arguments.SWITCH),
    DONE_TO_A_PERSON("doneToAPerson", Arguments.SWITCH),
    BEFORE_A_CONDITION("beforeACondition", Arguments.SWITCH),
    BEFORE_A_SUBSTANCE("beforeASubstance", Arguments.SWITCH),
    AFTER_A_CONDITION("afterACondition", Arguments.SWITCH),
    AFTER_A_SUBSTANCE("afterASubstance", Arguments.SWITCH),
    ATTRIBUTIVE("attributive", Arguments.SWITCH),
    PREDICATIVE("predicative", Arguments.SWITCH),
    NOT_AS_A_CHANGE("notAsAChange", Arguments.SWITCH),
    NOT_ON_BECOMING("notOnBecoming", Arguments.SWITCH),
    NOT_DENIED("notDenied", Arguments.SWITCH),
    STANDALONE("standalone", Arguments.SWITCH),
    NOMINAL("nominal", Arguments.SWITCH),
    ONLY_ABOUT("onlyAbout", Arguments.PHRASES),
    PERSON("person", Arguments.SWITCH),
    PERSON_OR_CONDUCT("personOrConduct", Arguments.SWITCH),
    INDIVIDUAL("individual", Arguments.SWITCH),
    REPORTS_SPEECH("reportsSpeech", Arguments.SWITCH),
    NOT_BY_A_SERVICE("notByAService", Arguments.SWITCH),
    LEGAL("legal", Arguments.SWITCH);

    /** The shape of a condition's value in the YAML. */
    public enum Arguments {
        /** {@code true} or {@code false}; {@code false} is the same as leaving the key out. */
        SWITCH,
        /** A list of phrases in pattern syntax. */
        PHRASES,
        /** A list of Universal Dependencies part-of-speech tags. */
        TAGS
    }

    private static final Set<String> UD_TAGS = Set.of(
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
            "SCONJ", "SYM", "VERB", "X");

    private final String key;
    private final Arguments arguments;

    ConditionKey(String key, Arguments arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /** The key as written in the YAML ("notBefore"). */
    public String key() {
        return key;
    }

    public Arguments arguments() {
        return arguments;
    }

    /** The keys of every condition, in the order they run. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ConditionKey::key).toList();
    }

    /** The condition a YAML key names, if any. */
    public static Optional<ConditionKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** What is wrong with one argument of this condition, or null when it is fine. */
    public String problem(String argument) {
        return switch (arguments) {
            case SWITCH -> null;
            case PHRASES -> {
                String problem = PatternSyntax.problem(argument);
                yield problem == null ? null : "'" + Excerpt.of(argument) + "' " + problem;
            }
            case TAGS ->
                UD_TAGS.contains(argument)
                        ? null
                        : "unknown part-of-speech tag '" + Excerpt.of(argument) + "' (expected one of "
                                + String.join(", ", new TreeSet<>(UD_TAGS)) + ")";
        };
    }
}
