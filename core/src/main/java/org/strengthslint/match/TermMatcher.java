package org.strengthslint.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.FormHashes;
import org.strengthslint.analyse.Inflector;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.Whitespace;
import org.strengthslint.analyse.WordScanner;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Rejection;
import org.strengthslint.api.Severity;
import org.strengthslint.config.Configuration;
import org.strengthslint.extract.Document;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.lexicon.PatternSyntax;
import org.strengthslint.lexicon.Profile;
import org.strengthslint.lexicon.RuleSetting;

/**
 * Finds lexicon terms in a document. All patterns are compiled once into one {@link PhraseTrie};
 * each block is scanned with it, and only the blocks that hold a candidate pay for sentence
 * detection, and only the candidates that need it pay for tagging. Immutable and thread-safe.
 */
public final class TermMatcher {
    private final PhraseTrie<CompiledEntry> terms;
    private final PhraseTrie<Boolean> allowed = PhraseTrie.ofAllowedPhrases();
    private final Lexicon lexicon;
    /** Hashes of the forms a term can start with: only these words are looked up in the trie. */
    private final FormHashes firstForms;
    /** Hashes of forms every occurrence of some term holds ({@link PhraseTrie#anchorForms()}): a block with none is only counted. */
    private final FormHashes anchorForms;

    /** Whether findings say which conditions they passed, and rejected candidates are kept with the reason. */
    private final boolean explain;

    /** What one document gave: how many words were checked, the findings in order, and (when explaining) what was rejected. */
    public record Result(int words, List<Finding> findings, List<Rejection> rejected) {}

    /**
     * @param profile the profile whose settings apply before the configuration's, or null
     */
    public TermMatcher(Lexicon lexicon, Profile profile, Configuration configuration) {
        this(lexicon, profile, configuration, false);
    }

    /**
     * @param profile the profile whose settings apply before the configuration's, or null
     * @param explain whether findings carry the conditions they passed and rejected candidates are kept
     */
    public TermMatcher(Lexicon lexicon, Profile profile, Configuration configuration, boolean explain) {
        this.lexicon = lexicon;
        this.explain = explain;
        // The word lists are read on another thread while this one compiles the lexicon: the first
        // block with a candidate waits for them only if they are not ready by then.
        WordLists.readInBackground();
        // a service's own roles are no one the label describes: "a homeless officer" works in a
        // homelessness team, "a mental health nurse" in mental health; one person's possessive is
        // that person too ("the nuisance neighbour's music"), but a plural's often names a kind of
        // thing ("a challenging children's home", "homeless people's substance use")
        this.terms = new PhraseTrie<>(form -> {
            boolean possessive = form.endsWith("'s");
            String noun = possessive ? form.substring(0, form.length() - 2) : form;
            return WordLists.bundled().isPersonNoun(noun)
                    && !WordLists.bundled().isServiceRole(noun)
                    && !(possessive && (Inflector.looksPlural(noun) || PLURALS_WITHOUT_S.contains(noun)));
        });
        int order = 0;
        for (LexiconEntry entry : lexicon.entries()) {
            Severity severity = entry.severity();
            if (profile != null) {
                severity = apply(severity, entry, profile.categories(), profile.rules());
            }
            severity = apply(severity, entry, configuration.categories(), configuration.rules());
            if (severity == null) {
                continue; // switched off
            }
            CompiledEntry compiled = CompiledEntry.compile(entry, severity, order++);
            for (String pattern : entry.patterns()) {
                terms.add(pattern, compiled);
            }
        }
        for (String phrase : configuration.allow()) {
            allowed.add(phrase, Boolean.TRUE);
        }
        firstForms = FormHashes.of(terms.firstForms());
        anchorForms = FormHashes.of(terms.anchorForms());
        // a list that cannot be used fails the matcher here, once, with its file and line, rather
        // than every document later; by now the other thread has mostly read them
        WordLists.bundled();
    }

    /**
     * One layer of settings over a severity (null meaning off): a rule setting beats a category
     * setting, and a layer with no setting for the entry leaves it as it was.
     */
    private static Severity apply(
            Severity current, LexiconEntry entry, Map<String, RuleSetting> categories, Map<String, RuleSetting> rules) {
        RuleSetting setting = RuleSetting.forEntry(entry, rules, categories);
        return setting == null ? current : setting.severity();
    }

    /** Documents with at least this many blocks are checked on several threads. */
    private static final int PARALLEL_BLOCKS = 256;

    public Result check(Document document, LanguageModels models) {
        List<Document.Block> blocks = document.blocks();
        List<Result> parts;
        if (blocks.size() < PARALLEL_BLOCKS) {
            parts = List.of(checkBlocks(document, 0, blocks.size(), models));
        } else {
            // Blocks are independent, so a long document is split into runs of blocks checked in
            // parallel; joining the runs in order keeps the output the same as a serial check.
            int runs = Math.max(2, Runtime.getRuntime().availableProcessors() * 4);
            int size = (blocks.size() + runs - 1) / runs;
            parts = java.util.stream.IntStream.range(0, runs)
                    .parallel()
                    .mapToObj(r -> checkBlocks(
                            document,
                            Math.min(blocks.size(), r * size),
                            Math.min(blocks.size(), (r + 1) * size),
                            models))
                    .toList();
        }
        int words = 0;
        List<Finding> findings = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Result part : parts) {
            words += part.words();
            findings.addAll(part.findings());
            rejected.addAll(part.rejected());
        }
        findings.sort(Comparator.comparingInt(Finding::offset));
        return new Result(words, findings, rejected);
    }

    /** Checks the document's blocks {@code [from, to)}. */
    private Result checkBlocks(Document document, int from, int to, LanguageModels models) {
        String checkable = document.checkable();
        List<Document.Block> blocks = document.blocks();
        int words = 0;
        List<Finding> findings = new ArrayList<>();
        List<Rejection> rejected = explain ? new ArrayList<>() : null;
        for (int index = from; index < to; index++) {
            Document.Block block = blocks.get(index);
            int counted = WordScanner.countWordsUnless(checkable, block.start(), block.end(), anchorForms);
            if (counted >= 0) {
                words += counted;
                continue;
            }
            List<Token> tokens = WordScanner.scan(checkable, block.start(), block.end());
            for (Token token : tokens) {
                if (WordScanner.countsAsWord(token)) {
                    words++;
                }
            }
            List<Match> raw = candidates(tokens);
            if (raw.isEmpty()) {
                continue;
            }
            BlockAnalysis analysis = new BlockAnalysis(models, checkable, block.start(), block.end(), tokens);
            WordLists wordLists = WordLists.bundled();
            BitSet termTokens = new BitSet(tokens.size());
            for (Match match : raw) {
                termTokens.set(match.from(), match.to());
            }
            Context context = new Context(checkable, analysis, block.start(), block.end(), wordLists, termTokens);
            Quotations quotations = Quotations.in(checkable, block.start(), block.end());
            List<Decision> accepted = new ArrayList<>();
            List<Rejection> blockRejected = rejected == null ? null : new ArrayList<>();
            for (Match match : raw) {
                Decision decision = decide(match, context, analysis);
                if (decision.rejectedBecause() == null) {
                    accepted.add(decision);
                } else if (blockRejected != null) {
                    blockRejected.add(
                            rejection(document, match, decision.candidate(), analysis, decision.rejectedBecause()));
                }
            }
            if (blockRejected != null) {
                rejected.addAll(unflagged(blockRejected, accepted));
            }
            Boolean listedWord = null;
            List<Finding> blockFindings = new ArrayList<>();
            List<Decision> kept = longestFirst(accepted);
            for (Decision decision : kept) {
                if (listedWord == null) {
                    listedWord = WordListBlocks.listedUnderWordingHeading(checkable, blocks, index, wordLists);
                }
                Finding finding = finding(document, decision, analysis, context, quotations, listedWord);
                if (finding.hasEdit() && sharedByEarlierWords(decision, accepted, kept)) {
                    finding = finding.withEdit(null, SHARED_BY_EARLIER_WORDS);
                }
                blockFindings.add(finding);
            }
            findings.addAll(separateEdits(blockFindings));
        }
        return new Result(words, findings, rejected == null ? List.of() : rejected);
    }

    /**
     * The findings with every edit that would reach into another finding's words or edit taken
     * away: each edit can then be made on its own, in any order, as the reports and the fix
     * command make them.
     */
    private static List<Finding> separateEdits(List<Finding> findings) {
        List<Finding> separate = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean overlaps = false;
            if (f.hasEdit()) {
                for (Finding other : findings) {
                    if (other != f
                            && (overlap(
                                            f.edit().offset(),
                                            f.edit().end(),
                                            other.offset(),
                                            other.offset() + other.length())
                                    || other.hasEdit()
                                            && overlap(
                                                    f.edit().offset(),
                                                    f.edit().end(),
                                                    other.edit().offset(),
                                                    other.edit().end()))) {
                        overlaps = true;
                        break;
                    }
                }
            }
            separate.add(overlaps ? withoutEdit(f) : f);
        }
        return separate;
    }

    private static final String SHARED_BY_EARLIER_WORDS =
            "words before it share it (\"mentally and physically ...\"): reword the whole phrase";

    /**
     * The finding's words end a phrase joined by "and" or "or" that another term covers from an
     * earlier word ("mentally and physically handicapped"): that match gave way to this one, and
     * an edit of this one alone would leave the earlier words stranded ("mentally and disabled").
     */
    private static boolean sharedByEarlierWords(Decision decision, List<Decision> accepted, List<Decision> kept) {
        Candidate c = decision.candidate();
        for (Decision other : accepted) {
            Candidate o = other.candidate();
            if (o.coordinated()
                    && !kept.contains(other)
                    && o.start() < c.start()
                    && overlap(o.start(), o.end(), c.start(), c.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(int start, int end, int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    private static Finding withoutEdit(Finding f) {
        return f.withEdit(null, "its edit would overlap another finding's words or edit");
    }

    private List<Match> candidates(List<Token> tokens) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!firstForms.mightContain(tokens.get(i).form().hashCode())) {
                continue; // no term starts with this word: the hash table answers faster than the trie
            }
            for (PhraseTrie.Hit<CompiledEntry> hit : terms.startingAt(tokens, i)) {
                found.add(new Match(hit.value(), hit.from(), hit.to(), false, 0));
            }
            int adverbs = i + 2 < tokens.size() && tokens.get(i).form().equals("the") ? adverbsAfter(tokens, i) : 0;
            if (adverbs > 0) {
                // "the socially isolated", "the most severely disabled": an adverb says how, or how
                // much, and what follows "the" is still the group
                for (PhraseTrie.Hit<CompiledEntry> hit : hitsAcross(tokens, i, adverbs)) {
                    found.add(new Match(hit.value(), i, i + adverbs + hit.to(), false, adverbs));
                }
            }
            if (i + 3 < tokens.size() && COORDINATORS.contains(tokens.get(i + 1).form())) {
                // "complex and high needs", "challenging or distressing behaviour": "and" and one
                // more word between (an adjective, or what Context.coordinatesWith accepts)
                for (PhraseTrie.Hit<CompiledEntry> hit : hitsAcross(tokens, i, 2)) {
                    found.add(new Match(hit.value(), i, i + 2 + hit.to(), true, 0));
                }
            }
        }
        return found;
    }

    /**
     * The patterns made of the word at {@code first} and the words after the {@code skipped} ones
     * that follow it, at least one of them: each hit's {@code to} counts the first word and those
     * after the gap, not the skipped words.
     */
    private List<PhraseTrie.Hit<CompiledEntry>> hitsAcross(List<Token> tokens, int first, int skipped) {
        List<Token> joined = new ArrayList<>();
        joined.add(tokens.get(first));
        int rest = first + 1 + skipped;
        joined.addAll(tokens.subList(rest, Math.min(tokens.size(), rest + PatternSyntax.MAX_WORDS)));
        return terms.startingAt(joined, 0).stream().filter(hit -> hit.to() > 1).toList();
    }

    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "or");

    /** Words that grade the adverb after them ("the most severely ill"). */
    private static final java.util.Set<String> DEGREES = java.util.Set.of("most", "more", "less", "least", "very");

    /**
     * How many words after the "the" at {@code the} make an adverb of manner or degree: one word
     * in "-ly" made from an adjective, which WordNet does not know as an adjective itself
     * ("socially", not "elderly", "only" or "early"), or such a word after "most", "more",
     * "less", "least" or "very"; 0 when there is none. After "of" or "among" a superlative ranks
     * the subject ("they are some of the most socially excluded"): no group is named there.
     */
    private static int adverbsAfter(List<Token> tokens, int the) {
        int at = the + 1;
        boolean degree = DEGREES.contains(tokens.get(at).form());
        if (degree
                && the > 0
                && SUPERLATIVE_LEADS.contains(tokens.get(the - 1).form())
                && (tokens.get(at).form().equals("most")
                        || tokens.get(at).form().equals("least"))) {
            return 0;
        }
        int adverb = degree && at + 1 < tokens.size() ? at + 1 : at;
        return adverbFromAnAdjective(tokens.get(adverb).form())
                        && !tokens.get(adverb).hyphenBefore()
                ? adverb - at + 1
                : 0;
    }

    /** Words before a superlative that ranks someone among others ("one of the most ..."). */
    private static final java.util.Set<String> SUPERLATIVE_LEADS = java.util.Set.of("of", "among", "amongst");

    private static boolean adverbFromAnAdjective(String form) {
        if (form.length() < 6 || !form.endsWith("ly")) {
            return false;
        }
        WordLists words = WordLists.bundled();
        if (words.canBeAdjective(form)) {
            return false;
        }
        String stem = form.substring(0, form.length() - 2);
        return words.canBeAdjective(stem) // "socially", "formerly"
                || form.endsWith("ily")
                        && words.canBeAdjective(stem.substring(0, stem.length() - 1) + "y") // "temporarily"
                || form.endsWith("ically")
                        && words.canBeAdjective(stem.substring(0, stem.length() - 2)) // "chronically"
                || form.endsWith("bly") && words.canBeAdjective(stem + "le"); // "irretrievably"
    }

    /**
     * A pattern found at tokens {@code [from, to)}, before any context is looked at; {@code
     * coordinated} when "and" or "or" and another word stand between its first word and the rest;
     * {@code adverbs} words of an adverb stand there in "the socially isolated" (1), "the most
     * severely ill" (2).
     */
    private record Match(CompiledEntry term, int from, int to, boolean coordinated, int adverbs) {}

    /**
     * What the context said of a match: null {@code rejectedBecause} when it is a finding (at info
     * when {@code atInfo}), with the conditions it passed when the matcher explains itself.
     */
    private record Decision(Candidate candidate, String rejectedBecause, boolean atInfo, List<String> passed) {
        int length() {
            return candidate.length();
        }
    }

    private Decision decide(Match m, Context context, BlockAnalysis analysis) {
        List<Token> tokens = analysis.tokens();
        int from = m.from();
        // "ex-offenders", "non-compliant": a prefix joined by a hyphen belongs to the term it carries
        int prefixed = context.contractionHeadBefore(context.prefixBefore(from));
        int start = tokens.get(prefixed).start();
        int end = tokens.get(m.to() - 1).end();
        if (!context.termContiguous(from, m.to())) {
            return rejected(m, null, "its words are not next to each other");
        }
        if (context.insideCompound(prefixed, m.to())) {
            return rejected(m, null, "it is part of a hyphenated compound");
        }
        if (m.coordinated() && (!context.coordinatesWith(from, m.to() - 1) || context.afterCopula(from))) {
            // "the system is complex and new needs emerge": two clauses, not one noun phrase
            return rejected(m, null, "the words joined by \"and\" or \"or\" are not one phrase");
        }
        int sentence = analysis.sentenceAt(start);
        if (analysis.sentenceAt(end - 1) != sentence) {
            return rejected(m, null, "it runs across the end of a sentence");
        }
        int first = analysis.firstToken(sentence);
        int last = analysis.endToken(sentence);
        Candidate c = new Candidate(
                m.term(), prefixed, from, m.to(), start, end, first, last, context, m.coordinated(), m.adverbs());
        if (isAllowed(c, context, tokens)) {
            return rejected(m, c, "the configuration allows it");
        }
        if (context.properName(from, m.to(), first, last)) {
            return rejected(m, c, "it is part of a name");
        }
        if (context.likenedInTreatment(from, m.to(), first)) {
            return rejected(m, c, "it says how people are treated, likened to what the word names");
        }
        if (context.startsInsideAName(from, m.to(), first)) {
            return rejected(m, c, "its first word ends the name before it");
        }
        if (context.namesAKindOfService(m.to(), last)) {
            return rejected(m, c, "it names the kind of a service, team or document that follows it");
        }
        List<String> passed = explain ? new ArrayList<>() : null;
        boolean atInfo = false;
        for (ContextCondition condition : m.term().conditions()) {
            ContextCondition.Verdict verdict = condition.test(c);
            if (verdict == ContextCondition.Verdict.FAIL) {
                return rejected(m, c, explain ? "fails: " + condition.description() : NOT_EXPLAINED);
            }
            atInfo |= verdict == ContextCondition.Verdict.INFO;
            if (passed != null) {
                passed.add(condition.description()
                        + (verdict == ContextCondition.Verdict.INFO ? " (it does: at info)" : ""));
            }
        }
        return new Decision(c, null, atInfo, passed == null ? List.of() : passed);
    }

    /** The reason given for a rejection when the matcher is not explaining itself: nobody reads it. */
    private static final String NOT_EXPLAINED = "rejected";

    private static Decision rejected(Match m, Candidate c, String because) {
        return new Decision(c, because, false, List.of());
    }

    private Rejection rejection(Document document, Match m, Candidate c, BlockAnalysis analysis, String because) {
        int start = c == null ? analysis.tokens().get(m.from()).start() : c.start();
        int end = analysis.tokens().get(m.to() - 1).end();
        return new Rejection(
                m.term().entry().id(),
                document.lines().line(start),
                document.lines().column(start),
                start,
                end - start,
                Whitespace.collapse(document.text().substring(start, end)),
                because);
    }

    /**
     * The rejections worth showing: one per rule and span, and none where another candidate
     * over the same words is a finding ("homeless" in "homeless adults", flagged whole).
     */
    private static List<Rejection> unflagged(List<Rejection> rejections, List<Decision> accepted) {
        List<Rejection> shown = new ArrayList<>();
        for (Rejection r : rejections) {
            boolean flagged = accepted.stream()
                    .anyMatch(d -> d.candidate().start() < r.offset() + r.length()
                            && r.offset() < d.candidate().end());
            boolean twice = shown.stream()
                    .anyMatch(s -> s.rule().equals(r.rule())
                            && s.offset() < r.offset() + r.length()
                            && r.offset() < s.offset() + s.length());
            if (!flagged && !twice) {
                shown.add(r);
            }
        }
        return shown;
    }

    /** An allowed phrase that covers the whole candidate means the organisation has chosen it. */
    private boolean isAllowed(Candidate c, Context context, List<Token> tokens) {
        if (allowed.isEmpty()) {
            return false;
        }
        for (int from = Math.max(0, c.from() - 6); from <= c.from(); from++) {
            for (PhraseTrie.Hit<Boolean> hit : allowed.startingAt(tokens, from)) {
                if (hit.to() >= c.to() && context.contiguous(hit.from(), hit.to())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where candidates overlap, the longest wins (then the one defined first): one finding per span.
     * A match with words joined by "and" between its own ("homeless and vulnerable people") gives
     * way to a term found within it ("vulnerable people"), which may say more; one with an adverb
     * after its "the" gives way to a term that holds the adverb ("chronically homeless" in "the
     * chronically homeless"), but not to one within the rest ("homeless" in "the formerly homeless").
     */
    private static List<Decision> longestFirst(List<Decision> decisions) {
        List<Decision> sorted = new ArrayList<>(decisions);
        sorted.sort(Comparator.comparing((Decision d) -> d.candidate().coordinated())
                .thenComparing(Comparator.comparingInt(Decision::length).reversed())
                .thenComparingInt((Decision d) -> d.candidate().start())
                // a pattern that holds the prefix ("ex-offender") before one that is only prefixed by it
                .thenComparingInt(d -> d.candidate().from() - d.candidate().to())
                .thenComparing(d -> d.candidate().term().generic())
                .thenComparingInt(d -> d.candidate().term().order()));
        List<Decision> kept = new ArrayList<>();
        for (Decision decision : sorted) {
            Candidate candidate = decision.candidate();
            if (candidate.graded() && adverbTakenByAnother(candidate, decisions)) {
                continue;
            }
            boolean overlaps = false;
            for (Decision other : kept) {
                if (candidate.start() < other.candidate().end()
                        && other.candidate().start() < candidate.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(decision);
            }
        }
        return kept;
    }

    /**
     * Another candidate, found as written, holds a word of the adverb after the graded one's "the"
     * ("chronically homeless", "severely mentally ill").
     */
    private static boolean adverbTakenByAnother(Candidate graded, List<Decision> decisions) {
        int firstAdverb = graded.from() + 1;
        int lastAdverb = graded.from() + graded.adverbs();
        for (Decision other : decisions) {
            Candidate o = other.candidate();
            if (!o.graded() && !o.coordinated() && o.from() <= lastAdverb && firstAdverb < o.to()) {
                return true;
            }
        }
        return false;
    }

    /** Plurals whose possessive ends in "'s" ("children's", "women's"). */
    private static final java.util.Set<String> PLURALS_WITHOUT_S =
            java.util.Set.of("children", "women", "men", "people");

    /** Words a quotation may hold beside the term and still be a quoted term rather than quoted speech. */
    private static final int QUOTED_TERM_EXTRA_WORDS = 3;

    /**
     * Whether the term is quoted as a term ("the 'hard to reach' group", "so-called 'bed
     * blockers'"): a quotation of the term and at most a few words more. A longer quotation is
     * someone's words quoted as they said or wrote them ("'we get the drunks in every night'"),
     * where the term is used, not talked about; unless the speaker speaks of themselves ("'I'm not
     * one of the homeless'": the nearest word for a person before the term is "I"), whose word
     * for themselves is theirs to choose.
     */
    private static boolean quotedTerm(int[] quotation, Candidate c, Context context) {
        if (quotation == null) {
            return false;
        }
        List<Token> tokens = c.tokens();
        int extra = 0;
        int before = c.lead() - 1;
        for (; before >= 0 && tokens.get(before).start() >= quotation[0]; before--) {
            extra += WordScanner.countsAsWord(tokens.get(before)) ? 1 : 0;
        }
        int after = c.to();
        for (; after < tokens.size() && tokens.get(after).end() <= quotation[1]; after++) {
            extra += WordScanner.countsAsWord(tokens.get(after)) ? 1 : 0;
        }
        if (context.peopleAfterQuotation(before, quotation[1])) {
            return false; // "'bed blocking' pensioners", "the “frequent fliers” who": used of people
        }
        if (context.ownedOrCountedQuotation(before, after, quotation, c.first(), c.last())) {
            return false; // "our “frequent fliers”", "each “frequent flyer” has": used of people
        }
        if (context.quotesAHeadline(before + 1, after, c.first(), c.last())) {
            return true; // "the Sun headline ’1,200 KILLED BY MENTAL PATIENTS’": shown, not said
        }
        if (context.personClauseInQuotation(before + 1, c.lead(), after, c.first(), c.last())) {
            return false; // "“Client was uncooperative today”": a record quoted, which uses the term
        }
        if (context.speechFragmentInQuotation(before + 1, c.lead(), after, c.first(), c.last())) {
            return false; // "“stop harassing the homeless”": a piece of someone's words, which uses the term
        }
        return extra <= QUOTED_TERM_EXTRA_WORDS
                || context.speakerSpeaksOfThemselves(c.lead(), c.to(), quotation[0], quotation[1]);
    }

    /**
     * The finding for an accepted candidate. A quoted term or one after a frame that talks about
     * words ("the term", "labels such as") is a mention, a term the person uses about themselves
     * is self-description, and a legal term in a paragraph that cites the law is there because
     * the law requires it: all three are reported at info, never higher.
     */
    private Finding finding(
            Document document,
            Decision decision,
            BlockAnalysis analysis,
            Context context,
            Quotations quotations,
            boolean listedWord) {
        Candidate c = decision.candidate();
        LexiconEntry entry = c.term().entry();
        int lead = c.lead();
        int[] quotation = quotations.around(c.start(), c.end());
        boolean quoted = quotedTerm(quotation, c, context);
        boolean framed = !quoted
                && (listedWord
                        || context.mentionFrame(lead, c.to(), c.first(), c.last())
                        || context.mentionFrameAfter(lead, c.to(), c.first(), c.last())
                        || context.listedAsWords(lead, c.to(), c.first(), c.last())
                        || context.headsAListOfWords(lead, c.to(), c.first(), c.last())
                        || context.listOfOtherWords(c.to(), c.last())
                        || context.insteadOfThenSay(lead, c.to(), c.first(), c.last())
                        || context.wordingAdvisedAgainst(lead, c.to(), c.first(), c.last())
                        || context.appositionCallsItAWord(c.to(), c.last())
                        || context.inABlockListOfWords(lead)
                        || context.shownAsExample(lead, c.first())
                        || context.bracketedExamplesOfWording(lead, c.first(), c.last())
                        || context.askedWhatItIs(lead, c.to(), c.first(), c.last())
                        || context.labelledAs(lead, c.to(), c.first(), c.last())
                        || context.inAStereotype(lead, c.first())
                        || document.emphasised(c.start(), c.end()) && context.aboutWording(c.first(), c.last()));
        boolean mention = quoted || framed;
        boolean self = !mention && context.selfDescribed(lead, c.to(), c.first(), c.last());
        boolean citedLaw = decision.atInfo();
        Severity severity =
                mention || self || citedLaw ? Severity.INFO : c.term().severity();
        String matched = document.text().substring(c.start(), c.end());
        String title =
                lexicon.category(entry.category()).map(cat -> cat.title()).orElse(entry.category());
        // "non-" at the end of a PDF line and "compliant" on the next are one word, as the sentence quotes it
        String term = Whitespace.quote(matched);
        String message;
        if (quoted) {
            message =
                    "Quoted \"" + term + "\" (" + title.toLowerCase(Locale.ROOT) + "): a mention, reported for review";
        } else if (framed) {
            message = "Mention of \"" + term + "\" (" + title.toLowerCase(Locale.ROOT)
                    + "): the text talks about the word, reported for review";
        } else if (self) {
            message = "Self-description \"" + term + "\" (" + title.toLowerCase(Locale.ROOT)
                    + "): a person's own word for themselves, reported for review";
        } else if (citedLaw) {
            message = title + ": \"" + term + "\", in a paragraph that cites the law: keep the legal term and "
                    + "explain it in plain English";
        } else {
            message = title + ": \"" + term + "\"";
        }
        int sentenceStart = analysis.sentenceStart(analysis.sentenceAt(c.start()));
        boolean startsSentence =
                document.checkable().substring(sentenceStart, c.start()).chars().noneMatch(Character::isLetterOrDigit);
        List<String> suggestions = new ArrayList<>();
        for (String suggestion : entry.suggestions()) {
            suggestions.add(CasePreserver.like(matched, suggestion, startsSentence));
        }
        SuggestionFitter.Fitting fitting;
        if (mention) {
            fitting = SuggestionFitter.Fitting.none("a mention is talked about, not used");
        } else if (self) {
            fitting = SuggestionFitter.Fitting.none("a person's own word for themselves is theirs to choose");
        } else if (citedLaw) {
            fitting = SuggestionFitter.Fitting.none("the law's own term, in a paragraph that cites the law");
        } else if (quotation != null) {
            fitting = SuggestionFitter.Fitting.none("it is inside someone's quoted words, which are theirs to change");
        } else if (c.coordinated()) {
            fitting = SuggestionFitter.Fitting.none("another word is joined to the term by \"and\" or \"or\"");
        } else if (c.graded()) {
            fitting = SuggestionFitter.Fitting.none(
                    "an adverb inside the term (\"the socially isolated\") has no place in the suggestion: reword the whole phrase");
        } else {
            fitting = SuggestionFitter.fit(c, document.text(), document.checkable(), analysis);
        }
        List<String> explained = List.of();
        if (explain) {
            explained = new ArrayList<>(decision.passed());
            if (quoted) {
                explained.add("inside quotation marks: a mention");
            } else if (framed) {
                explained.add("after words that talk about a term: a mention");
            } else if (self) {
                explained.add("the person's own description of themselves");
            }
        }
        return new Finding(
                entry.id(),
                entry.category(),
                severity,
                document.lines().line(c.start()),
                document.lines().column(c.start()),
                document.lines().line(c.end()),
                document.lines().column(c.end()),
                c.start(),
                c.end() - c.start(),
                document.pageAt(c.start()),
                document.paragraphAt(c.start()),
                matched,
                analysis.sentenceAround(c.start(), c.end()),
                message,
                suggestions,
                mention,
                explained,
                fitting.edit(),
                analysis.indexInSentence(c.start(), c.end()),
                fitting.noEdit());
    }
}
