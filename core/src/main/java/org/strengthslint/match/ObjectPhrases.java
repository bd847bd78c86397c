package org.strengthslint.match;

import java.util.List;
import java.util.Set;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.Token;

/**
 * What the words a term takes, or the word before it, name: an illness or a disorder ("suffering
 * post-traumatic stress disorder", "psychosis sufferers", "the depression which he suffers"), or a
 * drug, alcohol or another substance ({@code words/substance-nouns.txt}: "abusing several drugs",
 * "pills that are often abused"). The walks over the sentence that {@link
 * BeforeAConditionCondition}, {@link AfterAConditionCondition} and {@link
 * BeforeASubstanceCondition} ask for, apart from {@link Context}'s other questions.
 */
final class ObjectPhrases {
    private final Context context;
    private final List<Token> tokens;
    private final BlockAnalysis analysis;
    private final WordLists words;

    ObjectPhrases(Context context) {
        this.context = context;
        this.tokens = context.tokens();
        this.analysis = context.analysis();
        this.words = context.words();
    }

    /**
     * What the verb ending at {@code to} takes is an illness or a disorder: in the phrase straight
     * after it, of at most six words (determiners, adjectives, nouns, numbers, adverbs, hyphenated
     * parts and coordinators), a noun that heads its compound is one ("suffered postpartum
     * psychosis", "suffering anxiety and depression", "suffering post-traumatic stress disorder"):
     * not a noun that describes the next ("disability discrimination", "a cancer scare"), nor one
     * before "of" ("a plague of burglaries", "the seizure of his tent").
     */
    boolean takesACondition(int to, int sentenceEnd) {
        to = pastAPreposition(to, sentenceEnd);
        boolean illnessAdjective = false;
        for (int i = to; i < sentenceEnd && i < to + 6; i++) {
            String tag = analysis.tag(i);
            String form = tokens.get(i).form();
            // adjectives listed with commas describe the same noun ("severe, debilitating depression")
            boolean listedAdjective = i > to
                    && context.gapIs(i - 1, i, ",")
                    && analysis.tag(i - 1).equals("ADJ")
                    && (tag.equals("ADJ") || words.canBeAdjective(form));
            if (!tokens.get(i).hyphenBefore() && !context.adjacent(i - 1, i) && !listedAdjective) {
                return false;
            }
            if (form.equals("parental") || context.possessor(i)) {
                // "victims of parental drug misuse", "suffering with a parent's addiction": the
                // illness is someone else's
                return false;
            }
            if (AMOUNTS.contains(form) && nextIsOf(i, sentenceEnd)) {
                i++; // "a higher level of eye problems", "some sort of hearing problem": past "of"
                continue;
            }
            if (EPISODES.contains(form) && (illnessAdjective || nextIsOf(i, sentenceEnd))) {
                // "an acute psychotic episode", "an exacerbation of schizoaffective disorder": an
                // episode of an illness is the illness
                if (illnessAdjective) {
                    return true;
                }
                i++; // past "of", to the illness it names
                continue;
            }
            illnessAdjective |= tag.equals("ADJ") && words.canBeAPersonNoun(form);
            // a word WordNet knows as an illness is one unless the tagger reads it as a verb or an
            // adjective ("suffer blindness", which it may call an adverb)
            // "syndrome" after a capitalised word ends the name of one ("Post Traumatic Stress
            // Syndrome", "Asperger syndrome"), though WordNet knows only whole names; not an injury
            // or a death ("shaken baby syndrome", "sudden infant death syndrome")
            boolean illness = words.isConditionNoun(form) && !tag.equals("VERB") && !tag.equals("ADJ")
                    || form.equals("syndrome") && i > to && context.titleCase(i - 1)
                    || form.equals("health")
                            && i > to
                            && tokens.get(i - 1).form().equals("ill") // "mental ill-health"
                    || healthProblem(i, to);
            if (illness && ADDICTIONS.contains(form) && addictionToSomethingElse(i, sentenceEnd)) {
                return false; // "an addiction to cheap credit", "to the car": a habit of a town or an economy
            }
            if (illness) {
                boolean last = i + 1 >= sentenceEnd
                        || !context.adjacent(i, i + 1) && !tokens.get(i + 1).hyphenBefore();
                if (last) {
                    return true;
                }
                String next = analysis.tag(i + 1);
                if (!next.equals("NOUN")
                        && !next.equals("PROPN")
                        && !tokens.get(i + 1).form().equals("of")) {
                    return true;
                }
                if (words.onlyAVerb(tokens.get(i + 1).form())) {
                    // "patients suffering dementia undergo treatment": a word WordNet knows only
                    // as a verb is the verb that follows, not the head of a compound, whatever the
                    // tagger read it as
                    return true;
                }
                if (SIGNS.contains(tokens.get(i + 1).form())) {
                    return true; // "suffered from personality disorder traits": the signs of the illness are the
                    // illness
                }
            }
            if (!CONDITION_PHRASE_TAGS.contains(tag)
                    && !context.coordinator(i)
                    && !tokens.get(i).hyphenBefore()
                    && !words.isHealthQualifier(form)) { // "a hearing problem", "hearing" read as a verb
                return false;
            }
        }
        return false;
    }

    /**
     * Where the phrase a verb of suffering takes starts: past "under" ("those suffering under
     * addiction"), and past "from" or "with" after an adverb ("suffering badly from anorexia"),
     * which no pattern of "suffer from" reaches. Straight after the verb, "from" and "with" are
     * left to the entry that has them in its patterns.
     */
    private int pastAPreposition(int to, int sentenceEnd) {
        int i = to;
        while (i < sentenceEnd
                && i < to + 3
                && analysis.tag(i).equals("ADV")
                && (tokens.get(i).form().endsWith("ly")
                        || DEGREE_WORDS.contains(tokens.get(i).form()))
                && context.adjacent(i - 1, i)) {
            i++; // "suffering badly from", "suffered so badly from"
        }
        if (i + 2 < sentenceEnd
                && tokens.get(i).form().equals("for")
                && TIME_UNITS.contains(tokens.get(i + 1).form())
                && context.adjacent(i - 1, i)) {
            i += 2; // "suffered for years from depression"
        }
        if (i + 1 >= sentenceEnd || !context.adjacent(i - 1, i)) {
            return to;
        }
        String form = tokens.get(i).form();
        boolean preposition = form.equals("under") || i > to && (form.equals("from") || form.equals("with"));
        return preposition ? i + 1 : to;
    }

    /**
     * The word before {@code from} names an illness or a disorder: one of WordNet's ("psychosis",
     * "depression", "disorder"), a word that ends the name of one ("Korsakoff's syndrome"), or an
     * abbreviation for one in capitals ({@code words/condition-abbreviations.txt}: "ADHD", "PTSD";
     * not "DA" or "FGM", and not in a heading all in capitals).
     */
    boolean afterACondition(int from, int sentenceStart) {
        int before = from - 1;
        if (before < sentenceStart
                || !context.adjacent(before, from) && !tokens.get(from).hyphenBefore()) {
            return false;
        }
        String form = tokens.get(before).form();
        if (form.equals("its")) {
            return illnessEarlierInTheSentence(before, sentenceStart);
        }
        // a disease named after a person keeps its possessive ("Korsakoff's sufferers", "Crohn's
        // victims") as often as it drops it
        if (context.possessor(before)) {
            form = context.stem(before);
        }
        // "chronic pain sufferers": pain someone lives with names them; after "suffer" it is
        // most often what they felt once ("suffered back pain after the fall"), so not an illness
        return namesAnIllness(form)
                || form.equals("pain")
                || words.isConditionAbbreviation(form) && context.allCapitals(before) && !context.allCapitals(from);
    }

    /**
     * What "its" at {@code its} stands for names an illness: the noun a relative clause before it
     * hangs on ("a disease that greatly alters the way its victims live", "a disease which has
     * claimed many among its victims"), the noun before "and its" ("Schizophrenia and Its
     * Victims"), or else the first noun of its clause, the clause's subject ("Addiction takes
     * its victims young"). Not an illness only named along the way ("Fraud causes anxiety and depression among
     * its victims").
     */
    private boolean illnessEarlierInTheSentence(int its, int sentenceStart) {
        if (its - 2 >= sentenceStart
                && context.coordinator(its - 1)
                && (analysis.tag(its - 2).equals("NOUN")
                        || analysis.tag(its - 2).equals("PROPN"))) {
            return namesAnIllness(tokens.get(its - 2).form());
        }
        for (int i = its - 1; i > sentenceStart; i--) {
            String form = tokens.get(i).form();
            if (form.equals("that") || form.equals("which")) {
                return namesAnIllness(tokens.get(i - 1).form());
            }
        }
        // the subject of the clause "its" is in: its first noun, after a comma and "and" or "but"
        // that opens a clause of its own ("The disease clinic was closed, and the burglary left its
        // victims frightened")
        int clause = sentenceStart;
        for (int i = its - 1; i > sentenceStart; i--) {
            if (context.coordinator(i) && context.gapIs(i - 1, i, ",")) {
                clause = i + 1;
                break;
            }
        }
        for (int i = clause; i < its; i++) {
            if (analysis.tag(i).equals("NOUN") || analysis.tag(i).equals("PROPN")) {
                return namesAnIllness(tokens.get(i).form());
            }
        }
        return false;
    }

    /** An illness or a disorder by its name ("schizophrenia", "addiction") or the word for one ("syndrome"). */
    private boolean namesAnIllness(String form) {
        return words.isConditionNoun(form) || Context.CONDITION_NAME_ENDS.contains(form);
    }

    /**
     * The "-ing" form at {@code from} has the name of an illness straight before it, by a space or
     * a hyphen, and a person after it: the two words describe that person ("her dementia
     * suffering father", "Alzheimers-suffering Tricia"); not "flood-suffering towns".
     */
    boolean conditionCompoundBeforeAPerson(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to - from != 1
                || !tokens.get(from).form().endsWith("ing")
                || !afterACondition(from, sentenceStart)
                || to >= sentenceEnd
                || !context.adjacent(to - 1, to)) {
            return false;
        }
        String next = tokens.get(to).form();
        // a capitalised name after it, however the tagger read it ("Tricia" as a noun)
        return words.refersToPerson(next)
                || context.titleCase(to)
                        && (analysis.tag(to).equals("PROPN") || analysis.tag(to).equals("NOUN"));
    }

    /**
     * The verb at {@code lead} ends a relative clause about an illness or a disorder before it:
     * "the Hoarding Disorder from which she suffered", "health conditions which he suffered",
     * "a disability from which a number of pupils suffer", "bulimia, which she had been
     * suffering": a subject of a few words, and the auxiliaries and adverbs of its verb, between.
     */
    boolean conditionBeforeRelative(int lead, int sentenceStart) {
        int i = lead - 1;
        if (i - 1 >= sentenceStart
                && Context.SUBJECT_PRONOUNS.contains(tokens.get(i).form())
                && context.adjacent(i - 1, i)
                && context.adjacent(i, lead)) {
            // "the disease he suffered", "the depression I suffered for years": a clause with no
            // "which", its subject straight after the illness
            if (namesAnIllness(tokens.get(i - 1).form())) {
                return true;
            }
        }
        // the one who suffers is a person: "which many council houses have suffered" is not
        boolean person = false;
        for (int subject = 0;
                subject < RELATIVE_SUBJECT_WORDS
                        && i > sentenceStart
                        && !RELATIVES.contains(tokens.get(i).form());
                subject++) {
            String tag = analysis.tag(i);
            if (!RELATIVE_SUBJECT_TAGS.contains(tag)
                    && !(tag.equals("ADP") && tokens.get(i).form().equals("of"))) {
                return false;
            }
            person |= tag.equals("PROPN") || words.refersToPerson(tokens.get(i).form());
            i--;
        }
        if (i <= sentenceStart || !RELATIVES.contains(tokens.get(i).form()) || !person) {
            return false;
        }
        i--;
        if (i > sentenceStart
                && (tokens.get(i).form().equals("from") || tokens.get(i).form().equals("with"))) {
            i--;
        }
        return i >= sentenceStart && (namesAnIllness(tokens.get(i).form()) || healthProblem(i, sentenceStart));
    }

    /**
     * A noun such as "problems" or "diagnoses" after a word that makes it an illness
     * ({@code words/health-qualifiers.txt}: "eye problems", "psychiatric diagnoses", "mental
     * health conditions"), not after "housing" or "money".
     */
    private boolean healthProblem(int i, int phraseStart) {
        if (i <= phraseStart || !context.adjacent(i - 1, i)) {
            return false;
        }
        String before = tokens.get(i - 1).form();
        return HEALTH_PROBLEMS.contains(tokens.get(i).form()) && words.isHealthQualifier(before)
                // "victims of drug abuse", "alcohol dependence sufferers"; not "domestic abuse"
                || SUBSTANCE_PROBLEMS.contains(tokens.get(i).form()) && words.isSubstanceNoun(before);
    }

    /** Nouns for the harm a drug or alcohol does to the one who takes it, after the substance's name. */
    private static final Set<String> SUBSTANCE_PROBLEMS = Set.of("abuse", "misuse", "dependence", "dependency");

    private static final Set<String> ADDICTIONS = Set.of("addiction", "addictions");

    private static final Set<String> DEGREE_WORDS = Set.of("so", "very", "quite", "really", "too", "rather");

    private static final Set<String> TIME_UNITS = Set.of("years", "months", "weeks", "decades", "ages", "life");

    /**
     * "addiction to" and, within a few words, no drug, alcohol or gambling: what the addiction is
     * to is not a substance ("an addiction to cheap credit").
     */
    private boolean addictionToSomethingElse(int i, int sentenceEnd) {
        if (i + 1 >= sentenceEnd || !tokens.get(i + 1).form().equals("to")) {
            return false;
        }
        for (int k = i + 2; k < sentenceEnd && k < i + 6; k++) {
            String form = tokens.get(k).form();
            if (words.isSubstanceNoun(form) || form.equals("gambling")) { // the list holds the plurals too
                return false;
            }
        }
        return true;
    }

    private static final Set<String> HEALTH_PROBLEMS = Set.of(
            "problem",
            "problems",
            "condition",
            "conditions",
            "issue",
            "issues",
            "difficulties",
            "diagnosis",
            "diagnoses",
            "complaint",
            "complaints");

    /** Nouns for what shows an illness, which name it as much as its name does ("depression symptoms"). */
    private static final Set<String> SIGNS = Set.of(
            "symptom", "symptoms", "trait", "traits", "feature", "features", "sign", "signs", "tendency", "tendencies");

    /** Nouns of amount or kind, whose "of" leads to what the verb really takes ("a range of", "some sort of"). */
    private static final Set<String> AMOUNTS = Set.of(
            "level", "levels", "rate", "rates", "range", "number", "sort", "sorts", "kind", "kinds", "type", "types",
            "form", "forms", "variety", "host", "lot", "lots", "series");

    private boolean nextIsOf(int token, int sentenceEnd) {
        return token + 1 < sentenceEnd
                && context.adjacent(token, token + 1)
                && tokens.get(token + 1).form().equals("of");
    }

    /** Nouns for a spell of an illness: after an adjective for the illness or before "of" it. */
    private static final Set<String> EPISODES = Set.of(
            "episode",
            "episodes",
            "exacerbation",
            "bout",
            "bouts",
            "attack",
            "attacks",
            // "suffered the ravages of schizophrenia", "the symptoms of depression"
            "ravages",
            "effects",
            "symptoms");

    private static final Set<String> CONDITION_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV");

    private static final Set<String> RELATIVES = Set.of("which", "that");

    /** How many words a relative clause's subject and auxiliaries may take before its verb. */
    private static final int RELATIVE_SUBJECT_WORDS = 5;

    /** What the subject of such a clause and the words before its verb are made of ("a number of pupils", "had been"). */
    private static final Set<String> RELATIVE_SUBJECT_TAGS =
            Set.of("PRON", "NOUN", "PROPN", "DET", "ADJ", "NUM", "AUX", "PART", "ADV");

    /**
     * What the verb ending before {@code to} takes is a drug, alcohol or another substance
     * ({@code words/substance-nouns.txt}): the head of the noun phrase straight after it, past
     * determiners, numbers, possessives, describing words and hyphenated compounds, and past a word
     * for an amount or a mix and "of"; the first of heads "and" or "or" joins ("abusing several
     * drugs", "abused prescription painkillers", "a cocktail of prescription drugs", "misused both
     * alcohol and cannabis"); not a substance that describes the noun after it ("abuse drug
     * services"), nor one a verb follows ("his partner and alcohol made it worse"), nor anything
     * after another "of" or a comma ("the abuse of power", "abuse, alcohol and debt"); a noun's own
     * "of" is passed ("the abuse of addictive substances"). When the
     * verb is in a relative clause ({@code relative}: "women who abuse substances are ..."), a verb
     * after the substance is the main clause's, and the object ends before it.
     */
    boolean takesASubstance(int to, int sentenceEnd, boolean relative) {
        if (to >= sentenceEnd || context.coordinator(to)) {
            return false; // "abuse and drug their victims": a second verb, not an object
        }
        // "the abuse of addictive substances controlled by law": the noun's own "of" leads to what
        // is taken, and a verb after that cannot make it a subject, as in a relative clause
        // a comma before "of" ends the noun's phrase: "stories of physical and sexual abuse, of
        // drug addicted parents" lists what the stories were of
        boolean ofPhrase = tokens.get(to).form().equals("of")
                && analysis.tag(to - 1).equals("NOUN")
                && context.adjacent(to - 1, to)
                && to + 1 < sentenceEnd
                && context.adjacentPastQuotes(to, to + 1); // "the abuse of ‘laughing gas’"
        int start = ofPhrase ? to + 1 : to;
        boolean objectEndsBeforeAVerb = relative || ofPhrase;
        // only determiners, numbers, describing words and substances before the substance let a
        // relative clause end at it: "men who abuse women when alcohol is involved" has its object
        boolean plainPhrase = true;
        for (int i = start; i < sentenceEnd && i < start + 6; i++) {
            if (!context.adjacentPastQuotes(i - 1, i) && !tokens.get(i).hyphenBefore()) {
                return false;
            }
            boolean twoWords = i + 1 < sentenceEnd && substanceOfTwoWords(i);
            if (twoWords) {
                i++; // a substance of two words ("laughing gas"): its last word is the head
            }
            boolean joinedToNext = i + 1 < sentenceEnd && tokens.get(i + 1).hyphenBefore();
            String form = tokens.get(i).form();
            if ((twoWords || words.isSubstanceNoun(form)) && !joinedToNext) {
                if (i + 1 >= sentenceEnd || !context.adjacent(i, i + 1)) {
                    return true;
                }
                if (words.isSubstanceNoun(tokens.get(i + 1).form())) {
                    continue; // "prescription drugs": the head is the next word
                }
                if (context.coordinator(i + 1)) {
                    return true; // "drugs or alcohol", "alcohol but may have": the object ends here
                }
                // a verb after it makes the substance a subject ("his partner and alcohol made it
                // worse"); a noun, something it describes ("abused drug workers")
                String next = analysis.tag(i + 1);
                return !next.equals("NOUN")
                        && !next.equals("PROPN")
                        && (objectEndsBeforeAVerb && plainPhrase || !Context.VERB_TAGS.contains(next));
            }
            if ((AMOUNTS.contains(form) || SUBSTANCE_AMOUNTS.contains(form))
                    && i + 1 < sentenceEnd
                    && tokens.get(i + 1).form().equals("of")) {
                i++; // "a cocktail of prescription drugs", "large amounts of alcohol": past "of"
                continue;
            }
            // a word of a hyphenated compound ("over-the-counter painkillers", "drug-using
            // residents"): the compound describes the word after it
            boolean hyphenated = joinedToNext || tokens.get(i).hyphenBefore();
            String tag = analysis.tag(i);
            if (!hyphenated
                    && !SUBSTANCE_PHRASE_TAGS.contains(tag)
                    && !context.coordinator(i)
                    && !context.possessiveWord(i)) {
                return false;
            }
            plainPhrase &= tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM");
        }
        return false;
    }

    /** Words for a quantity or a mix of drugs, before "of" and what is taken. */
    private static final Set<String> SUBSTANCE_AMOUNTS =
            Set.of("cocktail", "mixture", "mix", "amount", "amounts", "quantity", "quantities", "combination", "array");

    private static final Set<String> SUBSTANCE_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "NUM", "ADV");

    /**
     * What the verb at {@code lead} takes stands before it, as the noun a relative clause or a
     * question opens with: a substance ({@code words/substance-nouns.txt}) and then only "that",
     * "which", pronouns, auxiliaries and adverbs up to the verb ("which drugs he may have been
     * abusing", "pills that are often abused", "the drugs he misused"); the verb ends its
     * clause, with no object of its own after it.
     */
    boolean substanceBefore(int lead, int to, int sentenceStart, int sentenceEnd) {
        if (to < sentenceEnd && context.adjacent(to - 1, to) && NOMINAL_OR_DETERMINER.contains(analysis.tag(to))) {
            return false; // "the drugs he abused his family with": the verb has an object of its own
        }
        // a passive ("pills that are often abused") has no subject of its own between the
        // substance and the verb; with one ("under alcohol she was abused") the person is abused
        boolean passive = tokens.get(lead).form().endsWith("ed") && context.copulaBefore(lead, sentenceStart) >= 0;
        boolean subject = false;
        for (int i = lead - 1; i >= sentenceStart && i >= lead - 7 && context.adjacent(i, i + 1); i--) {
            String form = tokens.get(i).form();
            String tag = analysis.tag(i);
            if (words.isSubstanceNoun(form) && !tag.equals("VERB")) {
                return i < lead - 1 && !(passive && subject);
            }
            subject |= words.isPronoun(form) || form.equals("who");
            boolean clauseWord = form.equals("that")
                    || form.equals("which")
                    || words.isPronoun(form)
                    || Context.COPULAS.contains(form)
                    || form.equals("have");
            boolean adverb =
                    tag.equals("ADV") || form.endsWith("ly") && !tag.equals("NOUN"); // "commonly", however tagged
            if (!clauseWord && !tag.equals("AUX") && !tag.equals("PART") && !adverb) {
                return false;
            }
        }
        return false;
    }

    /**
     * A drug, alcohol or another substance stands straight before {@code lead}, perhaps in
     * quotation marks ("cannabis abuse", "“laughing gas” abuse"), or before a noun for using it
     * that {@code lead} is joined to by "and", "or" or a slash, which shares the substance
     * ("alcohol use and abuse", "substance addiction or abuse", "opioid use/abuse"); not when a
     * phrase of its own follows the pair, which may be about harm done to someone ("parental
     * alcohol use and abuse in childhood", "... and abuse by partners").
     */
    boolean substanceStraightBefore(int lead, int to, int sentenceStart, int sentenceEnd) {
        int before = lead - 1;
        if (before < sentenceStart) {
            return false;
        }
        boolean joined = context.coordinator(before) && context.adjacent(before, lead);
        int use = joined ? before - 1 : before;
        if (joined || context.gapIs(before, lead, "/")) {
            boolean ownPhrase = to < sentenceEnd
                    && context.adjacent(to - 1, to)
                    && HARM_PREPOSITIONS.contains(tokens.get(to).form());
            return !ownPhrase
                    && use >= sentenceStart
                    && (!joined || context.adjacent(use, before))
                    && USE_NOUNS.contains(tokens.get(use).form())
                    && substanceEndsAt(use - 1, use, sentenceStart);
        }
        return substanceEndsAt(before, lead, sentenceStart);
    }

    /** A substance, of one word or two ("laughing gas"), ends at {@code last}, with only spaces or quotation marks before {@code next}. */
    private boolean substanceEndsAt(int last, int next, int sentenceStart) {
        if (last < sentenceStart || !context.adjacentPastQuotes(last, next)) {
            return false;
        }
        return words.isSubstanceNoun(tokens.get(last).form()) || last > sentenceStart && substanceOfTwoWords(last - 1);
    }

    /** The words at {@code first} and the one after it name one substance ("laughing gas"). */
    private boolean substanceOfTwoWords(int first) {
        return context.adjacent(first, first + 1)
                && words.isSubstanceNoun(
                        tokens.get(first).form() + " " + tokens.get(first + 1).form());
    }

    /**
     * Prepositions after "use and abuse" that may bring in who did harm, to whom or where ("abuse
     * by partners", "abuse in childhood", "abuse at home", "abuse against women"); "among young
     * men" says who uses.
     */
    private static final Set<String> HARM_PREPOSITIONS =
            Set.of("by", "in", "at", "against", "towards", "toward", "within", "during");

    /**
     * Nouns for taking or handling a substance, which share the substance named before them with
     * a word joined to them by "and", "or" or a slash ("opioid dependency and abuse", "alcohol
     * use and abuse").
     */
    static final Set<String> USE_NOUNS = Set.of(
            "use",
            "misuse",
            "dependence",
            "dependency",
            "addiction",
            "prescribing",
            "consumption",
            "smoking",
            "injecting",
            "diversion");

    private static final Set<String> NOMINAL_OR_DETERMINER = Set.of("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ");
}
