package org.strengthslint.match;

import java.util.ArrayList;
import java.util.List;
import org.strengthslint.lexicon.ConditionKey;
import org.strengthslint.lexicon.ConditionSpec;

/**
 * Builds the conditions an entry lists ({@link ConditionKey}: the keys, the shapes of their values
 * and the order they run in) as the classes that carry them out. Adding a condition is one class,
 * one constant in {@link ConditionKey}, one line here, one row in {@code lexicon/README.md} and its
 * tests.
 */
public final class ContextConditions {
    private ContextConditions() {}

    /** The class that carries out a condition; the switch covers every key, or this does not compile. */
    private static ContextCondition create(ConditionKey key, List<String> arguments) {
        return switch (key) {
            case NOT_AFTER -> new NotAfterCondition(arguments);
            case ONLY_AFTER -> new OnlyAfterCondition(arguments);
            case NOT_IN_A_COMPOUND -> new NotInACompoundCondition();
            case NOT_IN_SENTENCE_WITH -> new NotInSentenceWithCondition(arguments);
            case ONLY_IN_SENTENCE_WITH -> new OnlyInSentenceWithCondition(arguments);
            case NOT_FOLLOWED_BY -> new NotFollowedByCondition(arguments);
            case NOT_BEFORE -> new NotBeforeCondition(arguments);
            case ONLY_BEFORE -> new OnlyBeforeCondition(arguments);
            case POS -> new PartOfSpeechCondition(arguments);
            case HEADS_ITS_PHRASE -> new HeadsItsPhraseCondition();
            case NOT_PASSIVE -> new NotPassiveCondition();
            case DONE_TO_A_PERSON -> new DoneToAPersonCondition();
            case BEFORE_A_CONDITION -> new BeforeAConditionCondition();
            case BEFORE_A_SUBSTANCE -> new BeforeASubstanceCondition();
            case AFTER_A_CONDITION -> new AfterAConditionCondition();
            case AFTER_A_SUBSTANCE -> new AfterASubstanceCondition();
            case ATTRIBUTIVE -> new AttributiveCondition();
            case PREDICATIVE -> new PredicativeCondition();
            case NOT_AS_A_CHANGE -> new NotAsAChangeCondition();
            case NOT_ON_BECOMING -> new NotOnBecomingCondition();
            case NOT_DENIED -> new NotDeniedCondition();
            case STANDALONE -> new StandaloneCondition();
            case NOMINAL -> new NominalCondition();
            case ONLY_ABOUT -> new OnlyAboutCondition(arguments);
            case PERSON -> new PersonCondition();
            case PERSON_OR_CONDUCT -> new PersonOrConductCondition();
            case INDIVIDUAL -> new IndividualCondition();
            case REPORTS_SPEECH -> new ReportsSpeechCondition();
            case NOT_BY_A_SERVICE -> new NotByAServiceCondition();
            case LEGAL -> new LegalCondition();
        };
    }

    /** What a declared condition asks, in words ("only when it describes a person"). */
    public static String describe(ConditionSpec spec) {
        return build(spec).description();
    }

    static ContextCondition build(ConditionSpec spec) {
        ConditionKey key = ConditionKey.of(spec.key())
                .orElseThrow(() -> new IllegalArgumentException("no context condition '" + spec.key() + "'"));
        return create(key, spec.arguments());
    }

    /** An entry's conditions, built and put in the order they run ({@link ConditionKey}'s order). */
    static List<ContextCondition> build(List<ConditionSpec> specs) {
        List<ContextCondition> built = new ArrayList<>();
        for (ConditionKey key : ConditionKey.values()) {
            for (ConditionSpec spec : specs) {
                if (spec.key().equals(key.key())) {
                    built.add(create(key, spec.arguments()));
                }
            }
        }
        return List.copyOf(built);
    }
}
