package org.strengthslint.analyse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Sentences and part-of-speech tags for one block of text, computed only when a candidate term
 * asks for them: sentence detection once per block, tagging once per sentence.
 */
public final class BlockAnalysis {
    private final LanguageModels models;
    private final String checkable;
    private final int blockStart;
    private final int blockEnd;
    private final List<Token> tokens;
    private int[] sentenceStarts;
    private int[] sentenceEnds;
    private String[] tags;

    public BlockAnalysis(LanguageModels models, String checkable, int blockStart, int blockEnd, List<Token> tokens) {
        this.models = models;
        this.checkable = checkable;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.tokens = tokens;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The sentence (index) holding the character at {@code offset}. */
    public int sentenceAt(int offset) {
        detectSentences();
        int index = Arrays.binarySearch(sentenceStarts, offset);
        return Math.max(0, index >= 0 ? index : -index - 2);
    }

    /** How many sentences the block holds. */
    public int sentenceCount() {
        detectSentences();
        return sentenceStarts.length;
    }

    public int sentenceStart(int sentence) {
        detectSentences();
        return sentenceStarts[sentence];
    }

    public int sentenceEnd(int sentence) {
        detectSentences();
        return sentenceEnds[sentence];
    }

    /** Index of the first token of the sentence, and one past its last. */
    public int firstToken(int sentence) {
        return tokenAtOrAfter(sentenceStart(sentence));
    }

    public int endToken(int sentence) {
        return tokenAtOrAfter(sentenceEnd(sentence));
    }

    /** A sentence up to this many characters is carried whole by a finding. */
    public static final int WHOLE_SENTENCE = 500;
    /** Of a longer sentence, a finding carries this many characters either side of the match. */
    public static final int SENTENCE_REACH = 200;
    /** Marks where a sentence was cut. */
    public static final String CUT = "[\u2026]";

    /**
     * The sentence holding {@code [from, to)}, with runs of white space collapsed, as a finding
     * carries it: whole up to {@link #WHOLE_SENTENCE} characters; a longer one cut, at word ends,
     * to about {@link #SENTENCE_REACH} characters either side of the match, each cut marked
     * {@link #CUT}. A report repeats the sentence for every finding in it, so without the cut one
     * 20,000-character line holding a term 2,000 times would make a report of tens of megabytes.
     */
    public String sentenceAround(int from, int to) {
        return sentenceWith(from, to, null);
    }

    /**
     * The sentence holding {@code [from, to)} as {@link #sentenceAround} gives it, with those
     * characters replaced by {@code replacement} (kept as they are when it is null): the sentence
     * as it would read with an edit made.
     */
    public String sentenceWith(int from, int to, String replacement) {
        int sentence = sentenceAt(from);
        int start = sentenceStart(sentence);
        int end = sentenceEnd(sentence);
        if (end - start <= WHOLE_SENTENCE) {
            return Whitespace.quote(replaced(start, end, from, to, replacement).strip());
        }
        int left = Math.max(start, from - SENTENCE_REACH);
        for (int i = left; i > start && i < from; i++) {
            if (Character.isWhitespace(checkable.charAt(i - 1))) {
                left = i;
                break;
            }
        }
        int right = Math.min(end, Math.max(to, from) + SENTENCE_REACH);
        for (int i = right; i < end && i > to; i--) {
            if (Character.isWhitespace(checkable.charAt(i))) {
                right = i;
                break;
            }
        }
        StringBuilder excerpt = new StringBuilder(right - left + 8);
        if (!checkable.substring(start, left).isBlank()) {
            excerpt.append(CUT).append(' ');
        }
        excerpt.append(
                Whitespace.quote(replaced(left, right, from, to, replacement).strip()));
        if (!checkable.substring(right, end).isBlank()) {
            excerpt.append(' ').append(CUT);
        }
        return excerpt.toString();
    }

    /**
     * Where {@code [from, to)} starts in {@link #sentenceAround sentenceAround(from, to)}: an index
     * into that string, so a report marks this occurrence of the words and not an earlier one.
     */
    public int indexInSentence(int from, int to) {
        // the sentence with one character put before the words differs from it first there
        String plain = sentenceAround(from, to);
        String marked = sentenceWith(from, to, "\u0000" + checkable.substring(from, to));
        int i = 0;
        while (i < plain.length() && plain.charAt(i) == marked.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The text of {@code [start, end)} with {@code [from, to)} inside it replaced (when the replacement is not null). */
    private String replaced(int start, int end, int from, int to, String replacement) {
        if (replacement == null || from < start || to > end) {
            return checkable.substring(start, end);
        }
        return checkable.substring(start, from) + replacement + checkable.substring(to, end);
    }

    /** The text of a sentence with runs of white space collapsed. */
    public String sentenceText(int sentence) {
        return Whitespace.quote(checkable
                .substring(sentenceStart(sentence), sentenceEnd(sentence))
                .strip());
    }

    /**
     * The Universal Dependencies tag of a token. Tagging is the most expensive step, so it runs
     * only on a sentence where a context rule asks for a tag, and then on the whole sentence at
     * once: a token's tag never depends on which token was asked about first.
     */
    public String tag(int token) {
        if (tags == null) {
            tags = new String[tokens.size()];
        }
        // a function word always has the table's tag, whether or not its sentence has been tagged
        String known = FunctionWords.tag(tokens.get(token).form());
        if (known != null) {
            return known;
        }
        if (tags[token] == null) {
            tagSentence(sentenceAt(tokens.get(token).start()));
            if (tags[token] == null) {
                tags[token] = "X"; // outside every sentence the detector found
            }
        }
        return tags[token];
    }

    /** No lower-case letter, and at least three words of two or more capitals. */
    private static boolean allCapitals(String text) {
        int words = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                run++;
            } else {
                words += run >= 2 ? 1 : 0;
                run = 0;
            }
        }
        return words + (run >= 2 ? 1 : 0) >= 3;
    }

    /**
     * Set in title case, as headings and headlines are: at least four words other than function
     * words ("the", "with", "for"), all of them capitalised but one, and some letter in lower case
     * (a text all in capitals is {@link #allCapitals}').
     */
    static boolean titleCase(String text) {
        int words = 0;
        int lower = 0;
        boolean lowerLetter = false;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                lowerLetter |= Character.isLowerCase(text.charAt(i));
                i++;
            }
            String word = text.substring(start, i);
            if (FunctionWords.tag(word.toLowerCase(Locale.ROOT)) != null) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(word.charAt(0))) {
                lower++;
            }
        }
        return words >= 4 && lower <= 1 && lowerLetter;
    }

    /**
     * The text with the words in capitals that open it ("SIX people have been banned", "A
     * BLACKPOOL pensioner says") in lower case but for the first letter, offsets unchanged: news
     * writing opens a story so, and the tagger reads each such word as a name. Only a run followed
     * by a word in lower case is changed, and not a single short word that is likely an acronym
     * ("NHS staff said"); a sentence all in capitals is {@link #allCapitals}'.
     */
    static String capitalLeadInSentenceCase(String text) {
        int i = 0;
        int runEnd = -1;
        int runWords = 0;
        String firstWord = "";
        boolean lowerAfter = false;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                if (Character.isDigit(text.charAt(i))) {
                    return text;
                }
                i++;
            }
            int wordStart = i;
            boolean upper = true;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                upper &= !Character.isLowerCase(text.charAt(i));
                i++;
            }
            if (i == wordStart) {
                break;
            }
            if (!upper) {
                lowerAfter = true;
                break;
            }
            if (runWords++ == 0) {
                firstWord = text.substring(wordStart, i);
            }
            runEnd = i;
        }
        // a single short word in capitals is more often an acronym ("NHS staff", "US veterans")
        // than a story's opening word, unless it is a number or an article ("SIX people", "A
        // BLACKPOOL pensioner" has a run of two)
        boolean acronym = runWords == 1 && firstWord.length() <= 4 && !OPENING_WORDS.contains(firstWord);
        if (runEnd < 0 || !lowerAfter || acronym) {
            return text;
        }
        return sentenceCase(text.substring(0, runEnd)) + text.substring(runEnd);
    }

    /** Short words in capitals that open a news story rather than name something. */
    private static final Set<String> OPENING_WORDS = Set.of(
            "A", "AN", "THE", "ONE", "TWO", "FOUR", "FIVE", "SIX", "TEN", "NINE", "MANY", "SOME", "MOST", "ALL", "FEW");

    /** The text in lower case but for its first letter, one character for one, so that offsets stay. */
    private static String sentenceCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean first = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                out.append(first ? c : Character.toLowerCase(c));
                first = false;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void tagSentence(int sentence) {
        int first = firstToken(sentence);
        int end = endToken(sentence);
        int start = sentenceStart(sentence);
        String text =
                slashesApart(dashesApart(withoutQuotationMarks(checkable.substring(start, sentenceEnd(sentence)))));
        // a sentence all in capitals ("THE HOMELESS DESERVE RESPECT") is tagged as if written in
        // sentence case: the tagger reads every capitalised word as a name
        String spelled = allCapitals(text) ? sentenceCase(text) : capitalLeadInSentenceCase(text);
        Span[] spans = models.tokens(text);
        int[] spanStarts = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            spanStarts[i] = spans[i].getStart();
        }
        String[] sentenceTags = models.tags(wordsAt(spelled, spans));
        if (titleCase(text)) {
            // in a heading in title case the tagger reads some capitalised words as names
            // ("Aggressive Dementia Patients", "Hire Former Convicts"); those take the tag they have
            // in sentence case, while the words it read as something else keep their tag, which
            // the capitals help more often than not ("The Homeless Need More Than Soup Runs")
            String[] loweredTags = models.tags(wordsAt(sentenceCase(text), spans));
            for (int i = 0; i < sentenceTags.length; i++) {
                if (sentenceTags[i].equals("PROPN")) {
                    sentenceTags[i] = loweredTags[i];
                }
            }
        }
        for (int t = first; t < end; t++) {
            int offset = tokens.get(t).start() - start;
            int index = Arrays.binarySearch(spanStarts, offset);
            index = index >= 0 ? index : -index - 2;
            boolean found = index >= 0 && index < sentenceTags.length && offset < spans[index].getEnd();
            String tag = found ? sentenceTags[index] : "X";
            int joined = tag.indexOf('+');
            if (joined > 0) {
                // one word holding two ("council's" NOUN+PART, "that's" PRON+AUX): the first part
                // is what the word is in its phrase
                tag = tag.substring(0, joined);
            }
            if (tokens.get(t).ampersand()) {
                tag = "CCONJ"; // a standalone ampersand is "and", whatever the tagger calls the sign
            }
            if (tag.equals("PUNCT") && tokens.get(t).hyphenAfter()) {
                // the tagger reads "ex-" in "ex-partner" as punctuation; the first part of a
                // hyphenated compound describes the part after it
                tag = "ADJ";
            }
            tags[t] = tag;
        }
        for (int t = Math.max(first, 1); t + 1 < end; t++) {
            if ((tags[t].equals("NOUN") || tags[t].equals("ADJ")) && attributesAQuotation(t)) {
                tags[t] = "VERB";
            }
        }
    }

    /** The words of {@code text} at the tokenizer's spans (offsets are the same in every spelling of it). */
    private static String[] wordsAt(String text, Span[] spans) {
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
        }
        return words;
    }

    /**
     * A lowercase word straight after a quotation's closing comma, with a name or a determiner
     * after it, is the verb that attributes the quotation ("'...,' claims Kadir", "'...,' insists
     * the tenant"). With the quotation marks gone the tagger reads the word as one more noun of
     * the quoted clause ("the boiler, claims").
     */
    private boolean attributesAQuotation(int t) {
        Token word = tokens.get(t);
        Token next = tokens.get(t + 1);
        String before =
                checkable.substring(tokens.get(t - 1).end(), word.start()).strip();
        String between = checkable.substring(word.end(), next.start());
        if (before.length() != 2) {
            return false;
        }
        // ",”" and ",’" (a comma inside the quotation), or "”," (the comma after it)
        boolean closed = ",?!".indexOf(before.charAt(0)) >= 0 && CLOSING_MARKS.indexOf(before.charAt(1)) >= 0
                || CLOSING_MARKS.indexOf(before.charAt(0)) >= 0 && before.charAt(1) == ',';
        if (!closed) {
            return false;
        }
        if (!between.equals(" ") || !Character.isLowerCase(checkable.charAt(word.start()))) {
            return false;
        }
        return Character.isUpperCase(checkable.charAt(next.start())) || ATTRIBUTION_DETERMINERS.contains(next.form());
    }

    private static final Set<String> ATTRIBUTION_DETERMINERS = Set.of("the", "a", "an", "one", "his", "her", "their");

    /**
     * The text with its quotation marks as spaces, offsets unchanged: the tokenizer keeps a curly
     * quotation mark on the word it touches ("‘hard", "reach’"), and the tagger then reads the
     * word as punctuation. A single closing mark is one only when a single opening mark came
     * before it; otherwise it is an apostrophe and stays ("don’t", "James’ claims", "residents’").
     */
    static String withoutQuotationMarks(String text) {
        char[] chars = text.toCharArray();
        boolean singleOpen = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(chars[i - 1]);
            boolean letterAfter = i + 1 < chars.length && Character.isLetterOrDigit(chars[i + 1]);
            boolean mark;
            if (DOUBLE_MARKS.indexOf(c) >= 0) {
                mark = true;
            } else if (c == '\u2018' || c == '\u201A' || c == '\'' && !letterBefore && letterAfter) {
                mark = !(letterBefore && letterAfter);
                singleOpen |= mark;
            } else if (c == '\u2019' || c == '\'') {
                mark = singleOpen && !(letterBefore && letterAfter);
                singleOpen &= !mark;
            } else {
                mark = false;
            }
            if (mark) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * The text with each dash that touches a word on both sides ("causes\u2014whether it is") as a
     * comma, offsets unchanged: the tokenizer keeps such a dash and both words as one token, which
     * the tagger reads as punctuation, so neither word gets a tag of its own. A comma keeps the
     * break between the clauses that the dash marked.
     */
    static String dashesApart(String text) {
        return between(text, "\u2014\u2013", ',', true);
    }

    /**
     * The text with each slash between two words ("use/abuse", "staff/volunteers") as a space,
     * offsets unchanged, for the same reason as {@link #dashesApart}: "Opioid use/abuse is an
     * increasing problem" left "abuse" no noun. Not between digits ("24/7", "12/03/2024").
     */
    static String slashesApart(String text) {
        return between(text, "/", ' ', false);
    }

    /** {@code text} with each of {@code marks} that has a letter (or, with {@code digits}, a digit) on both sides as {@code with}. */
    private static String between(String text, String marks, char with, boolean digits) {
        char[] chars = text.toCharArray();
        for (int i = 1; i + 1 < chars.length; i++) {
            if (marks.indexOf(chars[i]) >= 0
                    && wordCharacter(chars[i - 1], digits)
                    && wordCharacter(chars[i + 1], digits)) {
                chars[i] = with;
            }
        }
        return new String(chars);
    }

    private static boolean wordCharacter(char c, boolean digits) {
        return digits ? Character.isLetterOrDigit(c) : Character.isLetter(c);
    }

    /** Double quotation marks and guillemets, which are never apostrophes. */
    private static final String DOUBLE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A";

    /** Marks that close a quotation: the double ones, and a single closing mark or apostrophe. */
    private static final String CLOSING_MARKS = DOUBLE_MARKS + "\u2019'";

    /**
     * The sentence detector only considers a break after '.', '!' or '?', so a block (a heading,
     * a list item, a one-sentence paragraph) with none of them before its last word is one
     * sentence without asking the model.
     */
    private boolean oneSentence() {
        int lastWord =
                tokens.isEmpty() ? blockStart : tokens.get(tokens.size() - 1).start();
        for (int i = blockStart; i < lastWord; i++) {
            char c = checkable.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return false;
            }
        }
        return true;
    }

    private int tokenAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void detectSentences() {
        if (sentenceStarts != null) {
            return;
        }
        if (oneSentence()) {
            sentenceStarts = new int[] {blockStart};
            sentenceEnds = new int[] {blockEnd};
            return;
        }
        Span[] spans = models.sentences(checkable.substring(blockStart, blockEnd));
        if (spans.length == 0) {
            sentenceStarts = new int[] {blockStart};
            sentenceEnds = new int[] {blockEnd};
            return;
        }
        sentenceStarts = new int[spans.length];
        sentenceEnds = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            // Sentences cover the whole block, so every offset falls in one.
            sentenceStarts[i] = i == 0 ? blockStart : blockStart + spans[i].getStart();
            sentenceEnds[i] = i == spans.length - 1 ? blockEnd : blockStart + spans[i + 1].getStart();
        }
    }
}
