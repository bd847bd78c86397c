package org.strengthslint.match;

import java.util.Arrays;
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
import org.strengthslint.api.Edit;
import org.strengthslint.lexicon.Fit;

/**
 * Builds the edit that puts an entry's first suggestion in place of a finding's words, in the
 * form the sentence needs: a noun phrase in the match's number with the article it needs, a verb
 * phrase in the matched verb's tense and person, an adjective's predicate or attributive form. It
 * reads the sentence around the match (the word before, the word after, their tags) and gives up,
 * with the reason in words, wherever the words' part in the sentence is not the one the entry
 * declares or the replacement would not read: an edit is made only where it is safe.
 */
final class SuggestionFitter {
    /** An edit, or the reason there is none. */
    record Fitting(Edit edit, String noEdit) {
        static Fitting none(String reason) {
            return new Fitting(null, reason);
        }
    }

    /** Words before a singular noun after which the noun phrase takes no article of its own. */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "this", "that", "each", "every", "another", "any", "no", "his", "her", "their", "our", "your", "my",
            "its", "whose", "which", "what", "one", "either", "neither");

    /** Words before a plural noun that leave the noun phrase's meaning to the noun. */
    private static final Set<String> QUANTIFIERS = Set.of(
            "many",
            "few",
            "several",
            "some",
            "all",
            "most",
            "more",
            "fewer",
            "other",
            "these",
            "those",
            "such",
            "various",
            "numerous",
            "certain",
            "both",
            "any",
            "no",
            "enough",
            "multiple",
            "same");

    /** Adverbs that may stand between an auxiliary and the verb without changing which form it takes. */
    private static final Set<String> VERB_ADVERBS = Set.of(
            "also",
            "still",
            "often",
            "repeatedly",
            "consistently",
            "continually",
            "continuously",
            "always",
            "just",
            "now",
            "then",
            "already",
            "previously",
            "sometimes",
            "again",
            "really",
            "persistently",
            "regularly",
            "frequently",
            "usually",
            "generally",
            "recently",
            "currently",
            "simply",
            "clearly");

    /** Adverbs that may stand between a linking verb and a predicate replaced by a phrase. */
    private static final Set<String> PREDICATE_ADVERBS = Set.of(
            "not",
            "also",
            "still",
            "often",
            "sometimes",
            "always",
            "never",
            "now",
            "currently",
            "usually",
            "generally",
            "frequently",
            "rarely",
            "occasionally",
            "again",
            "n't",
            "yet");

    private static final Set<String> NUMBERS = Set.of(
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "thousand",
            "dozen");

    private static final Set<String> PREPOSITIONS = Set.of("of", "by", "in", "from", "to", "with", "for", "on");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /** Words that open a relative clause after a noun: "an addict who", "users that". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "whom");

    /**
     * Words of degree that belong to the adjective after them ("very chaotic", "so manipulative"),
     * and that a replacement would lose ("the most vulnerable").
     */
    private static final Set<String> DEGREE_WORDS = Set.of(
            "very",
            "so",
            "too",
            "quite",
            "really",
            "extremely",
            "increasingly",
            "particularly",
            "highly",
            "rather",
            "more",
            "most",
            "less",
            "least",
            "fairly",
            "incredibly");
    /** The compared forms a pattern may open with ("harder to reach", "hardest to engage"). */
    private static final Set<String> COMPARED = Set.of("harder", "hardest");

    /** Prepositions that start a phrase belonging to the adjective before them ("compliant with", "aggressive towards"). */
    private static final Set<String> PREPOSITIONS_AFTER_ADJECTIVE =
            Set.of("with", "towards", "toward", "to", "about", "of", "at");

    private static final Set<String> HAVE = Set.of("have", "has", "had", "having", "'ve");
    private static final Set<String> BE = Set.of(
            "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "get", "gets", "got",
            "getting");
    /** After these, a verb takes its base form and no "do". */
    private static final Set<String> BASE_BEFORE = Set.of(
            "will", "would", "can", "could", "should", "may", "might", "must", "shall", "to", "do", "does", "did",
            "'ll", "'d", "cannot", "ca", "wo", "let", "help", "make", "please");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "you", "him", "her", "us", "them");

    private final Candidate c;
    private final Fit fit;
    private final String text;
    private final String checkable;
    private final BlockAnalysis analysis;
    private final List<Token> tokens;
    private final int sentenceStart;

    private SuggestionFitter(Candidate c, Fit fit, String text, String checkable, BlockAnalysis analysis) {
        this.c = c;
        this.fit = fit;
        this.text = text;
        this.checkable = checkable;
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.sentenceStart = analysis.sentenceStart(analysis.sentenceAt(c.start()));
    }

    /**
     * The edit for the candidate's first suggestion, or the reason there is none.
     *
     * @param text      the document's text, in whose offsets the candidate and the edit are
     * @param checkable the text with markup and code blanked out (see {@code Document.checkable()})
     */
    static Fitting fit(Candidate c, String text, String checkable, BlockAnalysis analysis) {
        return new SuggestionFitter(c, c.term().entry().fit(), text, checkable, analysis).fit();
    }

    private Fitting fit() {
        if (fit.slot() == Fit.Slot.NONE) {
            return Fitting.none(fit.reason());
        }
        if (c.lead() < c.from() && form(c.from()).equals(WordScanner.NEGATION_FORM)) {
            return Fitting.none("it starts inside a contraction (\""
                    + text.substring(
                            tokens.get(c.lead()).start(), tokens.get(c.from()).end())
                    + "\"), which a rewrite would split");
        }
        if (c.lead() < c.from()) {
            return Fitting.none("a prefix is joined to it");
        }
        Token last = tokens.get(c.to() - 1);
        if (last.form().endsWith("'s") || isApostrophe(c.end())) {
            return Fitting.none("it is a possessive");
        }
        if (last.hyphenAfter() || tokens.get(c.lead()).hyphenBefore()) {
            return Fitting.none("it is part of a hyphenated compound");
        }
        return switch (fit.slot()) {
            case NOUN -> noun();
            case GROUP -> group();
            case VERB -> verb();
            case ADJECTIVE -> adjective();
            case PHRASE -> phrase();
            case NONE -> Fitting.none(fit.reason());
        };
    }

    private Fitting noun() {
        int next = c.to();
        if (next < c.last() && c.context().gapIs(next - 1, next, "/")) {
            return Fitting.none(SLASH_AFTER);
        }
        if (next < c.last() && isNoun(next)) {
            return Fitting.none("it stands before another noun, inside a longer noun phrase");
        }
        if (followedByOf()) {
            return Fitting.none(OF_PHRASE_AFTER);
        }
        int previous = c.lead() - 1;
        if (previous - 1 >= c.first()
                && Articles.isIndefinite(form(previous))
                && IDIOM_VERBS.contains(form(previous - 1))) {
            // "threw a tantrum" -> "threw a moment of distress": the verb goes with this noun only
            return Fitting.none("the verb before it (\"" + form(previous - 1) + "\") goes with this word only");
        }
        if (adverbOfTheAdjective(previous)) {
            // "our most vulnerable residents" -> "our most residents at risk of harm"; "the formerly
            // homeless people" -> "the formerly people experiencing homelessness"
            return Fitting.none(adverbBelongsToIt(previous));
        }
        if (previous - 1 >= c.first()
                && COORDINATORS.contains(form(previous))
                && isAdjective(c.from())
                && (isAdjective(previous - 1)
                        || form(previous - 1).endsWith("ed")
                        || analysis.tag(previous - 1).equals("ADV")
                                && WordLists.bundled().canBeAdjective(form(previous - 1)))) {
            // "homeless and vulnerable people" -> "homeless and people at risk of harm": the
            // adjective before "and" shares the noun the edit would take away; so does one in
            // "-ly" the tagger read as an adverb ("many elderly and vulnerable people")
            return Fitting.none("the adjective before \"" + form(previous) + "\" shares its noun");
        }
        if (previous - 1 >= c.first()
                && COORDINATORS.contains(form(previous))
                && c.to() - c.from() >= 2
                && WordLists.bundled().isSubstanceNoun(form(previous - 1))
                && WordLists.bundled().refersToPerson(form(headToken()))) {
            // "Heroin and crack users" -> "Heroin and people who use drugs": a drug before "and"
            // shares the noun for people the edit would take away ("Staff and drug users" has two
            // nouns; "drug and alcohol abuse" -> "drug and substance use" still reads)
            return Fitting.none("the word before \"" + form(previous) + "\" shares its noun");
        }
        String replacement = plural(headToken()) ? fit.many() : fit.one();
        if (next < c.last()
                && c.context().adjacent(next - 1, next)
                && RELATIVE_PRONOUNS.contains(form(next))
                && replacement != null
                && replacement.contains(" who ")) {
            // "each addict who has insurance" -> "each person who uses drugs who has insurance":
            // the replacement's own clause and the one after it would stack
            return Fitting.none("a clause with \"" + form(next) + "\" follows, after the replacement's own \"who\"");
        }
        // "the drunk", "an epileptic": a pattern may hold its own determiner; a possessive that
        // opens a pattern ("Alzheimer's sufferer") is part of what it names, not a determiner
        boolean ownDeterminer = c.to() - c.from() > 1
                && isDeterminer(form(c.from()))
                && !form(c.from()).endsWith("'s")
                && !tokens.get(c.from() + 1).hyphenBefore();
        int determiner = ownDeterminer ? c.from() : c.lead() - 1;
        boolean hasDeterminer = determiner >= c.first() && isDeterminer(form(determiner));
        int replaceFrom = ownDeterminer ? tokens.get(c.from() + 1).start() : c.start();
        if (onlyAWordForAPerson()) {
            int beforePhrase = hasDeterminer ? determiner - 1 : c.lead() - 1;
            while (beforePhrase > c.first()
                    && (WordScanner.NOT_FORMS.contains(form(beforePhrase))
                            || analysis.tag(beforePhrase).equals("ADV"))) {
                beforePhrase--; // "He was not a sufferer", "He is just a lowlife"
            }
            if (beforePhrase >= c.first() && saidOfSomeone(beforePhrase)) {
                // "He was a sufferer for most of his life" -> "He was a person ...": said of
                // someone, the edit would say nothing of them
                return Fitting.none("after \"" + written(beforePhrase) + "\", \""
                        + (plural(headToken()) ? fit.many() : fit.one()) + "\" would say nothing about them");
            }
        }
        if (plural(headToken())) {
            if (fit.many() == null) {
                return Fitting.none("the entry has no plural form");
            }
            String many = person(fit.many());
            if (!ownDeterminer && determiner >= c.first() && describes(determiner)) {
                return Fitting.none("an adjective before it belongs to the noun phrase");
            }
            if (hasDeterminer && isDeterminer(many.split(" ")[0])) {
                return Fitting.none("the plural form brings its own determiner");
            }
            return edit(replaceFrom, c.end(), many);
        }
        if (fit.one() == null) {
            return Fitting.none("the entry has no singular form");
        }
        String one = withArticle(person(fit.one()));
        int space = one.indexOf(' ');
        boolean counted = space > 0 && Articles.isIndefinite(one.substring(0, space));
        if (one.startsWith("someone ")) {
            // "someone sleeping rough" takes the place of "a derelict", article and all, and of nothing else
            return hasDeterminer && Articles.isIndefinite(form(determiner))
                    ? edit(tokens.get(determiner).start(), c.end(), one)
                    : Fitting.none("the singular form starts with \"someone\", which takes no determiner");
        }
        if (!hasDeterminer) {
            // "a chaotic heroin user": the article is there, before an adjective the edit would
            // leave describing other words ("a former heroin user")
            if (determiner >= c.first() && (isAdjective(determiner) || describes(determiner))) {
                return Fitting.none("an adjective before it belongs to the noun phrase");
            }
            if (counted) {
                return Fitting.none("a singular noun with no article before it");
            }
            return edit(c.start(), c.end(), one);
        }
        String word = form(determiner);
        if (Articles.isIndefinite(word)) {
            return counted
                    ? edit(tokens.get(determiner).start(), c.end(), one)
                    : Fitting.none("the singular form takes no article");
        }
        return edit(replaceFrom, c.end(), counted ? one.substring(space + 1) : one);
    }

    /**
     * Adverbs of time and degree that belong to an adjective the edit would replace ("the formerly
     * homeless people", "nearly homeless families"); not adverbs that say something of the whole
     * sentence or pick out a group ("Only rough sleepers with a local connection", "Typically
     * rough sleepers are men"), after which the edit still reads.
     */
    private static final Set<String> STATE_ADVERBS = Set.of(
            "formerly",
            "previously",
            "recently",
            "newly",
            "currently",
            "chronically",
            "temporarily",
            "permanently",
            "intentionally",
            "unintentionally",
            "nearly",
            "almost",
            "potentially",
            "repeatedly",
            "persistently",
            "episodically",
            "involuntarily",
            "genuinely",
            "visibly");

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "my", "your", "its", "our");

    /**
     * The word at {@code before} is an adverb of degree or state that belongs to the adjective the
     * match starts with, so an edit replacing the adjective would leave it stranded.
     */
    private boolean adverbOfTheAdjective(int before) {
        return before >= c.first()
                && isAdjective(c.from())
                && (DEGREE_WORDS.contains(form(before))
                        || STATE_ADVERBS.contains(form(before))
                        // any other "-ly" adverb between a determiner and the adjective: "the unusually
                        // persistent complainants"; not one that picks out a group ("Only rough sleepers")
                        || analysis.tag(before).equals("ADV")
                                && form(before).endsWith("ly")
                                && before - 1 >= c.first()
                                && (analysis.tag(before - 1).equals("DET")
                                        || POSSESSIVE_DETERMINERS.contains(form(before - 1))));
    }

    private String adverbBelongsToIt(int before) {
        return "\"" + form(before) + "\" before it belongs to the words it would replace";
    }

    /** Verbs that make an idiom with the noun after "a" ("throw a tantrum", "pitch a fit"). */
    private static final Set<String> IDIOM_VERBS =
            Set.of("throw", "throws", "threw", "thrown", "throwing", "pitch", "pitches", "pitched", "pitching");

    /** Why no edit is offered where {@link #followedByOf} holds. */
    private static final String OF_PHRASE_AFTER = "the \"of\" phrase after it belongs to the words it would replace";

    private boolean followedByOf() {
        return c.to() < c.last() && form(c.to()).equals("of") && c.context().adjacent(c.to() - 1, c.to());
    }

    /** The noun a match's number is read from: the last word, or the word before a preposition ("experts by experience"). */
    private int headToken() {
        for (int i = c.from() + 1; i < c.to(); i++) {
            if (PREPOSITIONS.contains(form(i))) {
                return i - 1;
            }
        }
        return c.to() - 1;
    }

    /**
     * Whether the word before a plural match is an adjective that describes it ("local heroin
     * addicts"), which the replacement would leave describing other words. Quantifiers and
     * numbers ("many", "forty") and verbs the tagger takes for adjectives ("asked") do not.
     */
    private boolean describes(int token) {
        String form = form(token);
        if (QUANTIFIERS.contains(form) || NUMBERS.contains(form) || Character.isDigit(form.charAt(0))) {
            return false;
        }
        if (form.endsWith("ed") || form.equals("known")) {
            // a participle, whatever the tagger says: "the survey asked service users" (a verb)
            // or "are known drug takers", "the so-called rough sleepers" (it describes them)
            int before = token - 1;
            if (before < c.first()) {
                return isAdjective(token);
            }
            String word = form(before);
            return BE.contains(word) || isDeterminer(word) || QUANTIFIERS.contains(word) || linking(word);
        }
        return isAdjective(token);
    }

    private static boolean isDeterminer(String form) {
        return Articles.isIndefinite(form) || DETERMINERS.contains(form) || form.endsWith("'s");
    }

    /** A singular form's article made to fit the word after it ("a {person}" becomes "an adult"). */
    private static String withArticle(String one) {
        int space = one.indexOf(' ');
        if (space < 0 || !Articles.isIndefinite(one.substring(0, space))) {
            return one;
        }
        String rest = one.substring(space + 1);
        return Articles.before(rest) + " " + rest;
    }

    private Fitting group() {
        // the context's own test of standing alone, which knows "deserve" in "the homeless deserve
        // respect" is a verb however the tagger reads it
        if (!c.context().standalone(c.lead(), c.to(), c.first(), c.last())) {
            return Fitting.none("it stands before a noun");
        }
        if (followedByOf()) {
            return Fitting.none(OF_PHRASE_AFTER);
        }
        if (c.to() + 1 < c.last() && c.context().coordinator(c.to()) && describingWordAlone(c.to() + 1)) {
            // "the idle and feckless" -> "people out of work and feckless": the describing word
            // after "and" shares the "the"
            return Fitting.none("another describing word after \"and\" or \"or\" shares its \"the\"");
        }
        if (c.to() - c.from() > 1 && form(c.from()).equals("the")) {
            for (int i = c.from() + 1; i < c.to() - 1; i++) {
                if (DEGREE_WORDS.contains(form(i))) {
                    // "hit the most vulnerable" -> "hit people at risk of harm" says something else
                    return Fitting.none("the replacement would lose \"" + form(i) + "\"");
                }
            }
            return edit(c.start(), c.end(), partOf(c.from()) + fit.many());
        }
        int before = c.lead() - 1;
        if (before < c.first() || !form(before).equals("the")) {
            return Fitting.none("only \"the\" before it makes a phrase the replacement can take");
        }
        return edit(tokens.get(before).start(), c.end(), partOf(before) + fit.many());
    }

    /**
     * "the " when the group's "the" at {@code the} follows a word of number and "of" ("many of the
     * elderly", "one of the homeless"): the part is taken of a definite group, so "many of the
     * older people", not "many of older people"; otherwise nothing.
     */
    private String partOf(int the) {
        int of = the - 1;
        if (of - 1 < c.first() || !form(of).equals("of")) {
            return "";
        }
        String quantity = form(of - 1);
        return PARTS.contains(quantity) || analysis.tag(of - 1).equals("NUM") ? "the " : "";
    }

    /** Words for how many of a group, before "of the". */
    private static final Set<String> PARTS = Set.of(
            "many", "some", "most", "all", "few", "none", "one", "each", "any", "several", "both", "either", "neither",
            "rest", "half");

    private Fitting adjective() {
        int before = c.lead() - 1;
        int next = c.to();
        if (COMPARED.contains(form(c.from()))) {
            // "harder to engage than most" -> "finding our service hard to use than most": the
            // comparison would be lost
            return Fitting.none("the comparison in \"" + form(c.from()) + "\" belongs to the words it would replace");
        }
        if (followedByOf()) {
            // "clean of codeine" -> "in recovery of codeine"
            return Fitting.none(OF_PHRASE_AFTER);
        }
        // "was uncooperative today": a word of time after it is no noun it describes
        if (next < c.last() && isNoun(next) && !WordLists.bundled().isAdverbAfterNoun(form(next))) {
            if (fit.attributive() == null) {
                return Fitting.none("it stands before a noun, and the entry has no form for that place");
            }
            return articleFor(before, fit.attributive());
        }
        if (fit.predicate() == null) {
            return Fitting.none("the entry has no form for use after \"is\"");
        }
        if (phraseOfItsOwnAfter(fit.predicate())) {
            // "non-compliant with his medication" -> "struggling with the plan with his medication"
            // ("angry towards staff" and "getting on well with her medication" still read)
            return Fitting.none("the words after it (\"" + form(next) + " ...\") belong to it");
        }
        if (next + 1 < c.last()
                && form(next).equals("to")
                && !analysis.tag(next + 1).equals("VERB")
                && !analysis.tag(next + 1).equals("AUX")) {
            // "aggressive to staff" -> "angry to staff": "to" and its noun belong to the adjective,
            // and another adjective takes another preposition ("ready to talk" is a verb and reads)
            return Fitting.none("the words after it (\"to ...\") belong to it");
        }
        String problem = predicateProblem(fit.predicate());
        if (problem != null) {
            return Fitting.none(problem);
        }
        String predicate = fit.predicate();
        if (predicate.startsWith("not ")
                && before - 1 >= c.first()
                && form(before).equals("be")
                && BASE_BEFORE.contains(form(before - 1))
                && !form(before - 1).equals("to")) {
            // "may be hard to reach" -> "may not yet be well served", not "may be not yet well served"
            String[] words = predicate.split(" ");
            int negation = words.length > 2 && words[1].equals("yet") ? 2 : 1;
            String moved = String.join(" ", Arrays.copyOfRange(words, 0, negation)) + " be "
                    + String.join(" ", Arrays.copyOfRange(words, negation, words.length));
            return edit(tokens.get(before).start(), c.end(), moved);
        }
        return edit(c.start(), c.end(), predicate);
    }

    /** Verbs of becoming, after which "in recovery" or "at risk" does not read. */
    private static final Set<String> CHANGE_VERBS = Set.of(
            "become",
            "becomes",
            "became",
            "becoming",
            "get",
            "gets",
            "got",
            "gotten",
            "getting",
            "grow",
            "grew",
            "turn",
            "turned");

    private static final Set<String> PREDICATE_PREPOSITIONS = Set.of("in", "off", "on", "at", "out", "under");

    /**
     * Why a predicate form cannot stand where the match is, or null when it can: after a form of
     * "be", "as", or a linking verb such as "seems" (with "not", "still" and the like between).
     * A form that starts with an -ing word ("going through ...") reads only after "be" or "as":
     * "he seems going through" does not.
     */
    private String predicateProblem(String predicate) {
        int word = c.lead() - 1;
        while (word >= c.first() && PREDICATE_ADVERBS.contains(form(word))) {
            word--;
        }
        if (word < c.first()) {
            return "it is neither after a verb such as \"is\" or \"seems\" nor before a noun";
        }
        if (DEGREE_WORDS.contains(form(word))) {
            if (predicate.contains(" ")
                    || predicate.endsWith("ing") && !form(word).equals("really")) {
                // "very going through an unsettled time", "very struggling": a phrase or an -ing
                // form takes no degree word but "really" ("really struggling"); a one-word adjective
                // takes it as the match did ("very aggressive" -> "very angry")
                return "\"" + form(word) + "\" before it belongs to it (\"" + form(word) + " "
                        + predicate.split(" ")[0] + (predicate.contains(" ") ? " ..." : "") + "\" would not read)";
            }
            word--;
            while (word >= c.first() && PREDICATE_ADVERBS.contains(form(word))) {
                word--;
            }
            if (word < c.first()) {
                return "it is neither after a verb such as \"is\" or \"seems\" nor before a noun";
            }
        }
        String verb = form(word);
        String firstWord = predicate.split(" ")[0];
        if (verb.equals("being") && firstWord.endsWith("ing") && !firstWord.contains("-")) {
            return "after \"being\" the suggestion would not read (\"was being going through ...\")";
        }
        boolean beOrAs = BE.contains(verb) || WordLists.pronounWithBe(verb) || verb.equals("as");
        if (!beOrAs && !linking(verb)) {
            return "it is neither after a verb such as \"is\" or \"seems\" nor before a noun";
        }
        if (!beOrAs && predicate.split(" ")[0].endsWith("ing")) {
            return "the suggestion reads only after \"is\" or \"as\", not after \"" + verb + "\"";
        }
        int subject = word - 1;
        while (subject >= c.first()
                && (BE.contains(form(subject))
                        || HAVE.contains(form(subject))
                        || PREDICATE_ADVERBS.contains(form(subject))
                        || BASE_BEFORE.contains(form(subject)))) {
            subject--;
        }
        if (subject >= c.first() && WordLists.bundled().isBehaviourNoun(form(subject))) {
            // "your behaviour has been manipulative" -> "has been struggling": the suggestions
            // describe a person, and here the sentence describes what they did
            return "it is said of \"" + form(subject) + "\", and the suggestions describe a person";
        }
        if (firstWord.endsWith("ing") && predicate.contains(" ") && describingWordFollowsInAList()) {
            // "She's chaotic and manipulative" -> "going through an unsettled time and
            // manipulative": a verb's phrase does not join a list of describing words; a noun's
            // does ("as someone with a learning disability and unable to manage money")
            return "other describing words follow it in a list, which \"" + firstWord + " ...\" would not join";
        }
        if (CHANGE_VERBS.contains(verb) && PREDICATE_PREPOSITIONS.contains(firstWord)) {
            // "became clean" -> "became in recovery": a state that starts with a preposition is
            // something one is, not something one becomes
            return "the suggestion reads only after \"is\", not after \"" + verb + "\"";
        }
        return null;
    }

    /**
     * A phrase opened by "with", "to", "of" ... follows the match and belongs to it, while the
     * replacement already has a phrase of its own: the two would clash.
     */
    private boolean phraseOfItsOwnAfter(String replacement) {
        int next = c.to();
        return next < c.last() && PREPOSITIONS_AFTER_ADJECTIVE.contains(form(next)) && hasItsOwnComplement(replacement);
    }

    /**
     * Whether a replacement already carries a phrase of its own: an article or a preposition in it
     * ("struggling with the plan", "going through an unsettled time"), or "to" with more than one
     * word after it ("trying hard to get support"; "not ready to talk" can still take "about").
     */
    private static boolean hasItsOwnComplement(String replacement) {
        String[] words = replacement.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("a") || w.equals("an") || w.equals("the")) {
                return true;
            }
            if (w.equals("to") ? words.length - i > 2 : PREPOSITIONS_AFTER_ADJECTIVE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word before a noun phrase says it of someone: a form of "be" (not after an existential
     * "there": "There are undesirables in the car park" can read "There are people ..."), a
     * linking verb, or "as" and "like" ("described them as undesirables", "acts like a lowlife").
     */
    private boolean saidOfSomeone(int token) {
        String word = form(token);
        if (BE.contains(word) && !word.startsWith("get") && !word.equals("got")) {
            return !(token > c.first() && form(token - 1).equalsIgnoreCase("there"));
        }
        if (namedByAVerb(token)) {
            return true; // "Neighbours called him a lowlife": the name he was called
        }
        return linking(word) || word.equals("as") || word.equals("like");
    }

    /**
     * The object of a naming verb ends at {@code token}: a pronoun ("called him"), a name ("called
     * Mr Khan") or a noun after a possessive ("called his friends").
     */
    private boolean namedByAVerb(int token) {
        int object = token;
        if (isCapitalisedName(token)) {
            while (object - 1 > c.first() && isCapitalisedName(object - 1)) {
                object--; // "Mr Khan"
            }
        } else if (analysis.tag(token).equals("NOUN")
                && token - 1 > c.first()
                && POSSESSIVES.contains(form(token - 1))) {
            object = token - 1; // "his friends"
        } else if (!OBJECT_PRONOUNS.contains(form(token))) {
            return false;
        }
        return object > c.first() && NAMING_VERBS.contains(form(object - 1));
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "your", "our");

    /** Verbs that give someone a name, in all their forms: "called him", "branded her", "thought him". */
    private static final Set<String> NAMING_VERBS = Stream.concat(
                    Stream.of("call", "brand", "label", "dub", "name", "deem", "consider", "think")
                            .flatMap(base -> Inflector.forms(base).stream()),
                    // British doubling and the irregular past, which the regular forms miss
                    Stream.of("labelled", "labelling", "dubbed", "dubbing", "thought"))
            .collect(Collectors.toUnmodifiableSet());

    /** The entry's noun forms are only the word for a person: "a person", "people". */
    private boolean onlyAWordForAPerson() {
        return (fit.one() == null || fit.one().equals("a person"))
                && (fit.many() == null || fit.many().equals("people"));
    }

    private boolean linking(String form) {
        return form.equals("become")
                || form.equals("became")
                || form.equals("becomes")
                || form.equals("becoming")
                || WordLists.bundled().isLinkingVerb(form);
    }

    private Fitting phrase() {
        if (fit.predicate() != null && predicateProblem(fit.predicate()) == null) {
            return edit(c.start(), c.end(), fit.predicate());
        }
        int before = c.lead() - 1;
        if (before >= c.first() && isDeterminer(form(before))) {
            return Fitting.none("a determiner before it (\"" + form(before) + "\") needs a noun in its place");
        }
        if (adverbOfTheAdjective(before)) {
            // "one of the most challenging behaviours" -> "one of the most behaviour that challenges"
            return Fitting.none(adverbBelongsToIt(before));
        }
        if (before >= c.first() && isAdjective(before) && !WordLists.bundled().isSubstanceNoun(form(before))) {
            // "persistent non-engagement" -> "persistent not taking up the support offered"; a
            // drug the tagger reads as an adjective is what is used ("narcotic abuse" -> "narcotic use")
            return Fitting.none("an adjective before it (\"" + form(before) + "\") needs a noun in its place");
        }
        int joinedTo = wordJoinedBefore();
        if (joinedTo >= 0 && form(joinedTo).equals(fit.text())) {
            // "alcohol use and abuse" -> "alcohol use", not "alcohol use and use": the word the
            // replacement would give stands before "and" already, so the edit takes the pair away,
            // unless the pair is the subject of a plural verb ("use and abuse are rising")
            int next = wordStraightAfter(c.end());
            if (next >= 0 && pluralAgreement(next)) {
                return Fitting.none("the pair it ends is the subject of a plural verb after it");
            }
            return edit(tokens.get(joinedTo).end(), c.end(), "");
        }
        if (joinedTo >= 0 && ObjectPhrases.USE_NOUNS.contains(form(joinedTo))) {
            // "alcohol misuse and abuse" -> "alcohol misuse and use" says something else
            return Fitting.none("the word before it (\"" + form(joinedTo) + "\") already names the use");
        }
        if (phraseOfItsOwnAfter(fit.text())) {
            // "non-engagement with services" -> "not taking up the support offered with services"
            return Fitting.none("the words after it (\"" + form(c.to()) + " ...\") belong to it");
        }
        return edit(c.start(), c.end(), fit.text());
    }

    /** Why a word followed by a slash and another word ("a drug user/abuser") gets no edit. */
    private static final String SLASH_AFTER =
            "a slash joins another word to it as an alternative, which the rewrite would leave behind";

    /** The word that "and", "or" or a slash joins to the match ("use" in "use and abuse", "use/abuse"), or -1. */
    private int wordJoinedBefore() {
        int before = c.lead() - 1;
        if (before < c.first()) {
            return -1;
        }
        String between = text.substring(
                        tokens.get(before).end(), tokens.get(c.lead()).start())
                .strip();
        int word = COORDINATORS.contains(form(before)) && between.isEmpty()
                ? before - 1
                : between.equals("/") ? before : -1;
        return word >= c.first() ? word : -1;
    }

    /**
     * The word at {@code token} agrees with a plural subject only: "are", "were", "have", "do",
     * "both", or a verb in its plain present form ("use and abuse go together"); "is" and "rises"
     * agree with the one word the edit leaves.
     */
    private boolean pluralAgreement(int token) {
        String next = form(token);
        if (PLURAL_ONLY.contains(next)) {
            return true;
        }
        return analysis.tag(token).equals("VERB")
                && !next.endsWith("s")
                && !next.endsWith("ed")
                && !next.endsWith("ing");
    }

    private static final Set<String> PLURAL_ONLY = Set.of("are", "were", "have", "do", "both", "together");

    /** The replacement, and the article before the match when the replacement needs the other one. */
    private Fitting articleFor(int before, String replacement) {
        if (before >= c.first() && Articles.isIndefinite(form(before))) {
            String article = Articles.before(replacement);
            if (!article.equals(form(before))) {
                return edit(tokens.get(before).start(), c.end(), article + " " + replacement);
            }
        }
        return edit(c.start(), c.end(), replacement);
    }

    private Fitting verb() {
        String head = form(c.from());
        VerbForms.Form matched = matchedForm(head);
        if (matched == VerbForms.Form.ING
                && c.lead() > c.first()
                && c.context().adjacent(c.lead() - 1, c.lead())
                && WordLists.bundled().isConditionNoun(form(c.lead() - 1))
                && c.to() < c.last()
                && c.context().adjacent(c.to() - 1, c.to())
                && isNoun(c.to())) {
            // "her dementia suffering father" -> "her dementia living with father": the "-ing"
            // form and the illness before it describe the noun after them, which a phrase cannot;
            // "patients suffering depression" has the illness after it, and takes the edit
            return Fitting.none("with the word before it, it describes the noun after it");
        }
        int word = c.lead() - 1;
        while (word >= c.first() && VERB_ADVERBS.contains(form(word))) {
            word--;
        }
        String aux = word >= c.first() ? form(word) : "";
        if (!usedAsVerb(word, aux, matched)) {
            if (fit.one() != null || fit.many() != null) {
                return noun();
            }
            return Fitting.none("its first word is not used as a verb here");
        }
        int end = c.end();
        int next = c.to();
        String base = fit.verb();
        if (next < c.last()
                && c.context().adjacent(next - 1, next)
                && STRANDED_PREPOSITIONS.contains(lastWord(base))
                && (analysis.tag(next).equals("ADV") || analysis.tag(next).equals("ADP"))) {
            // "suffered badly from depression" -> "lived with badly from depression": what the verb
            // takes comes after an adverb or a preposition, which the suggestion's own would strand
            return Fitting.none("the words after it (\"" + form(next)
                    + " ...\") would stand between the suggestion and what it takes");
        }
        boolean passive = matched == VerbForms.Form.PAST && BE.contains(aux);
        String object = null;
        if (base.contains(Fit.OBJECT)) {
            if (passive) {
                base = withoutObject(base);
            } else {
                if (next >= c.last() || !isObject(next)) {
                    return Fitting.none("no pronoun or name after the verb to carry into the suggestion");
                }
                int last = next;
                // a name, not a pronoun, may run on: "Mr Jones", "Sarah Patel"
                boolean name = !OBJECT_PRONOUNS.contains(form(next));
                while (name
                        && last + 1 < c.last()
                        && last + 1 < next + 3
                        && text.substring(
                                        tokens.get(last).end(),
                                        tokens.get(last + 1).start())
                                .equals(" ")
                        && isObject(last + 1)) {
                    last++;
                }
                object = text.substring(
                        tokens.get(next).start(), tokens.get(last).end());
                end = tokens.get(last).end();
                next = last + 1;
            }
        }
        if (next < c.last()
                && fit.followedBy().containsKey(form(next))
                && !tokens.get(next).hyphenBefore()) {
            base = fit.followedBy().get(form(next));
            if (base.equals(Fit.NO_EDIT)) {
                return Fitting.none("the words after it (\"" + form(next) + "\") need rewording with it");
            }
            if (passive) {
                base = withoutObject(base);
            }
            end = tokens.get(next).end();
        }
        if (end == c.end()) {
            end = endBeforeKeptWords(base);
        }
        if (object != null) {
            if (!base.contains(Fit.OBJECT)) {
                return Fitting.none("the form for the word after it takes no object");
            }
            base = base.replace(Fit.OBJECT, object);
        }
        String[] words = base.split(" ");
        boolean negative = words[0].equals("not");
        if (negative && NEGATIONS.contains(aux)) {
            return Fitting.none("it is already negated");
        }
        if (negative && words.length == 1) {
            // "neglected to" -> "did not": the verb after the match stays as it is, in its base form
            return switch (matched) {
                case PAST ->
                    HAVE.contains(aux) || passive
                            ? Fitting.none("the verb after it would have to change too")
                            : edit(c.start(), end, "did not");
                case THIRD_PERSON -> edit(c.start(), end, "does not");
                case BASE -> edit(c.start(), end, BASE_BEFORE.contains(aux) ? "not" : "do not");
                default -> Fitting.none("the verb after it would have to change too");
            };
        }
        if (negative && (aux.equals("been") || aux.equals("being"))) {
            // "have been refusing" would need "have not been taking": the "not" belongs before "been"
            return Fitting.none("the \"not\" would have to go before \"" + aux + "\"");
        }
        int verbAt = negative ? 1 : 0;
        String rest = String.join(" ", Arrays.copyOfRange(words, verbAt + 1, words.length));
        String verbWord = words[verbAt];
        String inflected;
        switch (matched) {
            case ING -> inflected = (negative ? "not " : "") + VerbForms.of(verbWord, VerbForms.Form.ING);
            case THIRD_PERSON ->
                inflected = negative ? "does not " + verbWord : VerbForms.of(verbWord, VerbForms.Form.THIRD_PERSON);
            case PAST -> {
                if (HAVE.contains(aux) || passive) {
                    if (passive && negative) {
                        return Fitting.none("a passive verb cannot take a suggestion that says \"not\"");
                    }
                    inflected = (negative ? "not " : "") + VerbForms.of(verbWord, VerbForms.Form.PARTICIPLE);
                } else {
                    inflected = negative ? "did not " + verbWord : VerbForms.of(verbWord, VerbForms.Form.PAST);
                }
            }
            default -> {
                boolean bare = BASE_BEFORE.contains(aux);
                inflected = negative && !bare ? "do not " + verbWord : (negative ? "not " : "") + verbWord;
            }
        }
        String replacement = rest.isEmpty() ? inflected : inflected + " " + rest;
        if (replacement.endsWith(" to") && end == c.end() && !objectFollows(end)) {
            // "patients who fail to attend will be ..." -> "who do not come will be": with no
            // object after the match, the suggestion's "to" would have nothing to take
            replacement = replacement.substring(0, replacement.length() - " to".length());
        }
        return edit(c.start(), end, replacement);
    }

    /** Whether a noun phrase starts straight after offset {@code end} in the sentence ("attend [the clinic]"). */
    private boolean objectFollows(int end) {
        int next = wordStraightAfter(end);
        return next >= 0 && NOUN_PHRASE_OPENERS.contains(analysis.tag(next));
    }

    /**
     * The sentence's word that follows offset {@code end} with only spaces between, or -1: the
     * sentence ends, or a comma or a dash comes first.
     */
    private int wordStraightAfter(int end) {
        int next = c.to();
        while (next < c.last() && tokens.get(next).start() < end) {
            next++;
        }
        return next < c.last() && text.substring(end, tokens.get(next).start()).isBlank() ? next : -1;
    }

    /** Tags a noun phrase can start with. */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM");

    /** A suggestion ending in one of these ("live with") needs the words after it in the sentence. */
    private static final Set<String> OPEN_PREPOSITIONS = Set.of("with", "from", "for", "of", "about", "on");

    /**
     * A suggestion ending in one of these is left without its object when an adverb or a
     * preposition follows the match ("lived with badly from"): {@link #OPEN_PREPOSITIONS}, and "to"
     * and "in", whose object the suggestion may not keep but which still cannot stand before them.
     */
    private static final Set<String> STRANDED_PREPOSITIONS =
            Stream.concat(OPEN_PREPOSITIONS.stream(), Stream.of("to", "in")).collect(Collectors.toUnmodifiableSet());

    /** The words of a suggestion, in lower case. */
    private static String[] wordsOf(String base) {
        return base.toLowerCase(Locale.ROOT).split(" ");
    }

    /** The last word of a suggestion, in lower case. */
    private static String lastWord(String base) {
        String[] words = wordsOf(base);
        return words[words.length - 1];
    }

    /**
     * Where the edit ends, when the suggestion ends in a preposition: before the first word of the
     * match, after its verb, that is no preposition and that the suggestion does not say itself,
     * so that it stays in the sentence as the preposition's object ("suffers severe depression" ->
     * "lives with severe depression"; "suffers from" is replaced whole).
     */
    private int endBeforeKeptWords(String base) {
        if (!OPEN_PREPOSITIONS.contains(lastWord(base))) {
            return c.end(); // "access the community" -> "go out": the suggestion replaces all of it
        }
        // a suggestion may say a word twice
        Set<String> said = Set.copyOf(List.of(wordsOf(base)));
        for (int word = c.from() + 1; word < c.to(); word++) {
            if (form(word).equals("to")) {
                return c.end(); // "refuse to engage": a verb follows, however the tagger reads it
            }
            String tag = analysis.tag(word);
            // whatever the tagger makes of "anxiety", only a preposition ("from", "with") is the
            // suggestion's to replace
            if (!tag.equals("ADP") && !said.contains(form(word))) {
                return tokens.get(word - 1).end();
            }
        }
        return c.end();
    }

    /**
     * Whether the match's first word is a verb here: the tagger says so, or the word before it
     * can only come before a verb ("to", "will", "has", "was"), or it has a verb's ending after
     * a pronoun, a name or a noun that is its subject ("Maria denies", "his brother committed").
     */
    private boolean usedAsVerb(int before, String aux, VerbForms.Form matched) {
        if (before >= c.first() && POSSESSIVE_DETERMINERS.contains(aux)) {
            return false; // "due to her limited insight": a noun phrase after "her", whatever the tagger says
        }
        String tag = analysis.tag(c.from());
        if (tag.equals("VERB") || tag.equals("AUX")) {
            return true;
        }
        if (HAVE.contains(aux) && !WordLists.bundled().canBeVerb(form(c.from()))) {
            return false; // "has poor insight": "has" owns a noun phrase, not a participle
        }
        if (BASE_BEFORE.contains(aux) || HAVE.contains(aux) || BE.contains(aux)) {
            return true;
        }
        if (before < c.first() || matched == VerbForms.Form.BASE || matched == VerbForms.Form.ING) {
            return false;
        }
        String subject = analysis.tag(before);
        return subject.equals("PRON") || subject.equals("PROPN") || subject.equals("NOUN");
    }

    private static String withoutObject(String base) {
        return base.replace(Fit.OBJECT + " ", "").replace(" " + Fit.OBJECT, "");
    }

    /** Past forms that do not end in "-ed", among the verbs patterns hold. */
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "fell", "got", "took", "went", "did", "had", "was", "were", "made", "kept", "left", "lost", "brought",
            "sought", "gave", "came", "ran", "said", "felt", "met", "been", "drank", "slept", "stood", "thought",
            "told", "found", "spent", "fallen", "given", "taken", "gone");

    /** Which form the matched verb is in, from its ending. */
    private static VerbForms.Form matchedForm(String head) {
        if (head.endsWith("ing") && head.length() > 4) {
            return VerbForms.Form.ING;
        }
        if (IRREGULAR_PAST.contains(head) || head.endsWith("ed") && head.length() > 3) {
            return VerbForms.Form.PAST;
        }
        if (head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")) {
            return VerbForms.Form.THIRD_PERSON;
        }
        return VerbForms.Form.BASE;
    }

    private boolean isObject(int token) {
        String form = form(token);
        if (OBJECT_PRONOUNS.contains(form)) {
            return true;
        }
        String word =
                text.substring(tokens.get(token).start(), tokens.get(token).end());
        return Character.isUpperCase(word.codePointAt(0)) && "PROPN".equals(analysis.tag(token));
    }

    /** {@link Fit#PERSON} replaced by the person noun the match ends with, in lower case. */
    private String person(String form) {
        if (!form.contains(Fit.PERSON)) {
            return form;
        }
        Token noun = tokens.get(c.to() - 1);
        return form.replace(Fit.PERSON, text.substring(noun.start(), noun.end()).toLowerCase(Locale.ROOT));
    }

    /** A clause or list number that opens a sentence: "3.4", "5.", "(2)", "2)". */
    private static final Pattern CLAUSE_NUMBER = Pattern.compile("\\(?\\d+(\\.\\d+)*[.)]?");

    private Fitting edit(int start, int end, String replacement) {
        if (!text.regionMatches(start, checkable, start, end - start)) {
            // markup such as Markdown's emphasis inside the words: replacing them would drop it
            return Fitting.none("markup stands inside the words it would replace");
        }
        String lead = text.substring(sentenceStart, start);
        // a clause number before it ("3.4 Drug users must ...") leaves the word first in its sentence
        boolean startsSentence = lead.chars().noneMatch(Character::isLetterOrDigit)
                || CLAUSE_NUMBER.matcher(lead.strip()).matches();
        String cased = CasePreserver.like(text.substring(start, end), replacement, startsSentence);
        String repeated = wordRepeatedAfter(end, cased);
        if (repeated != null) {
            // "experiencing multiple and complex needs with their benefits" -> "... support with
            // with their benefits": the suggestion's last word is the next word of the sentence
            return Fitting.none("its last word (\"" + repeated + "\") would stand twice with the word after it");
        }
        return new Fitting(new Edit(start, end - start, cased, analysis.sentenceWith(start, end, cased)), null);
    }

    /** The replacement's last word when the sentence's next word after {@code end} is the same one, or null. */
    private String wordRepeatedAfter(int end, String replacement) {
        String last = replacement.substring(replacement.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        int next = wordStraightAfter(end);
        return next >= 0 && tokens.get(next).form().equals(last) ? last : null;
    }

    private boolean plural(int token) {
        return Inflector.looksPlural(form(token)) || abbreviationPlural(token);
    }

    /** Capitals and a small "s": an abbreviation's plural ("IDUs"), whatever its letters end in. */
    private boolean abbreviationPlural(int token) {
        String word =
                text.substring(tokens.get(token).start(), tokens.get(token).end());
        int last = word.length() - 1;
        if (last < 2 || word.charAt(last) != 's') {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isNoun(int token) {
        if (tokens.get(token).hyphenBefore()) {
            return false;
        }
        String tag = analysis.tag(token);
        return tag.equals("NOUN") || tag.equals("PROPN") && !isCapitalisedName(token);
    }

    /** A capitalised word after the match that is a name, not a noun the match modifies ("Tom"). */
    private boolean isCapitalisedName(int token) {
        String word =
                text.substring(tokens.get(token).start(), tokens.get(token).end());
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** A describing word follows the match after "and", "or" or a comma: the match opens a list. */
    private boolean describingWordFollowsInAList() {
        int next = c.to();
        if (next >= c.last()) {
            return false;
        }
        boolean comma = checkable
                .substring(tokens.get(next - 1).end(), tokens.get(next).start())
                .contains(",");
        if (!comma && COORDINATORS.contains(form(next))) {
            next++;
        } else if (!comma) {
            return false;
        }
        while (next < c.last() && PREDICATE_ADVERBS.contains(form(next))) {
            next++;
        }
        return next < c.last() && isAdjective(next);
    }

    /**
     * At {@code token}, a describing word with no noun after it, however the tagger read it ("and
     * feckless", "and needy"): not a determiner, a pronoun or a name, nor a word before a noun
     * ("and vulnerable people").
     */
    private boolean describingWordAlone(int token) {
        String tag = analysis.tag(token);
        if (!tag.equals("ADJ") && !tag.equals("NOUN") && !tag.equals("VERB")) {
            return false;
        }
        int next = token + 1;
        return next >= c.last()
                || !analysis.tag(next).equals("NOUN") && !analysis.tag(next).equals("PROPN");
    }

    private boolean isAdjective(int token) {
        return analysis.tag(token).equals("ADJ");
    }

    private String form(int token) {
        return tokens.get(token).form();
    }

    /** The token as the document writes it, capitals and all ("Khan"), for messages. */
    private String written(int token) {
        return text.substring(tokens.get(token).start(), tokens.get(token).end());
    }

    private boolean isApostrophe(int offset) {
        if (offset >= text.length()) {
            return false;
        }
        char ch = text.charAt(offset);
        return ch == '\'' || ch == '\u2019';
    }
}
