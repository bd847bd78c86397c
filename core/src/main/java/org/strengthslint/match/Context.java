package org.strengthslint.match;

import java.util.List;
import java.util.Set;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.PersonWords;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.WordScanner;

/**
 * The context tests that decide whether a candidate term is really used about a person in the
 * deficit sense. Each test is cheap on tokens first and asks for part-of-speech tags only when
 * the words alone cannot tell.
 */
final class Context {
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON");
    private static final Set<String> NOT_STANDALONE_NEXT = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private static final Set<String> NAME_LINKS = Set.of("of", "by", "for", "and", "to", "in", "on", "the", "with",
            "from", "at");

    private final String text;
    private final BlockAnalysis analysis;
    private final List<Token> tokens;

    Context(String text, BlockAnalysis analysis) {
        this.text = text;
        this.analysis = analysis;
        this.tokens = analysis.tokens();
    }

    /** Only spaces and hyphens between two tokens: they belong to one phrase. */
    boolean adjacent(int left, int right) {
        for (int i = tokens.get(left).end(); i < tokens.get(right).start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !WordScanner.isHyphen(c)) {
                return false;
            }
        }
        return true;
    }

    boolean contiguous(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (!adjacent(i, i + 1)) {
                return false;
            }
        }
        return true;
    }

    /** A match must not begin or end inside a hyphenated compound ("services-oriented"). */
    boolean insideCompound(int from, int to) {
        return tokens.get(from).hyphenBefore() || tokens.get(to - 1).hyphenAfter();
    }

    boolean followedBy(PhraseTrie<Boolean> phrases, int to, int sentenceEnd) {
        if (phrases.isEmpty() || to >= sentenceEnd || !adjacent(to - 1, to)) {
            return false;
        }
        for (PhraseTrie.Hit<Boolean> hit : phrases.startingAt(tokens, to)) {
            if (hit.to() <= sentenceEnd && contiguous(hit.from(), hit.to())) {
                return true;
            }
        }
        return false;
    }

    boolean precededBy(PhraseTrie<Boolean> phrases, int from, int sentenceStart) {
        return !phrases.isEmpty() && from > sentenceStart && adjacent(from - 1, from)
                && phrases.anyEndingAt(tokens, sentenceStart, from);
    }

    /**
     * Capitalised words inside a run of capitalised words, or capitalised in mid-sentence, are a
     * name: "Complex Needs Team", "Homeless Link", "the Rough Sleeping Initiative".
     */
    boolean properName(int from, int to, int sentenceStart, int sentenceEnd) {
        for (int i = from; i < to; i++) {
            boolean inside = i > from && i < to - 1;
            if (!titleCase(i) && !(inside && NAME_LINKS.contains(tokens.get(i).form()))) {
                return false; // "Experts by Experience": small linking words inside a name stay lower case
            }
        }
        boolean capitalBefore = from > sentenceStart && adjacent(from - 1, from) && titleCase(from - 1);
        boolean capitalAfter = to < sentenceEnd && adjacent(to - 1, to) && titleCase(to);
        return capitalBefore || capitalAfter || !startsClause(from, sentenceStart);
    }

    /**
     * The first word of a sentence, of a numbered paragraph ("3.4 Addicts must ...") or of a
     * clause after a colon, where a capital letter says nothing about names.
     */
    private boolean startsClause(int token, int sentenceStart) {
        if (token > sentenceStart && text.substring(tokens.get(token - 1).end(), tokens.get(token).start()).contains(":")) {
            return true;
        }
        for (int i = sentenceStart; i < token; i++) {
            if (Character.isLetter(text.charAt(tokens.get(i).start()))) {
                return false;
            }
        }
        return true;
    }

    private boolean titleCase(int token) {
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

    /** The term stands alone as a noun: not followed by a noun or adjective it modifies. */
    boolean standalone(int to, int sentenceEnd) {
        if (to >= sentenceEnd || !adjacent(to - 1, to)) {
            return true;
        }
        String next = tokens.get(to).form();
        if (PersonWords.isPersonNoun(next)) {
            return false;
        }
        String tag = analysis.tag(to);
        if (NOT_STANDALONE_NEXT.contains(tag)) {
            return false;
        }
        return !(tag.equals("VERB") && (next.endsWith("ing") || next.endsWith("ed")));
    }

    /**
     * Whether the word carries one of the tags. The tagger sometimes reads a verb straight after a
     * name as a noun ("Marcus claims he ..."); a word between a subject and a pronoun or "that"
     * is taken as the verb it must be.
     */
    boolean hasPartOfSpeech(int token, List<String> allowed) {
        String tag = analysis.tag(token);
        if (allowed.contains(tag)) {
            return true;
        }
        return allowed.contains("VERB") && tag.equals("NOUN") && token > 0 && token + 1 < tokens.size()
                && adjacent(token - 1, token) && adjacent(token, token + 1)
                && (PersonWords.isPronoun(tokens.get(token - 1).form()) || analysis.tag(token - 1).equals("PROPN"))
                && (SUBJECT_PRONOUNS.contains(tokens.get(token + 1).form()) || tokens.get(token + 1).form().equals("that"));
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");

    /**
     * Whether the term describes a person: the word after it is a person ("a chaotic resident"),
     * or the nearest noun or pronoun before it is ("he is hard to engage"). A thing in either
     * place ("entrenched inequality", "the shift is hard to engage") means it does not.
     */
    boolean describesPerson(int from, int to, int sentenceStart, int sentenceEnd) {
        if (to < sentenceEnd && adjacent(to - 1, to)) {
            String next = tokens.get(to).form();
            if (PersonWords.refersToPerson(next)) {
                return true;
            }
            String tag = analysis.tag(to);
            if (tag.equals("NOUN")) {
                return false;
            }
            if (tag.equals("PROPN")) {
                return looksLikeName(to);
            }
        }
        int skipped = -1;
        for (int i = from - 1; i >= sentenceStart; i--) {
            String form = tokens.get(i).form();
            boolean nominal = PersonWords.refersToPerson(form) || NOMINAL.contains(analysis.tag(i));
            int phrase = nominal ? prepositionalPhrase(i, sentenceStart) : -1;
            if (phrase >= 0) {
                skipped = phrase; // "described by the night worker as ...": the worker is not described
                i = phrase;
                continue;
            }
            if (PersonWords.refersToPerson(form)) {
                return true;
            }
            if (i == skipped - 1 && startsClause(i, sentenceStart)) {
                // "Myths about poverty are entrenched": the first word, before its phrase, is the
                // subject whatever the tagger makes of its capital letter
                return isPerson(i, analysis.tag(i));
            }
            if (form.equals("that") || form.equals("another") || form.equals("other") || form.equals("others")) {
                continue; // "that", "another": look further back for what they stand for
            }
            if (sharesTheSubject(i)) {
                return subjectIsPerson(sentenceStart, i);
            }
            String tag = analysis.tag(i);
            if (NOMINAL.contains(tag)) {
                return isPerson(i, tag);
            }
        }
        return true;
    }

    /**
     * "... and is resistant to services", ", having refused to engage": the verb shares the
     * subject of the clause before, so the nouns in between say nothing about who is described.
     */
    private boolean sharesTheSubject(int token) {
        String form = tokens.get(token).form();
        if ((form.equals("and") || form.equals("but") || form.equals("or")) && token + 1 < tokens.size()) {
            String next = analysis.tag(token + 1);
            return next.equals("AUX") || next.equals("VERB");
        }
        return (form.equals("having") || form.equals("being")) && token > 0
                && text.substring(tokens.get(token - 1).end(), tokens.get(token).start()).contains(",");
    }

    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "from", "into",
            "onto", "about", "over", "under", "after", "during", "without", "within", "through", "between", "against",
            "towards", "toward", "upon", "across", "behind", "beyond", "among", "amongst", "via", "per", "to", "as", "like");
    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "their", "my", "our", "your", "its", "every", "each", "some", "any", "no", "other");
    private static final Set<String> QUANTITIES = Set.of("most", "some", "many", "all", "one", "two", "three", "four",
            "five", "several", "none", "each", "few", "both", "any", "half", "majority", "minority", "rest", "number",
            "lot", "lots", "couple", "either", "neither", "more", "fewer");

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
                boolean partitive = form.equals("of") && j > sentenceStart
                        && (QUANTITIES.contains(tokens.get(j - 1).form()) || analysis.tag(j - 1).equals("NUM"));
                return partitive ? -1 : j;
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

    /** The subject of the sentence: its first noun or pronoun. */
    private boolean subjectIsPerson(int sentenceStart, int before) {
        for (int i = sentenceStart; i < before; i++) {
            boolean person = PersonWords.refersToPerson(tokens.get(i).form());
            if ((person || NOMINAL.contains(analysis.tag(i))) && prepositionalPhrase(i, sentenceStart) >= 0) {
                continue; // "In his view, he ...": a phrase before the subject
            }
            if (person) {
                return true;
            }
            String tag = analysis.tag(i);
            if (NOMINAL.contains(tag)) {
                return isPerson(i, tag);
            }
        }
        return true;
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");

    /** A name: a capitalised proper noun, or any capitalised word after a title ("Mr Green"). */
    private boolean isPerson(int token, String tag) {
        if (token > 0 && titleCase(token) && adjacent(token - 1, token)
                && TITLES.contains(tokens.get(token - 1).form())) {
            return true;
        }
        return tag.equals("PROPN") && looksLikeName(token);
    }

    /**
     * Whether the person the term describes is named by one of {@code words}: the nearest word
     * before the term that refers to a person is one of them ("the baby did not attend"), or that
     * nearest word is a name that directly follows one of them ("her son Kai did not attend").
     */
    boolean about(PhraseTrie<Boolean> words, int from, int sentenceStart) {
        for (int i = from - 1; i >= sentenceStart; i--) {
            if (words.anyEndingAt(tokens, sentenceStart, i + 1)) {
                return true;
            }
            if (PersonWords.refersToPerson(tokens.get(i).form())) {
                return false;
            }
            if (titleCase(i) && !startsClause(i, sentenceStart) && analysis.tag(i).equals("PROPN") && looksLikeName(i)) {
                int before = i;
                while (before > sentenceStart && adjacent(before - 1, before) && titleCase(before - 1)
                        && !startsClause(before - 1, sentenceStart)) {
                    before--; // a name of several words: "Kai Ward"
                }
                return before > sentenceStart && adjacent(before - 1, before)
                        && words.anyEndingAt(tokens, sentenceStart, before);
            }
        }
        return false;
    }

    private static final PhraseTrie<Boolean> SELF_DESCRIPTION = new PhraseTrie<>();

    static {
        for (String self : new String[] {"himself", "herself", "themselves", "themself", "myself", "ourselves"}) {
            SELF_DESCRIPTION.add("describe " + self + " as", Boolean.TRUE);
            SELF_DESCRIPTION.add("refer to " + self + " as", Boolean.TRUE);
            SELF_DESCRIPTION.add("see " + self + " as", Boolean.TRUE);
            SELF_DESCRIPTION.add("call " + self, Boolean.TRUE);
        }
        for (String phrase : new String[] {"identify as", "i am", "i'm", "i was", "i've been", "i have been",
                "i have", "i've got", "i had", "we are", "we're", "we were"}) {
            SELF_DESCRIPTION.add(phrase, Boolean.TRUE);
        }
    }

    /**
     * The person describing themselves: the term comes straight after "I am", "I was", "we are",
     * "describes himself as", "calls herself" (with "a" or "an" between). People may choose a
     * label for themselves; that is theirs to choose, so it is reported for review only.
     */
    boolean selfDescribed(int from, int sentenceStart) {
        int end = from;
        while (end > sentenceStart && adjacent(end - 1, end)
                && (tokens.get(end - 1).form().equals("a") || tokens.get(end - 1).form().equals("an"))) {
            end--;
        }
        return end > sentenceStart && adjacent(end - 1, end) && SELF_DESCRIPTION.anyEndingAt(tokens, sentenceStart, end);
    }

    /** A capitalised word that is not all capitals (an organisation's initials) and not a month or day. */
    private boolean looksLikeName(int token) {
        return titleCase(token) && !MONTHS_AND_DAYS.contains(tokens.get(token).form());
    }
}
