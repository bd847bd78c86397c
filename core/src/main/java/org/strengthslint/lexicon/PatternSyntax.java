package org.strengthslint.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strengthslint.analyse.Inflector;
import org.strengthslint.analyse.Spelling;
import org.strengthslint.analyse.WordScanner;

/**
 * The phrase syntax of lexicon patterns: words separated by spaces; {@code =word} for an exact
 * form; a hyphenated word also stands for its spaced and joined forms.
 */
public final class PatternSyntax {
    private PatternSyntax() {}

    /**
     * A word of a pattern that stands for any noun for a person ("homeless &lt;person&gt;" finds
     * "homeless patients", "homeless adults"); the token it stands for in the compiled trie.
     */
    public static final String PERSON_SLOT = "<person>";
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call, and this runs for every pattern. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static final String PERSON_FORM = "\u0000person";

    /** What "the" inside a lexicon pattern stands for (see {@link #expand(String, boolean)}). */
    private static final Set<String> DETERMINERS =
            Set.of("the", "this", "that", "these", "those", "our", "your", "their", "his", "her", "its", "my");

    /**
     * Limits on a phrase, so that what a configuration or lexicon file asks for stays small
     * however it is written: the bundled lexicon's longest pattern has 5 words, 2 spellings and
     * 35 characters. Each word has at most a dozen forms by construction (inflections times
     * British and American spellings, see {@link Inflector}), and each hyphenated word doubles
     * the spellings (spaced or hyphenated, and joined), hence a limit of its own.
     */
    public static final int MAX_WORDS = 12;
    /** See {@link #MAX_WORDS}. */
    public static final int MAX_HYPHENATED_WORDS = 6;
    /** See {@link #MAX_WORDS}. */
    public static final int MAX_CHARACTERS = 200;

    /** What is wrong with a phrase (an exception, an allowed term, a word list's line), or null when it is well formed. */
    public static String problem(String phrase) {
        return problem(phrase, false);
    }

    /** What is wrong with a lexicon entry's pattern, which may also hold {@code <person>}, or null. */
    public static String patternProblem(String phrase) {
        return problem(phrase, true);
    }

    private static String problem(String phrase, boolean slots) {
        if (phrase.isBlank()) {
            return "is empty";
        }
        if (phrase.length() > MAX_CHARACTERS) {
            return "is " + phrase.length() + " characters long; at most " + MAX_CHARACTERS + " are allowed";
        }
        String[] words = SPACES.split(phrase.strip());
        if (words.length > MAX_WORDS) {
            return "has " + words.length + " words; at most " + MAX_WORDS + " are allowed";
        }
        long hyphenated =
                java.util.Arrays.stream(words).filter(w -> w.indexOf('-') > 0).count();
        if (hyphenated > MAX_HYPHENATED_WORDS) {
            return "has " + hyphenated + " hyphenated words; at most " + MAX_HYPHENATED_WORDS
                    + " are allowed (each is also matched spaced and joined)";
        }
        if (words[0].equals(PERSON_SLOT)) {
            return slots
                    ? "may not start with " + PERSON_SLOT
                    : PERSON_SLOT + " may only be used in a lexicon entry's patterns";
        }
        for (String word : words) {
            if (word.equals(PERSON_SLOT)) {
                if (!slots) {
                    return PERSON_SLOT + " may only be used in a lexicon entry's patterns";
                }
                continue;
            }
            String bare = word.startsWith("=") ? word.substring(1) : word;
            if (bare.isEmpty()) {
                return "has '=' with no word after it";
            }
            for (String part : bare.split("-", -1)) {
                if (part.isEmpty()) {
                    return "has a hyphen with no word on one side ('" + word + "')";
                }
                for (int i = 0; i < part.length(); i++) {
                    char c = part.charAt(i);
                    if (!Character.isLetterOrDigit(c) && !WordScanner.isApostrophe(c)) {
                        return "may only hold letters, digits, apostrophes and hyphens ('" + word + "')";
                    }
                }
            }
        }
        return null;
    }

    /** The phrase as a reader writes it: without the {@code =} that marks an exact form. */
    public static String asWritten(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : SPACES.split(phrase.strip())) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.startsWith("=") ? word.substring(1) : word);
        }
        return out.toString();
    }

    /**
     * How many forms a well-formed phrase puts into a matcher: over every way it can be spelled,
     * the forms accepted at each position. The lexicon's limits per entry and per file count these.
     */
    public static int forms(String phrase) {
        int forms = 0;
        for (List<Set<String>> sequence : expand(phrase, true)) {
            for (Set<String> position : sequence) {
                forms += position.size();
            }
        }
        return forms;
    }

    /**
     * Every way the phrase can be spelled as a sequence of tokens: each position is the set of
     * normalised forms accepted there.
     */
    public static List<List<Set<String>>> expand(String phrase) {
        return expand(phrase, false);
    }

    /**
     * As {@link #expand(String)}; for a lexicon entry's pattern ({@code pattern}), "the" after its
     * first word also stands for a possessive or demonstrative determiner, since the label is the
     * same whoever's system, licence or medication it is ("abuse our system", "a breach of your licence",
     * "refusal to take his medication"). Not "a" or "an", which would find literal senses ("fell off a
     * wagon"), nor a pattern's first "the" ("the homeless" is not "their homeless ..."), nor
     * {@code =the}.
     */
    public static List<List<Set<String>>> expand(String phrase, boolean pattern) {
        List<List<Set<String>>> sequences = new ArrayList<>();
        sequences.add(new ArrayList<>());
        String[] words = SPACES.split(phrase.strip());
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            List<List<Set<String>>> variants = pattern && w > 0 && word.equals("the")
                    ? List.of(List.of(DETERMINERS))
                    : variants(word, w == words.length - 1);
            List<List<Set<String>>> next = new ArrayList<>();
            for (List<Set<String>> prefix : sequences) {
                for (List<Set<String>> variant : variants) {
                    List<Set<String>> sequence = new ArrayList<>(prefix);
                    sequence.addAll(variant);
                    next.add(sequence);
                }
            }
            sequences = next;
        }
        return sequences;
    }

    private static List<List<Set<String>>> variants(String word, boolean lastWord) {
        if (word.equals(PERSON_SLOT)) {
            return List.of(List.of(Set.of(PERSON_FORM)));
        }
        boolean exact = word.startsWith("=");
        String bare = exact ? word.substring(1) : word;
        // "not" is also the "n't" of a contraction, which the scanner reads as a word of its own
        // ("does not engage" finds "doesn't engage"), and a contraction is its two words
        if (WordScanner.normalise(bare).equals("not")) {
            return List.of(List.of(WordScanner.NOT_FORMS));
        }
        String[] negated = WordScanner.negatedAuxiliary(bare);
        if (negated != null) {
            return List.of(List.of(Set.of(negated[0]), WordScanner.NOT_FORMS));
        }
        String[] parts = bare.split("-");
        List<List<Set<String>>> variants = new ArrayList<>();
        List<Set<String>> split = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            // an exact form keeps its possessive: "=addict" leaves out "addicted", not "the addict's family"
            split.add(forms(parts[i], last && !exact, last && lastWord));
        }
        variants.add(split);
        if (parts.length > 1) {
            variants.add(List.of(forms(String.join("", parts), !exact, lastWord)));
        }
        return variants;
    }

    /**
     * Every spelling of the word, and of its inflections when {@code inflect}, and when
     * {@code possessive} (the phrase's last word) its possessive too ("service user's"; "rough
     * sleepers'" is found as "rough sleepers", since the closing apostrophe is not part of the word).
     */
    private static Set<String> forms(String word, boolean inflect, boolean possessive) {
        String british = Spelling.toBritishForm(WordScanner.normalise(word));
        Set<String> forms = new LinkedHashSet<>();
        for (String form : inflect ? Inflector.forms(british) : Set.of(british)) {
            forms.addAll(Spelling.variants(form));
        }
        if (possessive) {
            for (String form : List.copyOf(forms)) {
                if (!form.endsWith("s") && !form.endsWith("'") && !form.endsWith("ing") && !form.endsWith("ed")) {
                    forms.add(form + "'s");
                }
            }
        }
        return forms;
    }
}
