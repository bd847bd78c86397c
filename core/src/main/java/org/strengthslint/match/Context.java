package org.strengthslint.match;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.Inflector;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.VerbForms;
import org.strengthslint.analyse.WordScanner;

/**
 * The context tests that decide whether a candidate term is really used about a person in the
 * deficit sense. Each test is cheap on tokens first and asks for part-of-speech tags only when
 * the words alone cannot tell.
 */
final class Context {
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON");
    private static final Set<String> NOT_STANDALONE_NEXT = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    private final String text;
    private final BitSet termTokens;
    private final BlockAnalysis analysis;
    private final List<Token> tokens;
    private final int blockStart;
    private final int blockEnd;
    private final WordLists words;
    private Boolean citesLaw;
    /** {@link #wordsShownUntil()}, once worked out; -1 before. */
    private int wordsShownUntil = -1;

    /**
     * The context of the block {@code [blockStart, blockEnd)}; {@code termTokens} marks the tokens
     * that some lexicon pattern matches, before any condition is asked.
     */
    Context(String text, BlockAnalysis analysis, int blockStart, int blockEnd, WordLists words, BitSet termTokens) {
        this.text = text;
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.words = words;
        this.termTokens = termTokens;
    }

    WordLists words() {
        return words;
    }

    BlockAnalysis analysis() {
        return analysis;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** Whether the block (a paragraph) cites the law: a section, an Act, Regulations, a Part. */
    boolean citesLaw() {
        if (citesLaw == null) {
            citesLaw = LegalCitations.cite(text, blockStart, blockEnd);
        }
        return citesLaw;
    }

    /**
     * The auxiliary a "n't" at {@code token} was split from ("doesn't": "does"; "isn't engaging"
     * is found as "not engaging" and reported from "isn't"), or {@code token}.
     */
    int contractionHeadBefore(int token) {
        return token > 0 && tokens.get(token).form().equals(WordScanner.NEGATION_FORM) ? token - 1 : token;
    }

    /**
     * The token where a match at {@code from} really starts: a prefix joined to it by a hyphen that
     * keeps the label ("ex-offenders", "former-addicts"), or {@code from} itself.
     */
    int prefixBefore(int from) {
        if (from > 0
                && tokens.get(from).hyphenBefore()
                && !tokens.get(from - 1).hyphenBefore()
                && words.isPrefix(tokens.get(from - 1).form())) {
            return from - 1;
        }
        return from;
    }

    private boolean ampersand(int token) {
        return tokens.get(token).ampersand();
    }

    /** The text between two neighbouring tokens. */
    private String gap(int left, int right) {
        return text.substring(tokens.get(left).end(), tokens.get(right).start());
    }

    /** Only {@code punctuation} and spaces stand between two words ("use/abuse"). */
    boolean gapIs(int left, int right, String punctuation) {
        return gap(left, right).strip().equals(punctuation);
    }

    /** {@link #adjacent}, or only quotation marks and spaces between: "“laughing gas” abuse". */
    boolean adjacentPastQuotes(int left, int right) {
        return adjacent(left, right) || unquotedGap(left, right).isBlank();
    }

    /** {@link #gap} without its quotation marks: what punctuation stands between two words. */
    private String unquotedGap(int left, int right) {
        return QUOTES.matcher(gap(left, right)).replaceAll("");
    }

    /**
     * Only spaces and hyphens between two tokens, or the apostrophe of a plural possessive
     * ("residents' meeting", "Persons' Housing Act"), not a mark closing a single quotation
     * ("‘DSS’ tenants"): they belong to one phrase. A hyphen or dash
     * with a space on each side is a dash between clauses ("help the homeless - many charities"),
     * not a join.
     */
    boolean adjacent(int left, int right) {
        int i = tokens.get(left).end();
        int end = tokens.get(right).start();
        if (i < end
                && WordScanner.isApostrophe(text.charAt(i))
                && tokens.get(left).form().endsWith("s")
                && !singleQuotationOpenBefore(left)) {
            i++;
        }
        boolean spaceBefore = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                spaceBefore = true;
            } else if (!WordScanner.isHyphen(c)) {
                return false;
            } else if (spaceBefore && i + 1 < end && Character.isWhitespace(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** How far back, in characters, a single quotation mark may open and still be closed after a word. */
    private static final int SINGLE_QUOTATION_REACH = 80;

    /**
     * A single quotation mark opens before {@code token} and is not closed by then, so the mark
     * after the word closes it: in "refused to let to ‘DSS’ tenants" the quotation ends after
     * "DSS", which is no possessive.
     */
    private boolean singleQuotationOpenBefore(int token) {
        int start = tokens.get(token).start();
        for (int i = start - 1; i >= 0 && start - i <= SINGLE_QUOTATION_REACH; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2018') {
                return c == '\u2018';
            }
            if (c == '\'' || c == '\u2019') {
                boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean letterAfter = Character.isLetterOrDigit(text.charAt(i + 1));
                if (letterBefore && letterAfter) {
                    continue; // an apostrophe inside a word: "don't", "Tom's"
                }
                // a straight mark before a word opens a quotation; any other closes one, or is a
                // possessive, and nothing is open after it
                return c == '\'' && !letterBefore && letterAfter;
            }
        }
        return false;
    }

    /** The word at {@code token} follows a form of "be", perhaps with adverbs between ("is very complex"). */
    boolean afterCopula(int token) {
        return copulaBefore(token, 0) >= 0;
    }

    /**
     * The form of "be" straight before {@code token}, past adverbs ("is very complex"), and not
     * before {@code first}; or -1.
     */
    int copulaBefore(int token, int first) {
        int i = token - 1;
        while (i >= first && adjacent(i, i + 1) && analysis.tag(i).equals("ADV")) {
            i--;
        }
        return i >= first
                        && adjacent(i, i + 1)
                        && COPULAS.contains(tokens.get(i).form())
                ? i
                : -1;
    }

    static final Set<String> COPULAS =
            Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "seems", "seemed", "became");

    /** An adjective or a participle used as one ("distressing", "disturbed"). */
    boolean adjectiveAt(int token) {
        String tag = analysis.tag(token);
        String form = tokens.get(token).form();
        return tag.equals("ADJ") || tag.equals("VERB") && (form.endsWith("ing") || edForm(form));
    }

    /**
     * A word the tagger read as a verb or a noun that WordNet knows both as a verb and as something
     * else, and not as a person ("idle", "lame"): after "the" and before "and" it is the adjective.
     */
    private boolean describingVerbForm(int token) {
        String form = tokens.get(token).form();
        String tag = analysis.tag(token);
        // a noun that is no verb names a thing ("the hostel and complex"), not a way of being
        return (tag.equals("VERB") || tag.equals("NOUN") && words.canBeVerb(form) && !pluralNounAt(token))
                && !words.onlyAVerb(form)
                && !words.refersToPerson(form);
    }

    /**
     * An "-ed" form of a verb, not a verb whose own base ends so ("need", "feed", "proceed"): in
     * "people whose life is chaotic need support" the verb after the adjective is no participle.
     */
    private boolean edForm(String form) {
        return form.endsWith("ed") && !words.canBeVerb(form);
    }

    /**
     * The word after the coordinator at {@code first + 1} can share what follows it, up to {@code
     * last}, with the word at {@code first}: an adjective ("complex and high needs"), an adverb after
     * an adverb ("mentally and physically challenged"), or a noun after a noun when what they share
     * is a word for people ("benefit and tax cheats"; not "drug and alcohol problems", where the
     * pattern names a thing and the nouns may be two things).
     */
    boolean coordinatesWith(int first, int last) {
        int second = first + 2;
        if (bothVerbsInTheSameForm(first, second)) {
            return true; // "committing or attempting suicide": two verbs in the same form share their object
        }
        String left = analysis.tag(first);
        if (adjectiveAt(second)) {
            // before a word for a thing, a noun and an adjective are two phrases: "alcohol and
            // domestic abuse" is alcohol and domestic abuse; before people the adjective shares
            // the noun's word ("drug and violent offenders"), and a word WordNet knows as an
            // adjective is one however the tagger read it ("complex and interrelated needs")
            return !(left.equals("NOUN") || left.equals("PROPN"))
                    || words.canBeAdjective(tokens.get(first).form().toLowerCase(java.util.Locale.ROOT))
                    || words.isSubstanceNoun(tokens.get(second).form()) // "alcohol and narcotic abuse"
                    || words.refersToPerson(tokens.get(last).form());
        }
        String right = analysis.tag(second);
        return (left.equals("NOUN") || left.equals("PROPN"))
                        && right.equals("NOUN")
                        && words.refersToPerson(tokens.get(last).form())
                // "mentally and physically challenged": the tagger may call either adverb an
                // adjective in a long sentence, so the endings count too
                || looksLikeAdverb(first) && looksLikeAdverb(second);
    }

    /**
     * Two verbs in the same form: both "-ing" words of verbs, whatever the tagger read them as
     * ("for committing or attempting suicide"), or both tagged as verbs and ending alike.
     */
    private boolean bothVerbsInTheSameForm(int one, int other) {
        String a = tokens.get(one).form();
        String b = tokens.get(other).form();
        if (a.endsWith("ing") && b.endsWith("ing")) {
            // whatever the tagger read them as ("for committing or attempting"), but not a first
            // word whose verb WordNet sees mostly as a noun ("research on funding and committing
            // suicide": "funding" is a thing)
            List<String> first = Inflector.participleBases(a);
            return first.stream().anyMatch(words::canBeVerb)
                    && first.stream().noneMatch(words::nounRatherThanVerb)
                    && Inflector.participleBases(b).stream().anyMatch(words::canBeVerb);
        }
        return analysis.tag(one).equals("VERB")
                && analysis.tag(other).equals("VERB")
                && a.endsWith("ed") == b.endsWith("ed")
                && !a.endsWith("ing")
                && !b.endsWith("ing");
    }

    boolean contiguous(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (!adjacent(i, i + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #contiguous}, or joined by an en dash with a letter on each side, for the words of one
     * term ("mentally–challenged"). Only a term's own words may be joined so: the same dash stands
     * unspaced between clauses ("we work with the homeless–many sleep in doorways"), so what stands
     * around a term is read with {@link #adjacent}.
     */
    boolean termContiguous(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (!adjacent(i, i + 1) && !joinedByAnEnDash(i, i + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Only an en dash stands between two words, a letter straight on each side ("mentally–challenged"). */
    private boolean joinedByAnEnDash(int left, int right) {
        int dash = tokens.get(left).end();
        return tokens.get(right).start() == dash + 1
                && text.charAt(dash) == '\u2013'
                && Character.isLetter(text.charAt(dash - 1))
                && Character.isLetter(text.charAt(dash + 1));
    }

    /**
     * A match must not begin or end inside a hyphenated compound ("services-oriented"), unless
     * what the hyphen joins before it is the name of an illness, which then plays the part it
     * would with a space ("Alzheimers-sufferer", "dementia-suffering father"): the entry's own
     * conditions decide.
     */
    boolean insideCompound(int from, int to) {
        boolean afterAnIllness = from > 0
                && tokens.get(from).hyphenBefore()
                && !tokens.get(from - 1).hyphenBefore()
                && words.isConditionNoun(tokens.get(from - 1).form());
        return tokens.get(from).hyphenBefore() && !afterAnIllness
                || tokens.get(to - 1).hyphenAfter();
    }

    boolean followedBy(PhraseTrie<Boolean> phrases, int to, int sentenceEnd) {
        if (phrases.isEmpty() || to >= sentenceEnd || !adjacent(to - 1, to)) {
            return false;
        }
        // the first part of a hyphenated compound counts: "ex" covers "violent ex-lover"
        for (PhraseTrie.Hit<Boolean> hit : phrases.startingAt(tokens, to)) {
            if (hit.to() <= sentenceEnd && contiguous(hit.from(), hit.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun or a proper noun straight before the token, in the same phrase ("service" in "service
     * users"). Not a word of quantity, an "-ing" word or an adjective WordNet also knows as a noun
     * for people, which the tagger often reads as a noun ("Most users", "Injecting users", "Female
     * users").
     */
    boolean nounBefore(int from, int sentenceStart) {
        if (from <= sentenceStart || !adjacent(from - 1, from)) {
            return false;
        }
        String tag = analysis.tag(from - 1);
        String form = tokens.get(from - 1).form();
        return (tag.equals("NOUN") || tag.equals("PROPN"))
                && !QUANTITIES.contains(form)
                && !form.endsWith("ing")
                && !words.canBeAPersonNoun(form)
                && !verbAfterItsSubject(from - 1, sentenceStart);
    }

    /**
     * The word at {@code token}, read as a noun, is the verb of the noun before it, which agrees
     * with it: "The charity supports sufferers", "Volunteers support sufferers" (a singular noun
     * and an "-s" form, or a plural and a base form); "disability service users" is a compound.
     */
    private boolean verbAfterItsSubject(int token, int sentenceStart) {
        if (token - 1 < sentenceStart || !adjacent(token - 1, token)) {
            return false;
        }
        String form = tokens.get(token).form();
        String subject = tokens.get(token - 1).form();
        if (!NOMINAL.contains(analysis.tag(token - 1)) || titleCase(token) && token - 1 == sentenceStart) {
            return false;
        }
        boolean pluralSubject = Inflector.looksPlural(subject) || subject.equalsIgnoreCase("people");
        if (form.endsWith("s")) {
            return !pluralSubject && thirdPersonOfAVerb(form);
        }
        return pluralSubject && baseForm(form) && words.canBeVerb(form);
    }

    /**
     * No noun follows the match straight after its last word, other than another noun for people
     * ("difficult family members") or an adverb of time ("a difficult client today"): the match
     * heads its noun phrase.
     */
    boolean headsItsPhrase(int to, int sentenceEnd) {
        if (to >= sentenceEnd || !adjacent(to - 1, to) || possessiveApostropheAfter(to - 1)) {
            return true; // "the difficult clients' files": the clients own what follows
        }
        String form = tokens.get(to).form();
        // after a plural, a word that can be a verb is most often the verb ("Difficult customers phone")
        boolean verbAfterPlural = pluralNounAt(to - 1) && words.canBeVerb(form);
        return !isNounHere(to) || words.isPersonNoun(form) || words.isAdverbAfterNoun(form) || verbAfterPlural;
    }

    boolean precededBy(PhraseTrie<Boolean> phrases, int from, int sentenceStart) {
        return !phrases.isEmpty()
                && from > sentenceStart
                && adjacent(from - 1, from)
                && phrases.anyEndingAt(tokens, sentenceStart, from);
    }

    /**
     * An adjective said of someone after "be" and a denial: "patients are not aggressive", "he's
     * no longer aggressive", "has never been aggressive", "as long as they are not disruptive",
     * "most people with dementia are not being aggressive deliberately" ({@code notDenied}). Only
     * one adjective: "they are not criminals" names a group even as it denies belonging to it, and
     * "was not suffering from" is a verb. A limit after it says the label holds at other times,
     * and the denial does not stand: "he is not aggressive unless he has been drinking". Words that
     * make it stronger may stand between ("not at all aggressive"), a second adjective shares the
     * first's denial ("neither hostile nor aggressive", "not aggressive or hostile"), and "seem"
     * or "appear (to be)" after "did not", or a form of them after "never", links as "be" does;
     * a denial the writer rejects ("we do not accept that you were not aggressive") is the label
     * said again.
     */
    boolean deniedPredicate(int from, int to, int sentenceStart, int sentenceEnd) {
        // one adjective, however the tagger read it ("no longer aggressive" is read as a verb);
        // not a verb's "-ing" form ("was not suffering from", "not refusing") nor a phrase ("are
        // not rough sleepers")
        String form = tokens.get(from).form();
        if (to - from != 1
                || form.endsWith("ing")
                || !analysis.tag(from).equals("ADJ") && !words.canBeAdjective(form)
                || limitedAfter(to, sentenceEnd)) {
            return false;
        }
        if (denialRejectedBefore(from, sentenceStart)) {
            return false; // "We do not accept that you were not aggressive": the letter says they were
        }
        int i = degreeBefore(from - 1, sentenceStart);
        if (i > sentenceStart
                && adjacent(i, i + 1)
                && (tokens.get(i).form().equals("being") || tokens.get(i).form().equals("been"))) {
            i--; // "are not being aggressive", "has never been aggressive"
        }
        if (i < sentenceStart || !adjacent(i, i + 1)) {
            return false;
        }
        String before = tokens.get(i).form();
        if (NEGATED_BE.contains(before)) {
            return true; // "they arent lazy", written as one word without the apostrophe
        }
        if (before.equals("nor")) {
            // "neither hostile nor aggressive": the second shares the first's denial
            for (int k = i - 1; k >= Math.max(sentenceStart, i - NEITHER_REACH); k--) {
                if (tokens.get(k).form().equals("neither")) {
                    return k > sentenceStart && beBefore(k - 1);
                }
            }
            return false;
        }
        if (before.equals("or") && i - 1 >= sentenceStart && adjacent(i - 1, i)) {
            // "he was not aggressive or hostile": the second shares the first's denial
            return deniedPredicate(i - 1, i, sentenceStart, sentenceEnd);
        }
        if (before.equals("neither")) {
            return i > sentenceStart && adjacent(i - 1, i) && beBefore(i - 1); // "is neither aggressive nor ..."
        }
        if (before.equals("be")
                && i - 4 >= sentenceStart
                && tokens.get(i - 1).form().equals("to")
                && LINKING_BASES.contains(tokens.get(i - 2).form())) {
            i -= 2; // "he did not appear to be aggressive"
            before = tokens.get(i).form();
        }
        if (LINKING_BASES.contains(before)
                && i - 2 >= sentenceStart
                && WordScanner.NOT_FORMS.contains(tokens.get(i - 1).form())
                && DO_FORMS.contains(tokens.get(i - 2).form())) {
            return true; // "he did not seem aggressive", "she doesn't appear hostile"
        }
        if (LINKING_FORMS.contains(before)
                && i - 1 >= sentenceStart
                && tokens.get(i - 1).form().equals("never")) {
            return true; // "he never seemed aggressive"
        }
        if (before.equals("longer")
                && i - 1 >= sentenceStart
                && tokens.get(i - 1).form().equals("no")) {
            i--; // "no longer"
        } else if (!WordScanner.NOT_FORMS.contains(before) && !before.equals("never")) {
            // "not", and the "n't" the scanner splits from "aren't"
            return false;
        }
        i--;
        if (i < sentenceStart || !adjacent(i, i + 1)) {
            return false;
        }
        return beBefore(i) // "are not aggressive", "he's not aggressive"
                || tokens.get(i + 2).form().equals("been")
                        && PERFECT_AUXILIARIES.contains(tokens.get(i).form());
    }

    /** A form of "be" at {@code token}, or a pronoun with "be" joined to it ("he's"). */
    private boolean beBefore(int token) {
        String form = tokens.get(token).form();
        return COPULAS.contains(form) || WordLists.pronounWithBe(form);
    }

    /**
     * Skips words that make a denial stronger, back from {@code token}: "not at all aggressive",
     * "not remotely hostile", "not in any way violent". Returns the token before them.
     */
    private int degreeBefore(int token, int sentenceStart) {
        if (token >= sentenceStart && DENIAL_DEGREES.contains(tokens.get(token).form())) {
            return token - 1;
        }
        if (token - 1 >= sentenceStart
                && tokens.get(token).form().equals("all")
                && tokens.get(token - 1).form().equals("at")) {
            return token - 2;
        }
        if (token - 2 >= sentenceStart
                && tokens.get(token).form().equals("way")
                && tokens.get(token - 1).form().equals("any")
                && tokens.get(token - 2).form().equals("in")) {
            return token - 3;
        }
        return token;
    }

    /**
     * The sentence rejects a denial before the term: "We do not accept that you were not
     * aggressive", "we don't believe that he was not violent". What follows "that" is the
     * person's account, which the writer says is untrue.
     */
    private boolean denialRejectedBefore(int from, int sentenceStart) {
        // within the clause: a few words back, with no comma, semicolon or dash between
        for (int k = from - 1; k - 2 >= sentenceStart && from - k <= REJECTED_DENIAL_REACH && adjacent(k, k + 1); k--) {
            if (tokens.get(k).form().equals("that")
                    && ACCEPTANCE_VERBS.contains(tokens.get(k - 1).form())
                    && WordScanner.NOT_FORMS.contains(tokens.get(k - 2).form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that make a denial stronger ("not remotely aggressive"); not those of understatement
     * ("not that difficult", "not very cooperative", "not overly hostile"), which say it is so in part.
     */
    private static final Set<String> DENIAL_DEGREES = Set.of("remotely", "ever");

    private static final Set<String> LINKING_BASES = Set.of("seem", "appear", "look", "sound");
    private static final Set<String> LINKING_FORMS =
            Set.of("seems", "seemed", "appears", "appeared", "looks", "looked", "sounds", "sounded");
    private static final Set<String> DO_FORMS = Set.of("do", "does", "did");
    private static final Set<String> ACCEPTANCE_VERBS = Set.of("accept", "believe", "agree", "think");

    /** How far back from the term "that" of a rejected denial may stand: "that you were not aggressive". */
    private static final int REJECTED_DENIAL_REACH = 6;

    /** How far back "neither" is looked for from "nor". */
    private static final int NEITHER_REACH = 5;

    /**
     * A word in the few after a denied adjective that limits the denial: "not aggressive unless
     * he has been drinking", "never aggressive except with staff", "not aggressive when sober".
     */
    private boolean limitedAfter(int to, int sentenceEnd) {
        for (int i = to; i < Math.min(sentenceEnd, to + DENIAL_LIMIT_REACH); i++) {
            if (DENIAL_LIMITS.contains(tokens.get(i).form())) {
                return true;
            }
        }
        return false;
    }

    /** How far after a denied adjective a limit on the denial is looked for. */
    private static final int DENIAL_LIMIT_REACH = 4;

    private static final Set<String> DENIAL_LIMITS =
            Set.of("unless", "except", "when", "whenever", "until", "if", "without", "usually", "normally");

    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had", "'s", "'ve", "'d");

    /**
     * Forms of "be" with "not" joined to them and no apostrophe, which the scanner keeps one word
     * ("aren't" it splits into "are" and "n't").
     */
    private static final Set<String> NEGATED_BE = Set.of("isnt", "arent");

    /**
     * A plural term straight after "like" that a verb of treating brings in, a few words back
     * ("treated like criminals", "treat claimants like criminals"), or after "treated as" ("were
     * treated as criminals"): it says how people are treated, likened to what the word names,
     * which is the writer's complaint, not a label for them. A singular after an article ("treated
     * like a troublemaker") is a person's own account of being called one, and stays.
     */
    boolean likenedInTreatment(int from, int to, int sentenceStart) {
        if (to < tokens.size() && adjacent(to - 1, to) && VERB_TAGS.contains(analysis.tag(to))) {
            return false; // "like addicts deal with cravings": the term is the subject of a clause of its own
        }
        if (from - 3 >= sentenceStart
                && coordinator(from - 1)
                && pluralNounAt(from - 2)
                && Inflector.looksPlural(tokens.get(to - 1).form())) {
            // "treated like junkies and alcoholics": the second of a list shares the likening
            return likenedInTreatment(from - 2, from - 1, sentenceStart);
        }
        if (from - 2 < sentenceStart
                || !adjacent(from - 1, from)
                || !Inflector.looksPlural(tokens.get(to - 1).form())
                || !LIKENING.contains(tokens.get(from - 1).form())) {
            return false;
        }
        if (tokens.get(from - 1).form().equals("as")) {
            // "as" after an active verb and its object can be how staff see them ("treat people from
            // the hostel as drug-seekers"); only the passive likens ("were treated as criminals")
            return adjacent(from - 2, from - 1) && tokens.get(from - 2).form().equals("treated");
        }
        for (int k = from - 2; k >= Math.max(sentenceStart, from - 6); k--) {
            if (TREATING.contains(tokens.get(k).form())) {
                // "deal with people like ...", not "dealing drugs like addicts"
                return !DEALING.contains(tokens.get(k).form())
                        || tokens.get(k + 1).form().equals("with");
            }
            if (!adjacent(k, k + 1) || VERB_TAGS.contains(analysis.tag(k))) {
                return false; // a comma or another verb ends the reach of the frame
            }
        }
        return false;
    }

    private static final Set<String> LIKENING = Set.of("as", "like");

    private static final Set<String> TREATING = Set.of(
            "treat",
            "treats",
            "treated",
            "treating",
            "deal",
            "deals",
            "dealt",
            "dealing",
            "handle",
            "handles",
            "handled",
            "handling");

    private static final Set<String> DEALING = Set.of("deal", "deals", "dealt", "dealing");

    /**
     * The match begins with a capitalised word that closes a run of capitalised words before it,
     * and goes on in lower case: "the East Hastings Street homeless encampment" holds no "street
     * homeless", as "Street" ends the name of a road. A capital at the start of the sentence, or
     * after a lower-case word, is the match's own ("Street homeless figures rose").
     */
    boolean startsInsideAName(int from, int to, int sentenceStart) {
        if (to - from < 2
                || from - 1 <= sentenceStart
                || !titleCase(from)
                || !adjacent(from - 1, from)
                || !ROAD_WORDS.contains(tokens.get(from).form())) {
            return false; // "Camden Council Rough sleepers": "Rough" ends no name
        }
        if (!titleCase(from - 1) || !analysis.tag(from - 1).equals("PROPN")) {
            return false; // "Help For Mentally ill people": a heading's capitals, not a name
        }
        for (int i = from + 1; i < to; i++) {
            if (titleCase(i)) {
                return false; // the whole match is in capitals: whether it is a name is properName's question
            }
        }
        return true;
    }

    /** Words that end the name of a road or a place ("Hastings Street", "Station Road"). */
    private static final Set<String> ROAD_WORDS = Set.of("street", "road", "lane", "avenue", "square", "park", "way");

    /**
     * Whether the term is part of a name: "Complex Needs Team", "Homeless Link", "the Rough Sleeping
     * Initiative", "Experts by Experience". Capitals alone do not make a name ("We wrote to all
     * Service Users", "Support for Homeless People in Leeds"): the run of capitalised words around
     * the term must hold a word that heads a name (Team, Service, Trust, Act ...), be a known name,
     * or be introduced as one ("the Complex Needs team", "Multiple Needs Service (MNS)", "PHAB
     * (Physically Handicapped and Able Bodied)").
     */
    boolean properName(int from, int to, int sentenceStart, int sentenceEnd) {
        while (from < to - 1 && ARTICLES.contains(tokens.get(from).form()) && !titleCase(from)) {
            from++; // "the Homeless Link toolkit": the article is not part of the name
        }
        for (int i = from; i < to; i++) {
            boolean inside = i > from && i < to - 1;
            if (!titleCase(i) && !(inside && words.isNameLink(tokens.get(i).form()))) {
                return false; // "Experts by Experience": small linking words inside a name stay lower case
            }
        }
        // names are a few words long: looking further than NAME_REACH either side would make a long
        // title-case run cost its length for every term in it
        // in a heading set in title case every word has a capital, so small linking words no longer
        // mark a name's inside: "Wet Shelters for Homeless Alcoholics" is no "Centre for Social Justice"
        boolean heading = titleCaseHeading(sentenceStart, sentenceEnd);
        int reach = heading ? NAME_REACH : RUNNING_TEXT_NAME_REACH;
        int runStart = from;
        while (runStart > Math.max(sentenceStart, from - reach) && adjacentInName(runStart - 1, runStart, heading)) {
            runStart--;
        }
        int runEnd = to;
        while (runEnd < Math.min(sentenceEnd, to + reach) && adjacentInName(runEnd - 1, runEnd, heading)) {
            runEnd++;
        }
        while (runEnd > to && !titleCase(runEnd - 1)) {
            runEnd--; // a name does not end in a linking word
        }
        for (int i = runStart; i < runEnd; i++) {
            // a name ends in its head ("Complex Needs Service") or links it to what follows ("Centre
            // for Social Justice"); "Service Users" is not a service
            boolean headPlace = i == runEnd - 1
                    || !heading && words.isNameLink(tokens.get(i + 1).form());
            // the head may carry a possessive: "the Rough Sleepers Unit's effort"
            if (titleCase(i) && headPlace && words.isNameHead(stem(i))) {
                return true;
            }
            if (words.knownNames().anyEndingAt(tokens, runStart, i + 1)) {
                return true;
            }
        }
        if (runEnd < sentenceEnd
                && adjacent(runEnd - 1, runEnd)
                && words.isNameHead(stem(runEnd))
                && !objectAfter(runEnd, sentenceEnd)) {
            // "the Complex Needs team", "the Complex Needs team's"; not "Sufferers report a wide
            // array of symptoms", where the word after the capitals is their verb
            return true;
        }
        if (!heading && lowerCaseWords(sentenceStart, sentenceEnd) >= RUNNING_TEXT_WORDS) {
            for (int i = Math.max(runStart + 1, sentenceStart + 1); i < runEnd - 1; i++) {
                if (titleCase(i) && words.isNameLink(tokens.get(i).form())) {
                    // "Mobile Laundry For Homeless is here": in running text a small linking word
                    // with a capital belongs to a title, whose words are all capitalised
                    return true;
                }
            }
        }
        if (runStart > sentenceStart
                && gap(runStart - 1, runStart).strip().equals("(")
                && allCapitals(runStart - 1)
                && initialsSpell(runStart, runEnd, tokens.get(runStart - 1).form())) {
            return true; // "PHAB (Physically Handicapped and Able Bodied)": the name an acronym stands for
        }
        if (runStart > sentenceStart
                && runEnd < sentenceEnd
                && gap(runStart - 1, runStart).strip().equals("(")
                && gap(runEnd - 1, runEnd).strip().equals(")")
                && titleCase(runStart - 1)
                && titleCase(runEnd)
                && words.isNameHead(tokens.get(runEnd).form())) {
            // "the Housing (Homeless Persons) Act 1977", "the ... (Provision of Accommodation to
            // Failed Asylum-Seekers) Regulations 2005": the bracketed words of a title
            return true;
        }
        return runEnd < sentenceEnd && gap(runEnd - 1, runEnd).strip().equals("(") && allCapitals(runEnd);
    }

    /**
     * Words in lower case that are not small linking words: a sentence with a few of them is running
     * text, not a heading or a title set in capitals, whatever its last mark.
     */
    private int lowerCaseWords(int sentenceStart, int sentenceEnd) {
        int count = 0;
        for (int i = sentenceStart; i < sentenceEnd && count < RUNNING_TEXT_WORDS; i++) {
            Token t = tokens.get(i);
            if (Character.isLowerCase(text.charAt(t.start())) && !words.isNameLink(t.form())) {
                count++;
            }
        }
        return count;
    }

    private static final int RUNNING_TEXT_WORDS = 3;

    /** The capitalised words of {@code [from, to)} begin with the letters of {@code acronym}, in order. */
    private boolean initialsSpell(int from, int to, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (titleCase(i)) {
                initials.append(tokens.get(i).form().charAt(0));
            }
        }
        return initials.length() > 1 && initials.toString().equalsIgnoreCase(acronym);
    }

    /**
     * A term for people names the kind of a service, team, place or document that follows it, in
     * lower case as in a name ("youth offender panels", "young offender institutions", "the rough
     * sleepers unit"): a word that heads names straight after a term that ends in a noun for
     * people. Such a phrase says what the service is for, not what someone is. A process or
     * condition before such a word is still flagged ("a special needs policy").
     */
    boolean namesAKindOfService(int to, int sentenceEnd) {
        return to < sentenceEnd
                && adjacent(to - 1, to)
                && !tokens.get(to).hyphenBefore()
                && words.isPersonNoun(tokens.get(to - 1).form()) // "offender management programme" is a process
                && words.isNameHead(tokens.get(to).form())
                // "the noncompliant group" is its members; "the drug users group" is a kind of group
                && !(PEOPLE_IN_A_GROUP.contains(tokens.get(to).form())
                        && !Inflector.looksPlural(tokens.get(to - 1).form()))
                && !(to + 1 < sentenceEnd && tokens.get(to + 1).form().equals("of")) // "a group of"
                // "drug addicts report feeling judged", "the tramps board the bus": a verb, not a head
                && nounHeadHere(to, sentenceEnd)
                && !verbOfASingularPerson(to, sentenceEnd);
    }

    /**
     * The "-s" word at {@code token} is the verb of the singular noun for a person before it, in a
     * phrase that "a", "an", "each" or "every" opens: "a typical cocaine addict reports at
     * admission". Such a phrase names one person, and a plural after it cannot be its head.
     */
    private boolean verbOfASingularPerson(int token, int sentenceEnd) {
        String form = tokens.get(token).form();
        if (!form.endsWith("s")
                || !thirdPersonOfAVerb(form)
                || Inflector.looksPlural(tokens.get(token - 1).form())) {
            return false;
        }
        if (token + 1 < sentenceEnd
                && adjacent(token, token + 1)
                && NOT_AFTER_A_VERB.contains(analysis.tag(token + 1))) {
            // "a former drug user services manager", "a decade drug user services have been cut":
            // a noun or a verb after the "-s" word makes it a noun
            return false;
        }
        // adjacency stops the walk at a sentence's start, whose full stop lies between
        for (int i = token - 2, steps = 0; i >= 0 && steps < 4 && adjacent(i, i + 1); i--, steps++) {
            String word = tokens.get(i).form();
            if (SINGULAR_OPENERS.contains(word)) {
                return true;
            }
            if (!WORDS_BEFORE_A_HEAD.contains(analysis.tag(i))) {
                return false;
            }
        }
        return false;
    }

    /** The tokens of {@code [from, to)} are adjectives, joined without punctuation. */
    private boolean adjectivesBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!analysis.tag(k).equals("ADJ") || looksLikeAdverb(k) || !adjacent(k - 1, k)) {
                return false;
            }
        }
        return true;
    }

    /** Forms of "be" after which a possessive starts a noun phrase: "These are Australia's homeless". */
    private static final Set<String> PLURAL_BE = Set.of("are", "were");

    /** What may stand between a determiner and the head of its phrase: "a typical cocaine addict". */
    private static final Set<String> WORDS_BEFORE_A_HEAD = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    /** What cannot follow a verb that has just followed its subject: a noun, a name or another verb. */
    private static final Set<String> NOT_AFTER_A_VERB = Set.of("NOUN", "PROPN", "VERB", "AUX");

    /** Determiners that open a phrase naming one: "a", "an", "each", "every". */
    private static final Set<String> SINGULAR_OPENERS = Set.of("a", "an", "each", "every");

    /** Words that head names but, after an adjective for people, are those people: "the noncompliant group". */
    private static final Set<String> PEOPLE_IN_A_GROUP = Set.of("group", "groups", "collective");

    /**
     * The word is a noun here, not a verb with its object or complement after it ("report feeling
     * judged", "board the last bus", "act as if"). What follows decides, not the word's own tag,
     * which the tagger gets wrong in these short compounds.
     */
    private boolean nounHeadHere(int token, int sentenceEnd) {
        if (token + 1 >= sentenceEnd || !adjacent(token, token + 1)) {
            return true;
        }
        String next = analysis.tag(token + 1);
        String form = tokens.get(token + 1).form();
        return !next.equals("DET") && !next.equals("PRON") && !next.equals("VERB") && !form.equals("as");
    }

    /** A determiner or a pronoun straight after the word: it is a verb with its object ("report a wide array"). */
    private boolean objectAfter(int token, int sentenceEnd) {
        return token + 1 < sentenceEnd && adjacent(token, token + 1) && startsSubject(token + 1);
    }

    private static final int NAME_REACH = 8;

    /**
     * How far a name in running text reaches: the long titles of laws ("the Act on Support for
     * Welfare and Self-Reliance of the Homeless"), whose small linking words mark them; a heading
     * in title case keeps {@link #NAME_REACH}, as its capitals do not mark a name.
     */
    private static final int RUNNING_TEXT_NAME_REACH = 12;

    /**
     * A sentence set in title case, as headings and titles are: at least four words that are not
     * small linking words, and all of them but one capitalised ("A Qualitative Exploration of the
     * Spatial Needs of Homeless Drug Users"), and no full stop at the end.
     */
    private boolean titleCaseHeading(int sentenceStart, int sentenceEnd) {
        int words = 0;
        int lower = 0;
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            Token t = tokens.get(i);
            if (!Character.isLetter(text.charAt(t.start())) || this.words.isNameLink(t.form())) {
                continue;
            }
            words++;
            if (!titleCase(i)) {
                lower++;
            }
        }
        if (words < 4 || lower > 1) {
            return false;
        }
        // a full stop ends a sentence, not a heading: "She went to the Coalition for the Homeless in May."
        int end = tokens.get(sentenceEnd - 1).end();
        while (end < text.length()
                && (text.charAt(end) == '"' || text.charAt(end) == '\u201D' || text.charAt(end) == ')')) {
            end++;
        }
        return end >= text.length() || text.charAt(end) != '.';
    }

    /**
     * Two tokens of one capitalised run: capitalised words, or small linking words between them
     * (not in a title-case heading, where only the capitalised words count).
     */
    private boolean adjacentInName(int left, int right, boolean heading) {
        if (!adjacent(left, right)) {
            return false;
        }
        // "Physically Handicapped & Able Bodied": an ampersand joins two capitalised words, in a
        // heading too
        if (ampersand(right)) {
            return titleCase(left) && right + 1 < tokens.size() && adjacent(right, right + 1) && titleCase(right + 1);
        }
        if (ampersand(left)) {
            return titleCase(right) && left > 0 && titleCase(left - 1);
        }
        if (heading) {
            return titleCase(left) && titleCase(right);
        }
        boolean leftOk = titleCase(left) || words.isNameLink(tokens.get(left).form());
        boolean rightOk = titleCase(right) || words.isNameLink(tokens.get(right).form());
        // two small words meet only before a capital: "Coalition for the Homeless", "Task Force on
        // the Homeless"
        boolean beforeTheCapital = tokens.get(right).form().equals("the")
                && NAME_LINKS_BEFORE_THE.contains(tokens.get(left).form())
                && right + 1 < tokens.size()
                && adjacent(right, right + 1)
                && titleCase(right + 1);
        return leftOk && rightOk && (titleCase(left) || titleCase(right) || beforeTheCapital);
    }

    /** The small words a name may put before "the" ("Coalition for the Homeless", "Friends of the Earth"). */
    private static final Set<String> NAME_LINKS_BEFORE_THE = Set.of("for", "of", "on");

    boolean allCapitals(int token) {
        Token t = tokens.get(token);
        for (int i = t.start(); i < t.end(); i++) {
            if (!Character.isUpperCase(text.charAt(i)) && !Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return t.end() - t.start() >= 2;
    }

    /**
     * The first word of a sentence, of a numbered paragraph ("3.4 Addicts must ...") or of a
     * clause after a colon, where a capital letter says nothing about names.
     */
    private boolean startsClause(int token, int sentenceStart) {
        if (token > sentenceStart && gap(token - 1, token).contains(":")) {
            return true;
        }
        for (int i = sentenceStart; i < token; i++) {
            if (Character.isLetter(text.charAt(tokens.get(i).start()))) {
                return false;
            }
        }
        return true;
    }

    /** The word at {@code token} starts with a capital and is not all capitals ("Asperger", "Stress"). */
    boolean titleCase(int token) {
        Token t = tokens.get(token);
        char first = text.charAt(t.start());
        if (!Character.isUpperCase(first)) {
            return false;
        }
        if (t.end() - t.start() == 1) {
            return true;
        }
        for (int i = t.start() + 1; i < t.end(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false; // all capitals: a shouted heading, not a name
    }

    /**
     * A verb after {@code from} in the sentence: in "Does the homeless shelter in Leeds take
     * dogs?" the question's verb comes later, and the word after the term was a noun.
     */
    private boolean verbLater(int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            if (analysis.tag(i).equals("VERB") && baseForm(tokens.get(i).form())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AFTER_A_VERB = Set.of("ADP", "DET", "PRON", "ADV", "PART", "NUM");

    /** Words that take only a plural noun after them: what follows "many homeless" is not its noun when singular. */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("many", "few", "several", "numerous", "both");

    /**
     * The word at {@code at}, after a term that follows a plural quantifier, is a verb the tagger
     * read as a singular noun: "many" cannot take a singular noun, so in "Many homeless report a
     * feeling of isolation" the word is the verb; "many homeless shelter beds", with a noun after
     * it, stays a compound.
     */
    private boolean verbReadAsASingularNoun(int at, int sentenceEnd) {
        if (at >= sentenceEnd || !adjacent(at - 1, at) || !analysis.tag(at).equals("NOUN")) {
            return false;
        }
        String form = tokens.get(at).form();
        return !Inflector.looksPlural(form)
                && words.canBeVerb(form)
                && (at + 1 >= sentenceEnd || !adjacent(at, at + 1) || !NOMINAL.contains(analysis.tag(at + 1)));
    }

    /** Auxiliaries that come before their subject in a question ("did the homeless go"). */
    private static final Set<String> QUESTION_AUXILIARIES =
            Set.of("did", "do", "does", "can", "could", "will", "would", "should", "shall", "may", "might", "must");

    /**
     * The term stands alone as a noun ("help the homeless", "the homeless deserve respect"): what
     * follows is a verb, an auxiliary, a preposition or a clause boundary, not a noun it modifies
     * ("the homeless shelter", "the homeless sector") or a person ("the homeless people").
     */
    boolean standalone(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to < sentenceEnd && tokens.get(to - 1).form().endsWith("s") && possessiveApostropheAfter(to - 1)) {
            return true; // "the burglars' records", "the homeless' needs": a possessor
        }
        if (possessor(to - 1) && !titleCase(to - 1)) {
            // "the itinerant's belongings", "the elderly's needs": a possessor too; not a
            // capitalised word, which ends a name ("the Sisters of the Poor's home")
            return true;
        }
        if (pluralOfAPersonAdjective(to - 1) && !(to < sentenceEnd && adjacent(to - 1, to) && isNounHere(to))) {
            return true; // "rendering many epileptics isolated": the plural is already a noun for people
        }
        if (to < sentenceEnd && gap(to - 1, to).strip().equals("/") && phraseAfterSlash(to, sentenceEnd)) {
            return false; // "the homeless/supported housing sector": both words describe "sector"
        }
        if (to < sentenceEnd && gap(to - 1, to).strip().equals(",") && sharedByAListAfterIt(to, sentenceEnd)) {
            return false; // "between homeless, psychiatric/medical and addiction services"
        }
        if (to < sentenceEnd
                && gap(to - 1, to).strip().equals(",")
                // "beggars, vagrants, homeless, troubled folks": one more group of a list
                && !(to - 2 >= sentenceStart && pluralPeopleListedBefore(to - 2, to, sentenceStart))
                && describesPeopleAfterAComma(to, sentenceEnd)) {
            return false; // "thousands of homeless, mentally disturbed individuals": both describe them
        }
        if (to >= sentenceEnd || !adjacent(to - 1, to)) {
            return true;
        }
        String next = tokens.get(to).form();
        if (words.isPersonNoun(next)) {
            return false;
        }
        if (possessor(to) && !titleCase(to) && !VERB_TAGS.contains(analysis.tag(to))) {
            return false; // "the homeless agency's services": the term describes the noun that owns them
        }
        if (next.endsWith("ly") && to + 1 < sentenceEnd && adjacent(to, to + 1)) {
            if (analysis.tag(to).equals("ADV")
                    && (words.isPersonNoun(tokens.get(to + 1).form())
                            || termTokens.get(to) && termTokens.get(to + 1))) {
                // "the vulnerable elderly residents": an "-ly" adjective the tagger read as an
                // adverb; "the homeless mentally ill": the adverb and adjective after it are a term
                // of their own, whose group the word describes ("left the homeless totally
                // dependent" is not)
                return false;
            }
            if (looksLikeAdverb(to) && VERB_TAGS.contains(analysis.tag(to + 1))) {
                return true; // "the homeless consistently find themselves": an adverb, then their verb
            }
        }
        if (from > sentenceStart
                && QUESTION_AUXILIARIES.contains(tokens.get(from - 1).form())
                && words.canBeVerb(next)
                && !tokens.get(to).hyphenBefore()
                && !nounBeforeItsBaseVerb(to, sentenceEnd)
                // what follows the verb starts its object or ends the question; in "Did the homeless
                // shelter open?" another verb or adjective follows, and the word was a noun
                && (to + 1 >= sentenceEnd
                        || !adjacent(to, to + 1)
                        || AFTER_A_VERB.contains(analysis.tag(to + 1)) && !verbLater(to + 1, sentenceEnd))) {
            return true; // "Where did the mentally ill go?": after "did" the subject, then its verb
        }
        if (coordinator(to) && afterThe(to) && serviceAfterCoordination(to, sentenceEnd)) {
            return false; // "Pathway, the homeless and inclusion health charity": both describe the charity
        }
        if (coordinator(to) && !afterThe(to)) {
            if (pluralNounAt(to - 1)) {
                return true; // "convicted criminals and illegal immigrants": a plural noun is one already
            }
            return !sharesANounAfterCoordination(to, sentenceEnd);
        }
        if (words.isAdverbAfterNoun(next)) {
            return true; // "the homeless today", "homeless back on the street": an adverb, not a thing the word
            // describes
        }
        if (next.endsWith("n't")) {
            // "the homeless ain't going anywhere", however the tagger reads it; "can't" and the
            // other contractions of an auxiliary are split by the scanner ("can" is one)
            return true;
        }
        if (prepositionEndingInTo(to, sentenceEnd)) {
            return true; // "a paraplegic due to a spinal stroke": a preposition of two words, not an adjective
        }
        if (SAYING_AT_THE_END.contains(next) && (to + 1 >= sentenceEnd || !adjacent(to, to + 1))) {
            // "..., police and advocates for the homeless say.": a verb of saying that ends a
            // clause is the verb, however the tagger read it (often as a name)
            return true;
        }
        if (participleWithItsAgentAfter(to, sentenceEnd)) {
            // "a shelter for the homeless run by the Salvation Army", "attacks on the homeless
            // perpetrated by teenagers": a clause after the noun phrase the term ends, whatever the
            // tagger made of the participle
            return true;
        }
        String tag = analysis.tag(to);
        if (from > sentenceStart
                && PLURAL_QUANTIFIERS.contains(tokens.get(from - 1).form())
                && verbReadAsASingularNoun(to, sentenceEnd)) {
            return true; // "Many homeless report a feeling of isolation"
        }
        if (tag.equals("ADJ")
                && pastParticiple(next)
                && to + 1 < sentenceEnd
                && analysis.tag(to + 1).equals("ADP")) {
            return true; // "leave elderly stuck in hospital": a participle with its phrase, said of them
        }
        if (tag.equals("ADJ") && (to + 1 >= sentenceEnd || !adjacent(to, to + 1))) {
            return true; // "making lives of the homeless better.": an adjective said of them ends the clause
        }
        if (words.isParticipleOfPeople(next)
                && (to + 1 >= sentenceEnd
                        || !adjacent(to, to + 1)
                        || PARTICIPLE_FOLLOWERS.contains(analysis.tag(to + 1)))) {
            return true; // "the homeless sleeping in doorways", "the elderly living alone": their own verb
        }
        if (next.endsWith("ing")
                && Inflector.participleBases(next).stream().anyMatch(words::onlyAVerb)
                && to + 1 < sentenceEnd
                && adjacent(to, to + 1)
                && (VERB_OBJECT_LEADS.contains(analysis.tag(to + 1))
                        || pluralPeopleNoun(tokens.get(to + 1).form()))) {
            // "the homeless victimizing pedestrians": the "-ing" form of a verb that WordNet knows
            // as nothing else, with people, a pronoun or a phrase after it, is the group's own
            // verb, whatever the tagger made of it; ending a phrase or before a role it names an
            // activity ("the homeless rehousing officer", "leads on the homeless rehousing")
            return true;
        }
        if (tag.equals("NOUN") || tag.equals("ADJ")) {
            return readsAsVerb(to, sentenceStart, sentenceEnd)
                    || onlyVerbOfTheSentence(from, to, sentenceStart, sentenceEnd)
                    || onlyVerbOfAClause(from, to, sentenceStart, sentenceEnd)
                    || verbOfTheNounBefore(from, to, sentenceStart, sentenceEnd);
        }
        if (NOT_STANDALONE_NEXT.contains(tag)) {
            return false;
        }
        if (tag.equals("VERB") && (next.endsWith("ing") || next.endsWith("ed"))) {
            // "the homeless needed shelter", "the homeless living in hostels"; in "the needy
            // feeling passed" the -ing word is the noun a verb follows
            if (to + 1 >= sentenceEnd) {
                return true;
            }
            if (next.endsWith("ed")
                    && from > sentenceStart
                    && analysis.tag(from - 1).equals("ADP")
                    && personHeadAfter(to, sentenceEnd)) {
                // "the number of homeless failed asylum seekers": a participle before people, in a
                // phrase after a preposition; "The homeless joined campaigners" has its verb
                return false;
            }
            String after = analysis.tag(to + 1);
            return !after.equals("VERB") && !after.equals("AUX");
        }
        return true;
    }

    /**
     * A past participle straight after the term, then "by" and who did it ("run by the Salvation
     * Army", "perpetrated by underage kids"): a clause that follows a noun phrase, so the term
     * ends one; a compound the term begins has its noun in between ("the homeless shelter run by").
     */
    private boolean participleWithItsAgentAfter(int to, int sentenceEnd) {
        if (to + 2 >= sentenceEnd || !adjacent(to, to + 1) || !adjacent(to + 1, to + 2)) {
            return false;
        }
        String form = tokens.get(to).form();
        return (pastParticiple(form) || VerbForms.irregularParticiple(form))
                && tokens.get(to + 1).form().equals("by")
                && AGENT_LEADS.contains(analysis.tag(to + 2));
    }

    /** What may open the agent after "by": a determiner, a name, a noun, a pronoun, a number or an adjective. */
    private static final Set<String> AGENT_LEADS = Set.of("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ");

    /**
     * The bare adjective is the object of a verb that takes a person and what they are doing
     * ("to prevent homeless sleeping on them", "we saw elderly queuing outside", "police found
     * homeless sleeping in the car park"): only such verbs, since after most others the "-ing"
     * word names an activity ("tackle homeless begging", "ban homeless camping"); not in the
     * passive, which says how someone was ("was found homeless living in a car").
     */
    private boolean objectBeforeItsParticiple(int from, int to, int sentenceStart, int sentenceEnd) {
        int verb = from - 1;
        if (to - from != 1
                || verb < sentenceStart
                || !adjacent(verb, from)
                || !PERSON_AND_DOING_VERBS.contains(tokens.get(verb).form())
                || to >= sentenceEnd
                || !adjacent(to - 1, to)) {
            return false;
        }
        if (verb > sentenceStart && COPULAS.contains(tokens.get(verb - 1).form())) {
            return false; // "was found homeless living in a car"
        }
        return words.isParticipleOfPeople(tokens.get(to).form())
                && (to + 1 >= sentenceEnd
                        || !adjacent(to, to + 1)
                        || PARTICIPLE_FOLLOWERS.contains(analysis.tag(to + 1)));
    }

    /** Prepositions that bring in the people a state or a habit is found in ("in patients", "among tenants"). */
    private static final Set<String> FOUND_IN = Set.of("in", "among", "amongst");

    /**
     * "while" or "when" before the term, after the verb of a clause that "who" or "that" opens
     * ("people who died while homeless had ...", "those who die while homeless are found"): the
     * word says how they were when they did it. Elsewhere "while" opens a clause whose subject the
     * term may be ("Police arrived while homeless were sleeping").
     */
    private boolean stateAfterARelativeClausesVerb(int from, int sentenceStart) {
        int verb = from - 2;
        if (verb - 1 < sentenceStart
                || !adjacent(verb, verb + 1)
                || !adjacent(verb + 1, from)
                || !STATE_CONJUNCTIONS.contains(tokens.get(verb + 1).form())
                || !VERB_TAGS.contains(analysis.tag(verb))) {
            return false;
        }
        int relative = verb - 1;
        if (relative > sentenceStart && looksLikeAdverb(relative)) {
            relative--; // "who later died while homeless"
        }
        String form = tokens.get(relative).form();
        return form.equals("who") || form.equals("that");
    }

    /** Words that bring in a state after a verb ("died while homeless", "slept rough when homeless"). */
    private static final Set<String> STATE_CONJUNCTIONS = Set.of("while", "whilst", "when", "whenever");

    /**
     * "more" or "less" at {@code i} compares, straight after the object of a verb of making or
     * leaving ("made the homeless more homeless", "left them less disabled"): it says how they were
     * left, not how many there are ("20 per cent more homeless", "hundreds more homeless" count).
     */
    private boolean comparativeAfterAnObject(int i, int sentenceStart) {
        String form = tokens.get(i).form();
        if (!form.equals("more") && !form.equals("less") || i <= sentenceStart || !adjacent(i - 1, i)) {
            return false;
        }
        if (OBJECT_ONLY_PRONOUNS.contains(tokens.get(i - 1).form())) {
            return true;
        }
        return i - 3 >= sentenceStart
                && adjacent(i - 3, i - 2)
                && adjacent(i - 2, i - 1)
                && tokens.get(i - 2).form().equals("the")
                && LEAVE_OR_MAKE.contains(tokens.get(i - 3).form());
    }

    /** Verbs that take a person and what they are doing: stopping it, or seeing it. */
    private static final Set<String> PERSON_AND_DOING_VERBS = Set.of(
            "prevent",
            "prevents",
            "prevented",
            "preventing",
            "stop",
            "stops",
            "stopped",
            "stopping",
            "see",
            "sees",
            "saw",
            "seen",
            "seeing",
            "watch",
            "watches",
            "watched",
            "watching",
            "notice",
            "notices",
            "noticed",
            "noticing",
            "spot",
            "spots",
            "spotted",
            "spotting",
            "find",
            "finds",
            "found",
            "finding",
            "catch",
            "catches",
            "caught",
            "catching");

    /** What may follow a participle of people's own doing: a preposition, an adverb, a determiner. */
    private static final Set<String> PARTICIPLE_FOLLOWERS =
            Set.of("ADP", "ADV", "DET", "PART", "PUNCT", "CCONJ", "SCONJ");

    /** What opens a verb's object or phrase after it: a preposition, a determiner, a pronoun. */
    private static final Set<String> VERB_OBJECT_LEADS = Set.of("ADP", "DET", "PRON");

    /** A preposition of two words ending in "to" starts at {@code token}: "due to", "next to". */
    private boolean prepositionEndingInTo(int token, int sentenceEnd) {
        return PREPOSITIONS_BEFORE_TO.contains(tokens.get(token).form())
                && token + 1 < sentenceEnd
                && adjacent(token, token + 1)
                && tokens.get(token + 1).form().equals("to");
    }

    /** First words of prepositions that end in "to" ("due to", "next to"), which the tagger reads as adjectives. */
    private static final Set<String> PREPOSITIONS_BEFORE_TO =
            Set.of("due", "owing", "thanks", "prior", "according", "next", "close");

    /** Subjects that open a reported clause after a verb of saying ("claim it is easy", "claim they deal with"). */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("it", "they", "he", "she", "we", "there");

    /** Pronouns that can only be a verb's or a preposition's object ("her" is also a possessive). */
    private static final Set<String> OBJECT_ONLY_PRONOUNS = Set.of("me", "him", "us", "them");

    /** The forms of "be" after "there" that bring in what there are ("There are homeless who ..."). */
    private static final Set<String> EXISTENTIAL_BE = Set.of("are", "were", "'re");

    /**
     * The last word of the match is an adjective used as a noun for people: a determiner or a
     * possessive comes before it, with only adjectives, adverbs and "and" or "or" between ("the
     * single homeless", "Britain's homeless", "the long-term and needy homeless"; after a
     * possessive also nouns for a place: "Auckland's city centre homeless"). A bare plural
     * needs no determiner: after a preposition ("beds for homeless", "numbers of chronically
     * homeless"), or as the subject at the start of a sentence or clause with a plural verb next
     * ("Homeless who have been living there", "a hostel where homeless may drink"), also after a
     * verb of saying ("insists homeless are being denied beds") or a comma ("Ruth Hall, homeless
     * are victims"); in a list with a plural for people ("homeless/vagrants"); with a number
     * ("the estimated 500,000 homeless"). A plural noun for people is one after a verb too
     * ("represents sufferers and carers"). After "as" or
     * "than", and after a verb ("became homeless", "left homeless for months"), it describes
     * someone's state, not a group of people.
     */
    boolean nominal(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to - from > 1 && NOMINAL_DETERMINERS.contains(tokens.get(from).form())) {
            return true; // the pattern has its own determiner: "the frail elderly"
        }
        if (objectBeforeItsParticiple(from, to, sentenceStart, sentenceEnd)) {
            return true; // "benches to prevent homeless sleeping on them": the verb's object, then what they do
        }
        if (to < sentenceEnd
                && adjacent(to - 1, to)
                && OBJECT_ONLY_PRONOUNS.contains(tokens.get(to).form())) {
            return false; // "their system disabled me": a verb and its object
        }
        if (from - 1 >= sentenceStart
                && adjacent(from - 1, from)
                && SAID_OF_THE_SUBJECT.contains(tokens.get(from - 1).form())) {
            return false; // "those living homeless", "families being made homeless": said of them
        }
        if (stateAfterARelativeClausesVerb(from, sentenceStart)) {
            return false; // "people who died while homeless": a state they were in, after their verb
        }
        int i = from - 1; // the pattern's own words are not what stands before it ("more street homeless")
        if (to - from == 1
                && pluralNounAt(from)
                && from - 1 > sentenceStart
                && coordinator(from - 1)
                && NOMINAL.contains(analysis.tag(from - 2))
                && bareSubject(to, sentenceEnd)) {
            // "Alcoholism is an illness and sufferers should not be punished": a plural noun opens
            // a clause of its own after "and", with its verb next
            return true;
        }
        if (i >= sentenceStart && pluralPeopleListedBefore(i, to, sentenceStart)) {
            return true; // "to transients and homeless", "beggars / homeless / drunks"
        }
        if (pluralPeopleListedAfter(to, sentenceEnd)) {
            return true; // "the topic is homeless/vagrants/transients"
        }
        if (pluralPeopleJoinedAfter(from, to, sentenceStart, sentenceEnd)) {
            return true; // "rapport between them and both homeless and beggars"
        }
        int before = from - 1;
        String last = tokens.get(to - 1).form();
        if (before >= sentenceStart
                && adjacent(before, from)
                && analysis.tag(before).equals("VERB")
                && (tokens.get(before).form().endsWith("s")
                        || tokens.get(before).form().endsWith("ed"))
                && pluralPeopleNoun(last)) {
            // "which represents sufferers and carers": a plural noun for people is a finite
            // verb's object; not "snoring sufferers", "many burn sufferers", whatever the tagger says
            return true;
        }
        if (from - 2 >= sentenceStart
                && adjacent(from - 1, from)
                && EXISTENTIAL_BE.contains(tokens.get(from - 1).form())
                && tokens.get(from - 2).form().equals("there")) {
            return true; // "There are homeless who need help": what there are is people
        }
        if (objectOfAPresentVerb(from, to, sentenceStart, sentenceEnd)) {
            return true; // "Council fails homeless", "care cuts leave elderly stuck in hospital"
        }
        String link = before >= sentenceStart ? gap(before, from).strip() : "";
        if ((link.equals(",") || link.equals(":")) && bareSubject(to, sentenceEnd)) {
            return true; // "Ruth Hall, homeless are victims": a new subject after the comma
        }
        for (int steps = 0; i >= sentenceStart && steps < 6; steps++, i--) {
            if (pluralPossessor(i)) {
                return true; // "Leeds' homeless are making their beds"
            }
            if (!adjacentOrListed(i, i + 1)) {
                return false;
            }
            String form = tokens.get(i).form();
            if (NOMINAL_DETERMINERS.contains(form)) {
                return true;
            }
            if (words.isBareNominalLead(form)) {
                // "action on homeless"; but after a verb "on" and "about" are particles: "carried
                // on homeless", "wandered about homeless"
                // after a verb's own particle it is a preposition again: "carried out on elderly"
                boolean particle = PARTICLE_LEADS.contains(form)
                        && !(i > sentenceStart
                                && (analysis.tag(i - 1).equals("NOUN")
                                        || PARTICLES.contains(tokens.get(i - 1).form())));
                // "for homeless and vulnerable adults" shares the noun; a plural noun is a group of
                // its own beside another ("relief to sufferers and carers alike")
                // "in" leads a place, a time or a field far more often than people ("a rise in
                // disabled care charges", "work in homeless services", "In 1885 elderly and infirm
                // inmates"): only straight before the term, with no verb or noun after it
                boolean field = form.equals("in")
                        && (i != from - 1
                                // "TB in homeless", not "she specialises in homeless"
                                || i == sentenceStart
                                || !NOMINAL.contains(analysis.tag(i - 1))
                                || to < sentenceEnd
                                        && adjacent(to - 1, to)
                                        && (VERB_TAGS.contains(analysis.tag(to)) || isNounHere(to)));
                return !particle && !field && (pluralNounAt(to - 1) || !coordinatedWithDescribedNoun(to, sentenceEnd));
            }
            if (comparativeAfterAnObject(i, sentenceStart)) {
                return false; // "made the homeless more homeless": how they were left, not how many
            }
            // "no" counts as a quantity here ("orders that no homeless should be allowed to stay
            // out"), though not in QUANTITIES, which also names the parts of a group before "of"
            boolean quantity = (QUANTITIES.contains(form) || form.equals("no"))
                    && !(i > sentenceStart
                            && NOMINAL_DETERMINERS.contains(tokens.get(i - 1).form())); // not "the most"
            // the tagger often reads "insists" before a bare plural as a noun; after a determiner,
            // an adjective or a number it is one ("their fears")
            boolean speech = words.isSpeechVerb(form)
                    && !(i > sentenceStart && NOUN_MODIFIER_TAGS.contains(analysis.tag(i - 1)));
            // "As homeless seek safe haven": "as" opening the sentence or a clause, not "accepted as homeless"
            boolean openingAs =
                    form.equals("as") && (i == sentenceStart || gap(i - 1, i).contains(","));
            if (CLAUSE_OPENERS.contains(form) || quantity || speech || openingAs) {
                // "where homeless may drink", "many homeless are", "insists homeless are being denied"
                // after "some" or "many" the word after the term is the verb when nothing else
                // can be ("Some homeless sleep in the park."); at the start of a sentence
                // "Homeless support in the borough." names a thing
                return bareSubject(to, sentenceEnd)
                        || PLURAL_QUANTIFIERS.contains(form) && verbReadAsASingularNoun(to, sentenceEnd)
                        || onlyVerbOfTheSentence(from, to, sentenceStart, sentenceEnd)
                        || COUNTED.contains(form) && countedAlone(i, to, sentenceStart, sentenceEnd);
            }
            if (possessor(i)) {
                // "Britain's homeless deserve", "the county's homeless"; not "Tom's homeless again",
                // where "'s" is "is"
                // after a preposition ("meals for Ireland's homeless") "'s" cannot be "is" either,
                // nor after one before a name of several words ("meals to New York's homeless")
                int name = i;
                while (titleCase(name) && name - 1 > sentenceStart && adjacent(name - 1, name) && titleCase(name - 1)) {
                    name--;
                }
                // past a name of several words only a preposition inside the sentence will do: "In
                // January Tom's homeless again" and "At the Job Centre Tom's homeless again" put a
                // time or a place before a name, whose "'s" may be "is"
                boolean determined = name == i
                        ? i > sentenceStart
                                && (NOMINAL_DETERMINERS.contains(
                                                tokens.get(i - 1).form())
                                        || words.isBareNominalLead(
                                                tokens.get(i - 1).form()))
                        : name - 1 > sentenceStart
                                && analysis.tag(name - 1).equals("ADP")
                                && words.isBareNominalLead(tokens.get(name - 1).form());
                // nor after a verb that takes it as its object ("a drug gripping Cardiff's homeless
                // as ..."), unless the verb reports speech, where "'s" may be "is" ("said Tom's")
                // a participle in "-ing" is that verb however the tagger read it ("gripping"), but
                // not a noun in "-ing" after an article ("after the hearing Tom's homeless again")
                boolean participle = i > sentenceStart
                        && adjacent(i - 1, i)
                        && Inflector.participleBases(tokens.get(i - 1).form()).stream()
                                .anyMatch(words::canBeVerb)
                        && !(i - 1 > sentenceStart
                                && (ARTICLES.contains(tokens.get(i - 2).form())
                                        || analysis.tag(i - 2).equals("DET")));
                String verbBefore = i > sentenceStart && (analysis.tag(i - 1).equals("VERB") || participle)
                        ? tokens.get(i - 1).form()
                        : null;
                boolean objectOfAVerb =
                        verbBefore != null && !words.isSpeechVerb(verbBefore) && !linksASubject(verbBefore);
                String after = to < sentenceEnd ? analysis.tag(to) : "PUNCT";
                // "'s" is not "is" after "are" or "were" ("These are Australia's homeless") nor
                // before adjectives that describe the term ("Australia's new homeless sleep in
                // cars"); an adverb there goes with "is" ("Tom's still homeless", "Mum's severely
                // disabled")
                boolean afterBe = i > sentenceStart
                        && adjacent(i - 1, i)
                        && PLURAL_BE.contains(tokens.get(i - 1).form());
                boolean describedAfter = i + 1 < from && adjectivesBetween(i + 1, from);
                return determined
                        || objectOfAVerb
                        || afterBe
                        || describedAfter
                        || after.equals("VERB")
                        || after.equals("AUX");
            }
            String tag = analysis.tag(i);
            boolean compound = tokens.get(i).hyphenBefore() || tokens.get(i).hyphenAfter(); // "long-term"
            boolean adverb = looksLikeAdverb(i); // "developmentally", which the tagger may call a noun
            // "the genuine homeless": one word between a determiner and the term describes it,
            // whatever the tagger made of it (it reads "genuine" as a noun before a noun)
            // "the homeless, unemployed and disabled": an adjective the tagger read as a noun heads
            // a list of adjectives that all stand for people after one "the"; WordNet counts it as
            // a noun for people only in that use ("the homeless"), with no plural of its own (not
            // "the resident, unemployed since May")
            boolean listedAdjective = tag.equals("NOUN")
                    && !adjacent(i, i + 1)
                    && gap(i, i + 1).strip().equals(",")
                    && words.isPersonNoun(form)
                    // "homeless", "jobless": no "-s" plural; a noun for people with one names them
                    && (form.endsWith("less") || !words.refersToPerson(Inflector.plural(form)))
                    && i - 1 >= sentenceStart
                    && tokens.get(i - 1).form().equals("the");
            boolean described = tag.equals("NOUN")
                    && (adjacent(i, i + 1) || listedAdjective) // not "the family, homeless since May"
                    && i - 1 >= sentenceStart
                    && NOMINAL_DETERMINERS.contains(tokens.get(i - 1).form())
                    && !tokens.get(i - 1).form().equals("whose") // "whose son disabled the alarm"
                    && !titleCase(i)
                    // "the fire left the family homeless": a noun for people is the verb's object,
                    // and the term the state it is left in ("left the war disabled without
                    // pensions" still names a group)
                    && !(i - 2 >= sentenceStart
                            && LEAVE_OR_MAKE.contains(tokens.get(i - 2).form())
                            && words.refersToPerson(form));
            // "the estimated 500,000 homeless": a number, and a participle that counts it; not a
            // year, which names something ("the 2019 homeless count")
            // figures are a number however the tagger read them ("the 8,000 homeless", read as a noun)
            boolean figures = tag.equals("NUM") || COUNT.matcher(form).matches();
            boolean number = figures && !YEAR.matcher(form).matches()
                    || form.endsWith("ed")
                            && (tag.equals("VERB") || tag.equals("ADJ"))
                            && analysis.tag(i + 1).equals("NUM");
            if (number
                    && i == from - 1
                    && adjacent(i, from)
                    && COUNT.matcher(form).matches()
                    && !yearAt(i, sentenceStart)
                    && !numberOfAThing(i, sentenceStart)
                    && standsAloneAfterACount(to, sentenceEnd)) {
                return true; // "36,000 homeless in the city", "fed over 200 homeless": a count of people
            }
            // "the rough sleeping homeless", "the sheltered homeless": a participle describes them
            // too; "for London homeless": a place before them, after a preposition that names a group
            boolean participle = (tag.equals("VERB") || tag.equals("NOUN"))
                            && form.endsWith("ing")
                            && adjacent(i, i + 1)
                            && determinerAhead(i, sentenceStart) // not "at risk of becoming homeless"
                    || pastParticipleAfterThe(i, from, sentenceStart);
            boolean place = adjacent(i, i + 1)
                    && (placeAfterAGroupPreposition(i, sentenceStart)
                            || nounsAfterAPossessor(i, sentenceStart)
                            || namedPlaceAfterADeterminer(i, sentenceStart));
            // "the long-term and needy homeless", "the sheltered and unsheltered homeless": the
            // word after "and" describes them as the word before it does, however the tagger read
            // it (a noun, a verb); the walk goes on to what stands before "and"
            boolean secondDescriber = adjacent(i, i + 1)
                    && i - 1 >= sentenceStart
                    && coordinator(i - 1)
                    && (tag.equals("NOUN") || VERB_TAGS.contains(tag) && edForm(form))
                    && !pluralNounAt(i)
                    && !words.refersToPerson(form);
            // "Transgender homeless are ...", "Elderly homeless are ...": a capitalised adjective,
            // which the tagger reads as a noun or a name for its capital
            boolean capitalisedAdjective =
                    titleCase(i) && !pluralNounAt(i) && words.canBeAdjective(form.toLowerCase(Locale.ROOT));
            if (!coordinator(i)
                    && !tag.equals("ADJ")
                    && !capitalisedAdjective
                    && !adverb
                    && !compound
                    && !described
                    && !number
                    && !participle
                    && !place
                    && !secondDescriber) {
                return false;
            }
        }
        return i < sentenceStart && bareSubject(to, sentenceEnd);
    }

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /**
     * The term after a count stands alone as a noun for people only before a preposition, an
     * auxiliary, an adverb or the end of the sentence ("36,000 homeless in the city", "200
     * homeless were moved on"), or a verb WordNet knows only as a verb. What the count is of may
     * follow the term instead ("680,000 elderly bed blockers", "300 homeless camps", whatever the
     * tagger reads them as), the term may be a verb with its object ("Flat 12 disabled the
     * alarm"), or one of several counted things ("2 disabled and 10 standard", "(2 disabled)").
     */
    private boolean standsAloneAfterACount(int to, int sentenceEnd) {
        if (to >= sentenceEnd) {
            return true;
        }
        if (!adjacent(to - 1, to)) {
            // a comma or a full stop ends the phrase ("36,000 homeless, the charity says"); a
            // bracket holds a count of things ("20 spaces (2 disabled)")
            // ("14 disabled, 9 elderly and 6 other bays", "36 elderly, frail residents" go on)
            // a dash ends it as a comma does ("about 150 homeless—including 80 former patients")
            String gap = gap(to - 1, to).strip();
            return (gap.equals(",") || gap.equals(";") || gap.equals(":") || PHRASE_ENDING_DASHES.contains(gap))
                    && !analysis.tag(to).equals("NUM")
                    && !analysis.tag(to).equals("ADJ");
        }
        String tag = analysis.tag(to);
        if (tokens.get(to).form().equals("that")
                && to + 1 < sentenceEnd
                && adjacent(to, to + 1)
                && analysis.tag(to + 1).equals("VERB")) {
            // "the 8,000 homeless that live in San Francisco": "that" with its verb, as "who"; not
            // with an auxiliary, as counted things have ("12 disabled that are kept free")
            return true;
        }
        if (coordinator(to)) {
            // "200 homeless and their dogs": another group after a determiner; not "2 disabled and
            // 10 standard" nor "36 elderly and frail residents", where a count or a describing word
            // goes on
            return to + 1 < sentenceEnd
                    && (analysis.tag(to + 1).equals("DET")
                            || analysis.tag(to + 1).equals("PRON"));
        }
        return COUNT_FOLLOWERS.contains(tag)
                || RELATIVE_PRONOUNS.contains(tokens.get(to).form()) // "2,000 homeless who sleep out"
                || tag.equals("VERB") && words.onlyAVerb(tokens.get(to).form());
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose");

    /** Dashes that end a phrase, as a comma does: the em and en dashes (a hyphen joins words). */
    private static final Set<String> PHRASE_ENDING_DASHES = Set.of("\u2014", "\u2013");

    /** Tags of words that cannot begin the noun a count is of, nor an object. */
    private static final Set<String> COUNT_FOLLOWERS = Set.of("ADP", "ADV", "AUX", "PART");

    /**
     * The number at {@code number} numbers a thing or an age, not a group: after a noun or a name
     * ("Flat 12", "Case 14", "bay 3"), after a word of age ("turned 18", "at 16"), or in a sentence
     * that has counted things before ("40 spaces, including 4 disabled").
     */
    private boolean numberOfAThing(int number, int sentenceStart) {
        for (int i = Math.max(sentenceStart, number - COUNTED_THINGS_REACH); i + 1 < number; i++) {
            if (analysis.tag(i).equals("NUM")
                    && analysis.tag(i + 1).equals("NOUN")
                    && Inflector.looksPlural(tokens.get(i + 1).form())
                    && !words.refersToPerson(tokens.get(i + 1).form())) {
                return true; // "40 spaces, including 4 disabled": the things counted first are counted again
            }
        }
        if (number <= sentenceStart || !adjacent(number - 1, number)) {
            return false;
        }
        String before = analysis.tag(number - 1);
        return before.equals("NOUN")
                || before.equals("PROPN")
                || AGE_WORDS.contains(tokens.get(number - 1).form());
    }

    /** How far back a count of things may stand: "40 spaces, including 4 disabled". */
    private static final int COUNTED_THINGS_REACH = 6;

    private static final Set<String> AGE_WORDS = Set.of("at", "aged", "age", "turned", "turns", "turning", "turn");

    /**
     * Four figures from 1000 to 1899 after a word that leads a date are a year ("In 1885 elderly
     * inmates were moved"); elsewhere they count ("there are 1500 homeless in the city").
     * {@link #YEAR} has already kept 1900 to 2099 from counting.
     */
    private boolean yearAt(int number, int sentenceStart) {
        return POSSIBLE_YEAR.matcher(tokens.get(number).form()).matches()
                && number > sentenceStart
                && YEAR_LEADS.contains(tokens.get(number - 1).form());
    }

    private static final Pattern POSSIBLE_YEAR = Pattern.compile("1\\d{3}");

    private static final Set<String> YEAR_LEADS =
            Set.of("in", "since", "by", "from", "until", "till", "during", "before", "after");

    /** A count written in figures ("200", "36,000"): words such as "one" are as often pronouns. */
    private static final Pattern COUNT = Pattern.compile("\\d[\\d,]*");

    /**
     * Token {@code i} ends a run of capitalised names straight after a determiner: "the Queen
     * Street homeless are", "the London homeless", where the name says where the people are.
     */
    private boolean namedPlaceAfterADeterminer(int i, int sentenceStart) {
        int j = i;
        while (j > sentenceStart && analysis.tag(j).equals("PROPN") && titleCase(j) && adjacent(j - 1, j)) {
            j--;
        }
        return j < i && NOMINAL_DETERMINERS.contains(tokens.get(j).form());
    }

    /**
     * Token {@code i} ends a run of lower-case nouns straight after a possessive: "Auckland's city
     * centre homeless", where the nouns say where the people are.
     */
    private boolean nounsAfterAPossessor(int i, int sentenceStart) {
        int j = i;
        while (j > sentenceStart
                && analysis.tag(j).equals("NOUN")
                && !titleCase(j)
                && adjacent(j - 1, j)
                // "Korsakoff's syndrome sufferers": an illness, whose sufferers are another entry's
                && !words.isConditionNoun(tokens.get(j).form())
                && !CONDITION_NAME_ENDS.contains(tokens.get(j).form())) {
            j--;
        }
        return j < i && possessor(j);
    }

    /**
     * After a slash, a phrase of two or more words whose last names no person ("supported housing
     * sector", "mental health sector"): the word before the slash is an alternative to the first of
     * them and describes the same noun. One word alone ("homeless/vagrants") or a phrase for people
     * ("homeless/vulnerable adults") is an alternative to the term itself.
     */
    private boolean phraseAfterSlash(int after, int sentenceEnd) {
        // by the words' forms as much as their tags: the tagger often reads the word after a slash
        // as punctuation ("homeless/mental health sector")
        int i = after;
        while (i < sentenceEnd
                && i < after + 5
                && (i == after || adjacent(i - 1, i))
                && (!NOT_IN_A_NOUN_PHRASE.contains(analysis.tag(i)) || adjectiveAt(i)) // "supported"
                && !PREPOSITIONS.contains(tokens.get(i).form())
                && !coordinator(i)) {
            i++;
        }
        if (i - after < 2) {
            return false;
        }
        String head = tokens.get(i - 1).form();
        // "the homeless/street drinkers", "the homeless/vulnerable adults": people, an alternative
        // to the term, not a thing it describes; but one group is what both words describe ("the
        // homeless/unhoused population"), unless the word after the slash sets a second group
        // against the first ("the homeless/general population")
        return !words.refersToPerson(head)
                || GROUP_NOUNS.contains(head)
                        && !CONTRASTING_GROUPS.contains(tokens.get(after).form());
    }

    /** Nouns for one whole group, which two describing words joined by a slash share. */
    private static final Set<String> GROUP_NOUNS = Set.of("population", "community", "cohort", "group");

    /** Words for the rest of a population, set against a group ("the homeless/general population"). */
    private static final Set<String> CONTRASTING_GROUPS = Set.of(
            "general", "housed", "settled", "wider", "local", "host", "mainstream", "domiciled", "overall", "whole");

    private static final Set<String> NOT_IN_A_NOUN_PHRASE =
            Set.of("VERB", "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ");

    /**
     * A past participle straight between "the" and the term describes the people it names ("the
     * sheltered homeless"); after "those" it starts a clause about them ("those assessed as
     * homeless", "those assessed homeless"), which says what they were found to be.
     */
    private boolean pastParticipleAfterThe(int i, int from, int sentenceStart) {
        // straight before the term, or before "and" and another describing word ("the sheltered
        // and unsheltered homeless")
        boolean describes = i + 1 == from || i + 1 < from && coordinator(i + 1);
        return describes
                && i > sentenceStart
                && tokens.get(i).form().endsWith("ed")
                && analysis.tag(i).equals("VERB")
                && adjacent(i, i + 1)
                && adjacent(i - 1, i)
                && tokens.get(i - 1).form().equalsIgnoreCase("the");
    }

    /**
     * "The", "these" or "those" before {@code i}, with only adjectives between ("the rough
     * sleeping"); not a possessive, which makes the "-ing" word a gerund ("their becoming homeless").
     */
    private boolean determinerAhead(int i, int sentenceStart) {
        for (int j = i - 1; j >= sentenceStart && j > i - 4 && adjacent(j, j + 1); j--) {
            if (DEMONSTRATIVE_DETERMINERS.contains(tokens.get(j).form())) {
                return true;
            }
            if (!analysis.tag(j).equals("ADJ") && !analysis.tag(j).equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The proper noun at {@code i}, with perhaps one more before it, follows a preposition after
     * which a group of people is named ("for London homeless", "among Leeds homeless"); not "to"
     * or "from", after which a place is where someone went ("returned to Leeds homeless").
     */
    private boolean placeAfterAGroupPreposition(int i, int sentenceStart) {
        for (int j = i; j >= sentenceStart && j > i - 3; j--) {
            if (j < i && !adjacent(j, j + 1)) {
                return false;
            }
            if (j < i && GROUP_PREPOSITIONS.contains(tokens.get(j).form())) {
                return true;
            }
            if (!analysis.tag(j).equals("PROPN") || !titleCase(j)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> GROUP_PREPOSITIONS = Set.of("for", "among", "amongst");

    /** Leads that name a group only after a noun ("action on homeless"). */
    private static final Set<String> PARTICLE_LEADS = Set.of("on", "about");

    private static final Set<String> DEMONSTRATIVE_DETERMINERS = Set.of("the", "these", "those");

    private static final Set<String> NOUN_MODIFIER_TAGS = Set.of("DET", "ADJ", "NUM");
    static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");

    private static final Set<String> NOMINAL_DETERMINERS =
            Set.of("the", "these", "those", "our", "their", "your", "its", "whose");

    /** Words that open a clause whose subject may follow straight away ("where homeless may drink", "so homeless can dine"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "where",
            "when",
            "while",
            "whilst",
            "because",
            "although",
            "though",
            "unless",
            "if",
            "that",
            "so",
            "why",
            "whether");

    /**
     * A bare plural subject: the word after the term is a plural or modal verb, or "who" ("Homeless
     * who have been living there"), never a singular verb ("homeless is a word").
     */
    private boolean bareSubject(int to, int sentenceEnd) {
        if (to >= sentenceEnd || !adjacent(to - 1, to)) {
            return false;
        }
        String next = tokens.get(to).form();
        if (next.equals("who")) {
            return true;
        }
        if (coordinator(to) && to + 2 < sentenceEnd && adjacent(to, to + 1) && adjectiveAt(to + 1)) {
            return bareSubject(to + 2, sentenceEnd); // "many local homeless and poor who came"
        }
        if (next.equals("there")
                && to + 1 < sentenceEnd
                && (tokens.get(to + 1).form().equals("are")
                        || tokens.get(to + 1).form().equals("were"))) {
            return true; // "to count how many homeless there are"
        }
        String tag = analysis.tag(to);
        if (tag.equals("ADV")
                && !next.equals("not")
                && to + 1 < sentenceEnd
                && adjacent(to, to + 1)
                && VERB_TAGS.contains(analysis.tag(to + 1))) {
            return bareSubject(to + 1, sentenceEnd); // "sufferers often go to great lengths"
        }
        // a word WordNet knows only as a verb is one, whatever the tagger read it as ("sufferers
        // confide in friends")
        if (!tag.equals("VERB") && !tag.equals("AUX") && !words.onlyAVerb(next)) {
            return false;
        }
        return !SINGULAR_VERBS.contains(next)
                && !(next.endsWith("s") && words.canBeVerb(next.substring(0, next.length() - 1)));
    }

    private static final Set<String> SINGULAR_VERBS = Set.of("is", "was", "has", "does", "'s");

    /**
     * A one-word adjective straight after a verb in the present with a noun for its subject, as
     * headlines drop the article ("Council fails homeless", "care cuts leave elderly stuck in
     * hospital", "changes hit disabled hardest"): it is the verb's object when the sentence ends
     * after it or an adjective or adverb follows, or "with" after a verb of giving ("projects provide
     * homeless with skills"). Not after "be", a linking verb or a verb of
     * going or living ("families become homeless", "he lives homeless"), nor after a past form,
     * which may be a passive ("family left homeless").
     */
    private boolean objectOfAPresentVerb(int from, int to, int sentenceStart, int sentenceEnd) {
        int verb = from - 1;
        if (to - from != 1 || verb - 1 < sentenceStart || !adjacent(verb, from) || !adjacent(verb - 1, verb)) {
            return false;
        }
        String form = tokens.get(verb).form();
        // headlines often leave the tagger reading the verb as a plural noun ("crisis leaves"), and
        // a base form after a plural as a noun ("churches supply homeless with meals")
        boolean verbHere = analysis.tag(verb).equals("VERB")
                || analysis.tag(verb).equals("NOUN")
                        && (thirdPersonOfAVerb(form)
                                || words.canBeVerb(form)
                                        && Inflector.looksPlural(
                                                tokens.get(verb - 1).form()));
        if (!verbHere
                || form.endsWith("ed")
                || form.endsWith("ing")
                || COPULAS.contains(form)
                || STATE_VERBS.contains(form)
                || words.isLinkingVerb(form)
                || NOT_TAKING_PEOPLE.contains(form)) {
            return false;
        }
        String subject = analysis.tag(verb - 1);
        // "Home help crisis leaves elderly stuck": a word WordNet knows in no verb form is a noun,
        // whatever the tagger made of it in a headline
        boolean subjectNoun = subject.equals("NOUN")
                || subject.equals("PROPN")
                || subject.equals("VERB")
                        && !words.canBeVerb(tokens.get(verb - 1).form());
        boolean agrees =
                form.endsWith("s") || Inflector.looksPlural(tokens.get(verb - 1).form()) && words.canBeVerb(form);
        if (!subjectNoun || !agrees) {
            return false;
        }
        if (to >= sentenceEnd || !adjacent(to - 1, to)) {
            return true;
        }
        String next = analysis.tag(to);
        String after = tokens.get(to).form();
        // "Foyer projects provide homeless with skills": what they are given follows "with"
        return next.equals("ADJ")
                || next.equals("ADV")
                || next.equals("VERB") && pastParticiple(after)
                || after.equals("with")
                        && (GIVING_VERBS.contains(form)
                                || Inflector.verbBases(form).stream().anyMatch(GIVING_VERBS::contains));
    }

    /** Verbs that take what is given after "with" ("provide", "equips"), in their base forms. */
    private static final Set<String> GIVING_VERBS = Set.of("provide", "supply", "equip", "furnish");

    /** A past participle that says where someone is left: "-ed", or "stuck" ("elderly stuck in hospital"). */
    private boolean pastParticiple(String form) {
        return edForm(form) || form.equals("stuck");
    }

    /** Verbs after which an adjective says how the subject is, not whom the verb acts on. */
    private static final Set<String> NOT_TAKING_PEOPLE = Set.of(
            "go", "goes", "went", "live", "lives", "sleep", "sleeps", "die", "dies", "end", "ends", "fall", "falls",
            "turn", "turns", "grow", "grows", "come", "comes", "stand", "stands", "sit", "sits", "feel", "feels",
            "sound", "sounds", "run", "runs", "left", "found", "made", "kept", "held", "put", "set");

    /** Verbs whose object an adjective after it describes ("left many homeless"). */
    private static final Set<String> LEAVE_OR_MAKE = Set.of(
            "leave",
            "leaves",
            "left",
            "leaving",
            "make",
            "makes",
            "made",
            "making",
            "render",
            "renders",
            "rendered",
            "rendering",
            "keep",
            "keeps",
            "kept",
            "keeping");

    /** Participles after which an adjective says how someone is ("living homeless", "left disabled"). */
    private static final Set<String> SAID_OF_THE_SUBJECT = Set.of(
            "living",
            "being",
            "becoming",
            "remaining",
            "staying",
            "left",
            "made",
            "rendered",
            "declared",
            "deemed",
            "found",
            "become");

    /** Words that open a phrase of time after a predicate ("last month", "every night"). */
    private static final Set<String> TIME_LEADS = Set.of("last", "next", "this", "every", "each", "most", "all");

    private static final Set<String> TIME_NOUNS = Set.of(
            "day",
            "days",
            "week",
            "weeks",
            "weekend",
            "weekends",
            "month",
            "months",
            "year",
            "years",
            "night",
            "nights",
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
            "time",
            "times",
            "summer",
            "winter",
            "spring",
            "autumn",
            "christmas",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "visit",
            "shift");

    /** Possessive determiners that belong to a person ("our" and "its" are an organisation's). */
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her", "their", "my", "your");

    /**
     * Whether the words after the noun at {@code noun} up to {@code from} are only "to", "of" or
     * "for" and adverbs, or "being" after "of" and "for": the term is the noun's complement
     * ("intention of ever getting clean", "a history of being combative", "a reputation for being
     * difficult").
     */
    private boolean complementRunsTo(int noun, int from) {
        if (noun + 1 >= from) {
            return false;
        }
        String link = tokens.get(noun + 1).form();
        if (!link.equals("to") && !link.equals("of") && !link.equals("for")) {
            return false;
        }
        for (int k = noun + 2; k < from; k++) {
            // "a history of being combative", "a reputation for being difficult": "being" brings in
            // what is said of the owner
            boolean being = !link.equals("to") && tokens.get(k).form().equals("being");
            if (!analysis.tag(k).equals("ADV") && !being) {
                return false;
            }
        }
        return adjacent(noun, noun + 1)
                && (!link.equals("for") || tokens.get(noun + 2).form().equals("being"));
    }

    /** Words that count people, after which the adjective alone can be what is counted. */
    private static final Set<String> COUNTED = Set.of("more", "fewer", "many", "few", "several");

    /**
     * The adjective ending at {@code to}, after the counting word at {@code quantity}, ends its
     * phrase: "than", an adverb or a preposition follows, or a comma or the end of the sentence
     * ("more homeless than ever", "if there's more homeless, ..."), and no "be" or linking verb
     * comes before the counting word ("they were more homeless than before", "she looks more
     * disabled" say how, not who).
     */
    private boolean countedAlone(int quantity, int to, int sentenceStart, int sentenceEnd) {
        int before = quantity - 1;
        if (before >= sentenceStart && LEAVE_OR_MAKE.contains(tokens.get(before).form())) {
            return false; // "the floods left many homeless": the people are left, homeless says how
        }
        boolean existential =
                before > sentenceStart && tokens.get(before - 1).form().equals("there");
        if (afterACopula(quantity, sentenceStart) && !existential) {
            return false;
        }
        if (before >= sentenceStart
                && (words.isLinkingVerb(tokens.get(before).form())
                        || CHANGE_VERBS.contains(tokens.get(before).form()))) {
            return false; // "she looks more disabled in the mornings", "he has grown more disabled since"
        }
        if (to >= sentenceEnd) {
            return true;
        }
        // "quite a few homeless here", "more homeless in the city centre": an adverb or a
        // preposition ends the phrase as a comma does
        String next = analysis.tag(to);
        return !adjacent(to - 1, to)
                || tokens.get(to).form().equals("than")
                || next.equals("ADV")
                || next.equals("ADP");
    }

    /**
     * After the coordinator at {@code coordinator}, words that describe and then the head noun of a
     * service or organisation in the singular ("and inclusion health charity", "and outreach
     * team"), with no determiner, verb or noun for people between: the term before the
     * coordinator describes it too.
     */
    private boolean serviceAfterCoordination(int coordinator, int sentenceEnd) {
        for (int j = coordinator + 1; j < sentenceEnd && j <= coordinator + 4 && adjacent(j - 1, j); j++) {
            String form = tokens.get(j).form();
            // one service, in the singular: "the homeless and permissive drug policies" are two things
            if (words.isNameHead(form) && !pluralNounAt(j)) {
                return j > coordinator + 1 && (j + 1 >= sentenceEnd || !adjacent(j, j + 1) || !isNounHere(j + 1));
            }
            // the tagger may read a noun it does not know as anything ("inclusion" as a preposition)
            String tag = analysis.tag(j);
            // an "-ing" word describes the noun after it ("and rough sleeping strategy")
            if (words.isPersonNoun(form)
                    || PREPOSITIONS.contains(form)
                    || tag.equals("DET")
                    || tag.equals("PRON")
                    || VERB_TAGS.contains(tag) && !form.endsWith("ing")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "our elderly and disabled residents", "an epileptic or diabetic episode": the term and the
     * adjectives after "and" or "or" share the noun that follows them; not "the elderly or
     * disabled often need" (no noun), nor "the homeless and offenders" (a second noun, not one the
     * term describes), nor "the homeless and drug-addicted who" (a compound adjective used as a
     * noun too).
     */
    private boolean sharesANounAfterCoordination(int to, int sentenceEnd) {
        // after "the", readers take the term as a group of its own ("the homeless and vulnerable
        // people" names two groups); after "our" or "their" the adjectives share the noun
        boolean adjectives = false;
        for (int j = to + 1; j < sentenceEnd && j < to + 5 && adjacentOrListed(j - 1, j); j++) {
            String tag = analysis.tag(j);
            String form = tokens.get(j).form();
            boolean compound = tokens.get(j).hyphenAfter() || tokens.get(j).hyphenBefore();
            if (compound || tag.equals("ADV") || adjectiveAt(j)) {
                adjectives = true;
            } else {
                return adjectives
                        && (words.isPersonNoun(form)
                                || isNounHere(j) // "an epileptic or diabetic episode": a thing both describe
                                || j + 1 < sentenceEnd
                                        && adjacent(j, j + 1)
                                        && words.isPersonNoun(tokens.get(j + 1).form()));
            }
        }
        return false;
    }

    /**
     * After a comma, a list of words that describe ("psychiatric/medical", "addiction") closed by
     * "and" or "or" and a noun: the noun is what every item describes, the term before the comma
     * too ("communication between homeless, psychiatric/medical and addiction services"). Not
     * after "the", where readers take the term as a group of its own.
     */
    private boolean sharedByAListAfterIt(int to, int sentenceEnd) {
        if (afterThe(to)) {
            return false;
        }
        int j = to;
        for (int count = 0; j < sentenceEnd && count < 8; j++, count++) {
            if (coordinator(j)) {
                break;
            }
            if (!listGapAt(j)
                    || !describingWord(j)
                    || pluralNounAt(j)
                    || words.isPersonNoun(tokens.get(j).form())) {
                return false; // "homeless, refugees and asylum seekers": groups of their own
            }
        }
        if (j >= sentenceEnd || !coordinator(j) || j == to) {
            return false;
        }
        // after "and": a word or two that describe, then the noun they share
        for (int k = j + 1; k < sentenceEnd && k <= j + 3 && adjacentOrSlash(k - 1, k); k++) {
            if (!describingWord(k)) {
                return false;
            }
            boolean last = k + 1 >= sentenceEnd || !adjacentOrSlash(k, k + 1) || !describingWord(k + 1);
            if (last) {
                return k > j + 1 && isNounHere(k);
            }
        }
        return false;
    }

    /**
     * After the comma at {@code to}, up to two adverbs and an adjective, then a plural noun for
     * people ("homeless, mentally ill individuals"): the word before the comma describes the same
     * people. Not after "the", nor when another group follows the noun ("homeless, disabled people
     * and refugees" names three groups).
     */
    private boolean describesPeopleAfterAComma(int to, int sentenceEnd) {
        if (afterThe(to)) {
            return false;
        }
        int k = to;
        while (k < sentenceEnd && k < to + 2 && (k == to || adjacent(k - 1, k)) && looksLikeAdverb(k)) {
            k++;
        }
        if (k >= sentenceEnd || k > to && !adjacent(k - 1, k) || !adjectiveAt(k)) {
            return false;
        }
        int noun = k + 1;
        if (noun >= sentenceEnd
                || !adjacent(k, noun)
                || !Inflector.looksPlural(tokens.get(noun).form())
                || !words.isPersonNoun(tokens.get(noun).form())) {
            return false;
        }
        int next = noun + 1;
        if (next >= sentenceEnd) {
            return true;
        }
        boolean anotherGroup =
                coordinator(next) || gap(noun, next).strip().equals(",") && (pluralNounAt(next) || adjectiveAt(next));
        return !anotherGroup;
    }

    /** An adjective or a noun that can stand before another noun. */
    private boolean describingWord(int token) {
        String tag = analysis.tag(token);
        return adjectiveAt(token) || tag.equals("NOUN") || tag.equals("PROPN");
    }

    private boolean adjacentOrSlash(int left, int right) {
        String gap = gap(left, right).strip();
        return gap.isEmpty() || gap.equals("/") || gap.equals("-");
    }

    /** Between an item of a list and the word before it: nothing, a comma, a slash or a hyphen. */
    private boolean listGapAt(int token) {
        return adjacentOrSlash(token - 1, token)
                || gap(token - 1, token).strip().equals(",");
    }

    /**
     * A phrase after "those" that only people have: "with" or "without" something, "on" benefits
     * or the streets, "at risk", "in" need or crisis ("those in most need"); not "those in the
     * cupboard".
     */
    private boolean peoplesPhraseAt(int preposition) {
        String form = tokens.get(preposition).form();
        if (PEOPLES_PREPOSITIONS.contains(form)) {
            return true;
        }
        for (int k = preposition + 1; form.equals("in") && k < tokens.size() && k <= preposition + 2; k++) {
            if (PEOPLES_STATES.contains(tokens.get(k).form())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PEOPLES_PREPOSITIONS = Set.of("with", "without", "on", "at");

    private static final Set<String> PEOPLES_STATES =
            Set.of("need", "crisis", "distress", "recovery", "receipt", "care");

    /** A plural noun, which names a group of its own ("refugees", "sufferers"). */
    private boolean pluralNounAt(int token) {
        return analysis.tag(token).equals("NOUN")
                && Inflector.looksPlural(tokens.get(token).form());
    }

    /**
     * The adjective at {@code from} is said of someone after "be" with a word that makes it a
     * habit, perhaps past other adverbs and "and" ("the patients are often abusive", "are
     * habitually abusive", "can often be verbally and physically aggressive"), or in the present
     * tense with a person straight before the verb ("he is aggressive and violent", "he's
     * violent"); not when denied ("are not always violent", "is no longer violent"), and without a
     * word of habit not when directed at someone ("is abusive to staff") nor in a relative clause
     * that makes a rule ("anyone who is violent will be banned").
     */
    boolean habitualPredicate(int from, int to, int sentenceStart, int sentenceEnd) {
        boolean habit = false;
        for (int i = from - 1; i >= sentenceStart && i >= from - 6; i--) {
            String form = tokens.get(i).form();
            if (denial(form)
                    || form.equals("longer")
                            && i > sentenceStart
                            && tokens.get(i - 1).form().equals("no")) {
                return false; // "are not always violent", "is no longer violent"
            }
            if (HABITUAL.contains(form)) {
                habit = true;
            } else if (personWithBe(form)) {
                // "he's violent", "they're abusive": the tokenizer keeps the pronoun and the verb as
                // one word
                return habit || !directedAt(to, sentenceEnd);
            } else if (COPULAS.contains(form)) {
                if (PRESENT_BE.contains(form)) {
                    // "he is aggressive and violent", "a lot of them are very violent": the present
                    // tense with a person straight before the verb says what someone is like, not
                    // what happened at one moment; not "the calls we get are abusive", where the
                    // person belongs to a clause of its own, nor "anyone who is violent will be
                    // banned", a rule about conduct, nor "is abusive to the people taking his
                    // calls", which tells what someone does to whom
                    String before = i == sentenceStart ? "" : tokens.get(i - 1).form();
                    // "and, at times, are belligerent and physically violent": a habit before the verb
                    habit |= before.equals("times")
                            && i - 2 >= sentenceStart
                            && tokens.get(i - 2).form().equals("at");
                    boolean person = words.refersToPerson(before) && !before.equals("who");
                    return !denial(before) && (habit || person && !directedAt(to, sentenceEnd));
                }
                // "can often be aggressive", "has always been violent": the habit may come first,
                // and a denial before it still denies ("has not always been violent")
                for (int k = i - 1; k >= sentenceStart && k >= i - 3; k--) {
                    if (denial(tokens.get(k).form())) {
                        return false;
                    }
                    habit |= k >= i - 2 && HABITUAL.contains(tokens.get(k).form());
                    // "some beggars can be abusive", "people with autism can be very violent": what
                    // someone is said to be capable of as a rule, when a person is named before
                    // "can" ("alcohol can be dangerous" is said of a thing)
                    habit |= k == i - 1
                            && tokens.get(k).form().equals("can")
                            && tokens.get(i).form().equals("be")
                            && peopleNamedIn(sentenceStart, k);
                }
                return habit;
            } else if (!analysis.tag(i).equals("ADV") && !coordinator(i) && !adjectiveAt(i)) {
                return false; // "are often rude and abusive": past another adjective of the predicate
            }
        }
        return false;
    }

    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");

    /**
     * A pronoun for a person and a present form of "be" that the tokenizer keeps as one word
     * ("he's", "they're", "I'm"); not "who's", as "who is" is not either (a rule about conduct).
     */
    private boolean personWithBe(String form) {
        return WordLists.pronounWithBe(form)
                && words.refersToPerson(form)
                && !WordLists.withoutContractedVerb(form).equals("who");
    }

    private static final Set<String> DIRECTED_AT = Set.of("to", "towards", "toward", "with");

    /** The predicate is directed at someone: "abusive to staff", "violent towards his mother". */
    private boolean directedAt(int to, int sentenceEnd) {
        return to < sentenceEnd && DIRECTED_AT.contains(tokens.get(to).form());
    }

    private static boolean denial(String form) {
        return NEGATIONS.contains(form) || form.endsWith("n't");
    }

    private static final Set<String> HABITUAL = Set.of(
            "often",
            "always",
            "usually",
            "frequently",
            "habitually",
            "regularly",
            "routinely",
            "persistently",
            "constantly",
            "invariably",
            "typically",
            "generally",
            "repeatedly");

    /** Prepositions that take the phrase after them as their object, never a verb's particle. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of(
            "on", "of", "to", "for", "with", "from", "at", "about", "into", "onto", "upon", "towards", "against");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "rarely", "seldom", "hardly");

    /** The words ending at {@code to} follow "the", with only adjectives and adverbs between. */
    private boolean afterThe(int to) {
        for (int i = to - 1; i >= 0 && (i == to - 1 || adjacent(i, i + 1)); i--) {
            String form = tokens.get(i).form();
            if (form.equals("the")) {
                return true;
            }
            String tag = analysis.tag(i);
            if (i < to - 1 && !tag.equals("ADJ") && !tag.equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "for homeless and vulnerable adults": the adjective and the next one describe a noun that
     * follows them, so neither stands alone.
     */
    private boolean coordinatedWithDescribedNoun(int to, int sentenceEnd) {
        if (to >= sentenceEnd || !coordinator(to)) {
            return false;
        }
        for (int j = to + 1; j < sentenceEnd && j < to + 5; j++) {
            String tag = analysis.tag(j);
            boolean person = words.refersToPerson(tokens.get(j).form());
            boolean personBeforeANoun = person && j + 1 < sentenceEnd && adjacent(j, j + 1) && isNounHere(j + 1);
            if (j == to + 1 && person && !personBeforeANoun) {
                // "carried out on elderly and people with mental health issues": people straight
                // after "and", with no noun after them, are a group of their own ("homeless and
                // veteran families" share "families")
                return false;
            }
            // a word for people before a noun describes it however the tagger read it ("refugee
            // families", "refugee" taken for a verb)
            if (tag.equals("NOUN") || tag.equals("PROPN") || personBeforeANoun) {
                return true;
            }
            if (!adjectiveAt(j) && !tag.equals("ADV") && !coordinator(j)) { // "disabled" counts as an adjective
                return false;
            }
        }
        return false;
    }

    /**
     * A word the tagger took for a noun straight after "the + adjective" is a verb, so that the
     * term ends its phrase: when WordNet knows it only as a verb ("the mentally ill improve", or
     * the "-s" form whose subject came earlier, "a network for the developmentally disabled
     * operates"); or when it can be a verb in its base form ("deserve", "need", "face") and what
     * follows is not what follows a noun ("the homeless need care", not "the homeless shelter is
     * full", "the homeless services team"); or when it is an "-s" form of a verb after a word that
     * is also a noun for one person, and what follows a verb comes next ("the drunk needs
     * somewhere to live").
     */
    private boolean readsAsVerb(int token, int sentenceStart, int sentenceEnd) {
        String form = tokens.get(token).form();
        if (tokens.get(token).hyphenAfter() || titleCase(token)) {
            return false; // a capitalised word after "the homeless" starts a name ("the homeless Link")
        }
        if (words.onlyAVerb(form)) {
            // "the mentally ill improve with support", "a network for the developmentally disabled
            // operates": no noun reading to weigh
            return true;
        }
        if (token + 1 >= sentenceEnd || !adjacent(token, token + 1)) {
            return false; // "... for the homeless sector."
        }
        if (Inflector.participleBases(form).stream().anyMatch(words::onlyAVerb)
                && !MODIFIER_TAGS.contains(analysis.tag(token + 1))) {
            // "complaints about the homeless loitering in public places": the participle of a
            // word that is only a verb, however the tagger read it; before a noun it is part of
            // a name for something ("the homeless befriending scheme")
            return true;
        }
        String after = analysis.tag(token + 1);
        if (prepositionEndingInTo(token + 1, sentenceEnd)) {
            return false; // "the homeless shelter next to the station": a place follows, not the verb's object
        }
        if (nounBeforeItsBaseVerb(token, sentenceEnd)) {
            return false; // "Did the homeless shelter open on Christmas Day?"
        }
        if (!words.canBeVerb(form)) {
            // after a word that is also a noun for one person ("the drunk"), an "-s" form whose base
            // is a verb is that person's verb when what follows a verb comes next: "the drunk needs
            // somewhere to live", "the drunk goes"; not "the homeless shelters nearby"
            return words.canBeAPersonNoun(tokens.get(token - 1).form())
                    && thirdPersonOfAVerb(form)
                    && (VERB_FOLLOWERS.contains(after)
                            || tokens.get(token + 1).form().equals("to"));
        }
        return switch (after) {
            case "DET", "PRON", "ADV", "PART", "NUM", "ADJ" -> true;
            // "a hostel for homeless drug addicts": a word the tagger read as a noun, before a noun
            // for people, is the first part of a compound that names them; one it read as an
            // adjective describes them ("the most vulnerable rough sleepers")
            // A word WordNet sees far more often as a noun starts a compound there when the
            // compound's own verb follows: "if the homeless shelter closes", "the disabled access
            // ramp was broken"; not "the homeless access food banks", "the homeless smoke cannabis"
            case "NOUN" ->
                !words.isNameHead(tokens.get(token + 1).form())
                        && !startsACompoundBeforeItsVerb(token, sentenceEnd)
                        && !((analysis.tag(token).equals("NOUN")
                                        || analysis.tag(token).equals("ADJ"))
                                && words.isPersonNoun(tokens.get(token + 1).form()));
            // a verb someone does without an object (by WordNet), not seen mostly as a noun, before
            // its preposition, where "the" and a one-word adjective open a clause that has no
            // other verb: "as the homeless scramble for food", "we have seen the homeless scream in
            // the faces of"; a verb that takes an object is a noun there ("the homeless support in
            // the area", "the blind spot at the end"), as is an event whose clause has its verb
            // later ("the homeless march on Saturday drew crowds"), any word after another verb or
            // a preposition ("launched the violent attack on"), and any before "of"
            case "ADP" ->
                tokens.get(token + 1).form().equals("to")
                        || particleEndsPhrasalVerb(token + 1, sentenceEnd)
                        || words.takesNoObject(form)
                                && !words.nounRatherThanVerb(form)
                                && !tokens.get(token + 1).form().equals("of")
                                && token - 2 >= sentenceStart
                                && tokens.get(token - 2).form().equals("the")
                                && adjacent(token - 2, token - 1)
                                && opensAClause(token - 2, sentenceStart)
                                && !eventsVerbLater(token + 1, sentenceEnd);
            // a verb in its base form cannot follow a singular noun: "need" in "the mentally ill need care"
            // is the verb, however the tagger read the two
            case "VERB" -> baseForm(tokens.get(token + 1).form());
            default -> false;
        };
    }

    /**
     * The phrase starting at {@code first} opens a clause, so may be its subject: at the start of a
     * sentence or after a comma, after a word that opens a clause ("as", "when", "because"; "as"
     * is kept out of {@link #CLAUSE_OPENERS}, where it would also open "accepted as homeless"), or
     * as the object of a verb whose bare verb follows ("seen the homeless scream"; not "found",
     * which takes a noun or an "-ing" form).
     */
    private boolean opensAClause(int first, int sentenceStart) {
        if (first == sentenceStart) {
            return true;
        }
        String gap = gap(first - 1, first).strip();
        if (!gap.isEmpty()) {
            return gap.equals(",") || gap.equals(";") || gap.equals(":");
        }
        String before = tokens.get(first - 1).form();
        return CLAUSE_OPENERS.contains(before) || before.equals("as") || BARE_INFINITIVE_VERBS.contains(before);
    }

    /**
     * Verbs whose object may take a bare verb after it: "saw the homeless scramble", "let the
     * elderly sit", "help the homeless find work".
     */
    private static final Set<String> BARE_INFINITIVE_VERBS = Set.of(
            "see", "sees", "saw", "seen", "watch", "watches", "watched", "hear", "hears", "heard", "let", "lets",
            "make", "makes", "made", "help", "helps", "helped", "helping");

    /**
     * The noun after a word that may start a compound is the compound's verb ("shelter closes":
     * an "-s" form whose base WordNet sees more as a verb than a noun), or a noun followed by a
     * singular verb ("access ramp was", "shelter roof leaks"): the two words are one subject.
     */
    private boolean compoundBeforeItsVerb(int next, int sentenceEnd) {
        if (singularVerb(tokens.get(next).form())) {
            return true;
        }
        return next + 1 < sentenceEnd
                && adjacent(next, next + 1)
                && (SINGULAR_AUXILIARIES.contains(tokens.get(next + 1).form())
                        || singularVerb(tokens.get(next + 1).form()));
    }

    /**
     * A word WordNet sees far more often as a noun, then a verb in its base form that is not: the
     * noun and its verb, however the tagger read them ("Did the homeless shelter open on Christmas
     * Day?", "keep the homeless shelter open").
     */
    private boolean nounBeforeItsBaseVerb(int token, int sentenceEnd) {
        if (!nounRatherThanVerbBeforeAWord(token, sentenceEnd)) {
            return false;
        }
        // WordNet's list holds base forms only ("open"; not "opened", "taken")
        String next = tokens.get(token + 1).form();
        return words.canBeVerb(next)
                && !words.nounRatherThanVerb(next)
                && !titleCase(token + 1)
                && !tokens.get(token + 1).hyphenAfter();
    }

    /** A word WordNet sees far more often as a noun, with the compound's verb after it: "The homeless shelter closes at 9am". */
    private boolean startsACompoundBeforeItsVerb(int token, int sentenceEnd) {
        return nounRatherThanVerbBeforeAWord(token, sentenceEnd) && compoundBeforeItsVerb(token + 1, sentenceEnd);
    }

    /** A word WordNet sees far more often as a noun, with another word straight after it in the sentence. */
    private boolean nounRatherThanVerbBeforeAWord(int token, int sentenceEnd) {
        return words.nounRatherThanVerb(tokens.get(token).form())
                && token + 1 < sentenceEnd
                && adjacent(token, token + 1);
    }

    /** An "-s" form of a verb whose base WordNet does not see mostly as a noun: "closes", not "banks". */
    private boolean singularVerb(String form) {
        List<String> bases = Inflector.verbBases(form);
        return bases.stream().anyMatch(words::canBeVerb) && bases.stream().noneMatch(words::nounRatherThanVerb);
    }

    private static final Set<String> SINGULAR_AUXILIARIES = Set.of("is", "was", "has", "does");

    /**
     * A particle that makes a phrasal verb of the word before it ("the homeless show up in A&E",
     * "turn out"), with no noun phrase of its own after it: not "the homeless shelter up the road",
     * "the homeless camp out by the river".
     */
    private boolean particleEndsPhrasalVerb(int particle, int sentenceEnd) {
        if (!PARTICLES.contains(tokens.get(particle).form())) {
            return false;
        }
        if (particle + 1 >= sentenceEnd || !adjacent(particle, particle + 1)) {
            return true;
        }
        String next = analysis.tag(particle + 1);
        // "show up in A&E", "turn up at"; other particles before a place say where a thing is
        // ("the homeless shelter out at the airport")
        return !NOUN_PHRASE_STARTS.contains(next)
                && (!next.equals("ADP") || tokens.get(particle).form().equals("up"));
    }

    /**
     * Verbs of saying that are not also nouns a document names things with ("claims", "report",
     * "fears" are): after "the homeless" at the end of a clause they can only be its verb.
     */
    private static final Set<String> SAYING_AT_THE_END = Set.of(
            "say",
            "says",
            "insist",
            "insists",
            "argue",
            "argues",
            "warn",
            "warns",
            "agree",
            "agrees",
            "complain",
            "complains",
            "admit",
            "admits",
            "explain",
            "explains");

    private static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "away", "back", "around");
    private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON");

    /**
     * The word after the term is the sentence's only possible verb: "Some homeless sleep in the
     * park.", where nothing before the term and nothing after the word is a verb, so "sleep" must
     * be one, however the tagger read it. Not "Does the homeless shelter in Leeds take dogs?" or
     * "We raised money for the homeless shelter in Leeds." (another verb), and not a heading
     * without a full stop ("The homeless shelter on Main Street").
     */
    private boolean onlyVerbOfTheSentence(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to >= sentenceEnd
                || !adjacent(to - 1, to)
                || startsACompoundBeforeItsVerb(to, sentenceEnd)
                || nounBeforeItsBaseVerb(to, sentenceEnd)) {
            return false;
        }
        if (!baseVerbAt(to) || !endsWithFullStop(sentenceEnd)) {
            return false;
        }
        boolean question =
                text.substring(tokens.get(sentenceEnd - 1).end()).stripLeading().startsWith("?");
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            if ((i < from || i > to)
                    && VERB_TAGS.contains(analysis.tag(i))
                    // "What does a hostel for the homeless look like?": the auxiliary of a question
                    // goes with the verb after the term
                    && !(question
                            && i < from
                            && QUESTION_AUXILIARIES.contains(tokens.get(i).form()))) {
                return false;
            }
        }
        return true;
    }

    /** An "-s" form whose base WordNet knows as a verb: the third person "supports", "closes", "goes". */
    private boolean thirdPersonOfAVerb(String form) {
        return Inflector.verbBases(form).stream().anyMatch(words::canBeVerb);
    }

    /** A word in lower case, not joined by a hyphen, whose form is a verb's base form: "go", "fall". */
    private boolean baseVerbAt(int token) {
        String form = tokens.get(token).form();
        return baseForm(form)
                && words.canBeVerb(form)
                && !titleCase(token)
                && !tokens.get(token).hyphenAfter();
    }

    /**
     * {@link #onlyVerbOfTheSentence} for a clause that one of {@link #CLAUSE_OPENERS} opens, with
     * the term as its subject: "places where the homeless go in Dublin are closing", "when the
     * elderly fall at home". The base form after the term can be a verb and what follows it is
     * what follows a verb (a preposition, an adverb, a determiner, a pronoun or the end of the
     * clause); in "where the homeless shelter is" and "where the elderly care home stands" a verb
     * or a noun follows, and the word is the first part of a compound.
     */
    private boolean onlyVerbOfAClause(int from, int to, int sentenceStart, int sentenceEnd) {
        int opener = from - 1;
        // the rest of the subject's phrase before the term: "where a lot of homeless gather", "as
        // the numbers of female homeless rise", "when the elderly fall"
        for (int steps = 0;
                steps < SUBJECT_LEAD_WORDS
                        && opener > sentenceStart
                        && adjacent(opener, opener + 1)
                        && (SUBJECT_LEADS.contains(tokens.get(opener).form())
                                || analysis.tag(opener).equals("ADJ") && !titleCase(opener));
                steps++) {
            opener--;
        }
        String openerForm = opener >= sentenceStart ? tokens.get(opener).form() : "";
        // "as" opens a clause at the start of the sentence or after a comma ("As the homeless
        // scramble for beds, ..."), not in "seen as" or "such as"
        boolean openingAs = openerForm.equals("as")
                && (opener == sentenceStart || gap(opener - 1, opener).contains(","));
        if (opener < sentenceStart
                || !CLAUSE_OPENERS.contains(openerForm) && !openingAs
                || to >= sentenceEnd
                || !adjacent(to - 1, to)) {
            return false;
        }
        if (!baseVerbAt(to)
                || words.isNameHead(tokens.get(to).form())
                || startsACompoundBeforeItsVerb(to, sentenceEnd)
                // a word WordNet sees far more often as a noun is a compound's second part when
                // the clause has its verb later ("where the homeless camp by the river had grown";
                // not "places where the homeless go in Dublin are closing"), or when adjectives or
                // quantities lead the subject ("because the local homeless shelter at St Mary's
                // closed", which the tagger reads as an adjective); after such a lead, or "as", any
                // word is when the clause's verb comes later ("if the annual homeless count in
                // January was accurate")
                || compoundAfterTheTerm(to, opener < from - 2 || openingAs, sentenceEnd)) {
            return false;
        }
        if (to + 1 >= sentenceEnd || !adjacent(to, to + 1)) {
            return true; // "where the homeless sleep.", "when the elderly fall, ..."
        }
        String next = tokens.get(to + 1).form();
        boolean verbReadAsNoun =
                analysis.tag(to + 1).equals("NOUN") && Inflector.looksPlural(next) && thirdPersonOfAVerb(next);
        return AFTER_A_CLAUSE_VERB.contains(analysis.tag(to + 1)) && !verbReadAsNoun;
    }

    /**
     * The word at {@code next}, after the term in a clause, is the second part of a compound
     * rather than the clause's verb: see {@link #onlyVerbOfAClause}. {@code led} says whether
     * words other than "the" lead the subject, or "as" opens the clause.
     */
    private boolean compoundAfterTheTerm(int next, boolean led, int sentenceEnd) {
        boolean verbLater = finiteVerbLaterInTheClause(next + 1, sentenceEnd);
        if (words.nounRatherThanVerb(tokens.get(next).form())) {
            return led || verbLater;
        }
        return led && verbLater;
    }

    /**
     * A verb that is not an "-ing" form comes later in the clause, before a comma, a colon, a
     * dash or "and", "but" or "or": the clause's verb, so that the word after the term was a
     * compound's second part ("because the local homeless shelter at St Mary's closed", "where
     * the homeless camp by the river had grown").
     */
    private boolean finiteVerbLaterInTheClause(int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            if (!adjacent(i - 1, i)) {
                return false; // a comma, a colon or a dash ends the clause
            }
            String form = tokens.get(i).form();
            if (form.equals("and") || form.equals("but") || form.equals("or")) {
                return false;
            }
            if (VERB_TAGS.contains(analysis.tag(i)) && !form.endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #finiteVerbLaterInTheClause} for a word after "the + adjective" read as their verb
     * before a preposition: a later finite verb shows the word was an event ("the homeless march
     * on Saturday and Sunday drew crowds", "the homeless march on Saturday, which started at noon,
     * drew crowds"). A relative clause's verb is its own ("scream at those who don't give them
     * money"), an infinitive or an "-ing" form is no finite verb ("scramble for food to eat"), and
     * "and" or "or" ends the clause only where a new predicate or clause starts after it ("and
     * use our public spaces", "and they"), not between two nouns.
     */
    private boolean eventsVerbLater(int from, int sentenceEnd) {
        int reopened = -1; // the word after a skipped relative clause's closing comma
        for (int i = from; i < sentenceEnd; i++) {
            String form = tokens.get(i).form();
            String tag = analysis.tag(i);
            if (i != reopened && !adjacent(i - 1, i)) {
                String gap = gap(i - 1, i).strip();
                if (!gap.equals(",") || !(form.equals("which") || form.equals("who"))) {
                    return false; // a comma, a colon or a dash ends the clause
                }
                // ", which started at noon,": the relative clause between commas is skipped
                int close = i + 1;
                while (close < sentenceEnd && adjacent(close - 1, close)) {
                    close++;
                }
                if (close >= sentenceEnd || !gap(close - 1, close).strip().equals(",")) {
                    return false;
                }
                reopened = close;
                i = close - 1;
                continue;
            }
            // "that" before a noun is its determiner, however tagged ("on that Saturday")
            boolean determiner =
                    form.equals("that") && i + 1 < sentenceEnd && NOUN_PHRASE_AFTER_THAT.contains(analysis.tag(i + 1));
            if (RELATIVES.contains(form) && (tag.equals("PRON") || tag.equals("SCONJ")) && !determiner
                    || SUBORDINATORS.contains(form)) {
                return false;
            }
            if ((form.equals("and") || form.equals("but") || form.equals("or"))
                    && i + 1 < sentenceEnd
                    && NEW_PREDICATE_STARTS.contains(analysis.tag(i + 1))) {
                return false;
            }
            if (VERB_TAGS.contains(tag)
                    && !form.endsWith("ing")
                    && !tokens.get(i - 1).form().equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** What follows "that" as a determiner: "that Saturday", "that cold night", "that one". */
    private static final Set<String> NOUN_PHRASE_AFTER_THAT = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    /** What opens a new predicate or clause after "and": a verb, a pronoun, a determiner. */
    private static final Set<String> NEW_PREDICATE_STARTS = Set.of("VERB", "AUX", "PRON", "DET");

    /** How many words of a subject's phrase may stand between a clause's opener and the term. */
    private static final int SUBJECT_LEAD_WORDS = 5;

    /**
     * Words of a subject's phrase before the term, besides adjectives: articles, quantities and
     * the nouns of amount that take "of" ("a lot of", "the numbers of").
     */
    private static final Set<String> SUBJECT_LEADS = Set.of(
            "the", "a", "an", "of", "lot", "lots", "number", "numbers", "many", "some", "most", "more", "few",
            "several", "these", "those", "all", "our", "their");

    /** What may follow the verb of a short clause: "go in Dublin", "fall at home", "stay there". */
    private static final Set<String> AFTER_A_CLAUSE_VERB =
            Set.of("ADP", "ADV", "DET", "PRON", "PART", "SCONJ", "PUNCT");

    /**
     * The term ends a phrase after a noun and a preposition ("a day centre for the homeless") and
     * the "-s" word after it is the verb of that noun, not a noun the term describes: "A day centre
     * for the homeless closes today", "Charity for homeless launches GP service". The "-s" word can
     * be a verb, no verb comes before the term or after the "-s" word in its clause, and an object
     * follows it: a determiner, a number, a pronoun, an adverb or a noun. A phrase of time alone
     * ("this winter", "today") follows a noun phrase in a heading as readily as a verb, so after it
     * the term must have "the" ("Food for homeless dogs this winter" is a noun phrase). Places for
     * people are nouns ("plans for homeless shelters"), as are words that head names.
     */
    private boolean verbOfTheNounBefore(int from, int to, int sentenceStart, int sentenceEnd) {
        if (from - 2 < sentenceStart
                || !analysis.tag(from - 1).equals("ADP")
                || !adjacent(from - 2, from - 1)
                || !NOMINAL.contains(analysis.tag(from - 2))
                || to + 1 >= sentenceEnd
                || !adjacent(to, to + 1)) {
            return false;
        }
        String form = tokens.get(to).form();
        if (!form.endsWith("s")
                || titleCase(to)
                || words.isNameHead(form)
                || PLACES_FOR_PEOPLE.contains(form)
                || !thirdPersonOfAVerb(form)) {
            return false;
        }
        for (int i = sentenceStart; i < from; i++) {
            if (VERB_TAGS.contains(analysis.tag(i))) {
                return false;
            }
        }
        for (int i = to + 1; i < sentenceEnd && !gap(i - 1, i).contains(","); i++) {
            if (VERB_TAGS.contains(analysis.tag(i))
                    && !looksLikeParticiple(i)
                    && !tokens.get(i).form().endsWith("ing")) {
                return false; // "funding for homeless services is rising": the verb comes later
            }
        }
        String next = tokens.get(to + 1).form();
        boolean time = TIME_LEADS.contains(next) || words.isAdverbAfterNoun(next);
        if (time && !tokens.get(from).form().equals("the")) {
            return false;
        }
        return OBJECT_OR_TIME_TAGS.contains(analysis.tag(to + 1));
    }

    /** Plural places and provision that a word for people describes and that can also be verbs ("shelters", "beds"). */
    private static final Set<String> PLACES_FOR_PEOPLE =
            Set.of("shelters", "homes", "beds", "places", "camps", "hostels", "lodges", "rooms", "flats");

    private static final Set<String> OBJECT_OR_TIME_TAGS = Set.of("DET", "NUM", "PRON", "ADV", "NOUN", "PROPN");

    /** Whether the sentence ends with ".", "!" or "?", as a heading seldom does. */
    private boolean endsWithFullStop(int sentenceEnd) {
        for (int i = tokens.get(sentenceEnd - 1).end(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201D' && c != ')') {
                return false;
            }
            if (c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * An "-ing" word straight after an adjective that no verb or adverb comes before ("in relation
     * to aggressive begging"): a noun for an activity that the adjective describes; not "he was
     * aggressive shouting at staff".
     */
    private boolean gerundAfterAdjective(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to >= sentenceEnd
                || !adjacent(to - 1, to)
                || !tokens.get(to).form().endsWith("ing")
                || words.isPersonNoun(tokens.get(to).form())
                || from <= sentenceStart) {
            return false;
        }
        String before = analysis.tag(from - 1);
        return !VERB_TAGS.contains(before) && !before.equals("ADV") && !before.equals("PRON");
    }

    /**
     * Whether the word may be a verb: an inflected form ("-s", "-ed", "-en", "-ing", which an
     * irregular verb may have too), or a base form WordNet knows as a verb; not "aggressive".
     */
    private boolean couldBeAVerb(String form) {
        return !baseForm(form) || words.canBeVerb(form);
    }

    /** WordNet knows the word in no verb form: neither as it is nor with "-s", "-es" or "-ed" taken off. */
    private boolean noVerbForm(String form) {
        if (words.canBeVerb(form)) {
            return false;
        }
        for (String ending : List.of("s", "es", "ed", "d")) {
            if (form.endsWith(ending) && words.canBeVerb(form.substring(0, form.length() - ending.length()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean baseForm(String form) {
        return !form.endsWith("s") && !form.endsWith("ed") && !form.endsWith("ing") && !form.endsWith("en");
    }

    /**
     * Whether the word carries one of the tags. The tagger sometimes reads a verb straight after a
     * name as a noun ("Marcus claims he ..."); a word between a subject and a pronoun or "that"
     * is taken as the verb it must be. A past participle in a passive or after a coordinated
     * verb ("be evicted and barred") is a verb, whatever the tagger makes of it.
     */
    boolean hasPartOfSpeech(int token, List<String> allowed, int sentenceStart, int sentenceEnd) {
        String tag = analysis.tag(token);
        if (tag.equals("VERB")
                && !allowed.contains("ADJ")
                && participleBeforeItsNoun(token, sentenceStart, sentenceEnd)) {
            return false; // "the alleged attacker", "of alleged serial killer": an adjective, however tagged
        }
        if (allowed.contains(tag)) {
            return true;
        }
        if (allowed.contains("NOUN")
                && (objectBeforeABareVerb(token, sentenceStart, sentenceEnd)
                        || personNounEndingAPhrase(token, sentenceStart, sentenceEnd))) {
            return true;
        }
        if (!allowed.contains("VERB")) {
            return false;
        }
        if (tag.equals("ADJ")
                && token > sentenceStart
                && adjacent(token - 1, token)
                && tokens.get(token).form().endsWith("ed")) {
            String before = analysis.tag(token - 1);
            if (before.equals("AUX")
                    || coordinator(token - 1)
                            && token - 2 >= sentenceStart
                            && (analysis.tag(token - 2).equals("VERB")
                                    || tokens.get(token - 2).form().endsWith("ed"))) {
                return true;
            }
        }
        if (verbAfterPeople(token, sentenceStart, sentenceEnd, false)) {
            return true;
        }
        // a noun, by the tagger's reading, between a word and the next, may still be a verb with
        // its clause after it
        if (!tag.equals("NOUN")
                || token <= sentenceStart
                || token + 1 >= sentenceEnd
                || !adjacent(token - 1, token)
                || !adjacent(token, token + 1)) {
            return false;
        }
        String form = tokens.get(token).form();
        String next = tokens.get(token + 1).form();
        if (analysis.tag(token - 1).equals("NOUN")
                && !form.endsWith("s")
                && words.canBeVerb(form)
                && CLAUSE_SUBJECTS.contains(next)) {
            // "prisoners in a jail claim it is easy": a base form after a noun, with a clause's
            // subject straight after it, is the plural verb of a subject further back
            return true;
        }
        return (words.refersToPerson(tokens.get(token - 1).form())
                        || analysis.tag(token - 1).equals("PROPN"))
                // "a parent claims she's attended": the pronoun may carry its verb
                && (SUBJECT_PRONOUNS.contains(WordLists.withoutContractedVerb(next))
                        || next.equals("that")
                        // "the student insists there is no problem"
                        || next.equals("there")
                        || infinitiveAfter(token + 1, sentenceEnd)); // "a parent claims to have attended"
    }

    /**
     * A plural between a verb that takes a bare infinitive ("help", "let", "see", "watch", "hear",
     * "make" and their forms) and a base verb is that verb's subject and
     * the first verb's object, a noun however the tagger read it ("grants to help convicts find
     * work").
     */
    private boolean objectBeforeABareVerb(int token, int sentenceStart, int sentenceEnd) {
        return token > sentenceStart
                && token + 1 < sentenceEnd
                && adjacent(token - 1, token)
                && adjacent(token, token + 1)
                && Inflector.looksPlural(tokens.get(token).form())
                && (BARE_INFINITIVE_VERBS.contains(tokens.get(token - 1).form())
                        || HELP.contains(tokens.get(token - 1).form()))
                && baseVerbAt(token + 1); // the tagger may read it as anything ("find/ADJ")
    }

    private static final Set<String> HELP = Set.of("help", "helps", "helped", "helping");

    /**
     * A word that is also a noun for a person ("drunk", "criminal") after "a" or "an" and the
     * adjectives that describe it, with no noun after it, is that noun: "a sleepy drunk—falling
     * asleep", "a hardened criminal."; not "a little drunk" or "a bit drunk", where the words
     * before it say how much.
     */
    private boolean personNounEndingAPhrase(int token, int sentenceStart, int sentenceEnd) {
        if (!words.canBeAPersonNoun(tokens.get(token).form()) || !personAdjectiveAsNoun(token, sentenceEnd)) {
            return false;
        }
        int i = token - 1;
        // an adjective however tagged ("a sleepy drunk", where "sleepy" was read as a noun)
        while (i > sentenceStart
                && adjacent(i, i + 1)
                && (analysis.tag(i).equals("ADJ")
                        || words.canBeAdjective(tokens.get(i).form()))) {
            if (AMOUNTS_AFTER_A.contains(tokens.get(i).form())) {
                return false;
            }
            i--;
        }
        return i >= sentenceStart
                && adjacent(i, i + 1)
                && (tokens.get(i).form().equals("a") || tokens.get(i).form().equals("an"));
    }

    /** Words that say how much after "a": "a little drunk", "a bit tipsy". */
    private static final Set<String> AMOUNTS_AFTER_A =
            Set.of("little", "bit", "tad", "lot", "few", "touch", "trifle", "mite");

    /**
     * An "-ed" word after a determiner or a preposition and straight before a noun or an
     * adjective: it describes the noun ("the alleged attacker", "victims of alleged serial
     * killer"), so it is no verb, whatever the tagger says.
     */
    private boolean participleBeforeItsNoun(int token, int sentenceStart, int sentenceEnd) {
        if (!tokens.get(token).form().endsWith("ed")
                || token <= sentenceStart
                || token + 1 >= sentenceEnd
                || !adjacent(token - 1, token)
                || !adjacent(token, token + 1)) {
            return false;
        }
        String before = analysis.tag(token - 1);
        String after = analysis.tag(token + 1);
        // "her alleged rape", "his alleged suicidality": after a possessive it describes the noun
        return (before.equals("DET")
                        || before.equals("ADP")
                        || PERSONAL_POSSESSIVES.contains(tokens.get(token - 1).form()))
                && (after.equals("NOUN") || after.equals("ADJ") || after.equals("PROPN"));
    }

    /** "to" at {@code to} and a verb straight after it: an infinitive. */
    private boolean infinitiveAfter(int to, int sentenceEnd) {
        return tokens.get(to).form().equals("to")
                && to + 1 < sentenceEnd
                && adjacent(to, to + 1)
                && (analysis.tag(to + 1).equals("VERB") || analysis.tag(to + 1).equals("AUX"));
    }

    /**
     * A word the tagger read as a noun straight after a plural noun for people, which is no
     * modifier of a noun after it: a verb's base form there is the verb, when an object or an
     * adverb follows ("patients refuse medical care"), or, with {@code pluralObjects}, a plural
     * noun ("unruly children lack boundaries", where the people head the phrase before the verb;
     * not where the verb is the term, as "tenants claim benefits" is no doubt cast on anyone).
     */
    private boolean verbAfterPeople(int token, int sentenceStart, int sentenceEnd, boolean pluralObjects) {
        if (!nounAfterAPersonNoun(token, sentenceStart, sentenceEnd)) {
            return false;
        }
        String subject = tokens.get(token - 1).form();
        String form = tokens.get(token).form();
        return Inflector.looksPlural(subject)
                && words.canBeVerb(form)
                && baseForm(form)
                && (VERB_FOLLOWERS.contains(analysis.tag(token + 1)) || pluralObjects && pluralObject(token + 1));
    }

    /**
     * The "-s" word at {@code token}, after a noun for one person in a phrase a determiner opens,
     * is that person's verb however the tagger read it ("a schizophrenic patient talks about", "the
     * chaotic resident needs a room"): a verb's "-s" form that WordNet does not see mostly as a
     * noun, before what follows a verb or a preposition other than "of" ("the patient records of").
     * Without a determiner the two nouns are a compound ("difficult client visits at night").
     */
    private boolean verbAfterAPerson(int token, int sentenceStart, int sentenceEnd) {
        if (!nounAfterAPersonNoun(token, sentenceStart, sentenceEnd)) {
            return false;
        }
        String subject = tokens.get(token - 1).form();
        String form = tokens.get(token).form();
        String next = analysis.tag(token + 1);
        return !Inflector.looksPlural(subject)
                && determinedBefore(token - 1)
                && form.endsWith("s")
                && thirdPersonOfAVerb(form)
                && Inflector.verbBases(form).stream().noneMatch(words::nounRatherThanVerb)
                && (VERB_FOLLOWERS.contains(next)
                        || next.equals("ADP") && !tokens.get(token + 1).form().equals("of"));
    }

    /**
     * A word the tagger read as a noun, with a word after it, straight after a noun for people that
     * is no possessive ("tenants' refuse" is their rubbish): the shape in which the tagger takes
     * the people's verb for the second half of a compound.
     */
    private boolean nounAfterAPersonNoun(int token, int sentenceStart, int sentenceEnd) {
        return analysis.tag(token).equals("NOUN")
                && token > sentenceStart
                && token + 1 < sentenceEnd
                && adjacent(token - 1, token)
                && adjacent(token, token + 1)
                && !apostropheAfter(token - 1)
                && words.isPersonNoun(tokens.get(token - 1).form());
    }

    /**
     * A determiner or a possessive stands before the noun at {@code noun}, at most four adjectives,
     * adverbs or nouns back with no punctuation between: a singular noun for a person needs one to
     * be a subject ("a schizophrenic patient talks"), where without one it is the first half of a
     * compound ("difficult client visits at night").
     */
    private boolean determinedBefore(int noun) {
        for (int i = noun - 1; i >= 0 && i >= noun - 5 && adjacent(i, i + 1); i--) {
            String tag = analysis.tag(i);
            if (tag.equals("DET") || POSSESSIVES.contains(tokens.get(i).form())) {
                return true;
            }
            if (!tag.equals("ADJ") && !tag.equals("ADV") && !tag.equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /** A plural noun, not a name, that can be a verb's object ("children lack boundaries"). */
    private boolean pluralObject(int token) {
        return analysis.tag(token).equals("NOUN")
                && Inflector.looksPlural(tokens.get(token).form())
                && !titleCase(token);
    }

    private static final Set<String> VERB_FOLLOWERS = Set.of("DET", "PRON", "ADJ", "ADV", "PART");

    static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "nor");

    /** The first words of a joined pair: "both angry and aggressive", "either easy or difficult", "neither ... nor". */
    private static final Set<String> PAIR_OPENERS = Set.of("both", "either", "neither");

    boolean coordinator(int token) {
        return COORDINATORS.contains(tokens.get(token).form());
    }

    /**
     * The noun that "one" or "ones" after the term at {@code from} stands for: the nearest noun
     * before it in the sentence ("these patients are the most difficult ones", "the case was a
     * difficult one"), or -1.
     */
    private int antecedentOfOne(int from, int sentenceStart) {
        for (int i = from - 1; i >= sentenceStart; i--) {
            if (analysis.tag(i).equals("NOUN")
                    || words.isPersonNoun(tokens.get(i).form())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An adjective said of its subject after "be" ({@code [from, to)}), then "and" or a comma and
     * an "-ing" word before the noun at {@code head}: the "-ing" word goes on the predicate as a
     * verb with its object ("he was aggressive and refusing medication", "stop being aggressive,
     * abusive and causing nuisance"), so the noun is not what the adjective describes, as it is in
     * "avoid aggressive and threatening behaviour".
     */
    private boolean progressiveAfterAPredicate(int from, int to, int head, int sentenceStart) {
        if (!afterACopula(from, sentenceStart)
                || words.isBehaviourNoun(tokens.get(head).form())) {
            return false; // "this is aggressive and threatening behaviour" names the behaviour
        }
        boolean joined = false;
        for (int i = to; i <= head; i++) {
            joined |= coordinator(i) || i > to && gap(i - 1, i).contains(",");
            // "was aggressive and causing damage"; "can be manipulative and drug seeking", where
            // the "-ing" word is the head the tagger's reading gives
            if (joined && i > to && tokens.get(i).form().endsWith("ing") && !coordinator(i)) {
                return true;
            }
        }
        return false;
    }

    /** A number, "year(s)" or "month(s)" and "old" before a noun, written without hyphens ("a 36 year old teacher"). */
    private boolean ageBefore(int i, int sentenceEnd) {
        return analysis.tag(i).equals("NUM")
                && i + 3 < sentenceEnd
                && contiguous(i, i + 4)
                && AGE_UNITS.contains(tokens.get(i + 1).form())
                && tokens.get(i + 2).form().equals("old");
    }

    private static final Set<String> AGE_UNITS = Set.of("year", "years", "month", "months");

    /**
     * The head noun of the noun phrase a term at {@code [.., to)} modifies, or -1: adjectives,
     * coordinated or not, are passed over ("aggressive or violent behaviour", "a chaotic young
     * man"), and determiners too when {@code determiners} ("suffer from a lack"); of a compound
     * the last noun is the head ("a chaotic heroin user").
     */
    private int headAfter(int to, int sentenceEnd, boolean determiners) {
        int i = to;
        if (i >= sentenceEnd || !adjacentOrListed(i - 1, i)) {
            return -1;
        }
        if (i + 1 < sentenceEnd
                && TIME_LEADS.contains(tokens.get(i).form())
                && TIME_NOUNS.contains(tokens.get(i + 1).form())) {
            return -1; // "he was aggressive last month": when, not a noun the term describes
        }
        boolean listed = false;
        for (int steps = 0; i < sentenceEnd && steps < 6; steps++) {
            if (coordinator(i)) {
                listed = true;
                i++;
                continue;
            }
            listed |= gap(i - 1, i).contains(",");
            String tag = analysis.tag(i);
            if (tag.equals("DET") && (listed || coordinator(i - 1))) {
                // "the disabled, the mentally ill and other members": a determiner after a list
                // opens a new phrase
                break;
            }
            // an adverb only inside the phrase ("very aggressive"), not as a clause's first word ("when")
            boolean adverb = tag.equals("ADV")
                    && i + 1 < sentenceEnd
                    && analysis.tag(i + 1).equals("ADJ");
            // an adjective in "-ly" the tagger read as an adverb, straight before a noun: "forcing
            // vulnerable elderly people to move"
            boolean lyAdjective = tag.equals("ADV")
                    && tokens.get(i).form().endsWith("ly")
                    && words.canBeAdjective(tokens.get(i).form())
                    && i + 1 < sentenceEnd
                    && adjacent(i, i + 1)
                    && isNounHere(i + 1);
            // the first part of a hyphenated compound, and a last part that is no noun, are modifiers:
            // "complex co-occurring disorders", "a chaotic long-term user"
            boolean compound = tokens.get(i).hyphenAfter()
                    || tokens.get(i).hyphenBefore()
                            && !isNounHere(i)
                            && i + 1 < sentenceEnd
                            && isNounHere(i + 1); // not "a manipulative 23-year-old who"
            // a participle before a noun describes it: "complex and changing risks"
            boolean participle = tag.equals("VERB")
                    && adjectiveAt(i)
                    && i + 1 < sentenceEnd
                    && adjacent(i, i + 1)
                    && analysis.tag(i + 1).equals("NOUN");
            // after "and" or "or", a word WordNet knows as an adjective before a noun describes
            // that noun, however the tagger read it: "a complex and devastating condition"
            boolean coordinatedAdjective = coordinator(i - 1)
                    && (tag.equals("NOUN") || tag.equals("VERB")) // not "in", "out" (adjectives too in WordNet)
                    && words.canBeAdjective(tokens.get(i).form())
                    && i + 1 < sentenceEnd
                    && adjacent(i, i + 1)
                    && analysis.tag(i + 1).equals("NOUN");
            boolean modifier = tag.equals("ADJ")
                    || adverb
                    || lyAdjective
                    || participle
                    || compound
                    || coordinatedAdjective
                    || determiners && (tag.equals("DET") || tag.equals("NUM"));
            if (ageBefore(i, sentenceEnd)) {
                i += 3; // "this difficult 36 year old divorced teacher": an age, unhyphenated, describes the head
                listed = false;
                continue;
            }
            // a word that is also a noun for a person describes a thing straight after it
            // ("anorexic and bulimic symptoms")
            boolean describesAThing = tag.equals("ADJ")
                    && i + 1 < sentenceEnd
                    && adjacent(i, i + 1)
                    && analysis.tag(i + 1).equals("NOUN")
                    && !words.refersToPerson(tokens.get(i + 1).form());
            if (modifier
                    && (!words.isPersonNoun(tokens.get(i).form()) || describesAThing)
                    && i + 1 < sentenceEnd
                    && adjacentOrListed(i, i + 1)) {
                i++; // "aggressive or violent", "aggressive, abusive"
                listed = false;
                continue;
            }
            break;
        }
        if (listed || i >= sentenceEnd || !adjacentOrListed(i - 1, i)) {
            return -1; // "she is needy and phones ...": what follows "and" is not an adjective, so no noun phrase
        }
        if (words.isAdverbAfterNoun(tokens.get(i).form())
                && !(i + 1 < sentenceEnd && adjacent(i, i + 1) && isNounHere(i + 1))) {
            return -1; // "was uncooperative today": a word of time, not a noun the term describes
        }
        int head = -1;
        while (i < sentenceEnd && (head < 0 || adjacent(i - 1, i)) && isNounHere(i)) {
            // the people at head are the verb's subject: head stands in for the sentence start,
            // as the nouns before it all belong to this phrase
            if (head >= 0 && (verbAfterPeople(i, head, sentenceEnd, true) || verbAfterAPerson(i, head, sentenceEnd))) {
                break; // "unruly children lack boundaries": the people are the head, "lack" their verb
            }
            head = i++;
            if ((possessor(head) || head + 1 < tokens.size() && possessiveApostropheAfter(head))
                    && !kindOfThing(head, to)) {
                break; // "a chaotic resident's room": the words before a possessive describe its owner
            }
        }
        if (head < 0 && gerundHead(i, sentenceEnd)) {
            return i; // "aggressive begging by groups", "chaotic drinking is": an activity, however tagged
        }
        return head;
    }

    /**
     * The plural possessive at {@code owner} says what kind of thing follows, not whose it is, when
     * a singular article stands before the words that describe it: "a chaotic children's home",
     * "a challenging carers' forum" (the home and the forum are described); not "the chaotic
     * women's lives", nor "a troublesome teen's thinking".
     */
    private boolean kindOfThing(int owner, int to) {
        String stem = stem(owner);
        boolean plural =
                possessiveApostropheAfter(owner) || Inflector.looksPlural(stem) || IRREGULAR_PLURALS.contains(stem);
        if (!plural) {
            return false;
        }
        for (int i = to - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
            String tag = analysis.tag(i);
            if (tag.equals("DET")) {
                return SINGULAR_ARTICLES.contains(tokens.get(i).form().toLowerCase(java.util.Locale.ROOT));
            }
            if (!tag.equals("ADJ") && !tag.equals("ADV") && !tag.equals("VERB") && !tag.equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> IRREGULAR_PLURALS = Set.of("children", "women", "men", "people");

    private static final Set<String> SINGULAR_ARTICLES = Set.of("a", "an", "another", "each", "every", "one");

    /**
     * An "-ing" word straight after an adjective, with no object of its own after it, is the noun
     * the adjective describes ("aggressive begging", "problematic drinking"), though taggers often
     * read it as a verb.
     */
    private boolean gerundHead(int i, int sentenceEnd) {
        if (i >= sentenceEnd || !adjacent(i - 1, i) || !analysis.tag(i - 1).equals("ADJ")) {
            return false;
        }
        String form = tokens.get(i).form();
        if (!form.endsWith("ing") || form.length() < 6 || words.refersToPerson(form)) {
            return false;
        }
        if (i + 1 >= sentenceEnd || !adjacent(i, i + 1)) {
            return true;
        }
        String after = analysis.tag(i + 1);
        return !after.equals("DET")
                && !after.equals("PRON")
                && !after.equals("NOUN")
                && !after.equals("PROPN")
                && !after.equals("NUM")
                && !after.equals("ADJ");
    }

    /**
     * A plural noun for people straight before the term's word, joined to it by "and", "or", a
     * comma or a slash: the word is one more item of a list of people.
     */
    private boolean pluralPeopleListedBefore(int before, int to, int sentenceStart) {
        int joined = to - 1; // the word the list's link joins on
        if (tokens.get(before).form().equals("other") && before > sentenceStart && adjacent(before, to - 1)) {
            joined = before; // "rough sleepers and other homeless": "other" sets them beside the first
            before--;
        }
        int people = before;
        String link = gap(before, joined).strip();
        if (coordinator(before) && adjacent(before, joined)) {
            people = before - 1;
            if (people < sentenceStart || !gap(people, before).strip().isEmpty()) {
                return false; // "And homeless, they wait.": nothing before the "and"
            }
        } else if (!link.equals(",") && !link.equals("/")) {
            return false;
        }
        // after plain "people" the word is more likely a second description of them ("older people
        // and infirm") than a noun of its own
        if (pluralPeopleNoun(tokens.get(people).form())) {
            return true;
        }
        // "Drunks, chronics, homeless or the forgotten": further back in a list of one-word plural
        // items
        for (int i = people, items = 0; items < 3 && i > sentenceStart; items++) {
            if (!gap(i - 1, i).strip().equals(",")
                    || !Inflector.looksPlural(tokens.get(i).form())) {
                return false;
            }
            i--;
            if (pluralPeopleNoun(tokens.get(i).form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "homeless/vagrants/transients": a list joined by "/" whose other words are plural nouns for
     * people, with no noun after the list that it describes ("homeless/refugees projects").
     */
    private boolean pluralPeopleListedAfter(int to, int sentenceEnd) {
        int j = to;
        while (j < sentenceEnd && gap(j - 1, j).strip().equals("/")) {
            if (!pluralPeopleNoun(tokens.get(j).form())) {
                return false;
            }
            j++;
        }
        if (j == to) {
            return false;
        }
        return j >= sentenceEnd || !adjacent(j - 1, j) || !isNounHere(j);
    }

    /**
     * "homeless and beggars", "disabled or addicts": an adjective joined to a plural noun for people
     * cannot share that noun (there is no "homeless beggars and beggars"), so it names people of its
     * own; not after "be" ("they were homeless or prisoners"), where both are said of a subject,
     * nor before a noun the list describes ("homeless and veterans services").
     */
    private boolean pluralPeopleJoinedAfter(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to + 1 >= sentenceEnd
                || !coordinator(to)
                || !(adjacent(to - 1, to) || gapIs(to - 1, to, ",")) // "for disabled, and seniors"
                || !adjacent(to, to + 1)
                || !pluralPeopleNoun(tokens.get(to + 1).form())) {
            return false;
        }
        if (from > sentenceStart
                && (analysis.tag(from - 1).equals("AUX")
                        || linksASubject(tokens.get(from - 1).form())
                        // "left 300 families homeless and children without school places": said of
                        // the object before it
                        || OBJECTS_BEFORE_A_PREDICATE.contains(analysis.tag(from - 1)))) {
            return false;
        }
        int j = to + 2;
        // "homeless and addicts gave them food": the plural noun opens a clause of its own; but
        // after a preposition both words are its object, and the verb is the sentence's
        // ("applications for disabled and seniors are open")
        boolean objectOfAPreposition = from > sentenceStart
                && adjacent(from - 1, from)
                && analysis.tag(from - 1).equals("ADP")
                && words.isBareNominalLead(tokens.get(from - 1).form());
        return j >= sentenceEnd
                || !adjacent(j - 1, j)
                || !isNounHere(j) && (objectOfAPreposition || !VERB_TAGS.contains(analysis.tag(j)));
    }

    private static final Set<String> OBJECTS_BEFORE_A_PREDICATE = Set.of("NOUN", "PROPN", "PRON", "NUM");

    /** The head of the noun phrase that starts at {@code start} is a noun for people. */
    private boolean personHeadAfter(int start, int sentenceEnd) {
        int head = headAfter(start, sentenceEnd, false);
        return head >= 0 && words.refersToPerson(tokens.get(head).form());
    }

    /** A plural noun for people, other than plain "people" or "persons". */
    private boolean pluralPeopleNoun(String form) {
        return (words.isPersonNoun(form)
                        && Inflector.looksPlural(form)
                        && !form.equals("people")
                        && !form.equals("persons"))
                || words.isPersonAdjectivePlural(form); // "focused on seniors and disabled"
    }

    private boolean adjacentOrListed(int left, int right) {
        String gap = gap(left, right).strip();
        return gap.isEmpty() || gap.equals(",") || gap.equals("-");
    }

    private boolean isNounHere(int token) {
        String tag = analysis.tag(token);
        return tag.equals("NOUN")
                || tag.equals("PROPN") && !titleCase(token)
                || words.isPersonNoun(tokens.get(token).form())
                // "teen's", "boiler's": the tagger sometimes reads a possessive as punctuation
                || possessor(token) && !VERB_TAGS.contains(tag);
    }

    /** {@link #followedBy} at the head of the noun phrase after the match: "poor housing", "aggressive or violent behaviour". */
    boolean headFollowedBy(PhraseTrie<Boolean> phrases, int to, int sentenceEnd) {
        int head = headAfter(to, sentenceEnd, true);
        return head > to && phrases.anyEndingAt(tokens, to, head + 1);
    }

    /**
     * Whether the match is said of one of the phrases as a predicate: "the behaviour was
     * aggressive" is "aggressive behaviour" said another way.
     */
    boolean predicatedOf(PhraseTrie<Boolean> phrases, int from, int sentenceStart) {
        int subject = subjectOfPredicate(from, sentenceStart);
        return subject >= 0 && phrases.anyEndingAt(tokens, Math.max(sentenceStart, subject - 8), subject + 1);
    }

    /**
     * The term ends in a past participle straight after "to", perhaps with adverbs between ("the
     * extension to handicapped children", "to severely disabled people"): no infinitive has that
     * form, so "to" is a preposition and the participle describes what follows it.
     */
    private boolean participleAfterTo(int from, int to) {
        String last = tokens.get(to - 1).form();
        if (!last.endsWith("ed") || words.canBeVerb(last)) {
            return false; // "to need", "to succeed": an infinitive
        }
        int i = to - 2;
        while (i >= from && looksLikeAdverb(i)) {
            i--;
        }
        return i == from - 1 && i >= 0 && tokens.get(i).form().equals("to") && adjacent(i, i + 1);
    }

    /**
     * A one-word "-ing" adjective straight after a plural noun for people, with no determiner, and
     * before the start of a noun phrase: the people's own verb with its object ("people
     * challenging professionals, provoking arguments"), however the tagger read it. Not when
     * something else follows ("staff find people challenging at times", where it is said of them).
     */
    private boolean ingVerbOfPeopleBefore(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to - from != 1
                || !tokens.get(from).form().endsWith("ing")
                || from - 1 < sentenceStart
                || !adjacent(from - 1, from)
                || to >= sentenceEnd
                || !adjacent(from, to)) {
            return false;
        }
        // only a word that is an adjective too ("challenging", "demanding"): where the term is a
        // verb of its own ("members claiming they had seen it"), the people before it are the ones
        // it describes
        String people = tokens.get(from - 1).form();
        return words.canBeAdjective(tokens.get(from).form())
                && pluralNounAt(from - 1)
                && words.refersToPerson(people)
                && OBJECT_STARTS.contains(analysis.tag(to));
    }

    /** Tags a verb's object may start with. */
    private static final Set<String> OBJECT_STARTS = Set.of("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM");

    /** For a term after a copula ("is", "has been", "seemed"), the head noun of its subject, or -1. */
    private int subjectOfPredicate(int from, int sentenceStart) {
        int i = from - 1;
        boolean copula = false;
        while (i >= sentenceStart
                && (analysis.tag(i).equals("AUX")
                        || analysis.tag(i).equals("ADV")
                        || words.isLinkingVerb(tokens.get(i).form()))) {
            copula |= analysis.tag(i).equals("AUX")
                    || words.isLinkingVerb(tokens.get(i).form());
            i--;
        }
        if (!copula || i < sentenceStart) {
            return -1;
        }
        return analysis.tag(i).equals("NOUN") ? i : -1;
    }

    /**
     * "the", an adverb and one more word (a participle or an adjective) with no noun after them
     * ("the emotionally disturbed at the mercy of officers"): the phrase names people, however the
     * tagger read its last word.
     */
    private boolean adverbPhraseAfterThe(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to - from != 2 || from == sentenceStart || !looksLikeAdverb(from)) {
            return false;
        }
        if (!tokens.get(from - 1).form().equals("the") || !adjacent(from - 1, from)) {
            return false;
        }
        String next = to < sentenceEnd && adjacent(to - 1, to) ? analysis.tag(to) : "PUNCT";
        return next.equals("ADP") || next.equals("PUNCT") || next.equals("AUX") || next.equals("CCONJ");
    }

    /**
     * Whether a noun phrase can start at {@code from}: first in the sentence, or after a
     * determiner, a preposition other than "to", a conjunction or a comma.
     */
    private boolean nounPhraseStartsAt(int from, int sentenceStart) {
        if (from == sentenceStart) {
            return true;
        }
        String tag = analysis.tag(from - 1);
        return tag.equals("DET")
                || tag.equals("ADP") && !tokens.get(from - 1).form().equals("to")
                || tag.equals("CCONJ")
                || gap(from - 1, from).contains(",");
    }

    /**
     * Whether the term describes a person: it is a plural noun for people itself ("repeat
     * fraudsters"), or "the" with an adverb and another word names people ("the emotionally
     * disturbed"), or it modifies a noun for a person ("a chaotic resident", "a chaotic heroin
     * user"), or the nearest noun or pronoun before it is a person ("he is hard to engage", "she
     * lacks insight &amp; is not compliant"), or a person's behaviour ("your behaviour has been
     * manipulative"). A thing in either place ("entrenched inequality", "the shift is hard to
     * engage") means it does not.
     */
    boolean describesPerson(int from, int to, int sentenceStart, int sentenceEnd) {
        int inverted = subjectAfterQuotation(from, to, sentenceEnd);
        if (inverted >= 0) {
            // "'...,' claims Kadir": the subject comes after the verb that attributes a quotation,
            // and is most often a bare name, which the person-noun tests would not know; a
            // capitalised word there is taken for one, whatever the tagger made of it
            return words.refersToPerson(tokens.get(inverted).form()) || looksLikeName(inverted);
        }
        int earlier = predicateBeforeAnd(from, to, sentenceStart, sentenceEnd);
        if (earlier >= 0) {
            // "working in the sector is difficult and challenging": a second predicate joined by
            // "and" is said of whatever the first is said of
            return describesPerson(earlier, earlier + 1, sentenceStart, sentenceEnd);
        }
        if (pluralOfAPersonAdjective(to - 1)) {
            return true; // "for schizophrenics", "diabetics who": the plural is the noun for people
        }
        if (ingVerbOfPeopleBefore(from, to, sentenceStart, sentenceEnd)) {
            return false; // "people challenging professionals": what they do to someone, not what someone is
        }
        if (to - from == 1 && singularPersonAdjectiveAsNoun(from, sentenceStart, sentenceEnd)) {
            return true; // "contact with the schizophrenic and the family": the noun for a person
        }
        if (possessor(to - 1)) {
            // "a schizophrenic's attempts", "a criminal's sense of worth": the term is the owner,
            // a person when its word is a noun for one; what follows is owned, not described
            // ("the complex's residents")
            String owner = stem(to - 1);
            return words.canBeAPersonNoun(owner) || words.refersToPerson(owner);
        }
        if (to - from == 1
                && analysis.tag(from).equals("VERB")
                && passive(from, sentenceStart)
                && passiveOfAnOffer(from, to, sentenceStart, sentenceEnd)) {
            return true; // "medication was refused": by the person it was offered to
        }
        if (predicatedOfAnActivity(from, sentenceStart) || predicatedOfAThing(from, to, sentenceStart, sentenceEnd)) {
            return false;
        }
        int group = superlativesGroup(from, to, sentenceStart, sentenceEnd);
        if (group >= 0) {
            // "through the most difficult of times": the "of" phrase names what is described;
            // "the most difficult of our residents" are people
            return personAt(group) || personAdjectiveAsNoun(group, sentenceEnd);
        }
        if (pluralNounAt(to - 1)
                && words.isPersonNoun(tokens.get(to - 1).form())
                && !(to < sentenceEnd && adjacent(to - 1, to) && NOMINAL.contains(analysis.tag(to)))) {
            return true; // "repeat fraudsters will face a ban": a plural noun for people is them
        }
        if (adverbPhraseAfterThe(from, to, sentenceStart, sentenceEnd)) {
            return true; // "put the emotionally disturbed at the mercy of officers": they are people
        }
        if (to - from >= 2
                && from > sentenceStart
                && adjacent(from - 1, from)
                && PERSONAL_POSSESSIVES.contains(tokens.get(from - 1).form())
                && analysis.tag(to - 1).equals("NOUN")
                && !(to < sentenceEnd && adjacent(to - 1, to) && NOMINAL.contains(analysis.tag(to)))) {
            // "due to her limited insight and ongoing concerns": a term with a noun of its own after
            // "her" is hers, whatever the tagger made of its first word and whatever is joined after it
            return true;
        }
        // a verb's object is not who the verb describes ("the resident refused various medications");
        // a participle that opens the sentence is an adjective ("Entrenched inequality keeps ...")
        String last = analysis.tag(to - 1);
        // "the hardest to reach young people", "work with hard to reach rough sleepers": an
        // adjective with its infinitive, where a noun phrase starts (after a determiner, a
        // preposition, a conjunction or a comma, or first in the sentence) and before a noun, is
        // an adjective; not "it is hard to house vulnerable people" or "finds it hard to reach
        // people", where the infinitive has an object, nor "the villages the hardest to reach."
        boolean adjectivePhrase = to - from >= 3
                && nounPhraseStartsAt(from, sentenceStart)
                && analysis.tag(from).equals("ADJ")
                && tokens.get(to - 2).form().equals("to")
                && headAfter(to, sentenceEnd, false) >= 0;
        // a word WordNet knows in no verb form is not one, whatever the tagger says ("in relation
        // to aggressive begging", where "aggressive" was read as a verb)
        boolean verb = (last.equals("VERB") || last.equals("AUX"))
                        && from > sentenceStart
                        && couldBeAVerb(tokens.get(to - 1).form())
                        && !adjectivePhrase
                        && !participleAfterTo(from, to)
                || verbAfterPeople(to - 1, sentenceStart, sentenceEnd, false);
        if (verb && thingAfterAnIngWord(from, to, sentenceEnd)) {
            // "complex health needs and challenging symptoms", "a bill challenging Christie plan":
            // adjective or verb with its object, the word is about the thing named after it
            return false;
        }
        if (verb
                && to - from >= 2
                && looksLikeAdverb(from)
                && !(from > sentenceStart && analysis.tag(from - 1).equals("AUX"))
                && to < sentenceEnd
                && adjacent(to - 1, to)
                && (words.refersToPerson(tokens.get(to).form())
                        || analysis.tag(to).equals("ADJ") && personHeadAfter(to, sentenceEnd))) {
            // "in regard to mentally disordered patients", "mentally disturbed old people": an
            // adverb and a participle before a noun for people, perhaps with other adjectives
            // between, describe them, however the tagger read the participle
            return true;
        }
        // "a drain on her energy": the phrase after a term that ends in a preposition is that
        // preposition's object, not a noun the term describes; not a verb's particle, which may
        // be followed by the verb's own object ("acts out behaviours")
        boolean endsInPreposition = to - from >= 2
                && last.equals("ADP")
                && OBJECT_PREPOSITIONS.contains(tokens.get(to - 1).form());
        int head = verb && !sharedWithAdjectives(from, to, sentenceStart, sentenceEnd) || endsInPreposition
                ? -1
                : headAfter(to, sentenceEnd, false);
        // after "not", "to" or an auxiliary the term is a verb for certain, and a person straight
        // after it is its object: "practices should not refuse patient registration"
        String before = tokens.get(from - 1 < sentenceStart ? from : from - 1).form();
        boolean surelyVerb = verb
                && (WordScanner.NOT_FORMS.contains(before)
                        || before.equals("to")
                        || analysis.tag(from - 1).equals("AUX"));
        if (head < 0
                && VERB_TAGS.contains(last)
                && !verb
                && gerundAfterAdjective(from, to, sentenceStart, sentenceEnd)) {
            // "in relation to aggressive begging", both words read as verbs: the term describes
            // an activity
            return false;
        }
        if ((head < 0 || head == to)
                && to - from == 1
                && (analysis.tag(from).equals("ADJ")
                        || !couldBeAVerb(tokens.get(from).form()))
                && to < sentenceEnd
                && adjacent(to - 1, to)
                && tokens.get(to).form().endsWith("ing")
                && from > sentenceStart
                && analysis.tag(from - 1).equals("VERB")
                && !linksASubject(tokens.get(from - 1).form())) {
            // "traders who report aggressive begging": after a verb that takes it, the adjective
            // describes the activity named by the -ing word, whoever reports it
            return false;
        }
        if (head == to && words.onlyAVerb(tokens.get(to).form())) {
            head = -1; // "A paranoid schizophrenic went on a rampage": WordNet knows "went" only as a verb, whatever
            // the tagger says
        }
        if (head >= 0 && progressiveAfterAPredicate(from, to, head, sentenceStart)) {
            head = -1; // "she was aggressive and causing damage": the "-ing" word is a verb with its object
        }
        if (head >= 0
                && (tokens.get(head).form().equals("ones")
                        || tokens.get(head).form().equals("one"))) {
            head = antecedentOfOne(from, sentenceStart); // "beggars, aggressive ones": "ones" stands for "beggars"
            return head >= 0 && personAt(head);
        }
        if (head >= 0 && possessor(head)) {
            return words.refersToPerson(stem(head)); // "a troublesome teen's behaviour": the owner is described
        }
        if (head >= 0) {
            int whole = wholeAfterPart(head, sentenceEnd); // "the disruptive minority of social tenants"
            int noun = whole >= 0 ? whole : head;
            return words.refersToPerson(tokens.get(noun).form()) // a person or a thing
                    || personAdjectiveAsNoun(noun, sentenceEnd);
        }
        if (to < sentenceEnd && adjacent(to - 1, to) && personAdjectiveAsNoun(to, sentenceEnd)) {
            return true; // "paranoid schizophrenic decapitated ...", however the tagger read the last word
        }
        // a participle after an article is an adjective used as a noun, however the tagger read it
        // ("for the mentally disordered"); "the hardest to reach" ends in a verb and is not
        if ((!verb || tokens.get(to - 1).form().endsWith("ed"))
                && adjectiveAsNoun(from, to, sentenceStart, sentenceEnd)) {
            return true;
        }
        if (verb
                && tokens.get(from).form().endsWith("ing")
                && from > sentenceStart
                && gap(from - 1, from).contains(",")) {
            // "he did not manage his health, declining treatment, refusing medication": a participle
            // after a comma has the subject of the clause it hangs from, the nearest person before it
            return personBeforeComma(from, sentenceStart);
        } else if (!surelyVerb
                && !endsInPreposition
                && to < sentenceEnd
                && (adjacent(to - 1, to) || inQuotationMarksBefore(from, to))) {
            String next = tokens.get(to).form();
            if (words.refersToPerson(next)) {
                return true; // "a chaotic resident"; "such ‘difficult’ patients": quoted, still said of them
            }
            String tag = analysis.tag(to);
            if (tag.equals("PROPN")) {
                int run = to;
                while (run + 1 < sentenceEnd && adjacent(run, run + 1) && titleCase(run + 1)) {
                    run++;
                }
                if (run + 1 < sentenceEnd
                        && adjacent(run, run + 1)
                        && analysis.tag(run + 1).equals("NOUN")
                        && !titleCase(run + 1)) {
                    // "challenging Home Office decisions", "chaotic Universal Credit payments": the
                    // capitalised words name what the noun after them belongs to
                    int noun = run + 1;
                    while (noun + 1 < sentenceEnd
                            && adjacent(noun, noun + 1)
                            && analysis.tag(noun + 1).equals("NOUN")
                            && !Inflector.looksPlural(tokens.get(noun).form())) {
                        // "Iraq war veterans": the last noun heads the compound; a plural ends it
                        // ("Universal Credit claimants face sanctions": "face" is their verb)
                        noun++;
                    }
                    return personAt(noun) || personAdjectiveAsNoun(noun, sentenceEnd);
                }
                return looksLikeName(to);
            }
        }
        if (verb && tokens.get(from).form().endsWith("ing") && from > sentenceStart && adjacent(from - 1, from)) {
            String previous = tokens.get(from - 1).form();
            if (words.refersToPerson(previous) && NOMINAL.contains(analysis.tag(from - 1))) {
                return true; // "with the person refusing": the person straight before a participle does it
            }
            if (CLAUSE_PREPOSITIONS.contains(previous)) {
                // "banned from begging after refusing help": the participle shares the sentence's subject
                return subjectIsPerson(sentenceStart, from - 1);
            }
        }
        if (from > sentenceStart
                && adjacent(from - 1, from)
                && analysis.tag(from).equals("NOUN")
                && (PERSONAL_POSSESSIVES.contains(tokens.get(from - 1).form())
                        || possessor(from - 1) && words.refersToPerson(stem(from - 1)))) {
            // "put the missed sessions down to her lack of motivation", "the tenant's unwillingness
            // to engage": a noun after "her" or a person's possessive is theirs, whatever phrase it
            // is in; not after a capitalised owner, which may be a company ("Serco's")
            return true;
        }
        if (to + 1 < sentenceEnd
                && adjacent(to - 1, to)
                && adjacent(to, to + 1)
                && analysis.tag(to - 1).equals("NOUN")
                && FOUND_IN.contains(tokens.get(to).form())) {
            // "lack of insight in psychiatric patients", "non-compliance among young people": the
            // people it is found in are whose it is
            int holder = headAfter(to + 1, sentenceEnd, true);
            if (holder >= 0 && words.refersToPerson(tokens.get(holder).form())) {
                return true;
            }
        }
        if (insightIntoTheirOwn(from, to, sentenceStart, sentenceEnd)) {
            // "lack of insight into their mental health problems", "a lack of insight into how ill
            // she was": what the state is about is the person's own
            return true;
        }
        int skipped = -1;
        int listCopula = copulaBeforePredicateList(from, sentenceStart);
        int walkFrom = listCopula >= 0 ? listCopula + 1 : from;
        for (int i = afterEndedRelativeClause(walkFrom, sentenceStart); i >= sentenceStart; i--) {
            i = beforeAside(i, sentenceStart, sentenceEnd); // "David (not his real name) is 26, and schizophrenic"
            String form = tokens.get(i).form();
            if (words.isIntentionNoun(form) && complementRunsTo(i, from)) {
                // "his decision to get clean", "they have no intention of getting clean": whoever
                // decides or intends is who the term is said of, further back
                if (i > sentenceStart
                        && PERSONAL_POSSESSIVES.contains(tokens.get(i - 1).form())) {
                    return true;
                }
                continue;
            }
            if (RELATIVE_PERSON.contains(form)) {
                return true; // "an individual who has refused": "who" is the subject, whatever phrase it follows
            }
            if (participleOfTheNounBefore(i, from, sentenceStart)
                    && (words.refersToPerson(tokens.get(i - 1).form()) || isPerson(i - 1, analysis.tag(i - 1)))) {
                // "failure for addicts trying to get clean", "people wanting to stay clean": an
                // "-ing" verb straight after a noun for people hangs from it, and the infinitive it
                // leads to is said of them, whatever phrase they are in; after a thing ("spent
                // years trying to get clean") the walk goes on to whoever spent them
                return true;
            }
            if ((form.equals("that") || form.equals("which"))
                    && i > sentenceStart
                    && adjacent(i - 1, i)
                    && analysis.tag(i - 1).equals("NOUN")
                    && (analysis.tag(i + 1).equals("AUX") || analysis.tag(i + 1).equals("VERB"))
                    && agreesInNumber(i - 1, i + 1)) {
                // "behaviours that are challenging": the noun the relative clause hangs from is its
                // subject, even inside a phrase after a preposition (not "the fact that he is"); a
                // verb that does not agree with it belongs to a noun further back ("tenants in the
                // scheme that are chaotic")
                return words.refersToPerson(tokens.get(i - 1).form()) || personsBehaviour(i - 1, sentenceStart);
            }
            if ((form.equals("this") || form.equals("that")) && demonstrativeStandsAlone(i, from, sentenceStart)) {
                // "This is very difficult", "he finds this difficult": what is described is a thing
                // or a situation, as with "it"
                return false;
            }
            boolean nominal = words.refersToPerson(form) || NOMINAL.contains(analysis.tag(i));
            if (nominal && degreeBetween(i, from)) {
                // "units for pupils too disruptive for mainstream schools": the adjective follows
                // the noun it describes, whatever phrase the noun is in
                return words.refersToPerson(form) || isPerson(i, analysis.tag(i));
            }
            // a subject pronoun not straight after a preposition opens a clause of its own, whatever
            // phrase stands before it ("for some older people it will be very difficult")
            boolean clauseSubject = SUBJECT_PRONOUNS.contains(form)
                    && !(i > sentenceStart && analysis.tag(i - 1).equals("ADP"));
            int phrase = nominal && !clauseSubject ? prepositionalPhrase(i, sentenceStart) : -1;
            if (phrase >= 0 && subjectOfAnInfinitive(phrase, i, from)) {
                // "it is not necessary for households to be clean and sober": after "for", the
                // noun before "to" is who the infinitive is said of; when the term is that
                // infinitive's own verb a thing there is what it is for ("went to rehab for a
                // chance to get clean"), and the walk goes on to who went
                boolean person = words.refersToPerson(form) || isPerson(i, analysis.tag(i));
                if (person || i + 2 < from) {
                    return person;
                }
            }
            if (phrase >= 0) {
                skipped = phrase; // "described by the night worker as ...": the worker is not described
                i = phrase;
                continue;
            }
            if (i == from - 1
                    && analysis.tag(i).equals("NOUN")
                    && i > sentenceStart
                    && adjacent(i, from)
                    && COPULAS.contains(tokens.get(i - 1).form())) {
                continue; // "became medication noncompliant": the noun belongs to the adjective after it
            }
            if (i == sentenceStart
                    && words.imperativeRatherThanPerson(form)
                    && !analysis.tag(i).equals("PROPN")) {
                // "Tackle entrenched rough sleeping ...": a verb opening the sentence, not a tackle;
                // but "Stop being aggressive" is said to the reader
                return afterACopula(walkFrom, sentenceStart);
            }
            if (words.refersToPerson(form) || personCode(i)) {
                return true;
            }
            if (form.equals("those") && i == skipped - 1 && peoplesPhraseAt(skipped)) {
                return true; // "those in most need of services may be the hardest to reach": people
            }
            if (i == skipped - 1 && startsClause(i, sentenceStart)) {
                // "Myths about poverty are entrenched": the first word, before its phrase, is the
                // subject whatever the tagger makes of its capital letter
                return isPerson(i, analysis.tag(i));
            }
            if (form.equals("that") || form.equals("another") || form.equals("other") || form.equals("others")) {
                continue; // "that", "another": look further back for what they stand for
            }
            if (sharesTheSubject(i, sentenceStart)) {
                // "patients who had failed to take medication or failed to co-operate": the verbs
                // share the relative clause's "who", not the sentence's subject
                int conjunct = from - i <= 3 ? earlierConjunctVerb(i, verbAfter(i + 1), sentenceStart) : -1;
                int subject = conjunct >= 0 ? subjectHead(conjunct, sentenceStart) : -1;
                if (subject >= 0 && !relativePersonBefore(sentenceStart, i)) {
                    // "the sufferers often deny that a problem exists and refuse help": the verb
                    // shares the subject of the earlier verb in the same form ("deny"), not of the
                    // one nearest ("exists")
                    return personAt(subject);
                }
                return relativePersonBefore(sentenceStart, i) || subjectIsPerson(sentenceStart, i);
            }
            String tag = analysis.tag(i);
            if (NOMINAL.contains(tag)) {
                return isPerson(i, tag)
                        || personsBehaviour(i, sentenceStart)
                        || objectOfAPersonsParticiple(i, sentenceStart);
            }
        }
        return true;
    }

    /**
     * "this" or "that" at {@code token} stands for a thing of its own, not a determiner before a
     * noun ("this man"), a word of degree ("not that difficult", "becomes that angry") nor a
     * relative pronoun after a noun: a verb follows it, or only adverbs lie between it and the term
     * at {@code from}, or it is the object of a verb straight before the term ("finds this
     * difficult"). Only words of its own sentence, from {@code sentenceStart}, are looked at.
     */
    private boolean demonstrativeStandsAlone(int token, int from, int sentenceStart) {
        boolean afterAWord = token > sentenceStart;
        if (afterAWord
                && tokens.get(token).form().equals("that")
                && (analysis.tag(token - 1).equals("NOUN")
                        || analysis.tag(token - 1).equals("PROPN"))) {
            return false; // a relative clause on the noun before it
        }
        if (token + 1 >= from) {
            if (!afterAWord) {
                return false;
            }
            String before = tokens.get(token - 1).form();
            // the object of a verb ("finds this difficult"), not of a verb that links a state to
            // its subject, where it is a word of degree ("gets this angry")
            return analysis.tag(token - 1).equals("VERB")
                    && !words.isLinkingVerb(before)
                    && !STATE_VERBS.contains(before)
                    && !CHANGE_VERBS.contains(before);
        }
        String next = analysis.tag(token + 1);
        if (next.equals("AUX") || next.equals("VERB")) {
            return true;
        }
        for (int i = token + 1; i < from; i++) {
            if (!analysis.tag(i).equals("ADV")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only words of degree, at least one, lie between the noun at {@code noun} and the term at
     * {@code from}: "pupils too disruptive", "families so chaotic that".
     */
    private boolean degreeBetween(int noun, int from) {
        if (from - noun < 2 || from - noun > 3) {
            return false;
        }
        for (int k = noun + 1; k < from; k++) {
            if (!adjacent(k - 1, k) || !POST_DEGREE.contains(tokens.get(k).form())) {
                return false;
            }
        }
        return adjacent(from - 1, from);
    }

    private static final Set<String> POST_DEGREE = Set.of("too", "so", "extremely", "particularly", "highly");

    /**
     * The term is a later item of a list of words said of one subject after "be" ("people with
     * personality disorder are manipulative, attention seeking, aggressive or obstructive"): the
     * index of that "be", so that the subject is looked for before the list; or -1. Items are up
     * to three words with no determiner, pronoun or preposition in them, but for the first, which
     * may hold a short phrase ("was wary of the team, hostile and resistant").
     */
    private int copulaBeforePredicateList(int from, int sentenceStart) {
        int item = from;
        // an adjective's item starts at its adverb ("aggressive or purposely obstructive"); a verb
        // after an adverb is a clause's ("who will not be named, first refused")
        boolean adjective =
                !analysis.tag(from).equals("VERB") && !analysis.tag(from).equals("AUX");
        while (adjective
                && item - 1 > sentenceStart
                && adjacent(item - 1, item)
                && analysis.tag(item - 1).equals("ADV")) {
            item--;
        }
        for (int items = 0; items < 6; items++) {
            int end = listSeparator(item, sentenceStart);
            if (end < 0) {
                return -1;
            }
            int start = end - 1;
            boolean phrase = false;
            for (int k = end - 1; k > sentenceStart && k >= end - 4; k--) {
                String tag = analysis.tag(k);
                if (tag.equals("PRON") || tag.equals("PUNCT")) {
                    return -1;
                }
                // "was wary of the team, hostile and resistant": only the first item,
                // straight after "be", may hold a phrase
                if (tag.equals("DET") || tag.equals("ADP")) {
                    if (!adjective) {
                        return -1; // "had been ejected from or refused entry": verbs of their own
                    }
                    phrase = true;
                }
                start = k;
                int copula = copulaBefore(k, sentenceStart);
                if (copula < 0
                        && k - 1 >= sentenceStart
                        && adjacent(k - 1, k)
                        && WordLists.pronounWithBe(tokens.get(k - 1).form())) {
                    copula = k - 1; // "she's chaotic and manipulative": "be" kept on the pronoun
                }
                if (copula >= 0) {
                    return copula;
                }
                if (!adjacent(k - 1, k)) {
                    break;
                }
            }
            if (phrase || start < end - 3) {
                return -1;
            }
            item = start;
        }
        return -1;
    }

    /**
     * The token before the auxiliaries, adverbs and form of "be" straight before {@code from}
     * ("the resident | has often been | aggressive"), or {@link #NO_VERB_OF_BEING}, below any
     * sentence's start, when no form of "be" is among them.
     */
    private int beforeAVerbOfBeing(int from, int sentenceStart) {
        int i = from - 1;
        boolean copula = false;
        while (i >= sentenceStart && adjacent(i, i + 1)) {
            String tag = analysis.tag(i);
            String form = tokens.get(i).form();
            if (COPULAS.contains(form)) {
                copula = true;
            } else if (!tag.equals("AUX")
                    && !tag.equals("ADV")
                    && !tag.equals("PART")
                    && !PAIR_OPENERS.contains(form) // "can either be easy or difficult", "are both"
                    && !emphaticReflexive(i, sentenceStart)) {
                break;
            }
            i--;
        }
        return copula ? i : NO_VERB_OF_BEING;
    }

    private static final int NO_VERB_OF_BEING = Integer.MIN_VALUE;

    /** A form of "be", or a verb that links a subject to what is said of it ("seems", "became"). */
    private boolean linksASubject(String form) {
        return COPULAS.contains(form) || words.isLinkingVerb(form);
    }

    /**
     * "themselves", "itself" straight after a noun only stresses it ("The meetings themselves have
     * been challenging"): the noun is the subject.
     */
    private boolean emphaticReflexive(int token, int sentenceStart) {
        return REFLEXIVES.contains(tokens.get(token).form())
                && token > sentenceStart
                && adjacent(token - 1, token)
                && NOMINAL.contains(analysis.tag(token - 1));
    }

    /**
     * The first token of the clause that {@code token} is in: after a comma, semicolon or colon,
     * or after one of {@code conjunctions}, or the sentence's start.
     */
    private int clauseStartBefore(int token, int sentenceStart, Set<String> conjunctions) {
        int start = token;
        while (start > sentenceStart
                && !CLAUSE_BREAKS.matcher(gap(start - 1, start)).find()
                && !conjunctions.contains(tokens.get(start - 1).form())) {
            start--;
        }
        return start;
    }

    /**
     * The term is said, after "be", of a thing named by the first noun phrase of its clause: "The
     * reasons behind the increased use of Bed and Breakfast are complex", "The reasons people
     * become homeless are very complex", "The experience of serious illness among such individuals
     * is complex". The subject's head is the last noun of the clause's first run of nouns, before
     * any phrase or clause that hangs from it; the people named in those are not what the term
     * describes. A clause that opens with anything but a determiner, a number or adjectives before
     * its first noun (a pronoun, a possessive, a name, a quantity with "of") is left to the other
     * tests, and so is a noun for a person, for behaviour or for conduct ("her behaviour was
     * aggressive").
     */
    private boolean predicatedOfAThing(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to < sentenceEnd && adjacent(to - 1, to) && DESCRIBED_TAGS.contains(analysis.tag(to))) {
            return false; // "could be workshy scroungers": the term describes the noun after it
        }
        int i = beforeAVerbOfBeing(from, sentenceStart);
        if (i < sentenceStart
                || !adjacent(i, i + 1)
                || !analysis.tag(i).equals("NOUN") && !analysis.tag(i).equals("PROPN")) {
            // "people who are", "or are generally frail", "he was": the subject is elsewhere, or
            // a pronoun or a name
            return false;
        }
        int start = clauseStartBefore(i, sentenceStart, CONJUNCTIONS_BEFORE_A_CLAUSE);
        for (int k = start; k <= i; k++) {
            if (RELATIVES.contains(tokens.get(k).form())) {
                return false; // "People who call ambulances frequently are": the relative clause's antecedent
            }
        }
        for (int k = i - 1; k > start; k--) {
            String tag = analysis.tag(k);
            // not a participle that hangs from a noun ("The client requesting the nurse's attention is")
            boolean finite = tag.equals("AUX")
                    || tag.equals("VERB")
                            && !tokens.get(k).form().endsWith("ing")
                            && NOMINAL.contains(analysis.tag(k - 1))
                            && adjacent(k - 1, k);
            if (finite || tag.equals("SCONJ")) {
                // "The information seen indicates the neighbour is", "the tragedy was that he had
                // been": the term's clause starts after the verb or the conjunction
                start = k + 1;
                break;
            }
        }
        int head = -1;
        for (int k = start; k <= i; k++) {
            String tag = analysis.tag(k);
            String form = tokens.get(k).form();
            if (tag.equals("NOUN") && !PERSONAL_POSSESSIVES.contains(form)) {
                head = k;
                while (head + 1 <= i
                        && adjacent(head, head + 1)
                        && analysis.tag(head + 1).equals("NOUN")) {
                    head++; // "the hostel waiting list": the last noun heads it
                }
                break;
            }
            boolean opener = tag.equals("DET") && !PERSONAL_POSSESSIVES.contains(form)
                    || tag.equals("NUM")
                    || tag.equals("ADJ") && !QUANTITIES.contains(form)
                    || k == start && (tag.equals("ADV") || tag.equals("SCONJ") || tag.equals("CCONJ"));
            if (!opener || k > start && !adjacent(k - 1, k)) {
                return false;
            }
        }
        if (head < 0 || possessor(head) || titleCase(head) || partOfAGroup(head)) {
            return false; // a name the tagger read as a noun, "a lot of them", "the majority of people"
        }
        if (head < i && !analysis.tag(head + 1).equals("ADP")) {
            // "Last night the resident was aggressive", "The reasons some tenants are vulnerable":
            // a noun phrase of its own follows the first one, and may be the subject
            return false;
        }
        String noun = tokens.get(head).form();
        return !words.refersToPerson(noun)
                && !words.canBeAPersonNoun(noun)
                && !words.isBehaviourNoun(noun)
                && !words.isConductNoun(noun);
    }

    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");

    /**
     * Words that can only open a clause, unlike "after" or "since", which also open a phrase
     * ("Patients discharged after acute admission are ...").
     */
    private static final Set<String> CONJUNCTIONS_BEFORE_A_CLAUSE =
            Set.of("but", "because", "if", "when", "while", "whilst", "although", "though", "unless", "whereas", "so");

    private static final Set<String> DESCRIBED_TAGS = Set.of("NOUN", "PROPN", "ADJ");

    /**
     * The term is said, after "be", of an activity that opens its clause: "Talking to a teacher
     * can often be difficult for a young carer", "getting a client to that first appointment can be
     * challenging", "Although accurately counting rough sleepers is inherently difficult". The
     * people in the activity's object are not what the term describes.
     */
    private boolean predicatedOfAnActivity(int from, int sentenceStart) {
        int i = beforeAVerbOfBeing(from, sentenceStart);
        if (i < sentenceStart
                || !adjacent(i, i + 1)
                || RELATIVE_PERSON.contains(tokens.get(i).form())
                || tokens.get(i).form().equals("that")
                || tokens.get(i).form().equals("which")) {
            return false; // "Engaging with a parent who is resistant": the relative clause's own subject
        }
        if (tokens.get(i + 1).form().equals("to") && NOMINAL.contains(analysis.tag(i))) {
            // "finding her to be disengaged": "to be" is said of the participle's object, not of
            // the activity
            return false;
        }
        int start = clauseStartBefore(i, sentenceStart, CLAUSE_LINKS);
        while (start < i
                && (analysis.tag(start).equals("ADV") || analysis.tag(start).equals("SCONJ"))) {
            start++;
        }
        String form = tokens.get(start).form();
        // "being" and "having" open an activity too, whatever the tagger calls them ("Being
        // homeless can be dangerous")
        boolean auxiliary = (form.equals("being") || form.equals("having"))
                && analysis.tag(start).equals("AUX");
        if (!form.endsWith("ing")
                || NOT_ACTIVITIES.contains(form)
                || !analysis.tag(start).equals("VERB") && !auxiliary) {
            return false;
        }
        if (CLAUSE_PARTICIPLES.contains(form)) {
            // "Assuming the child was physically handicapped": a verb of thinking or saying takes
            // a clause, whose subject is who "be" is said of
            return false;
        }
        // the activity runs up to "be": a subject pronoun or a verb of its own in between means
        // another clause has begun ("When leaving the hostel he was aggressive", "Visiting the
        // family I found the mother was chaotic"), unless a relative clause holds the verb
        for (int k = start + 1; k <= i; k++) {
            String word = tokens.get(k).form();
            if (word.equals("who") || word.equals("which") || word.equals("that")) {
                return true;
            }
            // an infinitive belongs to the activity ("Trying to help can be challenging")
            boolean infinitive = tokens.get(k - 1).form().equals("to");
            if (SUBJECT_ONLY_PRONOUNS.contains(word)
                    || VERB_TAGS.contains(analysis.tag(k)) && !word.endsWith("ing") && !infinitive) {
                return false;
            }
        }
        return true;
    }

    /**
     * "-ing" forms of verbs of thinking and saying that take a clause without "that" ("Assuming the
     * child was ...", "Believing the man was ..."); not "knowing", which is as often getting to
     * know someone ("Knowing the family was challenging").
     */
    private static final Set<String> CLAUSE_PARTICIPLES = Set.of(
            "assuming",
            "believing",
            "thinking",
            "realising",
            "realizing",
            "hoping",
            "suspecting",
            "noticing",
            "supposing",
            "imagining",
            "fearing",
            "saying",
            "claiming",
            "insisting",
            "arguing",
            "suggesting");

    /**
     * Words that join clauses: what follows one of them starts a clause of its own ("and" and "or"
     * join nouns as often: "Talking to a teacher or their friends"; a subject pronoun after them
     * shows the new clause instead).
     */
    private static final Set<String> CLAUSE_LINKS = Set.of(
            "but",
            "because",
            "if",
            "as",
            "when",
            "while",
            "whilst",
            "since",
            "although",
            "though",
            "unless",
            "so",
            "until",
            "after",
            "before",
            "once",
            "whereas");

    /** Words ending in "ing" that are not an activity: imperatives and nouns the tagger may read as verbs. */
    private static final Set<String> NOT_ACTIVITIES = Set.of(
            "bring",
            "ring",
            "sing",
            "sting",
            "swing",
            "spring",
            "string",
            "wring",
            "cling",
            "fling",
            "sling",
            "thing",
            "king",
            "wing",
            "nothing",
            "something",
            "anything",
            "everything");

    /** Pronouns that can only be a subject. */
    private static final Set<String> SUBJECT_ONLY_PRONOUNS = Set.of("i", "he", "she", "we", "they");

    private static final Pattern CLAUSE_BREAKS = Pattern.compile("[,;:]");

    /**
     * The noun is the object of an "-ing" participle that describes a person before it: "the
     * client requesting the nurse's attention is manipulative" says it of the client.
     */
    private boolean objectOfAPersonsParticiple(int noun, int sentenceStart) {
        int j = beforeNounPhrase(noun, sentenceStart);
        return j > sentenceStart
                && adjacent(j - 1, j)
                && adjacent(j, j + 1)
                && tokens.get(j).form().endsWith("ing")
                && analysis.tag(j).equals("VERB")
                && words.refersToPerson(tokens.get(j - 1).form())
                && NOMINAL.contains(analysis.tag(j - 1));
    }

    private static final Set<String> RELATIVE_PERSON = Set.of("who", "whom", "whoever");

    /** A plural noun with "are", "were" or "have", a singular one with "is", "was" or "has"; any other verb agrees. */
    private boolean agreesInNumber(int noun, int verb) {
        String form = tokens.get(verb).form();
        boolean plural = Inflector.looksPlural(tokens.get(noun).form());
        if (PLURAL_VERBS.contains(form)) {
            return plural;
        }
        return !SINGULAR_VERBS.contains(form) || !plural;
    }

    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have", "'re");

    /** Words that open a relative clause set between commas. */
    private static final Set<String> RELATIVE_ASIDES = Set.of("who", "whom", "whose", "which");

    /** Words that open an aside between commas narrowing the noun before it ("patients, especially X, are"). */
    private static final Set<String> NARROWING_ASIDES =
            Set.of("especially", "particularly", "notably", "including", "mainly", "mostly", "chiefly", "primarily");

    /** Prepositions that take an "-ing" clause whose subject is the sentence's ("after refusing help"). */
    private static final Set<String> CLAUSE_PREPOSITIONS =
            Set.of("after", "before", "since", "despite", "without", "while", "whilst", "when", "upon", "on");

    /** A plural formed from an adjective that is also a noun for a person ("schizophrenics", "diabetics"). */
    private boolean pluralOfAPersonAdjective(int token) {
        String form = tokens.get(token).form();
        return form.length() > 3
                && form.endsWith("s")
                && !analysis.tag(token).equals("VERB")
                && !words.isNotAPersonNoun(form) // "three violent domestics": police calls
                && (words.canBeAPersonNoun(form.substring(0, form.length() - 1))
                        || words.isPersonAdjectivePlural(form)); // "crazies": "-ies" from "-y"
    }

    /**
     * When the words up to {@code token} close an aside, the word before it; otherwise {@code
     * token}. An aside is in brackets ("David" in "David (not his real name) is 26") or is a
     * relative clause between commas ("Mr Hough" in "Mr Hough, who had a long history of mental
     * illness, had refused"; "the rota" in "the rota, which residents helped to write, is hard to
     * manage"), or a phrase between commas that narrows the noun ("Patients with personality
     * disorders, especially cluster B, can be manipulative"), or a clause after "who" that only a comma closes ("someone who self-neglects or
     * hoards, refuses support"). An aside with no word before it in the sentence is read as it
     * stands.
     */
    private int beforeAside(int token, int sentenceStart, int sentenceEnd) {
        if (token + 1 >= sentenceEnd) {
            return token;
        }
        if (gap(token, token + 1).contains(",")) {
            for (int j = token; j > sentenceStart; j--) {
                if (tokens.get(j).form().equals("who")
                        && adjacent(j - 1, j)
                        && VERB_TAGS.contains(analysis.tag(token + 1))) {
                    // "someone who self-neglects or hoards, refuses support": only a comma closes
                    // the clause, and the person's own verb follows it
                    return j - 1;
                }
                String gap = gap(j - 1, j);
                if (gap.contains(",")
                        && (RELATIVE_ASIDES.contains(tokens.get(j).form())
                                || NARROWING_ASIDES.contains(tokens.get(j).form()))) {
                    return j - 1;
                }
                if (gap.contains(",") || gap.contains(";") || gap.contains(")")) {
                    return token;
                }
            }
            return token;
        }
        if (!gap(token, token + 1).contains(")")) {
            return token;
        }
        for (int j = token; j > sentenceStart; j--) {
            if (gap(j - 1, j).contains(")")) {
                return token; // another aside closes first: not one pair of brackets
            }
            if (gap(j - 1, j).contains("(")) {
                return j - 1;
            }
        }
        return token;
    }

    /**
     * The term modifies a noun for someone's conduct ("manipulative behaviour", "resulting chaotic
     * behaviour"), unless the conduct belongs to something that is not a person: a possessive
     * ("the council's chaotic conduct"), a phrase after it ("the chaotic behaviour of the markets",
     * "non-compliant conduct by the housing association"), or the subject of "be", "show",
     * "display", "exhibit" or "demonstrate" with the conduct after it ("the pendulum shows chaotic
     * behaviour", "the launch was a chaotic presentation"). Other verbs' subjects only see or report
     * the conduct ("staff noticed manipulative behaviour").
     */
    boolean describesConduct(int from, int to, int sentenceStart, int sentenceEnd) {
        int head = headAfter(to, sentenceEnd, false);
        if (head < 0 || !words.isConductNoun(tokens.get(head).form())) {
            return false;
        }
        if (from > sentenceStart && possessor(from - 1)) {
            return words.refersToPerson(stem(from - 1)) || looksLikeName(from - 1);
        }
        int link = head + 1;
        if (link + 1 < sentenceEnd
                && adjacent(head, link)
                && CONDUCT_OWNERS.contains(tokens.get(link).form())) {
            int owner = headAfter(link + 1, sentenceEnd, true);
            int who = owner >= 0 ? owner : link + 1;
            return personAt(who);
        }
        int verb = beforeNounPhrase(from, sentenceStart);
        if (verb < sentenceStart
                || !adjacent(verb, verb + 1)
                || !(COPULAS.contains(tokens.get(verb).form())
                        || OWNING_VERBS.contains(tokens.get(verb).form()))) {
            // "resulting chaotic behaviour", "to decrease manipulative behaviour": no owner said;
            // "staff have noticed manipulative behaviour": whoever notices it is not whose it is
            return true;
        }
        int subject = subjectHead(verb, sentenceStart);
        return subject < 0 || personAt(subject);
    }

    /**
     * The head of the subject of the verb at {@code verb}, or, for a verb straight after "and",
     * "but" or "or" with no subject of its own, the subject of the earlier verb it shares ("the
     * doctors examined him and refused"); -1 if neither is found.
     */
    private int subjectOrConjunctSubject(int verb, int sentenceStart) {
        int subject = subjectHead(verb, sentenceStart);
        if (subject < 0 && verb > sentenceStart && coordinator(verb - 1)) {
            int conjunct = earlierConjunctVerb(verb - 1, verb, sentenceStart);
            subject = conjunct >= 0 ? subjectHead(conjunct, sentenceStart) : -1;
        }
        return subject;
    }

    /** A word for a person, or a name ("staff", "she", "Mr Green"). */
    private boolean personAt(int token) {
        return words.refersToPerson(tokens.get(token).form()) || isPerson(token, analysis.tag(token));
    }

    /** Verbs whose subject owns the conduct that is their object ("the pendulum shows chaotic behaviour"). */
    private static final Set<String> OWNING_VERBS = Set.of(
            "show",
            "shows",
            "showed",
            "shown",
            "showing",
            "display",
            "displays",
            "displayed",
            "displaying",
            "exhibit",
            "exhibits",
            "exhibited",
            "exhibiting",
            "demonstrate",
            "demonstrates",
            "demonstrated",
            "demonstrating");

    /** "The behaviour of ...", "conduct by ...": the phrase that says whose conduct it is. */
    private static final Set<String> CONDUCT_OWNERS = Set.of("of", "by");

    /**
     * A word the tagger read as a verb that cannot be one here: after a preposition or a
     * determiner, joined by "and" or "or" to an adjective ("the functioning of demented and
     * non-demented residents"). It shares the noun that follows the adjective.
     */
    private boolean sharedWithAdjectives(int from, int to, int sentenceStart, int sentenceEnd) {
        if (from <= sentenceStart || to + 1 >= sentenceEnd || !coordinator(to)) {
            return false;
        }
        String before = analysis.tag(from - 1);
        String after = analysis.tag(to + 1);
        return (before.equals("ADP") || before.equals("DET"))
                && (after.equals("ADJ")
                        || after.equals("ADV")
                        || tokens.get(to + 1).hyphenAfter());
    }

    /**
     * A person before the participle: a pronoun, a name, or a noun for a person that is not the
     * object of a preposition ("the criminalization of people ..., challenging" has none).
     */
    private boolean personBeforeComma(int participle, int sentenceStart) {
        for (int i = participle - 1; i >= sentenceStart; i--) {
            String form = tokens.get(i).form();
            // a name before a noun describes it ("A Shrewsbury homeless charity has hit back")
            boolean nameBeforeANoun = i + 1 < participle
                    && adjacent(i, i + 1)
                    && (analysis.tag(i + 1).equals("NOUN")
                            || analysis.tag(i + 1).equals("ADJ"));
            if (ONE_PERSON_SUBJECTS.contains(WordLists.withoutContractedVerb(form))
                    || nameAt(i, sentenceStart) && !nameBeforeANoun) {
                return true;
            }
            // "has hit back at the police, claiming ...": a noun after a preposition, with its
            // article or adjectives, is not who the participle is said of
            if (words.isPersonNoun(form)
                    && NOMINAL.contains(analysis.tag(i))
                    && prepositionalPhrase(i, sentenceStart) < 0) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PARTITIVE = Set.of("of", "among", "amongst");
    private static final Set<String> DEGREE = Set.of("most", "more", "least", "less", "very");

    /**
     * The term is an adjective used as a noun, which can only mean people: "a schizophrenic was
     * accused", "the special needs of the most severely handicapped". An article, perhaps adverbs,
     * the term, and then a verb, "who" or the end of the phrase; not after a verb such as "is"
     * ("this case is the most challenging": a predicate about whatever the subject is).
     */
    private boolean adjectiveAsNoun(int from, int to, int sentenceStart, int sentenceEnd) {
        int i = from - 1;
        // a word that is also a noun for a person may have adjectives of its own: "a paranoid
        // schizophrenic with a history", "the 36-year-old paranoid schizophrenic had"
        boolean personNoun = words.canBeAPersonNoun(tokens.get(to - 1).form());
        while (i >= sentenceStart
                && i >= from - 4
                && adjacent(i, i + 1)
                && (looksLikeAdverb(i)
                        || DEGREE.contains(tokens.get(i).form())
                        || personNoun && describesTheNounAfter(i))) {
            i--;
        }
        boolean pairedAdjectives = false;
        if (i - 2 >= sentenceStart
                && (tokens.get(i).form().equals("and") || tokens.get(i).form().equals("or"))
                && adjacent(i - 2, i - 1)
                && ARTICLES.contains(tokens.get(i - 2).form())
                && (adjectiveAt(i - 1) || describingVerbForm(i - 1))) {
            i -= 2; // "the poor and needy", "the idle and feckless": one article for both
            pairedAdjectives = true;
        }
        if (i < sentenceStart
                || !adjacent(i, i + 1)
                || !ARTICLES.contains(tokens.get(i).form())
                        && !ONE_OF_MANY.contains(tokens.get(i).form())) {
            return false;
        }
        // "every bulimic", "each schizophrenic": a determiner that picks out one of many needs a
        // noun, as "a" does
        boolean indefinite = tokens.get(i).form().equals("a")
                || tokens.get(i).form().equals("an")
                || ONE_OF_MANY.contains(tokens.get(i).form());
        boolean nounForAPerson =
                personNoun || words.isPersonNoun(tokens.get(to - 1).form());
        if (i > sentenceStart
                && !(nounForAPerson && indefinite)
                && (analysis.tag(i - 1).equals("AUX")
                        || analysis.tag(i - 1).equals("VERB") && !takesAnObjectHere(i - 1, personNoun))) {
            // "this case is the most challenging", "January is proving the most difficult": a
            // predicate; but after "a", a word that is also a noun for a person is that noun ("a
            // good place to be a transient")
            return false;
        }
        if (i > sentenceStart
                && PARTITIVE.contains(tokens.get(i - 1).form())
                && tokens.get(i + 1).form().equals("most")
                && superlativeOfAGroup(i - 1, sentenceStart)) {
            return false; // "one of the most challenging": a superlative of a year, a case, a task
        }
        if (to >= sentenceEnd || !adjacent(to - 1, to)) {
            return true;
        }
        String next = analysis.tag(to);
        return tokens.get(to).form().equals("who")
                || next.equals("AUX")
                || next.equals("VERB") && standalone(from, to, sentenceStart, sentenceEnd)
                // "a paranoid schizophrenic with a history"; "the old and vulnerable in the area":
                // two adjectives under one article name people, not a thing left unsaid
                || (nounForAPerson || pairedAdjectives) && next.equals("ADP")
                || nounForAPerson && coordinator(to) && newNounPhraseAt(to + 1, sentenceEnd);
    }

    /**
     * An article or determiner at {@code token} opens a noun phrase of its own about a person: "a
     * schizophrenic or a person with"; not "an epileptic or an asthmatic attack".
     */
    private boolean newNounPhraseAt(int token, int sentenceEnd) {
        if (token >= sentenceEnd
                || !adjacent(token - 1, token)
                || !analysis.tag(token).equals("DET")) {
            return false;
        }
        int head = headAfter(token + 1, sentenceEnd, false);
        return head >= 0 && words.refersToPerson(tokens.get(head).form());
    }

    /**
     * The verb before "the ..." takes it as its object, not as what it says of its subject: a verb
     * that is not a linking verb, and, unless the term is also a noun for a person ("heard the
     * paranoid schizophrenic had"), one that cannot be anything but a verb or is an "-ing" form
     * ("involving the emotionally disturbed").
     */
    private boolean takesAnObjectHere(int verb, boolean personNoun) {
        String form = tokens.get(verb).form();
        if (words.isLinkingVerb(form)) {
            return false;
        }
        return personNoun || words.onlyAVerb(form) || form.endsWith("ing");
    }

    /**
     * "one of the most", "among the most": the superlative picks one out of a group named
     * elsewhere ("one of the most challenging [cases]"). After "of" that needs a quantity before
     * it; "the special needs of the most severely handicapped" names people.
     */
    private boolean superlativeOfAGroup(int partitive, int sentenceStart) {
        if (!tokens.get(partitive).form().equals("of")) {
            return true;
        }
        if (partitive <= sentenceStart) {
            return false;
        }
        return quantity(partitive - 1);
    }

    /**
     * When the noun at {@code part} names a part of a group and "of" follows ("minority of social
     * tenants", "handful of residents"), the head of the phrase after "of"; otherwise -1.
     */
    private int wholeAfterPart(int part, int sentenceEnd) {
        if (!partOfAGroup(part)
                || part + 2 >= sentenceEnd
                || !tokens.get(part + 1).form().equals("of")
                || !adjacent(part, part + 1)) {
            return -1;
        }
        return headAfter(part + 2, sentenceEnd, true);
    }

    /**
     * A one-word term after "most" or "least" and before "of" ("the most difficult of times"): the
     * head noun of the "of" phrase, the group the superlative picks from, or -1 (also when a pronoun
     * or nothing clear follows, or when "be" comes before, which the other tests judge).
     */
    private int superlativesGroup(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to - from != 1
                || from - 1 < sentenceStart
                || to + 1 >= sentenceEnd
                || !adjacent(from - 1, from)
                || !adjacent(to - 1, to)
                || !SUPERLATIVE_ADVERBS.contains(tokens.get(from - 1).form())
                || !tokens.get(to).form().equals("of")) {
            return -1;
        }
        // "He was the most challenging of cases": said after "be" of a subject, which decides
        int most = from - 1;
        int before = most - 1 >= sentenceStart && tokens.get(most - 1).form().equals("the") ? most - 2 : most - 1;
        if (before >= sentenceStart && linksASubject(tokens.get(before).form())) {
            return -1;
        }
        int head = headAfter(to + 1, sentenceEnd, true);
        return head >= 0 && analysis.tag(head).equals("NOUN") ? head : -1;
    }

    private static final Set<String> SUPERLATIVE_ADVERBS = Set.of("most", "least");

    /**
     * A one-word term in "-ing" that is also an adjective, before the noun phrase it would describe
     * ("challenging symptoms", "challenging Christie plan"), whose head is a common noun, with no
     * noun for a person in the few words after the term ("challenging care home residents" are people).
     */
    private boolean thingAfterAnIngWord(int from, int to, int sentenceEnd) {
        String form = tokens.get(from).form();
        if (to - from != 1 || !form.endsWith("ing") || !words.canBeAdjective(form)) {
            return false;
        }
        int head = headAfter(to, sentenceEnd, false);
        if (head < 0 || !analysis.tag(head).equals("NOUN") || possessor(head)) {
            return false;
        }
        for (int i = to; i < sentenceEnd && i <= head + 2 && adjacentOrListed(i - 1, i); i++) {
            if (personAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A word for how many or for a part of a group, before "of": "most", "two", "a proportion", "45 percent". */
    private boolean partOfAGroup(int token) {
        return quantity(token) || PARTITIVE_NOUNS.contains(tokens.get(token).form());
    }

    /** A word for how many: "most", "some", "two", "the majority". */
    private boolean quantity(int token) {
        return QUANTITIES.contains(tokens.get(token).form())
                || analysis.tag(token).equals("NUM");
    }

    /**
     * Nouns for a part of a group, whose "of" phrase names who the subject is ("a proportion of
     * these patients refuse"); unlike the words in QUANTITIES they are not a superlative's group.
     */
    private static final Set<String> PARTITIVE_NOUNS = Set.of(
            "proportion",
            "percentage",
            "percent",
            "cent", // "per cent of them"
            "third",
            "quarter",
            "handful",
            "fraction",
            "group",
            // collective nouns, whose "of" phrase is who they are ("a damaged generation of men")
            "generation",
            "cohort",
            "crowd",
            "bunch",
            "class",
            "subclass",
            "section",
            "segment",
            "subset",
            "share",
            "dozens",
            "hundreds",
            "thousands",
            "millions");

    /** An adjective, a number or a hyphenated compound ("36-year-old"), but not an article. */
    private boolean describesTheNounAfter(int token) {
        if (ARTICLES.contains(tokens.get(token).form())) {
            return false;
        }
        String tag = analysis.tag(token);
        return tag.equals("ADJ")
                || tag.equals("NUM")
                || tokens.get(token).hyphenAfter()
                || tokens.get(token).hyphenBefore()
                || tag.equals("NOUN")
                        && words.canBeAPersonNoun(tokens.get(token).form()); // "paranoid"
    }

    /**
     * The one-word term ends a predicate of two words joined by "and", "or", "nor" or "but" after a
     * copula or a linking verb, with perhaps an adverb before either word and "both", "either" or
     * "neither" before the first ("is difficult and challenging.", "became angry and aggressive",
     * "can either be really easy or really difficult"), and no noun after it: the first word's
     * index, or -1.
     */
    private int predicateBeforeAnd(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to - from != 1) {
            return -1;
        }
        // an adverb may stand before either adjective, and "both" or "either" before the first:
        // "can either be really easy or really difficult", "was both angry and very aggressive"
        int joiner = from - 1;
        while (joiner > sentenceStart
                && adjacent(joiner, joiner + 1)
                && analysis.tag(joiner).equals("ADV")) {
            joiner--;
        }
        int first = joiner - 1;
        if (first - 1 < sentenceStart
                || !coordinator(joiner)
                || !adjacent(joiner, joiner + 1)
                || !adjacent(first, joiner)
                || !analysis.tag(first).equals("ADJ")) {
            return -1;
        }
        int verb = first - 1;
        while (verb > sentenceStart
                && adjacent(verb, verb + 1)
                && (analysis.tag(verb).equals("ADV")
                        || PAIR_OPENERS.contains(tokens.get(verb).form()))) {
            verb--;
        }
        String before = tokens.get(verb).form();
        if (!adjacent(verb, verb + 1) || !linksASubject(before)) {
            return -1;
        }
        if (to < sentenceEnd && adjacent(to - 1, to) && NOMINAL.contains(analysis.tag(to))) {
            return -1; // "is a difficult and challenging client": the noun is what both describe
        }
        return first;
    }

    /**
     * A singular adjective that WordNet also knows as a noun for a person, after an article or a
     * number and perhaps other adjectives, with no noun of its own after it: "a homeless
     * schizophrenic recently diagnosed", "a paranoid schizophrenic decapitated his neighbour". Not
     * "a schizophrenic episode", "a schizophrenic and bipolar patient" or "a crazy, chaotic week",
     * where it describes the noun after it.
     */
    private boolean singularPersonAdjectiveAsNoun(int token, int sentenceStart, int sentenceEnd) {
        int i = token - 1;
        // the words between describe it, however the tagger read them ("a homeless
        // schizophrenic", "a treatment resistant paranoid schizophrenic")
        while (i >= sentenceStart
                && adjacent(i, i + 1)
                && !ARTICLES.contains(tokens.get(i).form())
                && (analysis.tag(i).equals("ADJ") || analysis.tag(i).equals("NOUN") && !pluralNounAt(i))) {
            i--;
        }
        if (i < sentenceStart
                || !adjacent(i, i + 1)
                || !ARTICLES.contains(tokens.get(i).form()) && !analysis.tag(i).equals("NUM")) {
            return false;
        }
        // a comma may be followed by more adjectives and their noun ("a crazy, chaotic week")
        return (token + 1 >= sentenceEnd || adjacent(token, token + 1)) && personAdjectiveAsNoun(token, sentenceEnd);
    }

    /**
     * A noun term followed by "into" and what belongs to a person ("into their mental health
     * problems", "into how ill she was"): the insight, or the lack of it, is theirs. Not what a
     * thing gives or gains ("the survey offers little insight into their lives").
     */
    private boolean insightIntoTheirOwn(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to + 1 >= sentenceEnd
                || !adjacent(to - 1, to)
                || !adjacent(to, to + 1)
                || !analysis.tag(to - 1).equals("NOUN") && !analysis.tag(to - 1).equals("ADV")
                || !tokens.get(to).form().equals("into")) {
            return false;
        }
        int before = from - 1;
        while (before >= sentenceStart
                && DETERMINERS_BEFORE_A_STATE.contains(tokens.get(before).form())) {
            before--;
        }
        if (before >= sentenceStart
                && INSIGHT_GIVING_VERBS.contains(tokens.get(before).form().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = tokens.get(to + 1).form();
        if (PERSONAL_POSSESSIVES.contains(next)) {
            // what is theirs must be a condition, a behaviour or a capacity of theirs: "into their
            // mental health problems"; not "into their housing costs", which a report may lack
            for (int i = to + 2; i < Math.min(sentenceEnd, to + 6) && adjacent(i - 1, i); i++) {
                String form = tokens.get(i).form().toLowerCase(Locale.ROOT);
                if (OWN_STATES.contains(form) || words.isConditionNoun(form) || words.isBehaviourNoun(form)) {
                    return true;
                }
            }
            return false;
        }
        // "into how ill she was": how far a state of the person goes, not "into how they could
        // support tenants"
        if (!next.equals("how")
                || to + 2 >= sentenceEnd
                || !analysis.tag(to + 2).equals("ADJ") && !analysis.tag(to + 2).equals("ADV")) {
            return false;
        }
        for (int i = to + 3; i < Math.min(sentenceEnd, to + 5); i++) {
            String form = tokens.get(i).form().toLowerCase(Locale.ROOT);
            if (SUBJECT_PRONOUNS.contains(form) && !form.equals("it") && !form.equals("we")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DETERMINERS_BEFORE_A_STATE = Set.of("a", "an", "the", "any", "some", "no");

    /** Verbs whose object a thing gives or someone gains, in all their forms: "offers little insight", "gained insight". */
    private static final Set<String> INSIGHT_GIVING_VERBS = Stream.concat(
                    Stream.of(
                                    "provide", "offer", "give", "gain", "get", "shed", "yield", "bring", "afford",
                                    "lend", "allow")
                            .flatMap(base -> Inflector.forms(base).stream()),
                    Stream.of("lent")) // an irregular past the inflector does not know
            .collect(Collectors.toUnmodifiableSet());

    /** What a person's insight is into when it is about them: their illness, drinking, parenting. */
    private static final Set<String> OWN_STATES = Set.of(
            "illness",
            "illnesses",
            "condition",
            "conditions",
            "problem",
            "problems",
            "difficulties",
            "drinking",
            "addiction",
            "diagnosis",
            "symptoms",
            "offending",
            "capability",
            "capabilities",
            "health",
            "risk",
            "risks");

    /**
     * At {@code token}, a word that is also a noun for a person ("schizophrenic", "drunk") with no
     * noun or adjective after it: it ends the phrase, so it is that noun ("an aggressive drunk.",
     * "a paranoid schizophrenic decapitated"), not an adjective before one ("a schizophrenic
     * episode"). Its plural is that noun too ("psychotic and disturbed suspects", "violent
     * militants"), though WordNet counts the word as more often an adjective or a verb.
     */
    private boolean personAdjectiveAsNoun(int token, int sentenceEnd) {
        if (!(words.canBeAPersonNoun(tokens.get(token).form()) || pluralOfAPersonAdjective(token))
                || tokens.get(token).hyphenAfter()) {
            return false;
        }
        if (token + 1 >= sentenceEnd || !adjacent(token, token + 1)) {
            return true;
        }
        // nor before "and" or "or", which may join another adjective to it ("a violent criminal
        // and civil record")
        String next = analysis.tag(token + 1);
        return !NOMINAL.contains(next) && !next.equals("ADJ") && !next.equals("NUM") && !coordinator(token + 1);
    }

    /** "your behaviour", "Tom's presentation": a behaviour noun that belongs to a person. */
    private boolean personsBehaviour(int token, int sentenceStart) {
        if (!words.isBehaviourNoun(tokens.get(token).form()) || token <= sentenceStart || !adjacent(token - 1, token)) {
            return false;
        }
        int owner = token - 1;
        if (tokens.get(owner).form().equals("whose")) {
            // "addicts whose behaviour is volatile", "Tom, whose behaviour was volatile": the
            // behaviour of the noun before "whose"
            return owner > sentenceStart
                    && (adjacent(owner - 1, owner)
                            || gap(owner - 1, owner).strip().equals(","))
                    && words.refersToPerson(tokens.get(owner - 1).form());
        }
        return words.isPronoun(tokens.get(owner).form())
                || possessor(owner) && (words.refersToPerson(stem(owner)) || titleCase(owner));
    }

    /** A word with a possessive "'s" ("Tom's", "Britain's"), not a pronoun's contraction ("it's", "he's"). */
    boolean possessor(int token) {
        String form = tokens.get(token).form();
        return form.endsWith("'s")
                && form.length() > 2
                && !words.isPronoun(stem(token))
                && !form.equals("it's")
                && !form.equals("that's")
                && !form.equals("there's")
                && !form.equals("what's")
                && !form.equals("let's");
    }

    /**
     * A possessive that is one person's: a singular noun for a person ("the resident's") or a
     * capitalised word that may be a name ("Tom's"), not an acronym ("the NHS's"), not after
     * "the" ("the Council's"), and not a word listed as no name ("Today's", "Monday's").
     */
    private boolean onePersonsPossessive(int token, int sentenceStart) {
        if (!possessor(token)) {
            return false;
        }
        String owner = stem(token);
        if (words.refersToPerson(owner)) {
            return !Inflector.looksPlural(owner);
        }
        int start = tokens.get(token).start();
        boolean acronym = owner.length() >= 2
                && Character.isUpperCase(text.charAt(start))
                && Character.isUpperCase(text.charAt(start + 1));
        return titleCase(token)
                && !acronym
                && !words.isNotAName(owner)
                && !words.isNameHead(owner)
                && !(token > sentenceStart && tokens.get(token - 1).form().equals("the"));
    }

    /** A name ending in "s" with an apostrophe after it ("Leeds' ", "the Smiths' "): the apostrophe is not part of the word. */
    private boolean pluralPossessor(int token) {
        if (token + 1 >= tokens.size()
                || !titleCase(token)
                || !tokens.get(token).form().endsWith("s")) {
            return false;
        }
        return apostropheAfter(token);
    }

    /** As {@link #apostropheAfter}, with no space before the apostrophe: not an opening quotation mark. */
    private boolean possessiveApostropheAfter(int token) {
        int end = tokens.get(token).end();
        return end < text.length() && WordScanner.isApostrophe(text.charAt(end)) && apostropheAfter(token);
    }

    /** An apostrophe straight after the word: a plural possessive ("tenants' refuse"). */
    private boolean apostropheAfter(int token) {
        String gap = gap(token, token + 1).strip();
        return gap.length() == 1 && WordScanner.isApostrophe(gap.charAt(0));
    }

    /** The word without its possessive "'s" ("Tom's" -> "tom"); other words as they are. */
    String stem(int token) {
        String form = tokens.get(token).form();
        return form.endsWith("'s") ? form.substring(0, form.length() - 2) : form;
    }

    /**
     * "... and is resistant to services", ", having refused to engage", "... and lack empathy"
     * (read as a noun by the tagger): the verb shares the subject of the clause before, so the
     * nouns in between say nothing about who is described.
     */
    private boolean sharesTheSubject(int token, int sentenceStart) {
        String form = tokens.get(token).form();
        if ((form.equals("and") || form.equals("but") || form.equals("or")) && token + 1 < tokens.size()) {
            String next = analysis.tag(afterCommaAside(token + 1));
            return next.equals("AUX") || next.equals("VERB") || verbReadAsNounAfter(token, sentenceStart);
        }
        return (form.equals("having") || form.equals("being"))
                && token > 0
                && gap(token - 1, token).contains(",");
    }

    /**
     * The words {@code [from, to)} stand inside quotation marks of their own, with only spaces
     * (ordinary or not) after the closing mark before the word at {@code to} ("such ‘difficult’
     * patients").
     */
    private boolean inQuotationMarksBefore(int from, int to) {
        int start = tokens.get(from).start();
        String after = gap(to - 1, to);
        return start > 0
                && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0
                && spacesAfterTheMark(after)
                && CLOSING_QUOTES.indexOf(after.charAt(0)) >= 0;
    }

    /**
     * The gap after a quotation, from its closing mark: past that first character only spaces, at
     * least one, of any kind (a non-breaking one too, which {@link Character#isWhitespace} is not).
     */
    private static boolean spacesAfterTheMark(String gap) {
        return gap.length() >= 2
                && gap.substring(1).chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static final String OPENING_QUOTES = "\u2018\u201C\"'";
    private static final String CLOSING_QUOTES = "\u2019\u201D\"'";

    /**
     * "have poor sleep and lack motivation": after the conjunction at {@code conjunction} the
     * tagger may read a verb with its object as a noun, because a noun came just before. It is the
     * verb when WordNet knows it as one, a noun, an adjective, a determiner or a pronoun follows it
     * straight as its object (not "of": "and lack of motivation" is a noun), and an earlier verb of
     * the clause has the same form.
     */
    private boolean verbReadAsNounAfter(int conjunction, int sentenceStart) {
        int next = conjunction + 1;
        if (next + 1 >= tokens.size()
                || !analysis.tag(next).equals("NOUN")
                || !words.canBeVerb(tokens.get(next).form())
                || !adjacent(next, next + 1)) {
            return false;
        }
        String object = analysis.tag(next + 1);
        return (object.equals("NOUN") || object.equals("ADJ") || object.equals("DET") || object.equals("PRON"))
                && earlierConjunctVerb(conjunction, next, sentenceStart) >= 0;
    }

    /**
     * Before the conjunction at {@code conjunction}, the nearest verb (not an auxiliary) in the
     * same form as the verb at {@code verb} that follows it ("deny ... and refuse", "insists ...
     * and refuses", "lacks insight and is not compliant"), within the clause: the verb whose
     * subject the one after "and" shares; or -1.
     */
    private int earlierConjunctVerb(int conjunction, int verb, int sentenceStart) {
        String form = verbFormClass(tokens.get(verb).form());
        for (int i = conjunction - 1; i >= sentenceStart && i >= conjunction - 15; i--) {
            if (gap(i, i + 1).contains(";") || gap(i, i + 1).contains(":")) {
                return -1;
            }
            if (analysis.tag(i).equals("VERB")
                    && !tokens.get(i).form().endsWith("ing")
                    && verbFormClass(tokens.get(i).form()).equals(form)
                    && !(i > sentenceStart
                            && PASSIVE_AUXILIARIES.contains(tokens.get(i - 1).form()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The verb a clause after a conjunction opens with, from {@code token}: past a short aside and
     * past auxiliaries to the main verb ("but had failed to attend": "failed"); a form of "be"
     * before an adjective is the verb itself ("and is not compliant").
     */
    private int verbAfter(int token) {
        int i = afterCommaAside(token);
        int k = i;
        while (k < tokens.size()
                && (analysis.tag(k).equals("AUX")
                        || analysis.tag(k).equals("ADV")
                        || analysis.tag(k).equals("PART"))) {
            k++;
        }
        return k < tokens.size() && analysis.tag(k).equals("VERB") ? k : i;
    }

    /** "s" for a verb in the third person present, "ed" for a past, "" for the rest. */
    private static String verbFormClass(String form) {
        if (form.endsWith("ed") || form.equals("was") || form.equals("were")) {
            return "ed";
        }
        return form.endsWith("s") && !form.endsWith("ss") ? "s" : "";
    }

    /**
     * The word at {@code token}, or when a comma comes before it and another closes a short aside
     * ("and, at times, are belligerent"), the first word after the aside.
     */
    private int afterCommaAside(int token) {
        if (!gap(token - 1, token).contains(",")) {
            return token;
        }
        for (int j = token + 1; j < tokens.size() && j <= token + 4; j++) {
            if (gap(j - 1, j).contains(",")) {
                return j;
            }
            if (!adjacent(j - 1, j)) {
                return token;
            }
        }
        return token;
    }

    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "over", "under", "after",
            "during", "without", "within", "through", "between", "against", "towards", "toward", "upon", "across",
            "behind", "beyond", "among", "amongst", "via", "per", "to", "as", "like");
    private static final Set<String> NOUN_PHRASE_WORDS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "my", "our", "your", "its",
            "every", "each", "some", "any", "no", "other");
    private static final Set<String> QUANTITIES = Set.of(
            "most",
            "some",
            "many",
            "all",
            "one",
            "two",
            "three",
            "four",
            "five",
            "several",
            "none",
            "each",
            "few",
            "both",
            "any",
            "half",
            "majority",
            "minority",
            "rest",
            "number",
            "lot",
            "lots",
            "couple",
            "either",
            "neither",
            "more",
            "fewer");

    /**
     * The "-ing" verb at {@code participle} comes straight after a noun and leads, through "to"
     * and perhaps adverbs, to the term at {@code from}: "addicts trying to get clean", "people
     * wanting to finally stay clean".
     */
    private boolean participleOfTheNounBefore(int participle, int from, int sentenceStart) {
        if (participle <= sentenceStart
                || participle + 2 > from
                || !tokens.get(participle).form().endsWith("ing")
                || !analysis.tag(participle).equals("VERB")
                || !adjacent(participle - 1, participle)
                || !NOMINAL.contains(analysis.tag(participle - 1))
                || !tokens.get(participle + 1).form().equals("to")) {
            return false;
        }
        for (int k = participle + 1; k < from; k++) {
            if (!adjacent(k, k + 1) || k > participle + 1 && !analysis.tag(k).equals("ADV")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The noun at {@code noun}, in a phrase that "for" opens at {@code preposition}, comes straight
     * before "to" and a verb that runs up to the term: the subject of that infinitive ("for people
     * to be clean").
     */
    private boolean subjectOfAnInfinitive(int preposition, int noun, int from) {
        if (!tokens.get(preposition).form().equals("for")
                || noun + 2 > from // the term may be the infinitive's verb itself ("for people to get clean")
                || !tokens.get(noun + 1).form().equals("to")
                || !adjacent(noun, noun + 1)) {
            return false;
        }
        for (int k = noun + 2; k < from; k++) {
            if (!adjacent(k - 1, k)) {
                return false; // a comma or a bracket: another clause
            }
        }
        return VERB_TAGS.contains(analysis.tag(noun + 2))
                || words.canBeVerb(tokens.get(noun + 2).form());
    }

    /**
     * When the noun or pronoun at {@code token} is the object of a preposition ("by the night
     * worker", "for homeless people", "to him") or follows "as" ("as a frequent flyer"), the index of
     * that word; otherwise -1. Such a word is not who a later term describes. "Most of the residents" is not such a phrase: the
     * residents are who "most" stands for.
     */
    private int prepositionalPhrase(int token, int sentenceStart) {
        int j = token - 1;
        for (int steps = 0; j >= sentenceStart && steps < 5 && adjacent(j, j + 1); j--, steps++) {
            String form = tokens.get(j).form();
            if (PREPOSITIONS.contains(form)) {
                if (APPROXIMATORS.contains(form)
                        && analysis.tag(j + 1).equals("NUM")
                        && words.refersToPerson(tokens.get(token).form())) {
                    // "helped about 55 people": "about" says how many people, it is no preposition;
                    // "over 40 times" is still a phrase of its own
                    continue;
                }
                boolean partitive = form.equals("of") && j > sentenceStart && partOfAGroup(j - 1);
                return partitive || clauseAfterConjunction(form, token) ? -1 : j;
            }
            if (NOUN_PHRASE_WORDS.contains(form)) {
                continue;
            }
            String tag = analysis.tag(j);
            if (!tag.equals("ADJ") && !tag.equals("NUM") && !tag.equals("NOUN")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "As" or "like" opens a clause when a verb follows its noun: in "as their behaviour can be
     * challenging" the behaviour is the clause's subject, not the object of a preposition.
     */
    private boolean clauseAfterConjunction(String word, int noun) {
        if (!word.equals("as") && !word.equals("like") || noun + 1 >= tokens.size() || !adjacent(noun, noun + 1)) {
            return false;
        }
        String next = analysis.tag(noun + 1);
        return next.equals("AUX")
                || next.equals("VERB") && !tokens.get(noun + 1).form().endsWith("ing");
    }

    private static final Set<String> PREDICATE_TAGS = Set.of("ADV", "PART", "ADJ");

    /** Prepositions that, before a number, say roughly how many ("about 55 people", "over 200 families"). */
    private static final Set<String> APPROXIMATORS = Set.of("about", "over", "under");

    /**
     * Where the walk back from a term at {@code from} starts: the word before it, or when a clause
     * after "who" has ended before the term, the word before "who" ("the needs of people who use
     * drugs are complex": what is complex is the needs). A clause after a noun and "why", "where",
     * "when", "which" or "that" ends the same way ("the reasons why people become homeless are
     * complex": what is complex is the reasons).
     */
    private int afterEndedRelativeClause(int from, int sentenceStart) {
        for (int i = from - 1; i > sentenceStart; i--) {
            if (RELATIVE_PERSON.contains(tokens.get(i).form())) {
                return relativeClauseEndsBefore(i, from) ? i - 1 : from - 1;
            }
            if (relativeAfterANoun(i) && relativeClauseEndsBefore(i, from)) {
                return i - 1;
            }
        }
        return from - 1;
    }

    /** Words that open a clause about the noun straight before them: "the reasons why", "the place where". */
    private static final Set<String> RELATIVE_AFTER_A_NOUN = Set.of("why", "where", "when", "which", "that");

    private boolean relativeAfterANoun(int token) {
        return RELATIVE_AFTER_A_NOUN.contains(tokens.get(token).form())
                && adjacent(token - 1, token)
                && analysis.tag(token - 1).equals("NOUN");
    }

    /**
     * The clause that "who" at {@code who} opens has ended before {@code term}: two verbs follow it
     * with other words between them and nothing joining them ("people who use drugs are complex":
     * "are" is the verb of the noun before "who"). Verbs joined by "and" or a comma share "who"
     * ("who was seen and refused"), and a verb with its auxiliaries or "to" is one verb ("who has
     * refused to go"). After the second verb only its own predicate may follow ("are often
     * complex"), not a clause of its own ("says the hostel is chaotic").
     */
    private boolean relativeClauseEndsBefore(int who, int term) {
        int verbs = 0;
        boolean inVerb = false;
        for (int j = who + 1; j < term; j++) {
            String tag = analysis.tag(j);
            // after "why" or "that" the clause has a subject of its own: "the reasons why they ..."
            boolean ownSubject =
                    j == who + 1 && !RELATIVE_PERSON.contains(tokens.get(who).form());
            if (coordinator(j)
                    || !adjacent(j - 1, j)
                    || tag.equals("SCONJ")
                    || SUBJECT_PRONOUNS.contains(tokens.get(j).form()) && !ownSubject) {
                return false; // "adults who have ... behaviours as they may refuse": a clause with its own subject
            }
            boolean verb = VERB_TAGS.contains(tag);
            String form = tokens.get(j).form();
            // a participle or gerund on its own is no clause's verb ("identified as being hard to reach")
            boolean finite = !form.endsWith("ing") && !form.equals("been");
            if (verb && !inVerb && finite) {
                verbs++;
            }
            if (verbs >= 2 && !verb && !PREDICATE_TAGS.contains(tag)) {
                return false; // "who rang us says the hostel is chaotic": the second verb has a clause of its own
            }
            inVerb = verb || inVerb && (tag.equals("ADV") || tag.equals("PART"));
        }
        return verbs >= 2;
    }

    /** A "who" or "whom" before {@code before} in the sentence, whose clause the verbs after it may share. */
    private boolean relativePersonBefore(int sentenceStart, int before) {
        for (int i = before - 1; i >= sentenceStart; i--) {
            String form = tokens.get(i).form();
            if (RELATIVE_PERSON.contains(form)) {
                return true;
            }
            if (form.equals("which")
                    || gap(i, i + 1).contains(";")
                    || gap(i, i + 1).contains(":")) {
                return false;
            }
        }
        return false;
    }

    private boolean subjectIsPerson(int sentenceStart, int before) {
        int i = firstSubjectWord(sentenceStart, before);
        return i < 0 || personAt(i);
    }

    /**
     * From {@code start}, the first word for a person or noun before {@code before} that is not in
     * a phrase after a preposition ("In his view, he ..."): where the clause's subject begins; or -1.
     */
    private int firstSubjectWord(int start, int before) {
        for (int i = start; i < before; i++) {
            if (!words.refersToPerson(tokens.get(i).form()) && !NOMINAL.contains(analysis.tag(i))) {
                continue;
            }
            if (prepositionalPhrase(i, start) < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A name: a capitalised proper noun, or any capitalised word after a title ("Mr Green"); also
     * the codes that reports use for the people in them: R, P, C or S and a number ("R1 refused
     * medication"), or a capital letter after a word for a person ("Client X refused").
     */
    private boolean isPerson(int token, String tag) {
        if (token > 0
                && Character.isUpperCase(text.charAt(tokens.get(token).start()))
                && adjacent(token - 1, token)
                && words.isTitle(tokens.get(token - 1).form())) {
            return true; // "Mr Haines", and "Mr SMITH" as records write surnames
        }
        if (personCode(token)) {
            return true;
        }
        return tag.equals("PROPN") && looksLikeName(token);
    }

    /** The letters reports give people: resident, patient, client or child, service user. */
    private static final Pattern PERSON_CODE = Pattern.compile("[RPCS][0-9]{1,3}");

    private boolean personCode(int token) {
        Token t = tokens.get(token);
        String written = text.substring(t.start(), t.end());
        boolean afterAWord = token > 0 && adjacent(token - 1, token);
        if (PERSON_CODE.matcher(written).matches()) {
            // "Room R1", "Block C2", "the S1 form": a code after its noun or "the" names a thing
            return !afterAWord
                    || !titleCase(token - 1)
                            && !analysis.tag(token - 1).equals("DET")
                            && !analysis.tag(token - 1).equals("ADP");
        }
        if (written.length() != 1 || !Character.isUpperCase(written.charAt(0))) {
            return false;
        }
        String before = afterAWord ? tokens.get(token - 1).form() : "";
        if (words.refersToPerson(before)) {
            return !words.isServiceRole(before); // "Nurse A refused": the nurse acts for the service
        }
        // an initial on its own as the subject of a verb, as judgments and case reviews name
        // people ("G believed that T was disruptive", "T had to be spoken to"); not "I" or "A",
        // nor a letter after a word it labels ("Option B was", "the C is", "in D")
        return written.charAt(0) != 'I'
                && written.charAt(0) != 'A'
                && !(afterAWord
                        && (titleCase(token - 1)
                                || NOMINAL.contains(analysis.tag(token - 1))
                                || analysis.tag(token - 1).equals("DET")
                                || analysis.tag(token - 1).equals("ADP")
                                || analysis.tag(token - 1).equals("NUM")))
                && token + 1 < tokens.size()
                && adjacent(token, token + 1)
                && VERB_TAGS.contains(analysis.tag(token + 1));
    }

    /**
     * The verb ending at {@code to} brings in what someone says: "that", "to" ("claims to have"), a
     * clause ("he claims he paid", "claimed the patches don't work": a noun phrase with a verb
     * after it), an adverb ("claims repeatedly that"), or nothing ("or so he claims."). A noun
     * phrase with no verb after it is a thing claimed ("claim a piece of land", "claimed her
     * benefits"), and a preposition a thing asked for ("insisted on a meeting", "claim for
     * expenses").
     */
    boolean bringsInSpeech(int to, int sentenceEnd) {
        if (to < sentenceEnd && CURRENCY.matcher(gap(to - 1, to).strip()).lookingAt()) {
            return false; // "claimed £16,000 after telling the authorities ...": a sum claimed
        }
        if (to >= sentenceEnd || !adjacent(to - 1, to)) {
            return true;
        }
        String next = tokens.get(to).form();
        // "claims she's attended": a pronoun with its verb kept on it opens the clause too
        if (next.equals("that")
                || next.equals("to")
                || SUBJECT_PRONOUNS.contains(WordLists.withoutContractedVerb(next))) {
            return true;
        }
        String tag = analysis.tag(to);
        if (tag.equals("ADP")) {
            return false;
        }
        if (!NOUN_PHRASE_TAGS.contains(tag)) {
            return true;
        }
        int j = to;
        boolean joined = false;
        while (j < sentenceEnd && adjacent(j - 1, j)) {
            String wordTag = analysis.tag(j);
            if (NOUN_PHRASE_TAGS.contains(wordTag) && !(joined && wordTag.equals("PRON") && !possessiveWord(j))) {
                j++;
            } else if (joinsTwoNouns(j, sentenceEnd)) {
                // "she claimed the doors and hallways in the flat were too narrow": the subject of
                // what she says may be coordinated or carry a preposition; after one, a pronoun
                // starts a relative clause ("claimed compensation for injuries he suffered")
                joined = true;
                j++;
            } else {
                break;
            }
        }
        if (joined && j < sentenceEnd && analysis.tag(j).equals("VERB") && looksLikeParticiple(j)) {
            return false; // "claimed a share of the estate left by her father": a participle, not what was said
        }
        return j < sentenceEnd
                && (analysis.tag(j).equals("VERB")
                        || analysis.tag(j).equals("AUX")
                        // "ain't", which the scanner leaves whole ("don't" is "do" and "n't"), however it is tagged
                        || tokens.get(j).form().endsWith("n't"));
    }

    /** A sum of money: a currency sign first ("£16,000", "$300"). */
    private static final Pattern CURRENCY = Pattern.compile("[£$€¥]");

    /**
     * Whether the subject after a verb that attributes a quotation ({@link #subjectAfterQuotation})
     * is someone speaking for themselves ("'...,' claims Kadir"), not a public voice, a body or
     * someone who acts for a service ("..., claims the council", "..., insists Barton Housing
     * Trust", "..., insists the housing manager"): a statement made for an institution. Any word
     * of the subject counts ("claims Labour MP Jess Phillips", "insists Councillor Jane Smith",
     * "claims Crisis"), and so does a description after a comma ("claims Polly Neate, chief
     * executive of Shelter", "claims Dr Patel, a GP in the town").
     */
    boolean privateVoice(int subject, int sentenceStart, int sentenceEnd) {
        if (inABodysName(subject, sentenceStart, sentenceEnd)) {
            return false;
        }
        int start = subject;
        while (start > sentenceStart
                && subject - start < NAME_REACH
                && adjacent(start - 1, start)
                && (titleCase(start - 1) || NOUN_PHRASE_TAGS.contains(analysis.tag(start - 1)))
                && !VERB_TAGS.contains(analysis.tag(start - 1))) {
            start--;
        }
        for (int i = start; i <= subject; i++) {
            if (speaksForABody(i) || words.knownNames().anyEndingAt(tokens, start, i + 1)) {
                return false;
            }
        }
        if (subject + 1 < sentenceEnd && gap(subject, subject + 1).strip().equals(",")) {
            for (int i = subject + 1; i < sentenceEnd && i <= subject + DESCRIPTION_REACH; i++) {
                if (i > subject + 1 && !adjacent(i - 1, i)) {
                    break; // the description ends at the next comma
                }
                if (speaksForABody(i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How far a description after a comma may run ("Polly Neate, chief executive of Shelter"). */
    private static final int DESCRIPTION_REACH = 8;

    private boolean speaksForABody(int token) {
        String form = tokens.get(token).form();
        return words.isPublicVoice(form) || words.isServiceRole(form);
    }

    /**
     * The head of the subject after a verb that follows a quotation and its comma ("..., claims
     * Kadir", "..., said the night worker"), or -1: the verb is inverted, and its subject is there.
     */
    int subjectAfterQuotation(int from, int to, int sentenceEnd) {
        if (from == 0
                || to >= sentenceEnd
                || !adjacent(to - 1, to)
                || !analysis.tag(to - 1).equals("VERB")) {
            return -1;
        }
        if (!QUOTATION_ENDS.contains(gap(from - 1, from).strip())) {
            return -1;
        }
        int head = -1;
        for (int j = to; j < sentenceEnd && (j == to || adjacent(j - 1, j)); j++) {
            String tag = analysis.tag(j);
            boolean capitalised = titleCase(j); // a name, whatever the tagger makes of it ("Housing Trust")
            if (!NOUN_PHRASE_TAGS.contains(tag) && !capitalised) {
                break;
            }
            if (tag.equals("NOUN") || tag.equals("PROPN") || capitalised) {
                head = j;
            }
        }
        return head;
    }

    /** A comma, question or exclamation mark with the closing quotation mark, as a quotation ends before its attribution. */
    private static final Set<String> QUOTATION_ENDS =
            Set.of(",\u201D", ",\"", ",\u2019", ",'", "?\u201D", "?\"", "!\u201D", "!\"", "\u201D,", "\",");

    private boolean looksLikeParticiple(int token) {
        String form = tokens.get(token).form();
        return form.endsWith("ed") || form.endsWith("en") || form.equals("left") || form.equals("made");
    }

    /** "her", "his", "their" and the like at {@code token}. */
    boolean possessivePronoun(int token) {
        return POSSESSIVES.contains(tokens.get(token).form());
    }

    /** "his", "her", "their" ...: a pronoun that starts a noun phrase. */
    boolean possessiveWord(int token) {
        return NOUN_PHRASE_WORDS.contains(tokens.get(token).form());
    }

    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON");

    /** "and", "or" or a preposition between two words of noun phrases ("doors and hallways", "hallways in the flat"). */
    private boolean joinsTwoNouns(int token, int sentenceEnd) {
        String tag = analysis.tag(token);
        return (tag.equals("CCONJ")
                        || tag.equals("ADP") && !tokens.get(token).form().equals("that"))
                && (analysis.tag(token - 1).equals("NOUN")
                        || analysis.tag(token - 1).equals("PROPN"))
                && token + 1 < sentenceEnd
                && adjacent(token, token + 1)
                && NOUN_PHRASE_TAGS.contains(analysis.tag(token + 1))
                && (!analysis.tag(token + 1).equals("PRON") || possessiveWord(token + 1));
    }

    /**
     * Whether the term is said of one particular person or of the reader: the word straight after
     * it (a verb's object: "evict you", "evict Tom") or the nearest word for a person before it
     * ("he was evicted", "you can be evicted", "Ms Reid was evicted") is a pronoun for someone, a
     * name, or a noun for one person ("the resident was evicted"). A plural noun ("clients who are
     * evicted") is a group, and "we" is the organisation writing.
     */
    boolean aboutSomeone(int from, int to, int sentenceStart, int sentenceEnd) {
        if (from > sentenceStart && onePersonsPossessive(from - 1, sentenceStart)) {
            return true; // "Tom's alcohol misuse", "the resident's eviction"
        }
        String head = tokens.get(to - 1).form();
        if (analysis.tag(to - 1).equals("NOUN")
                && Inflector.looksPlural(head)
                && !ONE_PERSONS_PLURALS.contains(head)
                && !(from > sentenceStart
                        && ONE_PERSON_LATER.contains(tokens.get(from - 1).form()))) {
            // "individual care plans", "75 offender managers": more than one person's, unless one
            // person is named before ("she has had three relapses", "his frequent relapses")
            return onePersonBefore(from, sentenceStart);
        }
        if (to < sentenceEnd && adjacent(to - 1, to)) {
            String next = tokens.get(to).form();
            if (ONE_PERSON_OBJECTS.contains(next)) {
                return true;
            }
            if (analysis.tag(to).equals("PROPN") && titleCase(to) && looksLikeName(to)) {
                return true;
            }
        }
        if (namedLater(to, sentenceEnd)) {
            return true;
        }
        for (int i = from - 1; i >= sentenceStart; i--) {
            String form = tokens.get(i).form();
            if (THEY.contains(form)) {
                return !groupBefore(i, sentenceStart);
            }
            if (ONE_PERSON_SUBJECTS.contains(WordLists.withoutContractedVerb(form))) {
                return true;
            }
            if (form.equals("we") || form.equals("us")) {
                return false;
            }
            if (RELATIVE_PERSON.contains(form)) {
                continue; // "clients who are evicted": the noun before "who" says who
            }
            if (words.refersToPerson(form) && NOMINAL.contains(analysis.tag(i))) {
                return !Inflector.looksPlural(form); // not "adults who are homeless": an adjective
            }
            if (nameAt(i, sentenceStart)) {
                return true;
            }
        }
        return false;
    }

    /** A person's name at token {@code i}: a capitalised proper noun that does not merely open the sentence or clause. */
    private boolean nameAt(int i, int sentenceStart) {
        return titleCase(i)
                && !startsClause(i, sentenceStart)
                && analysis.tag(i).equals("PROPN")
                && looksLikeName(i);
    }

    /**
     * A phrase straight after the term that names the person it is about: "a case conference
     * about her housing", "an alert was raised about Ruth", "proceedings against him", "the
     * process to you". "They" and "their" are left out: after the term they as often mean a group
     * ("tenants who are evicted lose their deposit").
     */
    private boolean namedLater(int to, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, to + NAMED_LATER_REACH);
        for (int i = to; i + 1 < limit && adjacent(i - 1, i); i++) {
            if (!ABOUT.contains(tokens.get(i).form())) {
                continue;
            }
            int next = i + 1;
            return adjacent(i, next)
                    && (ONE_PERSON_LATER.contains(tokens.get(next).form())
                            || isPerson(next, analysis.tag(next))
                            || titleCase(next) && words.isTitle(tokens.get(next).form()));
        }
        return false;
    }

    /** How far after the term a phrase naming the person may start ("was raised on Monday about"). */
    private static final int NAMED_LATER_REACH = 6;

    private static final Set<String> ABOUT = Set.of("about", "for", "against", "to", "with", "regarding", "concerning");

    /** A word for one person before the term: a singular pronoun or possessive, or a singular person noun. */
    private boolean onePersonBefore(int from, int sentenceStart) {
        for (int i = from - 1; i >= sentenceStart; i--) {
            String form = tokens.get(i).form();
            if (ONE_PERSON_LATER.contains(form) || form.equals("he") || form.equals("she") || form.equals("i")) {
                return true;
            }
            if (onePersonsPossessive(i, sentenceStart)) {
                return true; // "Tom's care plans"
            }
            if (words.isPersonNoun(form) && NOMINAL.contains(analysis.tag(i))) {
                return !Inflector.looksPlural(form);
            }
        }
        return false;
    }

    /**
     * "They", "them" or "their" stands for a group when the nearest word for people before it is a
     * plural noun ("tenants who drink ... their behaviour soon has them evicted"); otherwise it is
     * one person, as case notes use it ("they were evicted in March").
     */
    private boolean groupBefore(int pronoun, int sentenceStart) {
        // the sentence first, then the one before it in the same paragraph ("Residents must not
        // drink on site. If they do, they will get a written warning.")
        int reach = Math.max(0, sentenceStart - PREVIOUS_SENTENCE_REACH);
        for (int i = pronoun - 1; i >= reach; i--) {
            String form = tokens.get(i).form();
            if (THEY.contains(form) || RELATIVE_PERSON.contains(form)) {
                continue;
            }
            if (ONE_PERSON_SUBJECTS.contains(WordLists.withoutContractedVerb(form))) {
                return false;
            }
            if (words.isPersonNoun(form) && NOMINAL.contains(analysis.tag(i))) {
                return Inflector.looksPlural(form);
            }
        }
        return false;
    }

    private static final Set<String> THEY = Set.of("they", "them", "their");
    /** How many words before the sentence a plural antecedent of "they" is looked for. */
    private static final int PREVIOUS_SENTENCE_REACH = 30;

    /** Nouns whose plural is one person's as often as many people's: "her support needs", "his arrears". */
    private static final Set<String> ONE_PERSONS_PLURALS =
            Set.of("needs", "arrears", "belongings", "proceedings", "savings", "means");

    private static final Set<String> ONE_PERSON_LATER = Set.of("you", "your", "him", "his", "her", "me", "my");
    private static final Set<String> ONE_PERSON_OBJECTS = Set.of("you", "him", "her", "them", "me");
    private static final Set<String> ONE_PERSON_SUBJECTS =
            Set.of("i", "you", "he", "she", "they", "him", "her", "them", "me", "your", "his", "their");

    /**
     * Whether the person the term describes is named by one of the {@code named} words: the nearest word
     * before the term that refers to a person is one of them ("the baby did not attend"), or that
     * nearest word is a name that directly follows one of them ("her son Kai did not attend").
     */
    boolean about(PhraseTrie<Boolean> named, int from, int sentenceStart) {
        for (int i = from - 1; i >= sentenceStart; i--) {
            if (named.anyEndingAt(tokens, sentenceStart, i + 1)) {
                return true;
            }
            if (RELATIVE_PERSON.contains(tokens.get(i).form())) {
                continue; // "children who do not attend": "who" stands for the noun before it
            }
            if (words.refersToPerson(tokens.get(i).form())) {
                return false;
            }
            if (nameAt(i, sentenceStart)) {
                int before = i;
                while (before > sentenceStart
                        && adjacent(before - 1, before)
                        && titleCase(before - 1)
                        && !startsClause(before - 1, sentenceStart)) {
                    before--; // a name of several words: "Kai Ward"
                }
                return before > sentenceStart
                        && adjacent(before - 1, before)
                        && named.anyEndingAt(tokens, sentenceStart, before);
            }
        }
        return false;
    }

    /** Words around a quotation that show it as an example of wording, not a record: "instead of writing", "comments such as". */
    private static final Set<String> SHOWN_NOT_SAID =
            Set.of("instead", "rather", "such", "avoid", "avoiding", "comment", "comments", "writing", "phrases");

    /** The last word of a self-description after which an adverb may come: "I am", "I feel", not "I have". */
    private static final Set<String> SAYS_WHAT_ONE_IS =
            Set.of("am", "i'm", "'m", "was", "been", "feel", "felt", "became", "become", "are", "we're", "'re", "were");

    /**
     * The person describing themselves: the term comes straight after "I am", "I was", "I feel",
     * "we are", "describes himself as", "calls herself" (with "a", "an" or adverbs between: "I
     * feel extremely chaotic"), and describes no noun
     * after it. People may choose a label for themselves; that is theirs to choose, so it is
     * reported for review only.
     */
    boolean selfDescribed(int from, int to, int sentenceStart, int sentenceEnd) {
        if (headAfter(to, sentenceEnd, false) >= 0) {
            return false; // "I had an alcoholic father": the term describes someone else
        }
        // a later item of a list said after "be" is said by whoever said the first: "I'm chaotic
        // and manipulative"
        int listCopula = copulaBeforePredicateList(from, sentenceStart);
        int end = listCopula >= 0 ? listCopula + 1 : from;
        boolean adverbs = false;
        while (end > sentenceStart
                && adjacent(end - 1, end)
                && (tokens.get(end - 1).form().equals("a")
                        || tokens.get(end - 1).form().equals("an"))) {
            end--; // "I am a"
        }
        if (!(to < sentenceEnd && adjacent(to - 1, to) && VERB_TAGS.contains(analysis.tag(to)))) {
            // not "I am a volunteer, and an addict told me": the term is a new clause's subject
            end = firstItemOfAList(end, sentenceStart);
        }
        while (end > sentenceStart
                && adjacent(end - 1, end)
                && WordScanner.NOT_FORMS.contains(tokens.get(end - 1).form())) {
            end--; // "I am not a sufferer", "I'm not crazy": a person's own word about themselves, denied
        }
        while (end > sentenceStart
                && adjacent(end - 1, end)
                && analysis.tag(end - 1).equals("ADV")
                && !DEGREE.contains(tokens.get(end - 1).form())) {
            end--; // "I feel extremely chaotic", "I was so"; not "I have more addicts on my caseload"
            adverbs = true;
        }
        if (adverbs
                && (end == sentenceStart
                        || !adjectiveAt(from)
                        || !SAYS_WHAT_ONE_IS.contains(tokens.get(end - 1).form()))) {
            // after an adverb only an adjective says what the speaker is, after "am", "was", "feel":
            // "I feel strongly addicts deserve better" is about others
            return false;
        }
        return end > sentenceStart
                && adjacent(end - 1, end)
                && words.selfDescription().anyEndingAt(tokens, sentenceStart, end);
    }

    /**
     * Where {@code item} starts a later item of a list of nouns after "a" or "an" ("a sufferer, a
     * victim or an afflicted person"), the article of the list's first item: what is said of the
     * first is said of the others. {@code item} itself otherwise.
     */
    private int firstItemOfAList(int item, int sentenceStart) {
        int start = item;
        for (int items = 0; items < LIST_ITEMS_BACK; items++) {
            int last = start - 1; // the last word of the item before, past "or", "and" or a comma
            if (last > sentenceStart && coordinator(last)) {
                last--;
            } else if (last < sentenceStart
                    || adjacent(last, start)
                    || !gap(last, start).strip().equals(",")) {
                return start;
            }
            int article = -1;
            for (int k = last;
                    k >= Math.max(sentenceStart, last - LIST_ITEM_WORDS) && (k == last || adjacent(k, k + 1));
                    k--) {
                String form = tokens.get(k).form();
                if (form.equals("a") || form.equals("an")) {
                    article = k;
                    break;
                }
            }
            if (article < 0) {
                return start;
            }
            start = article;
        }
        return start;
    }

    /** How many items of a list {@link #firstItemOfAList} walks back over, and how long each may be. */
    private static final int LIST_ITEMS_BACK = 3;

    private static final int LIST_ITEM_WORDS = 3;

    /**
     * Straight before a quotation, a possessive or a quantity that belongs to the quoted words,
     * which head their phrase ("our “frequent fliers.”", "each “frequent flyer” has", "some
     * “frequent flyers” of the ED"): the words are used of people, in quotation marks or not.
     * {@code before} and {@code after} are the tokens either side of the quotation. Not after
     * "my", "his" or "her" (a speaker's own word, or the object: "make him or her “an addict”"),
     * nor "these" or "many", which as often dispute the label ("these “bed blockers” are people
     * waiting for care"), nor when a noun follows the quotation ("our “frequent flyer” policy",
     * "their “hard to reach” label").
     */
    boolean ownedOrCountedQuotation(int before, int after, int[] quotation, int sentenceStart, int sentenceEnd) {
        if (before < sentenceStart) {
            return false;
        }
        String gap = text.subSequence(tokens.get(before).end(), quotation[0]).toString();
        if (gap.length() != 2 || !Character.isWhitespace(gap.charAt(0))) {
            return false; // a space and the opening mark
        }
        if (!OWNERS_AND_QUANTITIES.contains(tokens.get(before).form())) {
            return false;
        }
        return after >= sentenceEnd || !MODIFIER_TAGS.contains(analysis.tag(after));
    }

    /**
     * The quotation from {@code first} to {@code after} is a headline reproduced to be looked at,
     * whatever its length: "headline" or "headlines" as a noun of its own (not "headline figures",
     * not "headline-grabbing") stands a few words before it with no comma between ("the Sun
     * headline this morning – ’1,200 KILLED BY MENTAL PATIENTS’", "banner headlines in the Sunday
     * Express proclaimed: “...”"), or straight after it ("..., said the headline").
     */
    boolean quotesAHeadline(int first, int after, int sentenceStart, int sentenceEnd) {
        for (int i = first - 1; i >= sentenceStart && i >= first - 8; i--) {
            if (i < first - 1 && gap(i, i + 1).contains(",")) {
                return false; // "Despite the headlines, the warden said “...”": someone's words
            }
            if (headlineNounAt(i, sentenceEnd)) {
                return true;
            }
        }
        for (int i = after; i < sentenceEnd && i < after + 3; i++) {
            if (headlineNounAt(i, sentenceEnd)) {
                return true;
            }
        }
        return false;
    }

    private boolean headlineNounAt(int token, int sentenceEnd) {
        Token t = tokens.get(token);
        if (!(t.form().equals("headline") || t.form().equals("headlines")) || t.hyphenBefore() || t.hyphenAfter()) {
            return false;
        }
        int next = token + 1;
        if (next >= sentenceEnd || !adjacent(token, next)) {
            return true;
        }
        // "headline figures", "the headline finding was": it describes the noun after it (a noun
        // in "-ing" shows by the verb after it; "a headline reading “...”" has the quotation)
        boolean ingNoun = tokens.get(next).form().endsWith("ing")
                && next + 1 < sentenceEnd
                && VERB_TAGS.contains(analysis.tag(next + 1));
        return !analysis.tag(next).equals("NOUN") && !ingNoun;
    }

    /**
     * Whether the words of the sentence outside the quotation from {@code first} to {@code after}
     * speak of wording or examples ("the term", "instead of writing", "for example").
     */
    private boolean speaksOfWordingOutside(int first, int after, int sentenceStart, int sentenceEnd) {
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            if (i == first) {
                i = Math.max(i, after - 1); // the quoted words themselves are not the frame
                continue;
            }
            String form = tokens.get(i).form();
            if (words.isWordingNoun(form)
                    || words.isWordingLeadIn(form)
                    || form.startsWith("example")
                    || SHOWN_NOT_SAID.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inside a quotation, from its first word {@code first} to the term at {@code lead}: a verb or
     * a preposition after another word, whose object the term is, with no subject before it
     * ("“stop harassing the homeless”", "“protect the vulnerable”", "“verbal intimidation by
     * beggars”", "‘blocked by elderly’"). The quotation is a piece of someone's words that uses
     * the term, not the term quoted as a term; unless the sentence speaks of wording, a mention
     * frame or "so-called" stands before it, the sentence rewords ("replace ... with"), it is a
     * title, or the quotation has a speaker or a person as its subject (other rules decide those:
     * "“I work with hoarders”").
     */
    boolean speechFragmentInQuotation(int first, int lead, int after, int sentenceStart, int sentenceEnd) {
        if (first >= lead
                || speaksOfWordingOutside(first, after, sentenceStart, sentenceEnd)
                || frameEndsBefore(first, sentenceStart)
                || soCalledBefore(first, sentenceStart)
                || rewordingIn(sentenceStart, sentenceEnd)) {
            return false; // "so-called “war on the homeless”", "replace “help for the homeless” with ..."
        }
        if (titleCase(first) && titleCase(after - 1)) {
            return false; // "“Get Help for Homeless”", "“Help the Homeless”": a title, quoted as a name
        }
        boolean governed = false;
        for (int i = first; i < lead; i++) {
            String form = tokens.get(i).form();
            String tag = analysis.tag(i);
            if (tag.equals("PRON") || tag.equals("PROPN") || words.refersToPerson(form)) {
                return false;
            }
            // not a participle straight before the term, which may describe it ("“escaped mental
            // patients”"), nor a preposition that opens the quotation ("“with complex needs”"),
            // a description quoted whole
            boolean verb = tag.equals("VERB") && couldBeAVerb(form) && !(i == lead - 1 && form.endsWith("ed"));
            // "of" makes a noun phrase round the term, not a clause ("“the arrival of rough sleepers”")
            governed |= verb || tag.equals("ADP") && i > first && !form.equals("of");
        }
        return governed;
    }

    /** Verbs that put one wording in place of another ("replace ... with", "change ... to", "write ... instead"). */
    private static final Set<String> REWORDING = Set.of(
            "replace",
            "replaces",
            "replaced",
            "replacing",
            "change",
            "changes",
            "changed",
            "changing",
            "write",
            "writes",
            "wrote",
            "writing",
            "rewrite",
            "rewrote",
            "reword",
            "reworded",
            "rephrase",
            "rephrased",
            "say",
            "saying");

    /** Whether the sentence holds a verb of rewording ({@link #REWORDING}). */
    private boolean rewordingIn(int sentenceStart, int sentenceEnd) {
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            // a capital inside the sentence makes it part of a name ("a petition on Change.org")
            if (REWORDING.contains(tokens.get(i).form()) && !(i > sentenceStart && titleCase(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OWNERS_AND_QUANTITIES = Set.of("our", "their", "your", "each", "every", "some");

    /**
     * Inside a quotation, from its first word {@code first} to the term at {@code lead}: a word
     * for a person or a subject pronoun, then a verb ("“Client was uncooperative today”", "“she
     * is manipulative”"). The quotation is someone's words about a person, which use the term;
     * unless the rest of the sentence speaks of wording or examples ("judgmental language: 'patient
     * was uncooperative'", "instead of writing “he is aggressive”", "“Service users are chaotic”
     * is a common phrase"), where it is shown as an example of what not to write.
     */
    boolean personClauseInQuotation(int first, int lead, int after, int sentenceStart, int sentenceEnd) {
        if (speaksOfWordingOutside(first, after, sentenceStart, sentenceEnd)) {
            return false;
        }
        boolean person = false;
        for (int i = first; i < lead; i++) {
            String form = tokens.get(i).form();
            String tag = analysis.tag(i);
            if (words.isSpeaker(form) || form.equals("we")) {
                return false; // "“I'm an addict”": the speaker's word for themselves, another rule's
            }
            if (words.refersToPerson(form) || SUBJECT_PRONOUNS.contains(form) && !form.equals("it")) {
                person = true;
            } else if (person && (tag.equals("AUX") || tag.equals("VERB"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Straight after the quotation ending at offset {@code quoteEnd} (its closing mark, then a
     * space), a word for people ("'bed blocking' pensioners"), or "who" opening a clause about
     * them when an article, "these" or "those" stands before the quotation ("among the “frequent
     * fliers” who burden staff", not "what the paper called “bed blockers” who ..."): the quoted
     * words are used of people, not talked about. {@code before} is the token before the quotation.
     */
    boolean peopleAfterQuotation(int before, int quoteEnd) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() > quoteEnd) {
                String gap = text.subSequence(quoteEnd, tokens.get(i).start()).toString();
                if (!spacesAfterTheMark(gap)) {
                    return false;
                }
                String form = tokens.get(i).form();
                return words.isPersonNoun(form)
                        || form.equals("who")
                                && before >= 0
                                && (ARTICLES.contains(tokens.get(before).form())
                                        || DEMONSTRATIVE_DETERMINERS.contains(
                                                tokens.get(before).form()));
            }
        }
        return false;
    }

    /**
     * In a quotation starting at offset {@code quoteStart}, whether the nearest word for a person
     * before the term is the speaker's "I", "me" or "my" ("'I'm not one of the homeless'"), not
     * someone else ("'I told him the junkies round here ...'": "him" is nearer), in the speaker's
     * own clause.
     */
    boolean speakerSpeaksOfThemselves(int from, int to, int quoteStart, int quoteEnd) {
        for (int i = from - 1; i >= 0 && tokens.get(i).start() >= quoteStart; i--) {
            String form = tokens.get(i).form();
            if (words.isSpeaker(form)) {
                // "my senile grandad": the term describes someone the speaker names, not the speaker
                return !(POSSESSIVE_SPEAKERS.contains(form)
                        && to < tokens.size()
                        && tokens.get(to).end() <= quoteEnd
                        && adjacent(to - 1, to)
                        && words.refersToPerson(tokens.get(to).form()));
            }
            String tag = analysis.tag(i);
            if (words.refersToPerson(form) || NOMINAL.contains(tag)) {
                return false;
            }
            // the speaker's own clause ends at a clause opener or at a verb that does something
            // ("retailers are telling me that beggars ...", "I see the homeless every day"); only
            // "be", "become" and their like link a speaker to what they say of themselves
            if (tag.equals("SCONJ") || tag.equals("VERB") && !words.isLinkingVerb(form)) {
                return false;
            }
            if (HAVE_FORMS.contains(form) && i + 1 < from && DETERMINERS_OF_AN_OBJECT.contains(analysis.tag(i + 1))) {
                return false; // "I had a violent, alcoholic mother": "had" owns, it does not link
            }
        }
        return false;
    }

    private static final Set<String> HAVE_FORMS = Set.of("have", "has", "had", "having", "'ve", "'d");

    /** Tags that open a verb's object: "had a ...", "have two ...". */
    private static final Set<String> DETERMINERS_OF_AN_OBJECT = Set.of("DET", "NUM");

    private static final Set<String> POSSESSIVE_SPEAKERS = Set.of("my", "our");

    /** Whether the sentence talks about words: it holds a noun for wording ("term", "language"). */
    boolean aboutWording(int sentenceStart, int sentenceEnd) {
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            Token t = tokens.get(i);
            String form = t.form();
            boolean compound = t.hyphenBefore() || t.hyphenAfter(); // "long-term" is no term
            boolean otherWords = form.equals("words")
                    && i >= sentenceStart + 2
                    && tokens.get(i - 1).form().equals("other")
                    && tokens.get(i - 2).form().equals("in"); // "in other words"
            // "following" leads into a list of words only before a colon ("the following:"), not
            // in running text ("judged fit to work following a review"); "language" and "wording"
            // speak of words wherever they stand
            boolean leadIn = words.isWordingLeadIn(form)
                    && (!form.equals("following")
                            || i + 1 < tokens.size() && gap(i, i + 1).strip().startsWith(":"));
            if (!compound && !otherWords && (words.isWordingNoun(form) || leadIn)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The term is what someone is labelled as, in a sentence that names the labelling: a verb of
     * labelling, then a few words, then "as" a few words before the term ("define a reluctant
     * client as someone who is unmotivated", "branded them as addicts", "labels people as
     * chaotic", "regard anyone with a terminal disease as a scrounger"), or further when "or" or
     * "and" adds another label ("marked as having challenging behaviour or being addicted").
     * Verbs of stigma count ("stigmatised as lazy", "characterised as alcoholics and criminals by
     * society"), and so do those of seeing and portrayal ("seen as", "depicts them as bad
     * mothers"), and "refer to" people in general ("refer to patients as bed blockers"). Reported
     * description ("described by staff as manipulative", "portrayed by the team as impulsive", "the
     * letter referred to the patient as a bed blocker") stays a use.
     */
    boolean labelledAs(int from, int to, int sentenceStart, int sentenceEnd) {
        if (givenAsALabel(from, sentenceStart) || labelsPeopleWithoutAs(from, sentenceStart)) {
            return true;
        }
        int joiner = from - 1;
        if (joiner > sentenceStart && ARTICLES.contains(tokens.get(joiner).form())) {
            joiner--; // "labelled a vagrant or a beggar"
        }
        boolean clauseOfItsOwn = to < sentenceEnd && adjacent(to - 1, to) && VERB_TAGS.contains(analysis.tag(to));
        if (joiner - 1 > sentenceStart && coordinator(joiner) && contiguous(joiner, from) && !clauseOfItsOwn) {
            // "They are called runaways and throwaways", "labelled a loner or a beggar": the word
            // after "and" or "or" is another name the same verb gives, in the same form (with an
            // article when the first has one); the item before is one to three words the verb
            // names. Not "He was called a liar and addicts were blamed": a clause of its own
            // the term's own pattern may hold the article ("a drunk"); after "and" only "a" or
            // "an" gives a name ("the addicts in the hostel avoided him" is a clause of its own)
            boolean article =
                    joiner < from - 1 || ARTICLES.contains(tokens.get(from).form());
            String second = joiner < from - 1
                    ? tokens.get(from - 1).form()
                    : tokens.get(from).form();
            if (second.equals("the")) {
                return false;
            }
            for (int item = joiner - 1; item > sentenceStart && item >= joiner - 3; item--) {
                if (!adjacent(item, item + 1) || !NOMINAL.contains(analysis.tag(item)) && !adjectiveAt(item)) {
                    break;
                }
                boolean firstHasArticle = ARTICLES.contains(tokens.get(item - 1).form());
                if (firstHasArticle == article && givenAsALabel(item, sentenceStart)) {
                    return true;
                }
            }
        }
        int as = from - 1;
        boolean joined = false;
        while (as > sentenceStart && as > from - 9 && !tokens.get(as).form().equals("as")) {
            joined |= coordinator(as);
            as--; // "as someone who is unmotivated": "as" a few words before the term
        }
        if (as <= sentenceStart
                || !tokens.get(as).form().equals("as")
                || from - as > 5 && !joined) { // further off only past "or" or "and": "as having X or being Y"
            return false;
        }
        if (NOT_THE_AS_OF_A_VIEW.contains(tokens.get(as - 1).form())) {
            return false; // "sees illnesses such as flu that affect the elderly": examples, not a view
        }
        if (to < sentenceEnd && adjacent(to - 1, to) && analysis.tag(to).equals("VERB")) {
            // "sees hospitals under pressure as the elderly fall ill": a clause "as" opens; not an
            // auxiliary after a view that is the subject ("labelling someone as challenging could ...")
            return false;
        }
        // the verb may be a few words before, past its object ("regard anyone with a terminal
        // disease as a scrounger")
        for (int i = as - 1; i >= sentenceStart && i >= as - 9; i--) {
            if (gap(i, i + 1).strip().length() > 0) {
                return false; // punctuation: another clause
            }
            if (tokens.get(i).form().equals("by")) {
                return false; // "portrayed by the team as impulsive": someone's description, reported
            }
            if (LABELLING_VERBS.contains(tokens.get(i).form())
                    || PERCEIVING_VERBS.contains(tokens.get(i).form())) {
                return true;
            }
            if (tokens.get(i).form().equals("to")
                    && i > sentenceStart
                    && REFER.contains(tokens.get(i - 1).form())
                    && !(i - 1 > sentenceStart
                            && PASSIVE_AUXILIARIES.contains(tokens.get(i - 2).form()))
                    && peopleInGeneralBetween(i + 1, as)) {
                // "refer to patients as bed blockers": what people in general are called; not "the
                // letter referred to the patient as ...", what one person was called, nor "was
                // referred to a drug worker as an addict", a referral
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REFER = Set.of("refer", "refers", "referred", "referring");

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /**
     * Verbs that give people a name straight after their object ("labelling people vexatious
     * complainants"); "define", "dismiss" or "mark" take a phrase or a description far more often.
     */
    private static final Set<String> NAME_GIVING_VERBS = Set.of(
            "label",
            "labels",
            "labelled",
            "labeled",
            "labelling",
            "labeling",
            "brand",
            "brands",
            "branded",
            "branding",
            "dub",
            "dubs",
            "dubbed",
            "dubbing");

    /**
     * A verb of labelling, people in general as its object, then the term with no "as" between
     * ("the practice of labelling people vexatious complainants", "branding claimants
     * scroungers"): what people are called. One person so named ("labelled him a liar") is
     * reported, and stays a use; so is a phrase that opens with a verb ("stigmatise people
     * suffering from schizophrenia").
     */
    private boolean labelsPeopleWithoutAs(int from, int sentenceStart) {
        if (VERB_TAGS.contains(analysis.tag(from))) {
            return false; // "stigmatise people suffering from schizophrenia": a phrase about them, not a name
        }
        int end = from;
        if (end - 1 > sentenceStart && ARTICLES.contains(tokens.get(end - 1).form())) {
            end--;
        }
        for (int verb = end - 2; verb >= sentenceStart && verb >= end - 4; verb--) {
            if (NAME_GIVING_VERBS.contains(tokens.get(verb).form())
                    && contiguous(verb, from)
                    && peopleInGeneralBetween(verb + 1, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * From {@code from} to before {@code to}, a plural noun for people, or one after "any" or
     * "every", with no name, pronoun or possessive among the words: people in general ("patients",
     * "disabled people", "any patient"), not someone in particular ("the patient", "Mrs Jones",
     * "him", "his clients").
     */
    private boolean peopleInGeneralBetween(int from, int to) {
        boolean people = false;
        for (int k = from; k < to; k++) {
            String tag = analysis.tag(k);
            if (tag.equals("PRON") || tag.equals("PROPN") || possessor(k)) {
                return false;
            }
            String form = tokens.get(k).form();
            // "any patient", "every resident": anyone of the kind
            boolean anyOne =
                    k > from && GENERIC_DETERMINERS.contains(tokens.get(k - 1).form()) && personAt(k);
            people |= pluralPeopleNoun(form) || form.equals("people") || form.equals("persons") || anyOne;
        }
        return people;
    }

    private static final Set<String> GENERIC_DETERMINERS = Set.of("any", "every");

    /**
     * The word at {@code item} straight after a passive labelling verb or "called", perhaps with
     * an article between: "was labelled a drug seeker", "if I was called a bed blocker", "once
     * labeled a juvenile delinquent": the person was given the label; in "the papers labelled the
     * homeless ..." the term is who was labelled, and is used.
     */
    private boolean givenAsALabel(int item, int sentenceStart) {
        int verb = item - 1;
        if (verb > sentenceStart && ARTICLES.contains(tokens.get(verb).form())) {
            verb--; // "labelled a drug seeker"
        }
        return verb > sentenceStart
                && contiguous(verb - 1, item)
                && (LABELLING_VERBS.contains(tokens.get(verb).form())
                        || tokens.get(verb).form().equals("called"))
                && tokens.get(verb).form().endsWith("ed")
                && (PASSIVE_AUXILIARIES.contains(tokens.get(verb - 1).form())
                        || REDUCED_CLAUSE_OPENERS.contains(tokens.get(verb - 1).form()));
    }

    /**
     * The term is what a stereotype says people are, reported in order to question it: in the
     * predicate, after "is" or "are", of a clause with "that" after a noun for a mistaken picture
     * ("the perception that people on benefits are lazy scroungers"), or after "is that" ending a
     * subject that holds one ("one of the most harmful stereotypes ... is that anyone homeless is a
     * substance abuser"), or after "is" when the subject holds one ("The stereotype of a homeless
     * person is the hobo"). The clause's subject is the writer's own wording ("the perception that
     * the homeless have brought it upon themselves" uses "the homeless"). Nouns in
     * `words/stereotype-nouns.txt`. A word is said to imply what such a clause after "implies"
     * says ("as this implies that there are work-shy families").
     */
    boolean inAStereotype(int from, int sentenceStart) {
        boolean predicate = false;
        for (int that = from - 1; that > sentenceStart; that--) {
            String gap = gap(that, that + 1);
            if (gap.contains(",") || gap.contains(";")) {
                return false; // another clause: "a misconception that ..., although there was need of"
            }
            String form = tokens.get(that).form();
            if (predicate && words.isStereotypeNoun(form)) {
                return true; // "The stereotype of a homeless person is the hobo asleep in a doorway"
            }
            // "be" after "to" is an infinitive, no predicate of the noun before it ("considered by
            // medical opinion to be suffering from")
            predicate |= BE.contains(form)
                    && !(form.equals("be") && tokens.get(that - 1).form().equals("to"));
            if (!form.equals("that")) {
                continue;
            }
            String before = tokens.get(that - 1).form();
            if (!predicate
                    && words.isStereotypeNoun(before)
                    && words.isSpeechVerb(tokens.get(that + 1).form())) {
                return true; // "popular notions that say they're simply a mass of deadbeats"
            }
            if (!predicate) {
                return false;
            }
            if (words.isStereotypeNoun(before) || IMPLYING.contains(before)) {
                return true; // "the perception that they are lazy", "implies that there are work-shy families"
            }
            if (before.equals("is") || before.equals("was")) {
                for (int k = that - 2; k >= sentenceStart; k--) {
                    if (words.isStereotypeNoun(tokens.get(k).form())) {
                        return true;
                    }
                }
            }
            return false; // the nearest "that" decides
        }
        return false;
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be");

    /** Words before "as" that make it part of another phrase: "such as", "as well as", "as soon as". */
    private static final Set<String> NOT_THE_AS_OF_A_VIEW = Set.of("such", "well", "soon", "long", "far", "much");

    /** What a word is said to imply, in a clause with "that", is the picture it paints, not a fact. */
    private static final Set<String> IMPLYING = Set.of("implies", "imply", "implied", "implying");

    /**
     * "seen as", "viewed as", "they see you as": the term is how others see someone, reported as
     * their view; readers of real text took it as a mention. "Described as" is not among them: it
     * is as often the writer's own description ("guests that might be described as problematic").
     */
    private static final Set<String> PERCEIVING_VERBS = Set.of(
            // not "seeing as" or "regarding": "since" and "about"
            "see",
            "sees",
            "seen",
            "view",
            "views",
            "viewed",
            "viewing",
            "perceive",
            "perceives",
            "perceived",
            "perceiving",
            "regard",
            "regards",
            "regarded",
            "portray",
            "portrays",
            "portrayed",
            "portraying",
            "depict",
            "depicts",
            "depicted",
            "depicting",
            // the nouns of the same view ("the portrayal of disabled people as scroungers"), and
            // "cast as" ("casting the street homeless as criminals")
            "portrayal",
            "portrayals",
            "depiction",
            "depictions",
            "cast",
            "casts",
            "casting");

    /**
     * Words that open a clause whose verb is a participle with no subject or auxiliary ("once
     * labelled a ...", "if called a ..."); unlike {@link #CLAUSE_OPENERS}, a subject need not follow.
     */
    private static final Set<String> REDUCED_CLAUSE_OPENERS = Set.of("once", "if", "when", "unless", "until");

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of(
            "was", "were", "is", "are", "be", "been", "being", "am", "'re", "get", "gets", "got", "getting", "gotten");

    /** Verbs of labelling: those that give a name ({@link #NAME_GIVING_VERBS}), and those of defining, stereotyping or describing. */
    private static final Set<String> LABELLING_VERBS = union(
            NAME_GIVING_VERBS,
            Set.of(
                    "define",
                    "defines",
                    "defined",
                    "defining",
                    "stereotype",
                    "stereotypes",
                    "stereotyped",
                    "stereotyping",
                    "dismiss",
                    "dismisses",
                    "dismissed",
                    "dismissing",
                    "pigeonhole",
                    "pigeonholed",
                    "mark",
                    "marks",
                    "marked",
                    "stigmatise",
                    "stigmatises",
                    "stigmatised",
                    "stigmatising",
                    "stigmatize",
                    "stigmatizes",
                    "stigmatized",
                    "stigmatizing",
                    "characterise",
                    "characterises",
                    "characterised",
                    "characterising",
                    "characterize",
                    "characterizes",
                    "characterized",
                    "characterizing"));

    /**
     * The sentence is an example of wording set out after a label and a colon ("EXAMPLE: She's an
     * addict.", "Instead of: ..."), as language guides and training material show what not to
     * write; or a myth set out to be answered, after a label that names it as one ("Myth: the
     * homeless are all addicts", "Myth 2: ...", "Misconception 1. All homeless are panhandlers").
     */
    boolean shownAsExample(int from, int sentenceStart) {
        int label = sentenceStart;
        if (label + 1 < from && tokens.get(label).form().equals("for")) {
            label++; // "For example: ..."
        }
        // "Instead of: services for vulnerable people": the wording a guide replaces
        boolean insteadOf = label + 1 < from
                && tokens.get(label).form().equals("instead")
                && tokens.get(label + 1).form().equals("of");
        if (insteadOf) {
            label++;
        }
        if (label < from
                && (insteadOf || EXAMPLE_LABELS.contains(tokens.get(label).form()))
                && gap(label, label + 1).contains(":")) {
            return true;
        }
        int afterLabel = stereotypeLabelEnd(sentenceStart, from);
        if (afterLabel > sentenceStart && afterLabel <= from) {
            return true;
        }
        int sentence = analysis.sentenceAt(tokens.get(sentenceStart).start());
        if (sentence > 0) {
            // the label as a sentence of its own before this one ("Misconception 1." then the myth)
            int previous = analysis.firstToken(sentence - 1);
            return stereotypeLabelEnd(previous, sentenceStart) == sentenceStart
                    && analysis.endToken(sentence - 1) == sentenceStart;
        }
        return false;
    }

    /**
     * After a label that names a myth ("Myth", "Misconception 1") and its colon or full stop, the
     * index of the first word of what it labels; -1 if {@code start} opens no such label.
     */
    private int stereotypeLabelEnd(int start, int limit) {
        if (start >= limit || !words.isMythLabel(tokens.get(start).form())) {
            return -1;
        }
        int end = start + 1;
        // "Myth 2", "Myth #1"
        if (end < limit
                && analysis.tag(end).equals("NUM")
                && (adjacent(start, end) || gap(start, end).strip().equals("#"))) {
            end++;
        }
        if (end > limit || end >= tokens.size()) {
            return -1;
        }
        String gap = gap(end - 1, end);
        return gap.contains(":") || gap.contains(".") ? end : -1;
    }

    /**
     * The term is an item of examples in brackets ("(e.g. addict, alcoholic, junkie)", "(such as
     * ...)") straight after words that speak of labels or terms ("given pejorative labels (e.g.
     * addict, alcoholic)"): the examples are the words spoken of. The bracket opens at most a
     * dozen words before the term and has not closed before it.
     */
    boolean bracketedExamplesOfWording(int from, int sentenceStart, int sentenceEnd) {
        if (sentenceStart >= 3
                && abbreviatedExample(sentenceStart - 2)
                && gap(sentenceStart - 3, sentenceStart - 2).contains("(")) {
            // the full stop of "e.g." may have ended the sentence for the splitter
            sentenceStart = analysis.firstToken(
                    analysis.sentenceAt(tokens.get(sentenceStart - 2).start()));
        }
        for (int i = from; i > sentenceStart && i >= from - 12; i--) {
            String gap = gap(i - 1, i);
            if (gap.contains(")")) {
                return false;
            }
            if (gap.contains("(")) {
                String opener = tokens.get(i).form();
                boolean examples = abbreviatedExample(i)
                        || BRACKET_EXAMPLE_OPENERS.contains(opener)
                        || opener.equals("such")
                                && i + 1 < from
                                && tokens.get(i + 1).form().equals("as");
                return examples && i < from && wordingNounBefore(i, sentenceStart);
            }
        }
        return false;
    }

    /**
     * A noun for words or names in the few words before the bracket at {@code bracket}, whose
     * examples the bracket gives ("labels (e.g. ...)", "given hurtful labels by services (e.g.
     * ..."); not "terms of" ("in terms of housing", "the terms of their licence").
     */
    private boolean wordingNounBefore(int bracket, int sentenceStart) {
        for (int k = bracket - 1; k >= sentenceStart && k >= bracket - 6; k--) {
            Token t = tokens.get(k);
            boolean of = k + 1 < bracket && tokens.get(k + 1).form().equals("of");
            if (words.isWordingOrCallingNoun(t.form()) && !t.hyphenBefore() && !t.hyphenAfter() && !of) {
                return true;
            }
        }
        return false;
    }

    /** "e.g." or "i.e." from {@code token}, which the scanner reads as two one-letter words. */
    private boolean abbreviatedExample(int token) {
        if (token + 1 >= tokens.size() || !gap(token, token + 1).equals(".")) {
            return false;
        }
        String first = tokens.get(token).form();
        String second = tokens.get(token + 1).form();
        return first.equals("e") && second.equals("g") || first.equals("i") && second.equals("e");
    }

    private static final Set<String> BRACKET_EXAMPLE_OPENERS = Set.of("eg", "ie", "like", "including");

    /**
     * Labels before a colon that open an example of wording: "Example:", "Avoid:", and the
     * verdicts a guide gives a wording ("Unacceptable: A person who is wheelchair bound").
     */
    private static final Set<String> EXAMPLE_LABELS = Set.of(
            "example",
            "examples",
            "e.g",
            "eg",
            "avoid",
            "unacceptable",
            "incorrect",
            "wrong",
            "outdated",
            "offensive",
            "inappropriate",
            "stigmatising",
            "stigmatizing");

    /**
     * The sentence asks what the term is and nothing more ("What is challenging behaviour?", "What
     * are service users?", "But what is a DSS tenant exactly, and ..."): it is about the term. The
     * question may open with a conjunction, and the term ends it or is followed by a word that
     * asks for the definition ("exactly") and a comma or question mark.
     */
    boolean askedWhatItIs(int from, int to, int sentenceStart, int sentenceEnd) {
        int i = sentenceStart;
        if (i < from && QUESTION_OPENERS.contains(tokens.get(i).form())) {
            i++; // "But what is ...", "So what are ..."
        }
        if (from - i < 2 || !tokens.get(i).form().equals("what")) {
            return false;
        }
        if (!tokens.get(i + 1).form().equals("is") && !tokens.get(i + 1).form().equals("are")) {
            return false;
        }
        for (int k = i + 2; k < from; k++) {
            if (!ARTICLES.contains(tokens.get(k).form())) {
                return false; // "What is the homeless count?" has the term inside a phrase
            }
        }
        int last = to - 1;
        if (to < sentenceEnd && DEFINITION_ASKERS.contains(tokens.get(to).form()) && adjacent(last, to)) {
            last = to; // "what is a DSS tenant exactly, and ..."
        } else if (to != sentenceEnd) {
            return false;
        }
        int after = tokens.get(last).end();
        int stop = last + 1 < tokens.size() ? tokens.get(last + 1).start() : text.length();
        String gap = text.subSequence(after, stop).toString().strip();
        return gap.startsWith("?") || last > to - 1 && gap.startsWith(",");
    }

    /** Words that may open a question before its "what": "But what is ...". */
    private static final Set<String> QUESTION_OPENERS = Set.of("but", "so", "and", "then", "now", "well");

    /** Words after a term that ask what exactly it means: "what is a DSS tenant exactly?" */
    private static final Set<String> DEFINITION_ASKERS = Set.of("exactly", "really", "actually");

    /**
     * The term is a word in a list written as sentences of one or two words each ("Addict. Junkie.
     * Alcoholic. Drunk."): its sentence holds nothing else, and a sentence beside it in the block
     * is as short. Words set out like that are shown, not said of anyone.
     */
    boolean listedAsWords(int from, int to, int sentenceStart, int sentenceEnd) {
        if (from != sentenceStart || to != sentenceEnd || to - from > 3) {
            return false;
        }
        int sentence = analysis.sentenceAt(tokens.get(from).start());
        for (int other : new int[] {sentence - 1, sentence + 1}) {
            if (other >= 0 && other < analysis.sentenceCount()) {
                int length = analysis.endToken(other) - analysis.firstToken(other);
                if (length >= 1 && length <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The subject of the verb at {@code verb} is a role or body that speaks in public ("the
     * minister has claimed", "campaigners insist"): the head noun straight before the verb, past
     * auxiliaries and adverbs, or, when that is a name, the title straight before the name
     * ("Health minister Earl Howe has claimed"). A noun after a preposition or a comma is not the
     * subject ("a tenant who complained to the council claimed", "the woman, who was evicted by
     * the landlord, claims"), and neither is a noun that another describes ("study participants").
     * "We" or "I" as the subject is the writer's own voice, which casts no doubt on itself.
     */
    boolean saidByAPublicVoice(int verb, int sentenceStart) {
        // "the groups said the policy was cruel, but claimed it was failing"
        int subject = subjectOrConjunctSubject(verb, sentenceStart);
        if (subject < 0 && sharesTheSentenceSubject(verb, sentenceStart)) {
            // "The Mayor has come under fire after claiming", "the council removed her from the
            // list, claiming that": the participle's subject is the sentence's
            subject = sentenceSubjectHead(sentenceStart, verb);
        }
        if (subject < 0 && verb > sentenceStart && adjacent(verb - 1, verb)) {
            // a body's long name, its last words after "of" ("the Federation of Tenants
            // Associations of Wales claims"); not a name inside a phrase ("a
            // tenant of Peabody Housing Association claims")
            int nameStart = capitalisedRunStart(verb - 1, sentenceStart);
            boolean inAPhrase =
                    nameStart > sentenceStart && analysis.tag(nameStart - 1).equals("ADP");
            return !inAPhrase && inABodysName(verb - 1, sentenceStart, verb);
        }
        if (subject >= 0 && BODY_PRONOUNS.contains(tokens.get(subject).form())) {
            return bodyBefore(subject, sentenceStart);
        }
        if (subject >= 0 && WRITER_PRONOUNS.contains(tokens.get(subject).form())) {
            return true; // "we have insisted that begging and homelessness are separate": the writer's own voice
        }
        return subject >= 0
                && (words.isPublicVoice(tokens.get(subject).form()) || inABodysName(subject, sentenceStart, verb));
    }

    /** The writer, or the body the writer speaks for, which casts no doubt on its own account. */
    private static final Set<String> WRITER_PRONOUNS = Set.of("we", "i");

    /** Pronouns that may stand for a body ("the council ... as they claimed"). */
    private static final Set<String> BODY_PRONOUNS = Set.of("they", "it");

    /**
     * Whether the nearest word for a person or a body before {@code pronoun} in the sentence names
     * a body or someone who acts for one ("the local authority were refusing to help, as they
     * claimed he had arrears"); a person first ("residents say the council ignored them and they
     * claim") makes it a private voice.
     */
    private boolean bodyBefore(int pronoun, int sentenceStart) {
        for (int i = pronoun - 1; i >= sentenceStart; i--) {
            if (speaksForABody(i)) {
                return true;
            }
            if (words.refersToPerson(tokens.get(i).form())) {
                return false;
            }
        }
        return false;
    }

    /** An "-ing" form after a comma or after a preposition that opens a clause ("after claiming"). */
    private boolean sharesTheSentenceSubject(int verb, int sentenceStart) {
        if (!tokens.get(verb).form().endsWith("ing") || verb <= sentenceStart) {
            return false;
        }
        return gap(verb - 1, verb).contains(",")
                || adjacent(verb - 1, verb)
                        && CLAUSE_PREPOSITIONS.contains(tokens.get(verb - 1).form());
    }

    /**
     * The head of the main clause's first noun phrase outside a phrase after a preposition: the
     * last noun of a compound ("Barton Council"), before "of" ("The Mayor of Barton"); or -1.
     * A clause opened by "when", "as", "if" ... before the first comma is passed over ("When the
     * council wrote to him, Tom replied, claiming ..."); and when a verb of saying comes between
     * the head and the participle, the participle may belong to what was said ("the spokesperson
     * said the tenant, claiming damp, had refused"), so there is no answer.
     */
    private int sentenceSubjectHead(int sentenceStart, int participle) {
        int start = sentenceStart;
        if (SUBORDINATORS.contains(tokens.get(start).form())) {
            start = -1;
            for (int k = sentenceStart + 1; k < participle; k++) {
                if (gap(k - 1, k).contains(",")) {
                    start = k;
                    break;
                }
            }
            if (start < 0) {
                return -1;
            }
        }
        int head = firstSubjectWord(start, participle); // "In a statement, the council ..."
        if (head < 0) {
            return -1;
        }
        while (head + 1 < participle && adjacent(head, head + 1) && NOMINAL.contains(analysis.tag(head + 1))) {
            head++;
        }
        for (int k = head + 1; k < participle; k++) {
            if (words.isSpeechVerb(tokens.get(k).form())) {
                return -1;
            }
        }
        return head;
    }

    /**
     * Words that open a clause coming before the main one ("When the council wrote, Tom replied"):
     * the words that join clauses, less those that join two main clauses.
     */
    private static final Set<String> SUBORDINATORS = CLAUSE_LINKS.stream()
            .filter(word -> !word.equals("but") && !word.equals("so") && !word.equals("whereas"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The capitalised word is part of a body's name: its capitalised run, linked by small words
     * and ending before {@code limit}, holds a word that heads names ("the Federation of Tenants
     * Associations of Wales claims").
     */
    private boolean inABodysName(int token, int sentenceStart, int limit) {
        if (!titleCase(token)) {
            return false;
        }
        int end = token;
        while (end + 1 < limit && end < token + NAME_REACH && inRunWith(end + 1, end)) {
            end++;
        }
        for (int i = capitalisedRunStart(token, sentenceStart); i <= end; i++) {
            if (titleCase(i) && words.isNameHead(tokens.get(i).form())) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the capitalised run, small linking words inside it, that {@code token} belongs to. */
    private int capitalisedRunStart(int token, int sentenceStart) {
        int start = token;
        while (start > sentenceStart && start > token - NAME_REACH && inRunWith(start - 1, start)) {
            start--;
        }
        while (start < token && !titleCase(start)) {
            start++; // a name does not start with a linking word
        }
        return start;
    }

    /** Token {@code i} belongs to the capitalised run of its neighbour {@code j}: capitalised, or a small linking word. */
    private boolean inRunWith(int i, int j) {
        int first = Math.min(i, j);
        return adjacent(first, first + 1)
                && (titleCase(i) || words.isNameLink(tokens.get(i).form()));
    }

    /** Last words of the names of conditions that WordNet does not list as illnesses on their own. */
    static final Set<String> CONDITION_NAME_ENDS = Set.of("syndrome", "condition");

    /**
     * The adjective at {@code from} follows a form of "be", "get", "stay", "remain" or "become",
     * with only adverbs or "not" between ("until they are clean", "has not been clean").
     */
    boolean afterACopula(int from, int sentenceStart) {
        for (int i = from - 1; i >= sentenceStart && adjacent(i, i + 1); i--) {
            String form = tokens.get(i).form();
            // "he's clean now": "be" kept on the pronoun
            if (COPULAS.contains(form) || STATE_VERBS.contains(form) || WordLists.pronounWithBe(form)) {
                return true;
            }
            String tag = analysis.tag(i);
            if (!tag.equals("ADV") && !tag.equals("PART")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The adjective starting at {@code from} is said of someone: after "be" or a verb of state
     * ({@link #afterACopula}), or "went" ("he went clean eight months ago"); after another word
     * said of them and "or" ("didn't get sorted or clean"); or after "get" or "make" and a person
     * as their object ("get her clean", "getting people clean"), unless what follows makes it a
     * verb with its own object ("made him clean his room", "make everyone clean up"). Not after
     * "keep", which in care records is most often hygiene ("carers keep her clean").
     */
    boolean predicated(int from, int to, int sentenceStart, int sentenceEnd) {
        if (afterACopula(from, sentenceStart) || afterWent(from, sentenceStart)) {
            return true;
        }
        int i = from - 1;
        if (i - 1 > sentenceStart
                && adjacent(i, from)
                && adjacent(i - 1, i)
                && tokens.get(i).form().equals("or")
                && (analysis.tag(i - 1).equals("ADJ")
                        || edForm(tokens.get(i - 1).form()))) {
            return predicated(i - 1, i, sentenceStart, sentenceEnd); // "get sorted or clean"
        }
        if (to < sentenceEnd
                && adjacent(to - 1, to)
                && (VERB_OBJECT_TAGS.contains(analysis.tag(to))
                        || tokens.get(to).form().equals("up"))) {
            return false; // "made him clean his room": the verb "clean" and its object
        }
        return i - 1 >= sentenceStart
                && adjacent(i, from)
                && adjacent(i - 1, i)
                && RESULT_VERBS.contains(tokens.get(i - 1).form())
                && words.refersToPerson(tokens.get(i).form()); // "get myself clean", "getting people clean"
    }

    /** After "went" or "gone", with only adverbs between: "he went clean", "has gone clean since". */
    private boolean afterWent(int from, int sentenceStart) {
        for (int i = from - 1; i >= sentenceStart && adjacent(i, i + 1); i--) {
            String form = tokens.get(i).form();
            if (form.equals("went") || form.equals("gone")) {
                return true;
            }
            if (!analysis.tag(i).equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /** What starts the object of a verb: a determiner, a noun, a name, a pronoun. */
    private static final Set<String> VERB_OBJECT_TAGS = Set.of("DET", "NOUN", "PROPN", "PRON");

    /** Verbs that bring their object to a state ("get her clean", "made them clean and employable"). */
    private static final Set<String> RESULT_VERBS =
            Set.of("get", "gets", "got", "gotten", "getting", "make", "makes", "made", "making");

    /**
     * The adjective starting at {@code from} tells how someone came to be so or when they were:
     * after "become" ("she became street homeless in May"), after "when" or "while" with no
     * subject ("when street homeless"), or after "make", "leave" or "render" and their object
     * ("were made street homeless", "to make thirty people a week street homeless"); adverbs may
     * stand between ("became avoidably street homeless").
     */
    boolean saidAsAChange(int from, int sentenceStart) {
        int i = from - 1;
        for (; i >= sentenceStart && adjacent(i, i + 1); i--) {
            String form = tokens.get(i).form();
            if (REDUCED_CLAUSE_OPENERS.contains(form)
                    || form.equals("while")
                    || form.equals("whilst")
                    || BECOMING.contains(form)) {
                return true; // "when street homeless", which the tagger may read as an adverb
            }
            if (!analysis.tag(i).equals("ADV")) {
                break; // past "avoidably", "now"
            }
        }
        if (i < sentenceStart || !adjacent(i, i + 1)) {
            return false;
        }
        // "made [thirty people a week] street homeless": the verb, then its object
        for (int k = i, steps = 0; k >= sentenceStart && steps < OBJECT_REACH; k--, steps++) {
            if (LEAVE_OR_MAKE.contains(tokens.get(k).form())) {
                return true;
            }
            if (k > sentenceStart && !adjacent(k - 1, k)) {
                return false; // a comma or a dash: another phrase
            }
            String tag = analysis.tag(k);
            if (!NOMINAL.contains(tag) && !tag.equals("DET") && !tag.equals("NUM") && !tag.equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> BECOMING = Set.of("become", "becomes", "became", "becoming");

    private static Set<String> withBecoming(String... forms) {
        Set<String> all = new HashSet<>(BECOMING);
        all.addAll(List.of(forms));
        return Set.copyOf(all);
    }

    /** How many words an object between "make" or "leave" and the adjective may take. */
    private static final int OBJECT_REACH = 6;

    /** Verbs besides "be" that say what their subject is or comes to be ("get clean", "stay well"). */
    private static final Set<String> STATE_VERBS = Set.of(
            "get",
            "gets",
            "got",
            "gotten",
            "getting",
            "stay",
            "stays",
            "stayed",
            "staying",
            "remain",
            "remains",
            "remained",
            "remaining",
            "become",
            "becomes",
            "became",
            "becoming");

    /**
     * The adjective starting at {@code from} follows a verb of change ("become", "grow", "turn"),
     * past adverbs and the adjectives listed before it ("became agitated and aggressive", "are
     * becoming increasingly more aggressive", "grew angry, hostile"); not when said to the reader
     * ("you became verbally aggressive"), which a letter should put as what happened.
     */
    boolean afterAVerbOfChange(int from, int sentenceStart) {
        for (int i = from - 1; i >= sentenceStart && i >= from - 8; i--) {
            String form = tokens.get(i).form();
            if (CHANGE_VERBS.contains(form)) {
                return !saidToTheReader(i, sentenceStart);
            }
            int start = form.equals("being") ? i - 1 : form.equals("be") && i - 1 > sentenceStart ? i - 2 : -1;
            if (start >= sentenceStart
                    && (form.equals("being") || tokens.get(i - 1).form().equals("to"))
                    && STARTING_VERBS.contains(tokens.get(start).form())) {
                // "the man began being verbally aggressive", "started to be hostile": a moment
                return !saidToTheReader(start, sentenceStart);
            }
            boolean listed = adjacent(i, i + 1) || gap(i, i + 1).strip().equals(",");
            if (!listed
                    || !(analysis.tag(i).equals("ADV")
                            || analysis.tag(i).equals("PART")
                            || coordinator(i)
                            || adjectiveAt(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subject of the verb at {@code verb} is "you", past auxiliaries and adverbs ("you became
     * verbally aggressive", "you have become hostile"): a letter tells its reader what they did.
     */
    private boolean saidToTheReader(int verb, int sentenceStart) {
        int i = verb - 1;
        while (i >= sentenceStart
                && (analysis.tag(i).equals("AUX") || analysis.tag(i).equals("ADV"))) {
            i--;
        }
        return i >= sentenceStart && tokens.get(i).form().equals("you");
    }

    /** Verbs that, before "being" or "to be", tell when a state began ("began being aggressive"). */
    private static final Set<String> STARTING_VERBS =
            Set.of("begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting");

    /** Verbs that tell of a change of state rather than of what someone is: "become" and these. */
    private static final Set<String> CHANGE_VERBS =
            withBecoming("grow", "grows", "grew", "growing", "turn", "turns", "turned", "turning");

    /** The adjective ending at {@code to} stands before a noun it describes (see {@link #headAfter}). */
    boolean beforeItsNoun(int to, int sentenceEnd) {
        return headAfter(to, sentenceEnd, false) >= 0;
    }

    /**
     * The active verb from {@code verb} to {@code to} is done to a person, when a noun phrase
     * follows it: an object pronoun ("banned him"), a name, or a phrase whose head is a word for
     * people ("evict the tenant"); not a thing or an activity ("ban the practice", "banned
     * begging", "banned charitable groups"). True in the passive and where no noun phrase follows
     * ("banned from the centre"), which the subject decides.
     */
    boolean doneToAPerson(int verb, int to, int sentenceStart, int sentenceEnd) {
        if (passive(verb, sentenceStart) || to >= sentenceEnd || !adjacent(to - 1, to)) {
            return true;
        }
        String first = tokens.get(to).form();
        boolean possessive = POSSESSIVES.contains(first) // "her dog"; not "evicted them yesterday"
                && to + 1 < sentenceEnd
                && adjacent(to, to + 1)
                && isNounHere(to + 1);
        if (analysis.tag(to).equals("PRON") && !possessive) {
            return words.refersToPerson(first); // "banned him"; not "banned it"
        }
        if (analysis.tag(to).equals("VERB") && first.endsWith("ing")) {
            return false; // "banned begging": an activity
        }
        // the head of the noun phrase, past a possessive ("her dog"), numbers, adjectives and
        // hyphenated compounds ("a 78-year-old woman")
        int head = headAfter(possessive ? to + 1 : to, sentenceEnd, true);
        if (head < 0) {
            return true; // no noun phrase: "banned from the centre", "banned for a week"
        }
        int whole = wholeAfterPart(head, sentenceEnd); // "banned a handful of residents"
        if (whole < 0 && COUPLES.contains(tokens.get(head).form())) {
            return true; // "evicted the couple upstairs"; not "a couple of"
        }
        int person = whole >= 0 ? whole : head;
        return personAt(person);
    }

    private static final Set<String> COUPLES = Set.of("couple", "pair", "couples", "pairs");
    private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "its", "my", "your", "our");

    /**
     * The verb at {@code verb} is in the passive: a past participle after a form of "be" or "get",
     * with only adverbs and "not" between ("was refused", "were simply refused", "is not being
     * refused"); an "-ing" form is active ("is refusing").
     */
    boolean passive(int verb, int sentenceStart) {
        if (tokens.get(verb).form().endsWith("ing")) {
            return false;
        }
        for (int i = verb - 1; i >= sentenceStart && adjacent(i, i + 1); i--) {
            String form = tokens.get(i).form();
            if (PASSIVE_AUXILIARIES.contains(form)) {
                return true;
            }
            if (!analysis.tag(i).equals("ADV") && !form.equals("not") && !form.endsWith("n't")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The passive verb at {@code verb} has for its subject something a service offers
     * ({@code words/offered-things.txt}: "medication was refused", "the assistance offered is
     * refused", "an offer of support was refused") or an activity ("taking of vital signs was
     * refused"): the person it was offered to is the one who refused it. Not when a service is
     * named just after ("support was refused by the council", "refused at the pharmacy") or the
     * one it was refused to follows ("assistance shall not be refused to an applicant").
     */
    boolean passiveOfAnOffer(int verb, int to, int sentenceStart, int sentenceEnd) {
        if (to < sentenceEnd && adjacent(to - 1, to)) {
            String next = tokens.get(to).form();
            if (next.equals("to") || agentActsForAService(to, sentenceEnd)) {
                return false; // "refused to an applicant", "refused by the council", "refused at the pharmacy"
            }
        }
        int i = verb - 1;
        while (i >= sentenceStart
                && adjacent(i, i + 1)
                && (VERB_TAGS.contains(analysis.tag(i))
                                && PASSIVE_AUXILIARIES.contains(tokens.get(i).form())
                        || analysis.tag(i).equals("AUX")
                        || analysis.tag(i).equals("ADV")
                        || analysis.tag(i).equals("PART"))) {
            i--;
        }
        if (i >= sentenceStart
                && adjacent(i, i + 1)
                && analysis.tag(i).equals("VERB")
                && tokens.get(i).form().endsWith("ed")) {
            i--; // "the assistance offered is refused"
        }
        if (i < sentenceStart || !adjacent(i, i + 1) || !analysis.tag(i).equals("NOUN")) {
            return false;
        }
        // the noun before a preposition heads the phrase: "an offer of support", "taking of vital
        // signs"; not "her application for support", which an authority decides
        int j = beforeNounPhrase(i, sentenceStart);
        if (j > sentenceStart && analysis.tag(j).equals("ADP") && adjacent(j - 1, j) && adjacent(j, j + 1)) {
            String head = tokens.get(j - 1).form();
            return words.isOfferedThing(head)
                    || head.endsWith("ing")
                            && (NOMINAL.contains(analysis.tag(j - 1))
                                    || analysis.tag(j - 1).equals("VERB"));
        }
        return words.isOfferedThing(tokens.get(i).form());
    }

    /**
     * The few words from {@code token}, up to a punctuation mark, name a service or someone acting
     * for one ("by the council", "at the pharmacy").
     */
    private boolean agentActsForAService(int token, int sentenceEnd) {
        for (int i = token; i < sentenceEnd && i < token + 6; i++) {
            if (words.isServiceRole(tokens.get(i).form())) {
                return true;
            }
            if (i + 1 < sentenceEnd && !adjacent(i, i + 1)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The subject of the verb at {@code verb} acts for a service or an institution ("the doctors
     * refused his request", "the council refused"), found as for {@link #saidByAPublicVoice}.
     */
    boolean doneByAServiceRole(int verb, int sentenceStart) {
        // "the doctors examined him and refused a second opinion"
        int subject = subjectOrConjunctSubject(verb, sentenceStart);
        if (subject > sentenceStart && tokens.get(subject).form().equals("they")) {
            // "Mrs Barker called social workers but they refused": "they" stands for the nearest
            // plural noun before it
            subject = nearestPluralNounBefore(subject, sentenceStart);
        }
        if (subject > sentenceStart
                && RELATIVE_SUBJECTS.contains(tokens.get(subject).form())) {
            // "my GP, who flatly refused", "the council, which refused": the noun the clause hangs on
            subject = antecedentOfRelative(subject, sentenceStart);
        }
        if (subject < 0) {
            // "Having initially refused to answer, the department has now responded": the
            // participle's subject is the main clause's, after the comma
            subject = subjectAfterOpeningParticiple(verb, sentenceStart);
        }
        // a minister or a spokesperson ({@code public-voices.txt}) speaks for a body as a service role acts for one
        if (subject < 0) {
            return false;
        }
        String role = tokens.get(subject).form();
        boolean speaksForABody = words.isPublicVoice(role) && !PEOPLE_IN_A_CASE.contains(stem(subject));
        if (!words.isServiceRole(role) && !speaksForABody) {
            return false;
        }
        if (jointSubjectWithAPerson(subject, sentenceStart)) {
            return false; // "the man and his carer had refused offers of help": he refused too
        }
        // "the retired nurse refused", "a former army officer": a person's past job, not a role held now
        for (int k = subject - 1; k >= sentenceStart && k >= subject - 3 && adjacent(k, k + 1); k--) {
            if (FORMER.contains(tokens.get(k).form())) {
                return false;
            }
        }
        // "an Indian domestic worker who claimed": work a person does for a living, not for a service
        return !(subject > sentenceStart
                && adjacent(subject - 1, subject)
                && OTHER_WORK.contains(tokens.get(subject - 1).form()));
    }

    /** Kinds of work before "worker" that are a person's own living, not a service's role. */
    private static final Set<String> OTHER_WORK =
            Set.of("domestic", "migrant", "sex", "farm", "factory", "seasonal", "undocumented", "manual", "gig");

    /**
     * Parties to a case who speak in court as public voices do, but who are the person a refusal
     * or a missed hearing is about ("the defendant, who failed to appear").
     */
    private static final Set<String> PEOPLE_IN_A_CASE = Set.of("defendant", "appellant");

    /** Relative pronouns that can be the subject of their clause. */
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("who", "which", "that");

    /**
     * The noun a relative clause starting at {@code relative} hangs on: the noun straight before it,
     * past a comma and a bracketed aside ("my GP (who I had seen twice), who refused"), or -1.
     */
    private int antecedentOfRelative(int relative, int sentenceStart) {
        int k = relative - 1;
        if (k >= sentenceStart && gap(k, relative).contains(")")) {
            while (k > sentenceStart && !gap(k - 1, k).contains("(")) {
                k--; // back over the aside to the word before its bracket
            }
            k--;
        }
        return k >= sentenceStart && NOMINAL.contains(analysis.tag(k)) ? k : -1;
    }

    /**
     * When the verb at {@code verb} is in a participle clause that opens the sentence ("Having
     * refused ...,", "Refusing ...,"), the head of the main clause's subject after its comma: the
     * last noun before the main clause's verb, or -1.
     */
    private int subjectAfterOpeningParticiple(int verb, int sentenceStart) {
        String first = tokens.get(sentenceStart).form().toLowerCase(java.util.Locale.ROOT);
        if (!(first.equals("having") || first.endsWith("ing") && sentenceStart == verb)) {
            return -1;
        }
        int comma = verb + 1;
        while (comma < tokens.size()
                && comma - verb < 12
                && !gap(comma - 1, comma).contains(",")) {
            comma++;
        }
        if (comma >= tokens.size() || !gap(comma - 1, comma).contains(",")) {
            return -1;
        }
        int head = -1;
        for (int i = comma; i < tokens.size() && i - comma < 8; i++) {
            if (VERB_TAGS.contains(analysis.tag(i))) {
                return head;
            }
            if (NOMINAL.contains(analysis.tag(i))
                    && (words.isServiceRole(tokens.get(i).form()) || head < 0)) {
                head = i; // "Northern Ireland's Department for Communities": the role among the names
            }
        }
        return -1;
    }

    /**
     * The subject at {@code subject} is the second of two joined at the start of the clause, the
     * first a person who acts for no service: "The man and his paid carer had refused"; not "She
     * rang her son and the carer refused", where "and" joins two clauses.
     */
    private boolean jointSubjectWithAPerson(int subject, int sentenceStart) {
        int and = subject - 1;
        while (and > sentenceStart
                && (ARTICLES.contains(tokens.get(and).form())
                        || PERSONAL_POSSESSIVES.contains(tokens.get(and).form())
                        || adjectiveAt(and))) {
            and--; // "the man and his paid carer"
        }
        int first = and - 1;
        if (first < sentenceStart
                || !coordinator(and)
                || !personAt(first)
                || words.isServiceRole(tokens.get(first).form())) {
            return false;
        }
        int start = first;
        while (start > sentenceStart
                && adjacent(start - 1, start)
                && (PERSONAL_POSSESSIVES.contains(tokens.get(start - 1).form())
                        || adjectiveAt(start - 1)
                        || NOUN_PHRASE_TAGS.contains(analysis.tag(start - 1))
                                && !analysis.tag(start - 1).equals("PRON"))) {
            start--; // "Frail man and carer": a capital at the start may be tagged a name
        }
        return start == sentenceStart || !adjacent(start - 1, start);
    }

    private int nearestPluralNounBefore(int token, int sentenceStart) {
        for (int i = token - 1; i >= sentenceStart; i--) {
            if (pluralNounAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> FORMER = Set.of("former", "retired", "ex", "one-time", "onetime");

    /**
     * The head noun of the verb's subject, straight before it past auxiliaries and adverbs, or -1:
     * a name counts as the title before it, and a noun after a preposition or a comma is not the
     * subject.
     */
    private int subjectHead(int verb, int sentenceStart) {
        int i = verb - 1;
        while (i >= sentenceStart
                && (analysis.tag(i).equals("AUX")
                        || analysis.tag(i).equals("ADV")
                        || analysis.tag(i).equals("PART"))) {
            i--;
        }
        if (i < sentenceStart || !adjacent(i, i + 1) && !adverbAside(i, verb)) {
            return -1; // "..., the landlord, claims": the subject lies before the comma
        }
        int name = i;
        boolean body = capitalisedRunAfterThe(i, sentenceStart);
        // a role word ends the walk when a name follows it ("Mr Justice Lloyd Jones") or the run is
        // a body's name ("The Care Provider"); "Mr Warden" is a man called Warden
        while (i > sentenceStart
                && nameAt(i, sentenceStart)
                && adjacent(i - 1, i)
                && !(roleWord(i) && (i < name || body))) {
            i--; // "minister Earl Howe": past the name to its title
        }
        // "Minister for Housing Darragh O'Brien", "Secretary of State for Health Jeremy Hunt": back
        // over the title's own capitalised phrase to the role it names, when there is one
        int role = i;
        for (int j = i; i < name && j >= sentenceStart; j--) {
            String form = tokens.get(j).form();
            boolean link = TITLE_LINKS.contains(form)
                    || form.equals("the")
                            && j > sentenceStart
                            && TITLE_LINKS.contains(tokens.get(j - 1).form());
            boolean word = titleCase(j) && !NOUN_PHRASE_WORDS.contains(form); // not "The" opening the sentence
            if (!word && !link) {
                break;
            }
            if (word) {
                role = j; // the title's first word is the role: "Leader of the Council", "Minister for Housing"
            }
            if (j == sentenceStart || !adjacent(j - 1, j)) {
                break;
            }
        }
        if (role < i && words.isPublicVoice(tokens.get(role).form())) {
            i = role;
        }
        if (i < name && i > sentenceStart && determinerOrPossessive(i - 1) && !titleCase(i)) {
            // "after seeing the doctor Tom refused": the name is the subject, not a title's; a
            // capitalised title is one ("the Minister for Housing Anne Hale insisted")
            return -1;
        }
        // back over the phrase the head ends ("by their keyworker", "by the outreach team", "of
        // the community mental health team"): a preposition before it makes it an object
        int j = beforeNounPhrase(i, sentenceStart);
        boolean objectOfPreposition =
                j >= sentenceStart && adjacent(j, j + 1) && analysis.tag(j).equals("ADP");
        if (objectOfPreposition
                && TITLE_LINKS.contains(tokens.get(j).form())
                && j - 1 >= sentenceStart
                && adjacent(j - 1, j)
                && roleWord(j - 1)) {
            // "Representatives of the three hospitals insisted": the role before "of" speaks,
            // unless it sits in a phrase of its own ("the daughter of the director of the home")
            int k = beforeNounPhrase(j - 1, sentenceStart);
            boolean inAPhrase =
                    k >= sentenceStart && adjacent(k, k + 1) && analysis.tag(k).equals("ADP");
            return inAPhrase ? -1 : j - 1;
        }
        // the tagger may read a capitalised role as a verb ("The Care Provider claimed")
        boolean nominal = NOMINAL.contains(analysis.tag(i)) || titleCase(i) && roleWord(i);
        return nominal && !objectOfPreposition ? i : -1;
    }

    /** The capitalised words ending at {@code token} follow "the" ("The Care Provider"). */
    private boolean capitalisedRunAfterThe(int token, int sentenceStart) {
        int k = token;
        while (k > sentenceStart && titleCase(k) && adjacent(k - 1, k)) {
            k--;
        }
        return tokens.get(k).form().equals("the") && k < token;
    }

    /** A word for someone who speaks or acts for a body ("Provider", "Justice", "representatives"). */
    private boolean roleWord(int token) {
        String form = tokens.get(token).form();
        return words.isPublicVoice(form) || words.isServiceRole(form);
    }

    /**
     * Only an adverb set between commas, and perhaps auxiliaries, lies between {@code subject} and
     * {@code verb}: "officials, though, claimed", "the council, however, has claimed".
     */
    private boolean adverbAside(int subject, int verb) {
        if (subject + 1 >= verb
                || !gap(subject, subject + 1).contains(",")
                || !gap(verb - 1, verb).contains(",")) {
            return false;
        }
        for (int i = subject + 1; i < verb; i++) {
            String tag = analysis.tag(i);
            if (!tag.equals("ADV") && !tag.equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> MODIFIER_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> TITLE_LINKS = Set.of("for", "of");

    /**
     * The token before the noun phrase that the noun at {@code head} ends: back past nouns,
     * adjectives, numbers, determiners and possessives joined to it ("the nurse's attention",
     * "their keyworker"); {@code sentenceStart - 1} when the phrase opens the sentence.
     */
    private int beforeNounPhrase(int head, int sentenceStart) {
        int j = head - 1;
        while (j >= sentenceStart
                && adjacent(j, j + 1)
                && (MODIFIER_TAGS.contains(analysis.tag(j)) || determinerOrPossessive(j))) {
            j--;
        }
        return j;
    }

    private boolean determinerOrPossessive(int token) {
        return NOUN_PHRASE_WORDS.contains(tokens.get(token).form()) || possessor(token);
    }

    /**
     * The term is in a list that ends in "and other" words for words ("mad dogs, animals,
     * predators, offenders and other derogatory terms"): the list is a list of words.
     */
    boolean listOfOtherWords(int to, int sentenceEnd) {
        int wordsInItem = 0;
        for (int i = to; i < sentenceEnd && i < to + 20; i++) {
            String form = tokens.get(i).form();
            boolean separated = i > to && gap(i - 1, i).strip().equals(",");
            if ((form.equals("and") || form.equals("or")) && i + 1 < sentenceEnd) {
                String next = tokens.get(i + 1).form();
                if (next.equals("other") || next.equals("similar")) {
                    return aboutWording(i + 2, Math.min(sentenceEnd, i + 5));
                }
                wordsInItem = 0;
                continue;
            }
            if (i > to && !separated && !adjacent(i - 1, i)) {
                return false;
            }
            wordsInItem = separated ? 1 : wordsInItem + 1;
            if (wordsInItem > 3) {
                return false;
            }
        }
        return false;
    }

    /**
     * The term is a word to be replaced: "instead of" or "rather than" before it, and a verb of
     * saying after it ("instead of felon, offender, prisoner, etc. say: ...") or, between the two,
     * a verb of saying or naming that names it ({@link #wordingReplacedBefore}).
     */
    boolean insteadOfThenSay(int from, int to, int sentenceStart, int sentenceEnd) {
        if (wordingReplacedBefore(from, sentenceStart)) {
            return true;
        }
        boolean instead = false;
        for (int i = Math.max(sentenceStart + 1, from - 12); i < from; i++) {
            instead |= insteadOfEndsAt(i);
        }
        if (!instead) {
            return false;
        }
        String opening = tokens.get(sentenceStart).form();
        if (USE_INSTEAD.contains(opening) && insteadOfEndsAt(from - 1) && listGap(from - 1, from)) {
            // "use 'declined' instead of refused", "say people sleeping rough rather than rough
            // sleepers": a guide's advice, the term the word it replaces
            return true;
        }
        // the verb straight after the list, the replacement after it: "instead of felon, offender,
        // prisoner, etc. say: ..." ("etc." may end the sentence before the verb)
        for (int i = to; i < Math.min(tokens.size(), to + 8); i++) {
            if (SAYING.contains(tokens.get(i).form())) {
                String after = i + 1 < tokens.size()
                        ? gap(i, i + 1).strip()
                        : text.substring(tokens.get(i).end(), blockEnd).strip();
                return after.startsWith(":")
                        || after.startsWith("\"")
                        || after.startsWith("\u201C")
                        || after.startsWith("'")
                        || after.startsWith("\u2018");
            }
            String tag = analysis.tag(i);
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return false; // "instead of arresting the beggars, police moved them on"
            }
        }
        return false;
    }

    /**
     * "instead of" or "rather than", then a verb of saying or naming, then the term as the words
     * that verb names: straight after "saying" or "writing" ("instead of saying addict, say ..."),
     * after "as" ("rather than describing him as aggressive", "instead of referring to people as
     * addicts"), or as what "saying that ..." says someone is ("instead of saying that patient
     * Sarah is non-compliant, ..."), with no punctuation between the verb and the term. Not where
     * the verb does something to people ("rather than referring the addicts to treatment") or the
     * term is in a clause of its own ("instead of saying sorry he became aggressive").
     */
    private boolean wordingReplacedBefore(int from, int sentenceStart) {
        for (int verb = from - 1; verb >= sentenceStart + 2 && verb >= from - WORDING_REPLACED_REACH; verb--) {
            if (!adjacent(verb, verb + 1) && !unquotedGap(verb, verb + 1).isBlank()) {
                return false; // a comma or another mark: another clause
            }
            if (insteadOfEndsAt(verb - 1)
                    && WORDING_VERBS.contains(tokens.get(verb).form())) {
                return namedByTheVerb(verb, from);
            }
        }
        return false;
    }

    /** "instead of" or "rather than" ends at {@code second}, the index of its second word. */
    private boolean insteadOfEndsAt(int second) {
        if (second < 1) {
            return false;
        }
        String pair = tokens.get(second - 1).form() + " " + tokens.get(second).form();
        return pair.equals("instead of") || pair.equals("rather than");
    }

    /** The term at {@code from} is what the verb of saying or naming at {@code verb} names. */
    private boolean namedByTheVerb(int verb, int from) {
        boolean sayingVerb = tokens.get(verb).form().equals("saying")
                || tokens.get(verb).form().equals("writing");
        if (from == verb + 1) {
            return sayingVerb; // "instead of saying addict"; not "rather than calling addicts to account"
        }
        int lead = from - 1;
        if (ARTICLES.contains(tokens.get(lead).form())) {
            lead--; // "labelling someone as an addict"
        }
        if (lead > verb && tokens.get(lead).form().equals("as")) {
            return true;
        }
        return sayingVerb
                && tokens.get(verb + 1).form().equals("that")
                && COPULAS_OF_A_DESCRIPTION.contains(tokens.get(lead).form());
    }

    /** How far before the term the verb of saying after "instead of" may stand. */
    private static final int WORDING_REPLACED_REACH = 12;

    /** "-ing" forms of saying or naming that, after "instead of" or "rather than", bring in words to replace. */
    private static final Set<String> WORDING_VERBS = Set.of(
            "saying",
            "calling",
            "describing",
            "labelling",
            "labeling",
            "referring",
            "writing",
            "terming",
            "branding",
            "dubbing");

    /** Forms of "be" that say what someone is described as ("saying that he is aggressive", "is being naughty"). */
    private static final Set<String> COPULAS_OF_A_DESCRIPTION =
            Set.of("is", "are", "was", "were", "being", "been", "be");

    /**
     * The term is wording advised against: after ", not" or "but not" in a sentence that opens as
     * advice on which words to use ("We use people who are homeless, not the homeless", "Say
     * disabled person, not handicapped", "One is meant to talk of people with an alcohol
     * problem, not winos"), within a few words after "not", with nothing after the term but the
     * rest of a list joined by "or" to the end of the sentence.
     */
    boolean wordingAdvisedAgainst(int from, int to, int sentenceStart, int sentenceEnd) {
        for (int i = from - 1; i > sentenceStart && i >= from - 8; i--) {
            if (tokens.get(i).form().equals("not")) {
                String comma = unquotedGap(i - 1, i).strip();
                boolean contrast = comma.equals(",") || tokens.get(i - 1).form().equals("but");
                return contrast && adviceBefore(i, sentenceStart) && endsTheSentence(to, sentenceEnd);
            }
            if (!unquotedGap(i, i + 1).isBlank()) {
                return false; // a comma or another mark between "not" and the term
            }
        }
        return false;
    }

    /**
     * No comma and no clause after {@code to}: the words not to use end the sentence, where "...,
     * not the addicts, caused the problem" and "..., not the police, if a resident is aggressive"
     * go on with a clause of their own.
     */
    private boolean endsTheSentence(int to, int sentenceEnd) {
        for (int j = to; j < sentenceEnd; j++) {
            if (gap(j - 1, j).contains(",") || analysis.tag(j).equals("SCONJ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * After the term (and perhaps the one noun it describes), a phrase set beside it calls it a
     * word: "Nicki is a 'feral' child, an ugly term coined for ...", "vagrancy, a fancy word for
     * being poor".
     */
    boolean appositionCallsItAWord(int to, int sentenceEnd) {
        int next = to;
        if (next < sentenceEnd
                && analysis.tag(next).equals("NOUN")
                && !gap(next - 1, next).contains(",")) {
            next++; // "'feral' child, an ugly term"
        }
        if (next + 1 >= sentenceEnd
                || !unquotedGap(next - 1, next).strip().equals(",")
                || !ARTICLES.contains(tokens.get(next).form())) {
            return false;
        }
        for (int i = next + 1; i < sentenceEnd && i <= next + 3 && adjacent(i - 1, i); i++) {
            String form = tokens.get(i).form();
            if (words.isWordingNoun(form)) {
                // one word, as "a" says: "a few words about each follow" is no name for it
                return !Inflector.looksPlural(form);
            }
            if (!adjectiveAt(i) && !looksLikeAdverb(i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The sentence opens as advice on wording: a verb of wording first ("Say ...", "Use ..."), or
     * after a speaker and auxiliaries ("We use ...", "One is meant to talk of ..."); or "the
     * term", "the word" is its subject ("The preferred term is ..."). A verb such as "use"
     * elsewhere is most often about something else ("people who use drugs, not ...").
     */
    private boolean adviceBefore(int not, int sentenceStart) {
        for (int i = sentenceStart; i < not; i++) {
            String form = tokens.get(i).form();
            if (ADVICE_VERBS.contains(form)
                    || words.isWordingNoun(form)
                            && i > sentenceStart
                            && tokens.get(i - 1).form().equals("the")) {
                return true;
            }
            if (TALKING_VERBS.contains(form)) {
                // "talk of", "speak about": of the words used, not to whom ("talk to the family")
                for (int j = i + 1; j < not; j++) {
                    if (tokens.get(j).form().equals("of")
                            || tokens.get(j).form().equals("about")) {
                        return true;
                    }
                }
                return false;
            }
            if (!ADVICE_OPENERS.contains(form)
                    && !analysis.tag(i).equals("AUX")
                    && !analysis.tag(i).equals("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /** Words that may come before the verb of a piece of advice on wording ("We always say", "One is meant to"). */
    private static final Set<String> ADVICE_OPENERS =
            Set.of("we", "i", "you", "one", "they", "please", "always", "instead", "meant", "to", "try", "the");

    /** Verbs of talking that say which words to use only with "of" or "about" after them. */
    private static final Set<String> TALKING_VERBS = Set.of("talk", "speak");

    /** Verbs that say which words to use, before ", not" and the words not to. */
    private static final Set<String> ADVICE_VERBS = Set.of(
            "use",
            "uses",
            "say",
            "says",
            "write",
            "writes",
            "prefer",
            "prefers",
            "preferred",
            "refer",
            "call",
            "calls",
            "describe",
            "describes",
            "choose");

    /** Verbs that open a guide's advice on which word to use. */
    private static final Set<String> USE_INSTEAD = Set.of("use", "say", "write", "prefer", "try", "choose");

    /** Verbs that bring in the words to use instead. */
    private static final Set<String> SAYING = Set.of("say", "write");

    /**
     * The term is a headword: the sentence opens with words set out before a colon or a dash, and
     * the term is one of them, with no verb among them. Three or more words in a list are words
     * shown ("Scroungers, spongers, dossers, feckless, lazy: most journalists would agree ...");
     * one or two are a glossary's headword when what follows says what is preferred or talks about
     * wording ("Abscond - Young people prefer: run away").
     */
    boolean headsAListOfWords(int from, int to, int sentenceStart, int sentenceEnd) {
        int items = 1;
        int wordsInItem = 0;
        boolean describingWords = false; // "feckless", "impoverished": adjectives among the items
        boolean namingWords = false; // "scroungers", "the poor": nouns among them
        for (int i = sentenceStart; i < sentenceEnd; i++) {
            if (i > sentenceStart) {
                String gap = unquotedGap(i - 1, i);
                if (gap.contains("(")) {
                    i = afterBrackets(i, sentenceEnd); // "transient (although Stats Canada used that one)"
                    if (i >= sentenceEnd) {
                        return false;
                    }
                    gap = unquotedGap(i - 1, i).replace(")", "");
                }
                String mark = gap.strip();
                if (mark.equals(":")
                        || mark.equals("--")
                        || mark.equals("-") && !gap.equals(mark)
                        || mark.equals("\u2013")
                        || mark.equals("\u2014")) {
                    if (to > i) {
                        return false; // the term is after the headwords
                    }
                    if (items >= 3) {
                        // a list of people before a colon is a heading that uses them ("Offenders,
                        // addicts and rough sleepers: all are welcome"); a list of words mixes
                        // nouns and adjectives, or what follows talks about words
                        return describingWords && namingWords || aboutWording(i, sentenceEnd);
                    }
                    return preferenceFollows(i, sentenceEnd) || aboutWording(i, Math.min(sentenceEnd, i + 5));
                }
                if (mark.equals(",") || mark.equals(";") || mark.equals("/")) {
                    items++;
                    wordsInItem = 0;
                } else if (!mark.isEmpty() && !mark.equals("-")) {
                    return false;
                }
            }
            String form = tokens.get(i).form();
            if (form.equals("and") || form.equals("or")) {
                items++;
                wordsInItem = 0;
                continue;
            }
            String tag = analysis.tag(i);
            boolean inTerm = i >= from && i < to;
            boolean verb = !inTerm && (tag.equals("VERB") && !adjectiveAt(i) || tag.equals("AUX"));
            if (verb && to <= i && items >= 3) {
                // "Street person, vagrant, drifter, bag lady, bum, addict, transient have all been
                // descriptors of people": a list of words said to be words
                return aboutWording(i, Math.min(sentenceEnd, i + 6));
            }
            if (++wordsInItem > 4 || verb || !inTerm && tag.equals("PRON")) {
                return false;
            }
            boolean itemEnds = i + 1 >= sentenceEnd || !adjacent(i, i + 1) || coordinator(i + 1);
            if (itemEnds) { // an item is what its last word is: "rough sleepers" names, "feckless" describes
                describingWords |= adjectiveAt(i);
                namingWords |= tag.equals("NOUN") || tag.equals("PROPN");
            }
        }
        return false;
    }

    /** Quotation marks, straight and curly, which do not part the items of a list of words. */
    private static final Pattern QUOTES = Pattern.compile("[\"'\u2018\u2019\u201C\u201D]");

    /** The token after a bracketed aside that opens before token {@code i}. */
    private int afterBrackets(int i, int sentenceEnd) {
        while (i < sentenceEnd && !(i + 1 < tokens.size() && gap(i, i + 1).contains(")"))) {
            i++;
        }
        return i + 1;
    }

    private boolean preferenceFollows(int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd && i < from + 4; i++) {
            String form = tokens.get(i).form();
            // "Abscond - Young people prefer: run away"; "Vulnerable people – avoid defining people
            // by a disadvantage"
            if (form.equals("prefer") || form.equals("preferred") || form.equals("avoid")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The term at {@code from} is one of a list of words set out on its own, as in a cell of a
     * language guide's table: either the whole block ("addict, junkie, druggie, alcoholic", "not
     * engaged, non-compliant": two or more items of at most four words, set apart by commas,
     * semicolons or slashes, with no full stop, question or exclamation mark at the end, which a
     * sentence would have), or two or more such items before the block's only arrow, which opens
     * the replacement ("Addict/ junkie/ druggie /alcoholic &gt; Person with a dependence on ..."),
     * or one item whose replacement names people ("service users → people we support").
     */
    boolean inABlockListOfWords(int from) {
        if (wordsShownUntil < 0) {
            wordsShownUntil = wordsShownUntil(); // the same for every term of the block
        }
        return from < wordsShownUntil;
    }

    /** How many of the block's first tokens are a list of words shown: all, those before an arrow, or none. */
    private int wordsShownUntil() {
        if (tokens.isEmpty()
                || text.substring(blockStart, tokens.get(0).start()).strip().length() > 0) {
            return 0; // a quotation mark or bracket is not a cell
        }
        int arrow = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (REPLACED_BY.matcher(gap(i - 1, i)).find()) {
                if (arrow >= 0) {
                    return 0; // "detox -> rehab -> housing": steps of a process, not a row of a guide
                }
                arrow = i;
            }
        }
        int contrast = contrastedRewrite();
        if (contrast > 0) {
            return contrast;
        }
        if (arrow >= 0) {
            // two or more words set apart, as a guide's row has them, or one whose replacement
            // names people ("service users -> people we support"); "Non-compliant clients ->
            // warning letter" is a note of what follows, not a word shown
            boolean shown =
                    listOfWordsBefore(arrow, 2) || listOfWordsBefore(arrow, 1) && peopleNamedIn(arrow, tokens.size());
            return shown ? arrow : 0;
        }
        String tail =
                text.substring(tokens.get(tokens.size() - 1).end(), blockEnd).strip();
        if (!tail.isEmpty()) {
            return 0; // "addict, junkie." ends as a sentence
        }
        // a row of words a guide shows opens with a term ("Suffers from, lives with, has": the
        // word, then what to say instead) or is mostly terms; "Hotels, hostels and the homeless"
        // and "Help for Parents, Caregivers, and Families of Schizophrenics" are titles with one
        return listOfWordsBefore(tokens.size(), 2) && (termTokens.get(0) || mostItemsAreTerms(tokens.size()))
                ? tokens.size()
                : 0;
    }

    /** A comma, a semicolon or a slash between two words: they are items of a list. */
    private static boolean partsListItems(String gap) {
        return gap.contains(",") || gap.contains(";") || gap.contains("/");
    }

    /**
     * At least half the items of the list that ends before {@code end} (parted by commas,
     * semicolons, slashes and coordinators) hold words that a lexicon pattern matches.
     */
    private boolean mostItemsAreTerms(int end) {
        int items = 0;
        int withTerms = 0;
        boolean open = false;
        boolean term = false;
        for (int i = 0; i < end; i++) {
            boolean coordinator = coordinator(i);
            if (coordinator || i > 0 && partsListItems(gap(i - 1, i))) {
                if (open) {
                    items++;
                    withTerms += term ? 1 : 0;
                }
                open = false;
                term = false;
                if (coordinator) {
                    continue;
                }
            }
            open = true;
            term |= termTokens.get(i);
        }
        if (open) {
            items++;
            withTerms += term ? 1 : 0;
        }
        return 2 * withTerms >= items;
    }

    /**
     * Where the block's only "VS", in capitals, stands between two sentences of which the second
     * opens with a capital ("Client is non-compliant VS Client said he does not want to take his
     * medication"), the first is an example set against a better way to write it, as language
     * guides lay out a pair: the tokens before it are shown. Otherwise 0: "vs" in running text
     * compares two things ("Housing First vs. staircase models").
     */
    private int contrastedRewrite() {
        int at = -1;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (text.substring(t.start(), t.end()).equals("VS")) {
                if (at >= 0) {
                    return 0;
                }
                at = i;
            }
        }
        if (at < 0 || !titleCase(at + 1)) {
            return 0;
        }
        for (int i = at + 2; i < tokens.size(); i++) {
            if (analysis.tag(i).equals("VERB") || analysis.tag(i).equals("AUX")) {
                return at; // a clause after it, not a name ("Smith VS Jones")
            }
        }
        return 0;
    }

    /** A word for a person or people among the block's tokens from {@code from} up to {@code to}. */
    private boolean peopleNamedIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.refersToPerson(tokens.get(i).form())) {
                return true;
            }
        }
        return false;
    }

    /** An arrow between a term and what to say instead. */
    private static final Pattern REPLACED_BY = Pattern.compile("^\\s*(>|->|=>|\u2192|\u21D2)\\s*$");

    /**
     * The block's tokens before {@code end} are at least {@code minItems} items of at most four
     * words, set apart by commas, semicolons or slashes, none of them a clause.
     */
    private boolean listOfWordsBefore(int end, int minItems) {
        if (tokens.size() > 1
                && analysis.tag(0).equals("VERB")
                && tokens.get(0).form().endsWith("ing")
                && adjacent(0, 1)
                && NOMINAL.contains(analysis.tag(1))) {
            // "Supporting families, addicts and carers": a title that does something with them;
            // not "suffering from addiction, has a drug habit", a cell of words
            return false;
        }
        int items = 1;
        int words = 1;
        boolean subject = startsSubject(0);
        for (int i = 1; i < end; i++) {
            String gap = gap(i - 1, i);
            if (partsListItems(gap)) {
                items++;
                words = 1;
                subject = startsSubject(i);
            } else if (gap.isBlank() || gap.equals("-")) {
                if (++words > 4) {
                    return false;
                }
                String tag = analysis.tag(i);
                if (subject && (tag.equals("VERB") || tag.equals("AUX"))) {
                    return false; // "Mayor Tory, the homeless need housing, not harassment": a clause, not a word
                }
                if (words == 2 && verbOpensANote(i - 1, i, end)) {
                    // "Alcoholic, drinks daily": an item that opens with a verb said of someone, with
                    // more after it, is a note about a person, not a word shown
                    return false;
                }
                subject |= startsSubject(i);
            } else {
                return false;
            }
        }
        return items >= minItems;
    }

    /**
     * The word at {@code i} is a verb that opens a note about someone, with what it says after it
     * at {@code next}: the tagger's verb (not an "-ing" word, which lists of words are full of:
     * "attention-seeking"), or an "-s" word it read as a plural noun that is also a verb, before an
     * adverb, a determiner or a pronoun ("drinks daily", "drank daily", "hits them"), or before a
     * preposition with its object ("shouts at staff"); not a verb and its particle alone, which is a
     * term of its own ("kicks off", "acts out"), nor a verb with a noun ("lacks insight").
     */
    private boolean verbOpensANote(int i, int next, int end) {
        String form = tokens.get(i).form();
        String tag = analysis.tag(i);
        boolean verb = tag.equals("VERB") && !form.endsWith("ing")
                || tag.equals("NOUN") && form.endsWith("s") && !form.endsWith("ss") && thirdPersonOfAVerb(form);
        if (!verb) {
            return false;
        }
        String after = analysis.tag(next);
        boolean lastOfItem = next + 1 >= end || !adjacent(next, next + 1);
        if (lastOfItem && PARTICLES.contains(tokens.get(next).form())) {
            return false; // "kicks off", "acts out": a phrasal verb, listed as a term
        }
        if (after.equals("ADP")) {
            return next + 1 < end
                    && adjacent(next, next + 1)
                    && (NOMINAL.contains(analysis.tag(next + 1)) || startsSubject(next + 1));
        }
        return after.equals("ADV")
                || startsSubject(next)
                || tokens.get(next).form().endsWith("ly"); // "daily", read as an adjective
    }

    /** A determiner or pronoun, which a verb after it in the same item makes a clause. */
    private boolean startsSubject(int i) {
        String tag = analysis.tag(i);
        return tag.equals("DET") || tag.equals("PRON");
    }

    /**
     * The term is the subject of a sentence about itself: nothing but a few words without a verb
     * before it in the sentence, and straight after it (past a closing quotation mark) words
     * such as "is a term", "makes it sound" or "is stigmatising" ("Bed-blocking makes it sound as
     * if patients choose to stay", "Delayed discharge or 'bed blocking' are terms used for ...").
     */
    boolean mentionFrameAfter(int from, int to, int sentenceStart, int sentenceEnd) {
        int clauseStart = sentenceStart;
        for (int k = sentenceStart + 1; k <= from; k++) {
            if (gap(k - 1, k).contains(",")
                    || (k >= 2
                            && tokens.get(k - 1).form().equals("that")
                            && PROPOSING_VERBS.contains(tokens.get(k - 2).form()))) {
                // "Defined as a patient still in hospital ..., bed-blocker is a term of abuse", "we
                // propose that hard-to-reach populations be defined as"; not "neighbours
                // complained that the junkies are offensive", which reports a use
                clauseStart = k;
            }
        }
        if (to >= sentenceEnd) {
            return false;
        }
        // "Relief was given to casual paupers, as they were officially termed": an aside on the
        // name straight after the term holds wherever the term stands in its clause
        if (asideOnTheNameAt(to, sentenceEnd)) {
            return true;
        }
        if (to + 2 < sentenceEnd && coordinator(to) && adjacent(to - 1, to)) {
            // "tramps and vagrants, as they were then called": the aside after the last of two
            // joined terms names the first as well
            for (int k = to + 2; k <= to + 3 && k < sentenceEnd && contiguous(to, k - 1); k++) {
                if (asideOnTheNameAt(k, sentenceEnd)) {
                    return true;
                }
            }
        }
        if (from - clauseStart > 6) {
            return false;
        }
        // "Being a convicted felon is a label ...": after "being" opening the clause only a frame
        // that names a word will do ("Being an addict is stigmatising" speaks of the experience)
        boolean being = from > clauseStart && tokens.get(clauseStart).form().equals("being");
        for (int i = being ? clauseStart + 1 : clauseStart; i < from; i++) {
            String tag = analysis.tag(i);
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return false;
            }
        }
        if (to + 1 < sentenceEnd
                && adjacent(to - 1, to)
                && REFLEXIVES.contains(tokens.get(to).form())) {
            to++; // "Illegal immigrant itself is a difficult term"
        }
        String gap = gap(to - 1, to).strip();
        int afterBrackets = afterBracketsOpenedAt(to, sentenceEnd);
        if (afterBrackets > 0) {
            // "Pikey (/ˈpaɪkiː/; also spelled pikie) is a derogatory slang term": the frame comes
            // after a bracketed note on the word
            to = afterBrackets;
            gap = "";
        }
        // "Street drinkers, as they are called in the press, are ...": an aside on the name
        boolean asideOnTheName = gap.equals(",") && tokens.get(to).form().equals("as");
        if (!asideOnTheName && (gap.equals(",") || gap.isEmpty() && coordinator(to))) {
            // "Hobos, bums, and tramps were the names given to ...": a frame after the last item
            // of a list of words is said of each of them, when it names them as words ("are
            // offensive words", "were the names given"); "Beggars, drunks and addicts are
            // offensive to shoppers" says something of the people
            int listEnd = endOfWordList(to, sentenceEnd);
            int afterList = listEnd >= 0 ? frameEndAt(listEnd, sentenceEnd) : -1;
            if (afterList > listEnd + 1 && wordingOrCallingNounIn(listEnd, Math.min(afterList + 1, sentenceEnd))) {
                return true;
            }
        }
        if (!asideOnTheName
                && !gap.chars().allMatch(ch -> ch == '"' || ch == '\'' || ch == '\u2019' || ch == '\u201D')) {
            return false;
        }
        // the frame may follow the last of two terms joined by "and" or "or" ("this shirkers and
        // scroungers narrative"), which the first shares
        int frameStart = to;
        int frameEnd = frameEndAt(to, sentenceEnd);
        if (frameEnd < 0 && to + 2 < sentenceEnd && coordinator(to) && adjacent(to - 1, to)) {
            for (int k = to + 2; k <= to + 3 && k < sentenceEnd && contiguous(to, k + 1); k++) {
                frameEnd = frameEndAt(k, sentenceEnd);
                if (frameEnd >= 0) {
                    frameStart = k;
                    break;
                }
            }
        }
        if (being) {
            return wordingOrCallingNounIn(frameStart, frameEnd);
        }
        if (frameEnd > frameStart + 1) {
            return true;
        }
        if (frameEnd == frameStart + 1) {
            // a noun alone ("narrative", "rhetoric") names the story told about people when a
            // determiner sets the term apart ("the junkie narrative", "this shirkers and scroungers
            // narrative"); "Addict narratives were collected from forty men" are the people's own
            for (int i = clauseStart; i < from; i++) {
                if (analysis.tag(i).equals("DET")) {
                    return true;
                }
            }
            return false;
        }
        return calledAWord(to, sentenceEnd) || definedAfter(to, sentenceEnd);
    }

    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves");

    /** A noun for words or for what people are called among the tokens from {@code from} to before {@code to}. */
    private boolean wordingOrCallingNounIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.isWordingOrCallingNoun(tokens.get(k).form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the text before {@code token} opens a bracket, the token after the bracket closes, if it
     * closes within the sentence and a dozen words; otherwise -1.
     */
    private int afterBracketsOpenedAt(int token, int sentenceEnd) {
        if (token >= sentenceEnd || !gap(token - 1, token).contains("(")) {
            return -1;
        }
        for (int k = token + 1; k < sentenceEnd && k <= token + 12; k++) {
            if (gap(k - 1, k).contains(")")) {
                return gap(k - 1, k).contains("(") ? -1 : k;
            }
        }
        return -1;
    }

    /**
     * Where a list of nouns and adjectives that goes on at {@code at} (", bums, and tramps") ends:
     * the token after its last item, or -1 when a word of another kind comes first. Items are one
     * or two words, joined by commas and a last "and" or "or".
     */
    private int endOfWordList(int at, int sentenceEnd) {
        int k = afterWordList(at, sentenceEnd, 2, 8);
        return k >= 0 && k < sentenceEnd && gap(k - 1, k).strip().isEmpty() ? k : -1;
    }

    /**
     * Where a list of short items of nouns and adjectives that goes on at {@code at} stops: the
     * token after its last item (the sentence's end when the list runs there), whatever stands
     * after it; or -1 when an item has no such word, or the list has more than {@code maxItems}
     * items. Items are up to {@code maxWords} words, joined by commas and a last "and" or "or".
     */
    private int afterWordList(int at, int sentenceEnd, int maxWords, int maxItems) {
        int k = at;
        for (int items = 0; items < maxItems && k < sentenceEnd; items++) {
            if (coordinator(k)) {
                k++;
            }
            int words = 0;
            while (k < sentenceEnd && words < maxWords && (words == 0 || adjacent(k - 1, k)) && describingWord(k)) {
                k++;
                words++;
            }
            if (words == 0) {
                return -1;
            }
            if (k >= sentenceEnd) {
                return k;
            }
            String gap = gap(k - 1, k).strip();
            if (!gap.equals(",") && !(gap.isEmpty() && coordinator(k))) {
                return k; // neither a comma nor "and" or "or" goes on with the list
            }
        }
        return -1;
    }

    /**
     * A comma, then an aside on the name that ends where it ends (", as they were officially
     * termed,"): not "as they were known to cause trouble", where "as" gives a reason.
     */
    private boolean asideOnTheNameAt(int token, int sentenceEnd) {
        if (token >= sentenceEnd
                || adjacent(token - 1, token)
                || !gap(token - 1, token).strip().equals(",")
                || !tokens.get(token).form().equals("as")) {
            return false;
        }
        int asideEnd = frameEndAt(token, sentenceEnd);
        return asideEnd > token + 1
                && (asideEnd >= sentenceEnd
                        || !gap(asideEnd - 1, asideEnd).strip().isEmpty());
    }

    /** Where the longest frame from {@code mention-frames-after.txt} starting at {@code start} ends, or -1. */
    private int frameEndAt(int start, int sentenceEnd) {
        int frameEnd = -1;
        for (PhraseTrie.Hit<Boolean> hit : words.mentionFramesAfter().startingAt(tokens, start)) {
            if (hit.to() <= sentenceEnd && contiguous(hit.from(), hit.to())) {
                frameEnd = Math.max(frameEnd, hit.to());
            }
        }
        return frameEnd;
    }

    /** Verbs whose "that" opens a clause that may define a term ("we propose that ... be defined as"). */
    private static final Set<String> PROPOSING_VERBS = Set.of(
            "propose",
            "proposes",
            "proposed",
            "suggest",
            "suggests",
            "suggested",
            "recommend",
            "recommends",
            "recommended");

    /**
     * After the term, perhaps with up to two nouns of its own, a definition of it: "Rough
     * sleepers are defined as:", "noncompliance is literally defined as", "Hard-to-reach
     * populations should not be defined based on", "Noncompliance nursing diagnosis refers to".
     */
    private boolean definedAfter(int to, int sentenceEnd) {
        int i = to;
        for (int nouns = 0;
                nouns < 2
                        && i < sentenceEnd
                        // "nursing", and "diagnosis", which WordNet knows in no verb form, whatever the tagger says
                        && !analysis.tag(i).equals("AUX")
                        && (analysis.tag(i).equals("NOUN")
                                || tokens.get(i).form().endsWith("ing")
                                || noVerbForm(tokens.get(i).form()));
                nouns++) {
            i++;
        }
        if (i + 1 < sentenceEnd
                && tokens.get(i).form().equals("refers") // "Junkies refer to heroin as gear" say something
                && tokens.get(i + 1).form().equals("to")) {
            return true;
        }
        boolean be = false;
        while (i < sentenceEnd
                && (analysis.tag(i).equals("AUX")
                        || analysis.tag(i).equals("ADV")
                        || analysis.tag(i).equals("PART"))) {
            be |= analysis.tag(i).equals("AUX");
            i++;
        }
        // "defined as", "defined based on": a definition; "addicts are defined by their worst
        // day" says something of people
        return be
                && i + 1 < sentenceEnd
                && tokens.get(i).form().equals("defined")
                && (tokens.get(i + 1).form().equals("as")
                        || tokens.get(i + 1).form().equals("based"));
    }

    /**
     * After the term, "is" or "are" and a noun for words, with a few words between: "Bed blocking
     * is an impersonal term", "Junkie is a cruel old word".
     */
    private boolean calledAWord(int to, int sentenceEnd) {
        if (to + 2 < sentenceEnd
                && (tokens.get(to).form().equals("has") || tokens.get(to).form().equals("have"))
                && tokens.get(to + 1).form().equals("become")) {
            // "disguised compliance has become a familiar term": as "is a term"
            return wordingNounAfter(to + 1, sentenceEnd);
        }
        String copula = tokens.get(to).form();
        if (!copula.equals("is") && !copula.equals("are") && !copula.equals("was")) {
            return false;
        }
        return wordingNounAfter(to, sentenceEnd);
    }

    /**
     * After the verb at {@code verb}, an article and describing words, then a noun for wording: "a
     * stigmatising term", "'shackling' language".
     */
    private boolean wordingNounAfter(int verb, int sentenceEnd) {
        // quotation marks may set a describing word apart ("is 'shackling' language")
        for (int i = verb + 1;
                i < sentenceEnd
                        && i <= verb + 5
                        && (adjacent(i - 1, i) || unquotedGap(i - 1, i).isBlank());
                i++) {
            String form = tokens.get(i).form();
            if (words.isWordingNoun(form) || LANGUAGE_NOUNS.contains(form)) {
                return true; // "is a stigmatising term", "is 'shackling' language"
            }
            String tag = analysis.tag(i);
            boolean describing = adjectiveAt(i) // "a stigmatising term"
                    || tag.equals("NOUN") // "an offensive and outdated term", whatever the tagger says of "offensive"
                    || tag.equals("ADV")
                    || tag.equals("NUM")
                    || tag.equals("CCONJ");
            if (!ARTICLES.contains(form) && !describing) {
                return false;
            }
        }
        return false;
    }

    /** Nouns for wording in general, which a term is said to be an example of ("is outdated language"). */
    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "slang", "jargon", "terminology");

    /** How many items back a list may run from a frame to the term: a guide's row of words to avoid can be long. */
    private static final int MAX_LIST_ITEMS = 12;

    /**
     * A term that the sentence talks about rather than uses: right after words that introduce a
     * term ("the term bed blocker", "labels such as hard to reach", "referred to as"), or later in
     * the same list ("labelling people as homeless, complex or entrenched").
     */
    boolean mentionFrame(int from, int to, int sentenceStart, int sentenceEnd) {
        int item = from;
        if (item > sentenceStart
                && adjacent(item - 1, item)
                && words.isPrefix(tokens.get(item - 1).form())) {
            item--; // the list's item is "ex felon", the term only "felon" ("Avoid using: felon, ex felon")
        }
        if (soCalledBefore(item, sentenceStart)) {
            return true; // "the so-called professional beggars": "so-called" doubts the whole phrase
        }
        for (int items = 0; items < MAX_LIST_ITEMS; items++) {
            if (frameEndsBefore(item, sentenceStart)
                    || introducedAsWords(item, sentenceStart, sentenceEnd)
                    || namedAfterWordingNoun(item, sentenceStart)
                    || wordsNamedAfterTheirVerb(item, sentenceStart)) {
                return true;
            }
            int end = listSeparator(item, sentenceStart);
            int as = item > sentenceStart
                            && ARTICLES.contains(tokens.get(item - 1).form())
                    ? item - 2
                    : item - 1;
            if (end < 0
                    && as > sentenceStart
                    && tokens.get(as).form().equals("as")
                    && adjacent(as, as + 1)
                    && adjacent(item - 1, item)
                    && !finiteVerbAt(to, sentenceEnd)) {
                // "derided as hypochondriacs, as misusers", "as a scrounger, as an addict": each
                // item repeats "as"; not "dismissed as vexatious, as junkies were not covered", where
                // the second "as" opens a clause ("because")
                end = listSeparator(as, sentenceStart);
            }
            if (end < 0) {
                return false;
            }
            // the item before: up to three words ending at the separator
            int start = end - 1;
            while (start > sentenceStart && start > end - 3 && adjacent(start - 1, start)) {
                if (frameEndsBefore(start, sentenceStart) || wordsNamedAfterTheirVerb(start, sentenceStart)) {
                    return true;
                }
                if (clauseVerbAt(start)) {
                    // "The charity, formerly known as Simon House, works with addicts and
                    // alcoholics": a verb of its own makes the words before the term a clause,
                    // not another item of a list that the frame names
                    return false;
                }
                start--;
            }
            if (clauseVerbAt(start)) {
                return false;
            }
            item = start;
        }
        return false;
    }

    /**
     * "so-called" before the term at {@code item}, with one or two describing words between
     * ("the so-called professional beggars"): the writer holds the whole phrase at a distance.
     * Straight before the term, "so-called" is one of the mention frames' words already.
     */
    private boolean soCalledBefore(int item, int sentenceStart) {
        int i = item - 1;
        int between = 0;
        while (i >= sentenceStart && between < 2 && adjacent(i, i + 1) && MODIFIER_TAGS.contains(analysis.tag(i))) {
            i--;
            between++;
        }
        return between > 0
                && i - 1 >= sentenceStart
                && adjacent(i, i + 1)
                && tokens.get(i).form().equals("called")
                && tokens.get(i).hyphenBefore()
                && tokens.get(i - 1).form().equals("so");
    }

    /**
     * A verb or an auxiliary that heads a clause with what follows it ("works with", "is a"): not
     * an "-ing" or "-ed" form, which a list of words may hold ("not engaging", "socially
     * excluded"), nor a verb after "to" ("hard to reach"), nor one the tagger made of a noun in
     * a list ("misuse, use disorder").
     */
    private boolean clauseVerbAt(int token) {
        String form = tokens.get(token).form();
        return VERB_TAGS.contains(analysis.tag(token))
                && !form.endsWith("ing")
                && !form.endsWith("ed")
                && !(token > 0 && tokens.get(token - 1).form().equals("to"))
                && token + 1 < tokens.size()
                && adjacent(token, token + 1)
                && CLAUSE_CONTINUATIONS.contains(analysis.tag(token + 1));
    }

    private static final Set<String> CLAUSE_CONTINUATIONS = Set.of("ADP", "DET", "PRON", "ADV", "PART");

    /** A verb or an auxiliary straight after the term, at {@code token}, that is not an "-ing" form. */
    private boolean finiteVerbAt(int token, int sentenceEnd) {
        if (token >= sentenceEnd || !adjacent(token - 1, token)) {
            return false;
        }
        String form = tokens.get(token).form();
        return VERB_TAGS.contains(analysis.tag(token)) && !form.endsWith("ing");
    }

    /**
     * A list of words introduced by a colon, "like" or "such as" after a noun for wording: "we
     * never use the following terms: the mentally ill, addicts ...", "terms we all know, like
     * addict, dirty and abuser"; or set out between dashes, or after a dash to the end of the
     * sentence, as a colon sets them out, when a word for wording comes before the dash in its
     * clause ("the terms some of us once used - pikey, gyppo, tinker - are ...").
     */
    private boolean introducedAsWords(int item, int sentenceStart, int sentenceEnd) {
        if (item <= sentenceStart) {
            return false;
        }
        int introducer;
        boolean colon = gap(item - 1, item).contains(":");
        if (colon) {
            introducer = item;
        } else if (DASHES.contains(gap(item - 1, item).strip())) {
            return wordListClosedAfter(item, sentenceEnd) && wordingNounBeforeDash(item, sentenceStart);
        } else if (LIST_INTRODUCERS.contains(tokens.get(item - 1).form())) {
            introducer = item - 1;
        } else if (item - 2 >= sentenceStart
                && tokens.get(item - 2).form().equals("such")
                && tokens.get(item - 1).form().equals("as")) {
            introducer = item - 2;
        } else {
            return false;
        }
        for (int i = introducer - 1; i >= Math.max(sentenceStart, introducer - 12); i--) {
            String form = tokens.get(i).form();
            if (words.isWordingNoun(form) || colon && words.isWordingLeadIn(form)) {
                return true;
            }
            if (!colon && (gap(i, i + 1).contains(";") || gap(i, i + 1).contains(":"))) {
                return false; // the wording noun must be in the clause that "like" or "such as" ends
            }
        }
        return false;
    }

    private static final Set<String> LIST_INTRODUCERS = Set.of("like", "including");

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

    /**
     * A word for wording in the clause before the dash at {@code first}, its first item: a dash
     * after "the terms of the licence", "in terms of numbers" or "in other words" sets out no
     * words, whatever follows.
     */
    private boolean wordingNounBeforeDash(int first, int sentenceStart) {
        for (int i = first - 1; i >= Math.max(sentenceStart, first - 12); i--) {
            if (gap(i, i + 1).contains(";") || gap(i, i + 1).contains(":")) {
                return false;
            }
            String form = tokens.get(i).form();
            if (words.isWordingNoun(form) || words.isWordingLeadIn(form)) {
                boolean idiom = i > sentenceStart
                                && (tokens.get(i - 1).form().equals("in")
                                        || tokens.get(i - 1).form().equals("other"))
                        || i + 1 < first && tokens.get(i + 1).form().equals("of");
                return !idiom;
            }
        }
        return false;
    }

    /**
     * From {@code first}, nothing but short items of nouns and adjectives, joined by commas and a
     * last "and" or "or", up to a second dash or the end of the sentence: words shown ("- pikey,
     * gyppo, tinker -"), not a clause ("- beggars were being paid to leave").
     */
    private boolean wordListClosedAfter(int first, int sentenceEnd) {
        int end = afterWordList(first, sentenceEnd, 3, MAX_LIST_ITEMS);
        return end >= 0
                && (end >= sentenceEnd || DASHES.contains(gap(end - 1, end).strip()));
    }

    /**
     * Words named after the verb of a clause whose subject is a noun for wording: "Stigmatising
     * terms include addict, junkie and abuser", "the most common terms found in the notes were
     * abuse, addict ..."; not "in terms of" or "the terms of the licence", where "terms" is no
     * word talked about.
     */
    private boolean wordsNamedAfterTheirVerb(int item, int sentenceStart) {
        int verb = item - 1;
        if (verb <= sentenceStart
                || !adjacent(verb, item)
                || !NAMING_VERBS.contains(tokens.get(verb).form())) {
            return false;
        }
        for (int i = verb - 1; i >= sentenceStart && i >= verb - 10; i--) {
            if (CLAUSE_PUNCTUATION.matcher(gap(i, i + 1)).find()) {
                return false; // another clause; an apostrophe is no break ("found in patients' notes")
            }
            String form = tokens.get(i).form();
            if (words.isWordingNoun(form)) {
                boolean idiom = i > sentenceStart && tokens.get(i - 1).form().equals("in")
                        || tokens.get(i + 1).form().equals("of");
                return !idiom && !tokens.get(i).hyphenBefore() && !tokens.get(i).hyphenAfter();
            }
        }
        return false;
    }

    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;:()\\[\\]\"“”–—]");

    private static final Set<String> NAMING_VERBS =
            Set.of("include", "includes", "included", "are", "were", "is", "was");

    /**
     * A term named after a noun for wording and a comma or colon, that noun in a noun phrase of
     * its own ("to use that more familiar, if misleading, term, bed-blocking", "the label:
     * chaotic"); not "in other words, the homeless ...", where no article makes "words" a noun
     * phrase about a word.
     */
    private boolean namedAfterWordingNoun(int item, int sentenceStart) {
        int noun = item - 1;
        if (noun <= sentenceStart || !words.isWordingNoun(tokens.get(noun).form())) {
            return false;
        }
        String gap = gap(noun, item).strip();
        if (!gap.equals(",") && !gap.equals(":")) {
            return false;
        }
        for (int i = noun - 1, steps = 0; i >= sentenceStart && steps < 8; i--, steps++) {
            String form = tokens.get(i).form();
            if (ARTICLES.contains(form) || DEMONSTRATIVES.contains(form)) {
                return true;
            }
            String tag = analysis.tag(i);
            // "misleading": a participle as an adjective
            if (!adjectiveAt(i) && !tag.equals("ADV") && !coordinator(i) && !form.equals("yet")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

    /**
     * Whether a mention frame ends right before the token, perhaps with an article between, and
     * after the article words that describe the term ("there is no such thing as a child
     * prostitute").
     */
    private boolean frameEndsBefore(int token, int sentenceStart) {
        if (frameOrArticleEndsBefore(token, sentenceStart)) {
            return true;
        }
        int described = token;
        while (described - 1 > sentenceStart
                && token - described < 2
                && adjacent(described - 1, described)
                && DESCRIBING_TAGS.contains(analysis.tag(described - 1))
                && !ARTICLES.contains(tokens.get(described - 1).form())) {
            described--;
        }
        return described < token
                && ARTICLES.contains(tokens.get(described - 1).form())
                && frameOrArticleEndsBefore(described, sentenceStart);
    }

    /** A mention frame ends right before the token, perhaps with an article between. */
    private boolean frameOrArticleEndsBefore(int token, int sentenceStart) {
        int before = token;
        if (before > sentenceStart
                && ARTICLES.contains(tokens.get(before - 1).form())
                && adjacent(before - 1, before)
                && !reputationBefore(before - 1, sentenceStart)) {
            before--; // "labels such as a hard-to-reach group"
        }
        return before > sentenceStart
                && listGap(before - 1, before)
                && words.mentionFrames().anyEndingAt(tokens, sentenceStart, before);
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Determiners that pick out one member of a group and, like "a", need a noun after them. */
    private static final Set<String> ONE_OF_MANY = Set.of("every", "each", "another");

    private static final Set<String> DESCRIBING_TAGS = Set.of("ADJ", "NOUN", "ADV");

    /**
     * "commonly known as" or "often called" straight before the article at {@code article}: with
     * an article the words say what one person is known as ("he was commonly known as a
     * vagrant in the town"), a label used of them; without one they name a class of people as
     * words ("commonly known as tramps").
     */
    private boolean reputationBefore(int article, int sentenceStart) {
        int verb = article - 1;
        if (verb > sentenceStart && tokens.get(verb).form().equals("as")) {
            verb--;
            if (verb <= sentenceStart || !tokens.get(verb).form().equals("known")) {
                return false;
            }
        } else if (verb <= sentenceStart || !tokens.get(verb).form().equals("called")) {
            return false;
        }
        return REPUTATION_ADVERBS.contains(tokens.get(verb - 1).form());
    }

    private static final Set<String> REPUTATION_ADVERBS = Set.of(
            "commonly",
            "variously",
            "popularly",
            "colloquially",
            "pejoratively",
            "officially",
            "sometimes",
            "often",
            "usually",
            "once",
            "formerly",
            "previously",
            "historically",
            "be"); // "used to be known as a troublemaker"

    /**
     * An adverb, or a word with an adverb's ending the tagger took for a noun ("developmentally",
     * "severely"); not "family" or "supply".
     */
    private boolean looksLikeAdverb(int token) {
        String tag = analysis.tag(token);
        if (tag.equals("ADV")) {
            return true;
        }
        String form = tokens.get(token).form();
        // a name may end so ("Huntly"), but a word in lower case the tagger called a name is not
        // one: "the developmentally disabled" is read that way
        return !(tag.equals("PROPN")
                        && Character.isUpperCase(text.charAt(tokens.get(token).start())))
                && form.length() > 6
                && ADVERB_ENDINGS.stream().anyMatch(form::endsWith);
    }

    private static final List<String> ADVERB_ENDINGS = List.of("ally", "ely", "ously", "ively", "ntly", "dly");

    /**
     * When the list item starting at {@code start} follows a separator (a comma, a slash, "or" or
     * "and"), the token index where the item before it ends (exclusive); otherwise -1.
     */
    private int listSeparator(int start, int sentenceStart) {
        if (start - 1 < sentenceStart) {
            return -1;
        }
        if (coordinator(start - 1) && start - 2 >= sentenceStart) {
            String gap = gap(start - 2, start - 1);
            return gap.isBlank() || gap.strip().equals(",") ? start - 1 : -1;
        }
        String gap = gap(start - 1, start).strip();
        // "|" parts the cells of a table row set out as text ("Never use: Inmate | ex-Con | Felon")
        return gap.equals(",") || gap.equals("/") || gap.equals("|") ? start : -1;
    }

    /** Between a frame and its term: spaces, and perhaps a colon or an opening quotation mark. */
    private boolean listGap(int left, int right) {
        String gap = gap(left, right).strip();
        return gap.isEmpty()
                || gap.equals(":")
                || gap.equals(",")
                // "we have a phrase for it – bed blocking": a dash sets the words out as a colon does
                || gap.equals("\u2013")
                || gap.equals("\u2014")
                || gap.equals("-")
                || gap.equals("\u201C")
                || gap.equals("\"")
                || gap.equals("'")
                || gap.equals("\u2018");
    }

    /**
     * A capitalised word that may be a person's name: not a word listed as no name, and not the
     * head of an organisation's name ("Brighton and Hove City Council has refused ...").
     */
    private boolean looksLikeName(int token) {
        String form = tokens.get(token).form();
        // a substance or an illness that opens a sentence has its capital from the sentence, not a
        // name ("Alcohol can be dangerous", "Hypothermia is often fatal")
        return (titleCase(token) || surnameInCapitals(token))
                && !words.isNotAName(form)
                && !words.isNameHead(form)
                && !words.isSubstanceNoun(form)
                && !words.isConditionNoun(form);
    }

    /**
     * A word in capitals straight after a capitalised first name, as records write surnames ("John
     * SMITH was seen"); a word in capitals on its own is a heading's or an acronym.
     */
    private boolean surnameInCapitals(int token) {
        Token t = tokens.get(token);
        if (token == 0 || t.end() - t.start() < 2 || !adjacent(token - 1, token) || !titleCase(token - 1)) {
            return false;
        }
        boolean vowel = false;
        for (int i = t.start(); i < t.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            vowel |= i > t.start() && "AEIOUY".indexOf(c) >= 0;
        }
        if (!vowel) {
            // "Leeds CCG", "Kent ICB", "Camden NHS": an acronym after a place, which has no vowel
            // past its first letter; a surname has one ("SMITH", "LEE", "NG" aside)
            return false;
        }
        String first = tokens.get(token - 1).form();
        return analysis.tag(token - 1).equals("PROPN") && !words.isNotAName(first) && !words.isTitle(first);
    }
}
