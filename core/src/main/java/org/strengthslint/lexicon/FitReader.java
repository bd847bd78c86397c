package org.strengthslint.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strengthslint.data.Excerpt;
import org.strengthslint.data.YamlNode;

/**
 * Reads and validates an entry's {@code fit:} mapping: a slot and the forms that slot takes, and
 * nothing else, so a form written under the wrong slot is an error rather than silently unused.
 */
final class FitReader {
    private static final Map<Fit.Slot, List<String>> KEYS = Map.of(
            Fit.Slot.NOUN, List.of("one", "many"),
            Fit.Slot.GROUP, List.of("many"),
            Fit.Slot.VERB, List.of("verb", "followedBy", "one", "many"),
            Fit.Slot.ADJECTIVE, List.of("predicate", "attributive"),
            Fit.Slot.PHRASE, List.of("text", "predicate"),
            Fit.Slot.NONE, List.of("reason"));

    /** The keys of which a slot needs at least one. */
    private static final Map<Fit.Slot, List<String>> NEEDS = Map.of(
            Fit.Slot.NOUN, List.of("one", "many"),
            Fit.Slot.GROUP, List.of("many"),
            Fit.Slot.VERB, List.of("verb"),
            Fit.Slot.ADJECTIVE, List.of("predicate", "attributive"),
            Fit.Slot.PHRASE, List.of("text"),
            Fit.Slot.NONE, List.of("reason"));

    private FitReader() {}

    static Fit read(YamlNode node, String what) {
        String where = what + "fit";
        Map<String, YamlNode> slotOnly = node.mapping(where);
        if (!slotOnly.containsKey("slot")) {
            throw node.error(where + " is missing the required key 'slot'");
        }
        List<String> slots = new ArrayList<>();
        for (Fit.Slot slot : Fit.Slot.values()) {
            slots.add(slot.key());
        }
        Fit.Slot slot = Fit.Slot.valueOf(
                slotOnly.get("slot").choice(where + ".slot", slots).toUpperCase(java.util.Locale.ROOT));
        List<String> known = new ArrayList<>(KEYS.get(slot));
        known.add("slot");
        Map<String, YamlNode> f = node.mapping(where + " with slot " + slot.key(), known, List.of("slot"));
        if (NEEDS.get(slot).stream().noneMatch(f::containsKey)) {
            throw node.error(where + ": slot " + slot.key() + " needs "
                    + String.join(
                            " or ",
                            NEEDS.get(slot).stream().map(k -> "'" + k + "'").toList()));
        }
        String one = form(f, "one", where);
        String verb = form(f, "verb", where);
        Map<String, String> followedBy = new LinkedHashMap<>();
        if (f.containsKey("followedBy")) {
            for (Map.Entry<String, YamlNode> next :
                    f.get("followedBy").mapping(where + ".followedBy").entrySet()) {
                if (!next.getKey().matches("[a-z]+")) {
                    throw next.getValue()
                            .error(where + ".followedBy: '" + Excerpt.of(next.getKey())
                                    + "' must be one lower-case word");
                }
                followedBy.put(next.getKey(), next.getValue().text(where + ".followedBy." + next.getKey()));
            }
        }
        for (String key : List.of("one", "many", "predicate", "attributive", "text")) {
            String value = form(f, key, where);
            if (value != null && value.contains(Fit.OBJECT)) {
                throw f.get(key).error(where + "." + key + ": " + Fit.OBJECT + " belongs in a verb form only");
            }
        }
        return new Fit(
                slot,
                one,
                form(f, "many", where),
                verb,
                followedBy,
                form(f, "predicate", where),
                form(f, "attributive", where),
                form(f, "text", where),
                form(f, "reason", where));
    }

    private static String form(Map<String, YamlNode> f, String key, String where) {
        return f.containsKey(key) ? f.get(key).text(where + "." + key) : null;
    }
}
