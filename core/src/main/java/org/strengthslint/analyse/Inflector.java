package org.strengthslint.analyse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the inflected forms of a lexicon word (plural and third person, past, -ing), so that
 * "engages", "refused" and "rough sleepers" are found without a statistical lemmatiser, which
 * misses some forms and is too slow to run on every sentence.
 * Over-generation is harmless: a form that is not a word never appears in a document.
 */
public final class Inflector {
    private static final Set<String> UNINFLECTED = Set.of(
            "a", "an", "the", "to", "of", "and", "or", "in", "on", "at", "by", "for", "from", "with", "into", "onto",
            "not", "no", "nor", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this",
            "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my",
            "him", "them", "us", "me", "who", "whom", "which", "what", "very", "too", "so", "than", "then", "out", "up",
            "down", "off", "over", "under", "all", "any", "some", "each", "every", "has", "have", "had", "do", "does",
            "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall");
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("person", new String[] {"people", "persons"}),
            Map.entry("man", new String[] {"men"}),
            Map.entry("woman", new String[] {"women"}),
            Map.entry("child", new String[] {"children"}),
            Map.entry("thief", new String[] {"thieves"}),
            // "low-lifes" is the plural of the compound
            Map.entry("life", new String[] {"lives", "lifes"}),
            Map.entry("wife", new String[] {"wives"}),
            Map.entry("seek", new String[] {"seeks", "sought", "seeking"}),
            Map.entry("bring", new String[] {"brings", "brought", "bringing"}),
            Map.entry("fall", new String[] {"falls", "fell", "fallen", "falling"}),
            Map.entry("sleep", new String[] {"sleeps", "slept", "sleeping"}),
            Map.entry("lose", new String[] {"loses", "lost", "losing"}),
            Map.entry("give", new String[] {"gives", "gave", "given", "giving"}),
            Map.entry("take", new String[] {"takes", "took", "taken", "taking"}),
            Map.entry("go", new String[] {"goes", "went", "gone", "going"}),
            Map.entry("get", new String[] {"gets", "got", "gotten", "getting"}),
            Map.entry("leave", new String[] {"leaves", "left", "leaving"}),
            Map.entry("keep", new String[] {"keeps", "kept", "keeping"}),
            Map.entry("say", new String[] {"says", "said", "saying"}),
            Map.entry("lie", new String[] {"lies", "lied", "lying"}),
            Map.entry("deny", new String[] {"denies", "denied", "denying"}),
            Map.entry("put", new String[] {"puts", "putting"}),
            Map.entry("set", new String[] {"sets", "setting"}),
            Map.entry("cut", new String[] {"cuts", "cutting"}),
            Map.entry("hit", new String[] {"hits", "hitting"}),
            Map.entry("quit", new String[] {"quits", "quitting"}));
    /** Two-syllable verbs stressed at the end, which double their last consonant. */
    private static final Set<String> DOUBLING = Set.of(
            "refer",
            "prefer",
            "commit",
            "admit",
            "omit",
            "permit",
            "regret",
            "control",
            "compel",
            "expel",
            "occur",
            "recur",
            "submit",
            "transfer",
            "patrol",
            "rebel");

    private Inflector() {}

    /** The word itself and its inflected forms. */
    public static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (UNINFLECTED.contains(word) || word.length() < 2 || !Character.isLetter(word.charAt(word.length() - 1))) {
            return forms;
        }
        String[] irregular = IRREGULAR.get(word);
        if (irregular != null) {
            forms.addAll(java.util.List.of(irregular));
            return forms;
        }
        if (alreadyInflected(word)) {
            return forms;
        }
        forms.addAll(nounPlurals(word));
        forms.add(past(word));
        forms.add(presentParticiple(word));
        return forms;
    }

    /** Past forms and participles get no further endings; "need", "feed" and "thing" are not among them. */
    private static boolean alreadyInflected(String w) {
        return w.endsWith("ed") && !w.endsWith("eed") && w.length() > 4
                || w.endsWith("ing") && w.length() > 5
                || w.endsWith("'s");
    }

    /**
     * Whether a noun form reads as plural: the irregular plurals of people, and a final "s" that is
     * not part of a singular ending ("-ss", "-us", "-is": "class", "status", "crisis") or a
     * singular word in "s" ("news", "diabetes").
     */
    public static boolean looksPlural(String form) {
        if (form.equals("people") || form.equals("men") || form.equals("women") || form.equals("children")) {
            return true;
        }
        if (SINGULAR_IN_S.contains(form) || form.endsWith("ss") || form.endsWith("us") || form.endsWith("is")) {
            return false;
        }
        return form.endsWith("s");
    }

    private static final Set<String> SINGULAR_IN_S =
            Set.of("diabetes", "news", "series", "species", "means", "lens", "herpes", "measles", "mumps", "rabies");

    /**
     * The words an "-s" form may be the third person of ("needs": "need"; "goes": "go"; "tries":
     * "try"), or none when the form does not end in "s". Which of them is a verb is for the caller
     * to ask.
     */
    public static List<String> verbBases(String form) {
        if (form.length() < 3 || !form.endsWith("s") || form.endsWith("ss")) {
            return List.of();
        }
        if (form.endsWith("ies")) {
            return List.of(form.substring(0, form.length() - 3) + "y");
        }
        if (form.endsWith("es")) {
            return List.of(form.substring(0, form.length() - 1), form.substring(0, form.length() - 2));
        }
        return List.of(form.substring(0, form.length() - 1));
    }

    /**
     * The words an "-ing" form is the participle of, by the same spelling rules that make it
     * ("loitering": "loiter"; "living": "live"; "begging": "beg"; "lying": "lie"), or none when
     * the form does not end in "ing".
     */
    public static List<String> participleBases(String form) {
        if (form.length() < 5 || !form.endsWith("ing")) {
            return List.of();
        }
        String stem = form.substring(0, form.length() - 3);
        List<String> candidates = List.of(
                stem,
                stem + "e",
                stem.substring(0, stem.length() - 1),
                stem.endsWith("y") ? stem.substring(0, stem.length() - 1) + "ie" : stem);
        return candidates.stream()
                .distinct()
                .filter(base -> presentParticiple(base).equals(form))
                .toList();
    }

    /**
     * The plurals a noun may take: the regular one, and for a compound of a noun with an irregular
     * plural that plural too ("conmen", "schoolchildren", "housewives"). The regular form stays
     * for the words that are not compounds ("humans", "Germans").
     */
    public static List<String> nounPlurals(String noun) {
        List<String> plurals = new ArrayList<>(2);
        plurals.add(plural(noun));
        for (Map.Entry<String, String> compound : COMPOUND_PLURALS.entrySet()) {
            String last = compound.getKey();
            if (noun.endsWith(last)) {
                plurals.add(noun.substring(0, noun.length() - last.length()) + compound.getValue());
            }
        }
        return plurals;
    }

    private static final Map<String, String> COMPOUND_PLURALS =
            Map.of("man", "men", "child", "children", "wife", "wives", "thief", "thieves");

    public static String plural(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (endsWithConsonantY(w)) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    static String past(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (endsWithConsonantY(w)) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        return (doubles(w) ? w + w.charAt(w.length() - 1) : w) + "ed";
    }

    static String presentParticiple(String w) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return (doubles(w) ? w + w.charAt(w.length() - 1) : w) + "ing";
    }

    private static boolean endsWithConsonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2));
    }

    /** Short consonant-vowel-consonant words double the consonant: bar, barred; ban, banning. */
    private static boolean doubles(String w) {
        if (DOUBLING.contains(w)) {
            return true;
        }
        int n = w.length();
        if (n < 3 || n > 4) {
            return false;
        }
        char last = w.charAt(n - 1);
        return !isVowel(last)
                && "wxy".indexOf(last) < 0
                && isVowel(w.charAt(n - 2))
                && !isVowel(w.charAt(n - 3))
                && (n == 3 || !isVowel(w.charAt(n - 4)));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
