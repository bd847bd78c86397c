package org.strengthslint.lexicon;

import java.util.List;

/**
 * A context condition as an entry declares it: the key it is written under in the YAML and its
 * arguments (phrases, tags, or nothing for a switch such as {@code person: true}). The engine
 * turns each into the condition of that name; the lexicon stores them without knowing what they
 * mean, so a new condition needs no change here.
 */
public record ConditionSpec(String key, List<String> arguments) {
    public ConditionSpec {
        arguments = List.copyOf(arguments);
    }
}
