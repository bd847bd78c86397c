package org.strengthslint.match;

import java.util.List;
import java.util.Set;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.Token;

/**
 * What a verb such as "abuse" or "misuse" takes, when the question is whether it is a drug,
 * alcohol or another substance ({@code words/substance-nouns.txt}): the noun phrase after the verb,
 * or the noun a relative clause or a question opens with before it. {@link
 * BeforeASubstanceCondition} asks; the walks over the sentence are here, apart from {@link
 * Context}'s other questions.
 */
final class SubstancePhrases {
    private final Context context;
    private final List<Token> tokens;
    private final BlockAnalysis analysis;
    private final WordLists words;

    SubstancePhrases(Context context) {
        this.context = context;
        this.tokens = context.tokens();
        this.analysis = context.analysis();
        this.words = context.words();
    }

    /**
     * What the verb ending before {@code to} takes is a drug, alcohol or another substance
     * ({@code words/substance-nouns.txt}): the head of the noun phrase straight after it, past
     * determiners, numbers, possessives, describing words and hyphenated compounds, and past a word
     * for an amount or a mix and "of"; the first of heads "and" or "or" joins ("abusing several
     * drugs", "abused prescription painkillers", "a cocktail of prescription drugs", "misused both
     * alcohol and cannabis"); not a substance that describes the noun after it ("abuse drug
     * services"), nor one a verb follows ("his partner and alcohol made it worse"), nor anything
     * after another "of" or a comma ("the abuse of power", "abuse, alcohol and debt").
     */
    boolean takesASubstance(int to, int sentenceEnd) {
        if (to >= sentenceEnd || context.coordinator(to)) {
            return false; // "abuse and drug their victims": a second verb, not an object
        }
        for (int i = to; i < sentenceEnd && i < to + 6; i++) {
            if (!context.adjacent(i - 1, i) && !tokens.get(i).hyphenBefore()) {
                return false;
            }
            boolean joinedToNext = i + 1 < sentenceEnd && tokens.get(i + 1).hyphenBefore();
            String form = tokens.get(i).form();
            if (words.isSubstanceNoun(form) && !joinedToNext) {
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
                return !next.equals("NOUN") && !next.equals("PROPN") && !Context.VERB_TAGS.contains(next);
            }
            if ((ConditionPhrases.AMOUNTS.contains(form) || SUBSTANCE_AMOUNTS.contains(form))
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

    private static final Set<String> NOMINAL_OR_DETERMINER = Set.of("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ");
}
