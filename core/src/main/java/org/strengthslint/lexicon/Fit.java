package org.strengthslint.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an entry's first suggestion takes the place of the matched words: the part the words play
 * in a sentence ({@link Slot}) and the forms of the suggestion for that part. The engine reads
 * the sentence around a finding (the article before a noun, the auxiliary before a verb, what
 * follows an adjective) and builds the edit from these forms; where the sentence does not fit
 * the slot, the finding carries no edit. See {@code lexicon/README.md}, "Suggestions that fit".
 *
 * @param slot        the part the matched words play
 * @param one         {@link Slot#NOUN}: the singular noun phrase with its indefinite article ("a
 *                    person who uses drugs"), or null when the entry has no singular form
 * @param many        {@link Slot#NOUN}, {@link Slot#GROUP}: the plural noun phrase ("people who use
 *                    drugs"), or null
 * @param verb        {@link Slot#VERB}: the verb phrase in its base form, which the engine inflects
 *                    like the matched verb ("not take up the support offered"); {@code {object}}
 *                    stands for the pronoun or name the matched verb takes ("ask {object} to leave")
 * @param followedBy  {@link Slot#VERB}: other base forms, each used when the given word follows the
 *                    match, which the edit then covers ("with" -> "not yet work with")
 * @param predicate   {@link Slot#ADJECTIVE}: the form after "is", "seems", "as" ("going through an
 *                    unsettled time"), or null
 * @param attributive {@link Slot#ADJECTIVE}: the form before a noun ("unsettled"), or null: no edit
 *                    before a noun
 * @param text        {@link Slot#PHRASE}: the words that take the match's place as they are
 * @param reason      {@link Slot#NONE}: in one line, why no edit fits
 */
public record Fit(
        Slot slot,
        String one,
        String many,
        String verb,
        Map<String, String> followedBy,
        String predicate,
        String attributive,
        String text,
        String reason) {

    /** The part matched words play in a sentence, as an entry declares it. */
    public enum Slot {
        /** A noun phrase that follows the match's number; the edit may take in the article. */
        NOUN,
        /** An adjective used as a noun for a group ("the homeless"); the edit takes in "the". */
        GROUP,
        /** A verb phrase, inflected like the matched verb (tense, person, aspect). */
        VERB,
        /** An adjective: a predicate form and, optionally, a form before a noun. */
        ADJECTIVE,
        /** Words that fit wherever the match stands, put in as they are. */
        PHRASE,
        /** No edit fits: {@link Fit#reason()} says why. */
        NONE;

        /** The name written in a lexicon file. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The placeholder in a verb form for the object the matched verb takes. */
    public static final String OBJECT = "{object}";

    /** A {@code followedBy} value that means: when this word follows, make no edit. */
    public static final String NO_EDIT = "none";

    /** The placeholder in a noun form for the person noun a {@code <person>} pattern matched. */
    public static final String PERSON = "{person}";

    public Fit {
        if (slot == null) {
            throw new IllegalArgumentException("a fit needs a slot");
        }
        // in the order the lexicon gives them, so that the reference and the compiled lexicon come
        // out the same on every build (Map.copyOf's order changes from one run to the next)
        followedBy = followedBy == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(followedBy));
    }

    /** The fit of an entry that does not declare one (an organisation's entry written before fits). */
    public static Fit undeclared() {
        return none("the entry does not say how its suggestion fits a sentence");
    }

    public static Fit none(String reason) {
        return new Fit(Slot.NONE, null, null, null, Map.of(), null, null, null, reason);
    }
}
