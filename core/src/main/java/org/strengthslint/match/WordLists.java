package org.strengthslint.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.strengthslint.analyse.Inflector;
import org.strengthslint.analyse.Spelling;
import org.strengthslint.analyse.WordScanner;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.lexicon.PatternSyntax;

/**
 * The word lists the context rules read: who is a person, which capitalised words make a name,
 * which words introduce a mention. They are data files in {@code org/strengthslint/words/} (one
 * word or phrase a line, {@code #} for comments), documented in {@code lexicon/README.md}, so a
 * lexicon editor can extend them without touching Java. Read once, immutable, shared.
 */
final class WordLists {
    static final String FOLDER = "org/strengthslint/words/";

    /**
     * The bundled lists, read once; a bad line is kept as the problem to report, so that every
     * caller gets it with its file and line rather than a failed class initialisation.
     */
    private static final class Bundled {
        static final WordLists LISTS;
        static final InvalidDataException PROBLEM;

        static {
            WordLists lists = null;
            InvalidDataException problem = null;
            try {
                lists = new WordLists(WordLists.class.getClassLoader());
            } catch (InvalidDataException e) {
                problem = e;
            }
            LISTS = lists;
            PROBLEM = problem;
        }
    }

    /**
     * The lists derived from WordNet: large, and needed only when a rule asks who is a person or
     * what can be a verb, so read on first use. They are made and checked by a test, so they are
     * read without the hand-written lists' checks, and their nouns get plurals only (WordNet
     * spells both ways where it matters).
     */
    private static final class WordNet {
        static final Set<String> PERSON_NOUNS = plurals(derived("person-nouns-wordnet.txt"));
        static final Set<String> VERBS = derived("verbs-wordnet.txt");
        static final Set<String> VERBS_ONLY = derived("verbs-only-wordnet.txt");
        static final Set<String> NOUNS_RATHER_THAN_VERBS = derived("nouns-rather-than-verbs-wordnet.txt");
        static final Set<String> VERBS_WITHOUT_OBJECT = derived("verbs-without-object-wordnet.txt");
        static final Set<String> ADJECTIVES = derived("adjectives-wordnet.txt");
        static final Set<String> PERSON_ADJECTIVES = derived("person-adjectives-wordnet.txt");
        static final Set<String> PERSON_ADJECTIVE_PLURALS = pluralsOnly(PERSON_ADJECTIVES);
        static final Set<String> CONDITION_NOUNS = plurals(derived("condition-nouns-wordnet.txt"));
    }

    private static Set<String> derived(String name) {
        String text = resourceText(WordLists.class.getClassLoader(), name);
        Set<String> words = new HashSet<>(16_384);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end; // a CRLF checkout
            if (stop > start && text.charAt(start) != '#') {
                words.add(text.substring(start, stop));
            }
            start = end + 1;
        }
        return java.util.Collections.unmodifiableSet(words);
    }

    /** The plural forms alone, without the words themselves: "seniors", "drunks" of "senior", "drunk". */
    private static Set<String> pluralsOnly(Set<String> words) {
        Set<String> forms = new HashSet<>(plurals(words));
        forms.removeAll(words);
        return java.util.Collections.unmodifiableSet(forms);
    }

    private static Set<String> plurals(Set<String> nouns) {
        Set<String> forms = new HashSet<>(nouns.size() * 3);
        for (String noun : nouns) {
            forms.add(noun);
            forms.addAll(Inflector.nounPlurals(noun));
        }
        return java.util.Collections.unmodifiableSet(forms);
    }

    private final Set<String> personNouns;
    private final Set<String> notPersonNouns;
    private final Set<String> pronouns;
    private final Set<String> titles;
    private final Set<String> nameHeads;
    private final Set<String> behaviourNouns;
    private final Set<String> conductNouns;
    private final Set<String> prefixes;
    private final Set<String> wordingNouns;
    private final Set<String> callingNouns;
    private final Set<String> stereotypeNouns;
    private final Set<String> mythLabels;
    private final Set<String> healthQualifiers;
    private final Set<String> substanceNouns;
    private final Set<String> offeredThings;
    private final Set<String> wordingLeadIns;
    private final Set<String> nameLinks;
    private final Set<String> notNames;
    private final Set<String> linkingVerbs;
    private final Set<String> speechVerbs;
    private final Set<String> adverbsAfterNouns;
    private final Set<String> participlesOfPeople;
    private final Set<String> conditionAbbreviations;
    private final Set<String> conditionNouns;
    private final Set<String> bareNominalLeads;
    private final Set<String> speaker;
    private final Set<String> publicVoices;
    private final Set<String> serviceRoles;
    private final Set<String> intentionNouns;
    private final PhraseTrie<Boolean> selfDescription;
    private final PhraseTrie<Boolean> mentionFrames;
    private final PhraseTrie<Boolean> mentionFramesAfter;
    private final PhraseTrie<Boolean> knownNames;

    private WordLists(ClassLoader loader) {
        personNouns = nouns(read(loader, "person-nouns.txt"));
        notPersonNouns = nouns(read(loader, "not-person-nouns.txt"));
        pronouns = Set.copyOf(read(loader, "pronouns.txt"));
        titles = Set.copyOf(read(loader, "titles.txt"));
        nameHeads = nouns(read(loader, "name-heads.txt"));
        behaviourNouns = nouns(read(loader, "behaviour-nouns.txt"));
        conductNouns = nouns(read(loader, "conduct-nouns.txt"));
        prefixes = Set.copyOf(read(loader, "prefixes.txt"));
        wordingNouns = nouns(read(loader, "wording-nouns.txt"));
        callingNouns = nouns(read(loader, "calling-nouns.txt"));
        stereotypeNouns = nouns(read(loader, "stereotype-nouns.txt"));
        mythLabels = nouns(read(loader, "myth-labels.txt"));
        healthQualifiers = Set.copyOf(read(loader, "health-qualifiers.txt"));
        substanceNouns = nouns(read(loader, "substance-nouns.txt"));
        offeredThings = nouns(read(loader, "offered-things.txt"));
        wordingLeadIns = Set.copyOf(read(loader, "wording-lead-ins.txt"));
        nameLinks = Set.copyOf(read(loader, "name-links.txt"));
        notNames = Set.copyOf(read(loader, "not-names.txt"));
        linkingVerbs = Set.copyOf(read(loader, "linking-verbs.txt"));
        speechVerbs = Set.copyOf(read(loader, "speech-verbs.txt"));
        adverbsAfterNouns = Set.copyOf(read(loader, "adverbs-after-nouns.txt"));
        participlesOfPeople = Set.copyOf(read(loader, "participles-of-people.txt"));
        conditionAbbreviations = Set.copyOf(read(loader, "condition-abbreviations.txt"));
        conditionNouns = nouns(read(loader, "condition-nouns.txt"));
        bareNominalLeads = Set.copyOf(read(loader, "bare-nominal-leads.txt"));
        speaker = Set.copyOf(read(loader, "speaker.txt"));
        publicVoices = nouns(read(loader, "public-voices.txt"));
        serviceRoles = nouns(read(loader, "service-roles.txt"));
        intentionNouns = nouns(read(loader, "intention-nouns.txt"));
        selfDescription = PhraseTrie.of(read(loader, "self-description.txt"));
        mentionFrames = PhraseTrie.of(read(loader, "mention-frames.txt"));
        mentionFramesAfter = PhraseTrie.of(read(loader, "mention-frames-after.txt"));
        knownNames = PhraseTrie.of(read(loader, "known-names.txt"));
    }

    /** The bundled lists; throws the problem with a list's file and line when one cannot be used. */
    static WordLists bundled() {
        if (Bundled.PROBLEM != null) {
            throw new InvalidDataException(Bundled.PROBLEM.source(), Bundled.PROBLEM.line(), Bundled.PROBLEM.problem());
        }
        return Bundled.LISTS;
    }

    /**
     * Starts reading the bundled lists, WordNet's included, on a daemon thread of its own, so a
     * caller with other work to do (compiling the lexicon) does not wait for them. Reading them
     * twice is impossible: the first use of {@link #bundled()} waits for the same initialisation.
     */
    static void readInBackground() {
        // a bad list is reported by the caller's own use of bundled(), with its file and line
        Thread reader = new Thread(
                () -> {
                    if (Bundled.PROBLEM == null) {
                        Bundled.LISTS.isPersonNoun("");
                    }
                },
                "strengths-lint word lists");
        reader.setDaemon(true);
        reader.start();
    }

    /** A personal pronoun or form of address ("he", "they", "Mr"). */
    boolean isPronoun(String form) {
        return pronouns.contains(form);
    }

    /** A noun for a person or group of people ("resident", "families", "drinkers"). */
    boolean isPersonNoun(String form) {
        return personNouns.contains(form) || WordNet.PERSON_NOUNS.contains(form) && !notPersonNouns.contains(form);
    }

    /**
     * A word that opens a sentence as a verb more likely than as a person: WordNet alone counts it
     * a person, and it is also a verb ("tackle", "coach", "support"); the hand-written list's
     * nouns ("resident", "parent") are people wherever they stand.
     */
    boolean imperativeRatherThanPerson(String form) {
        return WordNet.PERSON_NOUNS.contains(form)
                && !personNouns.contains(form)
                && !isPronoun(form)
                && WordNet.VERBS.contains(form);
    }

    /** A noun, singular or plural, that documents mostly use for something other than a person ("domestics", "majors"). */
    boolean isNotAPersonNoun(String form) {
        return notPersonNouns.contains(form);
    }

    boolean refersToPerson(String form) {
        return isPronoun(form) || isPersonNoun(form) || contractedSubjectPronoun(form);
    }

    /**
     * The words the tokenizer keeps together with a verb form after them ("he's", "they're",
     * "she'd", "it's"): only pronouns that can be a subject, since after any other word "'s" is
     * most often a possessive ("someone's").
     */
    private static final Set<String> CONTRACTING_PRONOUNS =
            Set.of("he", "she", "they", "we", "you", "i", "who", "it", "that");

    private static final List<String> CONTRACTED_VERBS = List.of("'s", "'re", "'m", "'ve", "'d", "'ll");

    /**
     * The pronoun of a pronoun with a verb kept on it ("she's" -> "she", "it's" -> "it"), or the
     * form itself when it is no such word.
     */
    static String withoutContractedVerb(String form) {
        for (String verb : CONTRACTED_VERBS) {
            if (form.endsWith(verb)) {
                String pronoun = form.substring(0, form.length() - verb.length());
                return CONTRACTING_PRONOUNS.contains(pronoun) ? pronoun : form;
            }
        }
        return form;
    }

    /** A pronoun with "is", "are" or "am" kept on it as one word ("she's", "they're", "I'm", "it's"). */
    static boolean pronounWithBe(String form) {
        return (form.endsWith("'s") || form.endsWith("'re") || form.endsWith("'m"))
                && !withoutContractedVerb(form).equals(form);
    }

    /** "he's violent", "they're difficult": a pronoun for a person with its verb. */
    private static boolean contractedSubjectPronoun(String form) {
        String pronoun = withoutContractedVerb(form);
        return !pronoun.equals(form) && !pronoun.equals("it") && !pronoun.equals("that");
    }

    boolean isTitle(String form) {
        return titles.contains(form);
    }

    /** A word that can be a verb (base form). */
    boolean canBeVerb(String form) {
        return WordNet.VERBS.contains(form);
    }

    /**
     * An "-s" form of an adjective WordNet also knows as a noun for a person ("seniors", "drunks",
     * "epileptics"): an adjective has no plural, so where a noun for people is looked for (a list
     * of groups) the form is that noun. Some such forms are also verbs or things ("suspects",
     * "comics"), so it says nothing about a word standing anywhere else.
     */
    boolean isPersonAdjectivePlural(String form) {
        return WordNet.PERSON_ADJECTIVE_PLURALS.contains(form);
    }

    /** An adjective WordNet also knows as a noun for a person ("schizophrenic", "drunk", "paranoid"). */
    boolean canBeAPersonNoun(String form) {
        return WordNet.PERSON_ADJECTIVES.contains(form);
    }

    /** A verb, base or "-s" form or irregular past, that WordNet knows as nothing else ("improve", "operates", "came"). */
    boolean onlyAVerb(String form) {
        return WordNet.VERBS_ONLY.contains(form);
    }

    /** A word WordNet knows as an adjective ("complex", "domestic"; not "alcohol"). */
    boolean canBeAdjective(String form) {
        return WordNet.ADJECTIVES.contains(form);
    }

    /** A verb WordNet sees far more often as a noun ("shelter", "line", "access"). */
    boolean nounRatherThanVerb(String form) {
        return WordNet.NOUNS_RATHER_THAN_VERBS.contains(form);
    }

    /**
     * A verb whose most frequent sense someone does without an object, by WordNet's sentence frames
     * ("scramble", "scream", "sleep"; not "support", "spot").
     */
    boolean takesNoObject(String form) {
        return WordNet.VERBS_WITHOUT_OBJECT.contains(form);
    }

    /**
     * An illness or a disorder, by WordNet ("psychosis", "depression", "diabetes") or the short
     * list beside it of those whose first sense is something else ("stroke", "seizure").
     */
    boolean isConditionNoun(String form) {
        return WordNet.CONDITION_NOUNS.contains(form) || conditionNouns.contains(form);
    }

    /** A drug, alcohol or another substance a person may use ("drugs", "alcohol", "painkillers"). */
    boolean isSubstanceNoun(String form) {
        return substanceNouns.contains(form);
    }

    boolean isNameHead(String form) {
        return nameHeads.contains(form);
    }

    /** What a person decides, intends or tries ("decision", "intention", "efforts"). */
    boolean isIntentionNoun(String form) {
        return intentionNouns.contains(form);
    }

    /** Someone or something that acts for a service or an institution ("doctor", "managers", "council"). */
    boolean isServiceRole(String form) {
        return serviceRoles.contains(form);
    }

    /** A role or body that speaks in public ("minister", "campaigners", "council"). */
    boolean isPublicVoice(String form) {
        return publicVoices.contains(form);
    }

    boolean isBehaviourNoun(String form) {
        return behaviourNouns.contains(form);
    }

    /** A noun for what a person does that a word about character describes ("behaviour", "presentation"). */
    boolean isConductNoun(String form) {
        return conductNouns.contains(form);
    }

    /** A noun for a mistaken or unfair picture of people ("myth", "stereotypes", "perception"). */
    boolean isStereotypeNoun(String form) {
        return stereotypeNouns.contains(form);
    }

    /** A word that makes the "problem" or "condition" after it an illness ("eye problems", "mental health conditions"). */
    boolean isHealthQualifier(String form) {
        return healthQualifiers.contains(form);
    }

    /** Something a service offers and a person may decline ("medication", "support", "offer"). */
    boolean isOfferedThing(String form) {
        return offeredThings.contains(form);
    }

    /** A noun that labels a myth set out to be answered ("Myth 2:", "Misconception 1."). */
    boolean isMythLabel(String form) {
        return mythLabels.contains(form);
    }

    /** A noun for words themselves ("term", "labels", "language"): a list it introduces is a list of words. */
    boolean isWordingNoun(String form) {
        return wordingNouns.contains(form);
    }

    /** A noun for words or for what people are called ("terms", "names", "slurs"). */
    boolean isWordingOrCallingNoun(String form) {
        return wordingNouns.contains(form) || callingNouns.contains(form);
    }

    /** "following", "language": they introduce a list of words only before a colon or as a heading. */
    boolean isWordingLeadIn(String form) {
        return wordingLeadIns.contains(form);
    }

    /** "of", "for", "by": a small word inside a name ("Experts by Experience"). */
    boolean isNameLink(String form) {
        return nameLinks.contains(form);
    }

    /** A capitalised word that is never a person's name ("May", "Monday"). */
    boolean isNotAName(String form) {
        return notNames.contains(form);
    }

    /**
     * "for", "help", "discharging": after it an adjective standing alone, with no determiner,
     * names people ("beds for homeless", "discharging sick homeless").
     */
    boolean isBareNominalLead(String form) {
        return bareNominalLeads.contains(form);
    }

    /** "ADHD", "PTSD": an abbreviation that names an illness or a disorder (lower case, as matched). */
    boolean isConditionAbbreviation(String form) {
        return conditionAbbreviations.contains(form);
    }

    /** "today", "back": a word of time or direction that follows a noun phrase as an adverb ("the homeless today"). */
    boolean isAdverbAfterNoun(String form) {
        return adverbsAfterNouns.contains(form);
    }

    /** "sleeping", "living": what people do where they are, their own verb after a term for them. */
    boolean isParticipleOfPeople(String form) {
        return participlesOfPeople.contains(form);
    }

    /** "seems", "remained": links a subject to what is said of it. */
    boolean isLinkingVerb(String form) {
        return linkingVerbs.contains(form);
    }

    /** "insists", "said": brings in what someone says as a clause, whose subject may follow straight away. */
    boolean isSpeechVerb(String form) {
        return speechVerbs.contains(form);
    }

    /** "I", "me", "my": how a speaker names themselves. */
    boolean isSpeaker(String form) {
        return speaker.contains(form);
    }

    boolean isPrefix(String form) {
        return prefixes.contains(form);
    }

    PhraseTrie<Boolean> selfDescription() {
        return selfDescription;
    }

    PhraseTrie<Boolean> mentionFrames() {
        return mentionFrames;
    }

    /** Words after a term that open a sentence about the term ("... makes it sound as if"). */
    PhraseTrie<Boolean> mentionFramesAfter() {
        return mentionFramesAfter;
    }

    PhraseTrie<Boolean> knownNames() {
        return knownNames;
    }

    /** Each noun in its singular and plural (irregular ones too: "people", "children"), in every spelling. */
    private static Set<String> nouns(List<String> words) {
        Set<String> forms = new HashSet<>();
        for (String word : words) {
            String form = WordScanner.normalise(word);
            for (String inflected : new String[] {form, Inflector.plural(form)}) {
                forms.addAll(Spelling.variants(inflected));
            }
            for (String inflected : Inflector.forms(word)) {
                if (!inflected.endsWith("ed") && !inflected.endsWith("ing")) {
                    forms.add(inflected); // the inflector's nouns, not its verb forms
                }
            }
        }
        return Set.copyOf(forms);
    }

    /** The words of one list, validated: a bad line is named with its file and line. */
    static List<String> read(ClassLoader loader, String name) {
        return parse(resourceText(loader, name), FOLDER + name);
    }

    /** The text of the list {@code name}, or an error naming it. */
    private static String resourceText(ClassLoader loader, String name) {
        String resource = FOLDER + name;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidDataException(resource, 0, "word list not found on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidDataException(resource, 0, "cannot read word list: " + e.getMessage());
        }
    }

    static List<String> parse(String text, String source) {
        List<String> words = new java.util.ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = PatternSyntax.problem(line);
            if (problem != null || line.contains("=")) {
                throw new InvalidDataException(
                        source,
                        i + 1,
                        "'" + line + "' "
                                + (problem != null ? problem : "may not hold '=' (word lists match forms as written)"));
            }
            words.add(line.toLowerCase(java.util.Locale.ROOT));
        }
        return List.copyOf(words);
    }
}
