package org.strengthslint.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.strengthslint.lexicon.ConditionSpec;

/**
 * Every context condition an entry can list, in one place: its YAML key, the shape of its
 * arguments and how to build it. Conditions run in this order, cheap word tests before those that
 * need part-of-speech tags. Adding a condition is one class, one line here, one row in
 * {@code lexicon/README.md} and its tests.
 */
public final class ContextConditions {
    /** The shape of a condition's value in the YAML. */
    public enum Arguments {
        /** {@code true} or {@code false}; {@code false} is the same as leaving the key out. */
        SWITCH,
        /** A list of phrases in pattern syntax. */
        PHRASES,
        /** A list of Universal Dependencies part-of-speech tags. */
        TAGS
    }

    private record Type(String key, Arguments arguments, Function<List<String>, ContextCondition> factory) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("notAfter", Arguments.PHRASES, NotAfterCondition::new),
            new Type("notInSentenceWith", Arguments.PHRASES, NotInSentenceWithCondition::new),
            new Type("notBefore", Arguments.PHRASES, NotBeforeCondition::new),
            new Type("pos", Arguments.TAGS, PartOfSpeechCondition::new),
            new Type("standalone", Arguments.SWITCH, args -> new StandaloneCondition()),
            new Type("nominal", Arguments.SWITCH, args -> new NominalCondition()),
            new Type("onlyAbout", Arguments.PHRASES, OnlyAboutCondition::new),
            new Type("person", Arguments.SWITCH, args -> new PersonCondition()),
            new Type("legal", Arguments.SWITCH, args -> new LegalCondition()));

    private static final Map<String, Type> BY_KEY = byKey();

    private static final Set<String> UD_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private ContextConditions() {
    }

    private static Map<String, Type> byKey() {
        Map<String, Type> map = new LinkedHashMap<>();
        for (Type type : TYPES) {
            map.put(type.key(), type);
        }
        return map;
    }

    /** The keys of every condition, in the order they run. */
    public static List<String> keys() {
        return List.copyOf(BY_KEY.keySet());
    }

    /** The shape of a key's arguments, or null for a key that names no condition. */
    public static Arguments arguments(String key) {
        Type type = BY_KEY.get(key);
        return type == null ? null : type.arguments();
    }

    /** What is wrong with one argument of the condition {@code key}, or null when it is fine. */
    public static String problem(String key, String argument) {
        Arguments shape = arguments(key);
        if (shape == null) {
            throw new IllegalArgumentException("no context condition '" + key + "'");
        }
        return switch (shape) {
            case SWITCH -> null;
            case PHRASES -> {
                String problem = PatternSyntax.problem(argument);
                yield problem == null ? null : "'" + org.strengthslint.config.Excerpt.of(argument) + "' " + problem;
            }
            case TAGS -> UD_TAGS.contains(argument) ? null : "unknown part-of-speech tag '"
                    + org.strengthslint.config.Excerpt.of(argument)
                    + "' (expected one of " + String.join(", ", new TreeSet<>(UD_TAGS)) + ")";
        };
    }

    /** What a declared condition asks, in words ("only when it describes a person"). */
    public static String describe(ConditionSpec spec) {
        return build(spec).description();
    }

    static ContextCondition build(ConditionSpec spec) {
        Type type = BY_KEY.get(spec.key());
        if (type == null) {
            throw new IllegalArgumentException("no context condition '" + spec.key() + "'");
        }
        return type.factory().apply(spec.arguments());
    }

    /** An entry's conditions, built and put in the order they run. */
    static List<ContextCondition> build(List<ConditionSpec> specs) {
        List<ContextCondition> built = new ArrayList<>();
        for (String key : BY_KEY.keySet()) {
            for (ConditionSpec spec : specs) {
                if (spec.key().equals(key)) {
                    built.add(build(spec));
                }
            }
        }
        return List.copyOf(built);
    }
}
