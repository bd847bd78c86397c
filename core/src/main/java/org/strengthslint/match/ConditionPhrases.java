package org.strengthslint.match;

import java.util.List;
import java.util.Set;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.Token;

/**
 * Whether the words a term takes, or the word before it, name an illness or a disorder
 * ("suffering post-traumatic stress disorder", "psychosis sufferers", "the depression which he
 * suffers"): the walks over the sentence that {@link BeforeAConditionCondition} and {@link
 * AfterAConditionCondition} ask for, apart from {@link Context}'s other questions.
 */
final class ConditionPhrases {
    private final Context context;
    private final List<Token> tokens;
    private final BlockAnalysis analysis;
    private final WordLists words;

    ConditionPhrases(Context context) {
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
        boolean illnessAdjective = false;
        for (int i = to; i < sentenceEnd && i < to + 6; i++) {
            if (!tokens.get(i).hyphenBefore() && !context.adjacent(i - 1, i)) {
                return false;
            }
            String tag = analysis.tag(i);
            String form = tokens.get(i).form();
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
            boolean illness = words.isConditionNoun(form) && !tag.equals("VERB") && !tag.equals("ADJ")
                    || form.equals("health")
                            && i > to
                            && tokens.get(i - 1).form().equals("ill") // "mental ill-health"
                    || healthProblem(i, to);
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
        return words.isConditionNoun(form)
                || Context.CONDITION_NAME_ENDS.contains(form)
                || words.isConditionAbbreviation(form) && context.allCapitals(before) && !context.allCapitals(from);
    }

    /**
     * The verb at {@code lead} ends a relative clause about an illness or a disorder before it:
     * "the Hoarding Disorder from which she suffered", "health conditions which he suffered",
     * with at most two words of subject between.
     */
    boolean conditionBeforeRelative(int lead, int sentenceStart) {
        int i = lead - 1;
        for (int subject = 0;
                subject < 2
                        && i > sentenceStart
                        && !RELATIVES.contains(tokens.get(i).form());
                subject++) {
            String tag = analysis.tag(i);
            if (!tag.equals("PRON") && !tag.equals("NOUN") && !tag.equals("PROPN") && !tag.equals("DET")) {
                return false;
            }
            i--;
        }
        if (i <= sentenceStart || !RELATIVES.contains(tokens.get(i).form())) {
            return false;
        }
        i--;
        if (i > sentenceStart
                && (tokens.get(i).form().equals("from") || tokens.get(i).form().equals("with"))) {
            i--;
        }
        String noun = tokens.get(i).form();
        return i >= sentenceStart
                && (words.isConditionNoun(noun)
                        || Context.CONDITION_NAME_ENDS.contains(noun)
                        || healthProblem(i, sentenceStart));
    }

    /**
     * A noun such as "problems" or "diagnoses" after a word that makes it an illness
     * ({@code words/health-qualifiers.txt}: "eye problems", "psychiatric diagnoses", "mental
     * health conditions"), not after "housing" or "money".
     */
    private boolean healthProblem(int i, int phraseStart) {
        return HEALTH_PROBLEMS.contains(tokens.get(i).form())
                && i > phraseStart
                && context.adjacent(i - 1, i)
                && words.isHealthQualifier(tokens.get(i - 1).form());
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

    /** Nouns of amount or kind, whose "of" leads to what the verb really takes ("a range of", "some sort of"). */
    static final Set<String> AMOUNTS = Set.of(
            "level", "levels", "rate", "rates", "range", "number", "sort", "sorts", "kind", "kinds", "type", "types",
            "form", "forms", "variety", "host", "lot", "lots", "series");

    private boolean nextIsOf(int token, int sentenceEnd) {
        return token + 1 < sentenceEnd
                && context.adjacent(token, token + 1)
                && tokens.get(token + 1).form().equals("of");
    }

    /** Nouns for a spell of an illness: after an adjective for the illness or before "of" it. */
    private static final Set<String> EPISODES =
            Set.of("episode", "episodes", "exacerbation", "bout", "bouts", "attack", "attacks");

    private static final Set<String> CONDITION_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV");

    private static final Set<String> RELATIVES = Set.of("which", "that");
}
