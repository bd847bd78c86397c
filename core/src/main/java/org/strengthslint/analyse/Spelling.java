package org.strengthslint.analyse;

import java.util.Map;
import java.util.Set;

/**
 * British and American spellings of a word, so that one lexicon pattern finds both. The
 * variants are generated once for the patterns when the lexicon is compiled, so the text itself
 * needs no spelling work at all. A variant only has to be what a document might contain; one
 * that is not a real word is never found, and costs nothing.
 */
public final class Spelling {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("labor", "labour"),
            Map.entry("labors", "labours"),
            Map.entry("labored", "laboured"),
            Map.entry("neighbor", "neighbour"),
            Map.entry("neighbors", "neighbours"),
            Map.entry("neighborhood", "neighbourhood"),
            Map.entry("favor", "favour"),
            Map.entry("color", "colour"),
            Map.entry("honor", "honour"),
            Map.entry("counselor", "counsellor"),
            Map.entry("counselors", "counsellors"),
            Map.entry("counseling", "counselling"),
            Map.entry("offense", "offence"),
            Map.entry("offenses", "offences"),
            Map.entry("defense", "defence"),
            Map.entry("license", "licence"),
            Map.entry("licenses", "licences"),
            Map.entry("center", "centre"),
            Map.entry("centers", "centres"),
            Map.entry("program", "programme"),
            Map.entry("programs", "programmes"),
            Map.entry("judgment", "judgement"),
            Map.entry("judgmental", "judgemental"),
            Map.entry("enroll", "enrol"),
            Map.entry("fulfill", "fulfil"),
            Map.entry("pediatric", "paediatric"),
            Map.entry("anemia", "anaemia"),
            Map.entry("esthetic", "aesthetic"),
            Map.entry("gray", "grey"),
            Map.entry("mold", "mould"),
            Map.entry("jewelry", "jewellery"),
            Map.entry("traveled", "travelled"),
            Map.entry("traveling", "travelling"),
            Map.entry("canceled", "cancelled"),
            Map.entry("modeling", "modelling"),
            Map.entry("fueled", "fuelled"));
    private static final Set<String> NOT_IZE = Set.of(
            "size",
            "sizes",
            "sized",
            "sizing",
            "seize",
            "seizes",
            "seized",
            "seizing",
            "prize",
            "prizes",
            "capsize",
            "citizen",
            "citizens",
            "maize",
            "baize",
            "wizened");

    private static final Map<String, String> AMERICAN = reverse(WORDS);

    private Spelling() {}

    /** The word as given, its British form and its American form (one, two or three strings). */
    public static Set<String> variants(String word) {
        String british = toBritish(word);
        Set<String> variants = new java.util.LinkedHashSet<>();
        variants.add(word);
        variants.add(british);
        variants.add(toAmerican(british));
        return variants;
    }

    private static Map<String, String> reverse(Map<String, String> map) {
        Map<String, String> reversed = new java.util.HashMap<>();
        map.forEach((american, british) -> reversed.put(british, american));
        return Map.copyOf(reversed);
    }

    static String toAmerican(String word) {
        String mapped = AMERICAN.get(word);
        if (mapped != null) {
            return mapped;
        }
        if (word.contains("behaviour")) {
            return word.replace("behaviour", "behavior");
        }
        if (word.length() > 5 && word.contains("is") && !NOT_IZE.contains(word.replace("is", "iz"))) {
            for (String[] ending : IZE_ENDINGS) {
                if (word.endsWith(ending[1])) {
                    return word.substring(0, word.length() - ending[1].length()) + ending[0];
                }
            }
        }
        return word;
    }

    /** The British spelling of a word (the word itself when it has no other spelling). */
    public static String toBritishForm(String word) {
        return toBritish(word);
    }

    static String toBritish(String word) {
        String mapped = WORDS.get(word);
        if (mapped != null) {
            return mapped;
        }
        if (word.contains("behavior")) {
            return word.replace("behavior", "behaviour");
        }
        if (word.length() > 5 && word.contains("iz") && !NOT_IZE.contains(word)) {
            for (String[] ending : IZE_ENDINGS) {
                if (word.endsWith(ending[0])) {
                    return word.substring(0, word.length() - ending[0].length()) + ending[1];
                }
            }
        }
        return word;
    }

    private static final String[][] IZE_ENDINGS = {
        {"izations", "isations"},
        {"ization", "isation"},
        {"izing", "ising"},
        {"izes", "ises"},
        {"ized", "ised"},
        {"izers", "isers"},
        {"izer", "iser"},
        {"ize", "ise"}
    };
}
