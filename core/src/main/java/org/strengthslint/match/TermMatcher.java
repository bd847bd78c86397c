package org.strengthslint.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strengthslint.Finding;
import org.strengthslint.Severity;
import org.strengthslint.analyse.BlockAnalysis;
import org.strengthslint.analyse.FormHashes;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.analyse.Token;
import org.strengthslint.analyse.Whitespace;
import org.strengthslint.analyse.WordScanner;
import org.strengthslint.config.Configuration;
import org.strengthslint.config.RuleSetting;
import org.strengthslint.extract.Document;
import org.strengthslint.lexicon.Lexicon;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.lexicon.Profile;

/**
 * Finds lexicon terms in a document. All patterns are compiled once into one {@link PhraseTrie};
 * each block is scanned with it, and only the blocks that hold a candidate pay for sentence
 * detection, and only the candidates that need it pay for tagging. Immutable and thread-safe.
 */
public final class TermMatcher {
    private final PhraseTrie<CompiledEntry> terms = new PhraseTrie<>();
    private final PhraseTrie<Boolean> allowed = new PhraseTrie<>();
    private final Lexicon lexicon;
    /** Hashes of the forms a term can start with: only these words are looked up in the trie. */
    private final FormHashes firstForms;
    /** Hashes of forms every occurrence of some term holds ({@link PhraseTrie#anchorForms()}): a block with none is only counted. */
    private final FormHashes anchorForms;

    /** What one document gave: how many words were checked, and the findings in order. */
    public record Result(int words, List<Finding> findings) {
    }

    private record Candidate(CompiledEntry term, int from, int to, int start, int end) {
        int length() {
            return end - start;
        }
    }

    /**
     * @param profile the profile whose settings apply before the configuration's, or null
     */
    public TermMatcher(Lexicon lexicon, Profile profile, Configuration configuration) {
        this.lexicon = lexicon;
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
    }

    /**
     * One layer of settings over a severity (null meaning off): a rule setting beats a category
     * setting, and a layer with no setting for the entry leaves it as it was.
     */
    private static Severity apply(Severity current, LexiconEntry entry, Map<String, RuleSetting> categories,
            Map<String, RuleSetting> rules) {
        RuleSetting setting = rules.get(entry.id());
        if (setting == null) {
            setting = categories.get(entry.category());
        }
        return setting == null ? current : setting.severity();
    }

    /** Documents with at least this many blocks are checked on several threads. */
    private static final int PARALLEL_BLOCKS = 256;

    public Result check(Document document, LanguageModels models) {
        List<Document.Block> blocks = document.blocks();
        List<Result> parts;
        if (blocks.size() < PARALLEL_BLOCKS) {
            parts = List.of(checkBlocks(document, blocks, models));
        } else {
            // Blocks are independent, so a long document is split into runs of blocks checked in
            // parallel; joining the runs in order keeps the output the same as a serial check.
            int runs = Math.max(2, Runtime.getRuntime().availableProcessors() * 4);
            int size = (blocks.size() + runs - 1) / runs;
            parts = java.util.stream.IntStream.range(0, runs).parallel()
                    .mapToObj(r -> checkBlocks(document,
                            blocks.subList(Math.min(blocks.size(), r * size), Math.min(blocks.size(), (r + 1) * size)),
                            models))
                    .toList();
        }
        int words = 0;
        List<Finding> findings = new ArrayList<>();
        for (Result part : parts) {
            words += part.words();
            findings.addAll(part.findings());
        }
        findings.sort(Comparator.comparingInt(Finding::offset));
        return new Result(words, findings);
    }

    private Result checkBlocks(Document document, List<Document.Block> blocks, LanguageModels models) {
        String checkable = document.checkable();
        int words = 0;
        List<Finding> findings = new ArrayList<>();
        for (Document.Block block : blocks) {
            int counted = WordScanner.countWordsUnless(checkable, block.start(), block.end(), anchorForms);
            if (counted >= 0) {
                words += counted;
                continue;
            }
            List<Token> tokens = WordScanner.scan(checkable, block.start(), block.end());
            for (Token token : tokens) {
                if (!token.hyphenBefore()) {
                    words++;
                }
            }
            List<Candidate> raw = candidates(tokens);
            if (raw.isEmpty()) {
                continue;
            }
            BlockAnalysis analysis = new BlockAnalysis(models, checkable, block.start(), block.end(), tokens);
            Context context = new Context(checkable, analysis);
            Quotations quotations = Quotations.in(checkable, block.start(), block.end());
            List<Candidate> accepted = new ArrayList<>();
            for (Candidate candidate : raw) {
                if (accept(candidate, context, analysis)) {
                    accepted.add(candidate);
                }
            }
            Boolean citesLaw = null;
            for (Candidate candidate : longestFirst(accepted)) {
                boolean legal = false;
                if (candidate.term().entry().legal()) {
                    if (citesLaw == null) {
                        citesLaw = LegalCitations.cite(checkable, block.start(), block.end());
                    }
                    legal = citesLaw;
                }
                findings.add(finding(document, candidate, analysis, context, quotations, legal));
            }
        }
        return new Result(words, findings);
    }

    private List<Candidate> candidates(List<Token> tokens) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!firstForms.mightContain(tokens.get(i).form().hashCode())) {
                continue; // no term starts with this word: the hash table answers faster than the trie
            }
            for (PhraseTrie.Hit<CompiledEntry> hit : terms.startingAt(tokens, i)) {
                found.add(new Candidate(hit.value(), hit.from(), hit.to(), tokens.get(hit.from()).start(),
                        tokens.get(hit.to() - 1).end()));
            }
        }
        return found;
    }

    private boolean accept(Candidate c, Context context, BlockAnalysis analysis) {
        LexiconEntry entry = c.term().entry();
        if (!context.contiguous(c.from(), c.to()) || context.insideCompound(c.from(), c.to())) {
            return false;
        }
        int sentence = analysis.sentenceAt(c.start());
        if (analysis.sentenceAt(c.end() - 1) != sentence) {
            return false;
        }
        int first = analysis.firstToken(sentence);
        int last = analysis.endToken(sentence);
        if (isAllowed(c, context, analysis.tokens())
                || context.followedBy(c.term().notBefore(), c.to(), last)
                || context.precededBy(c.term().notAfter(), c.from(), first)
                || !c.term().notInSentenceWith().isEmpty()
                        && c.term().notInSentenceWith().anyWithin(analysis.tokens(), first, last)
                || context.properName(c.from(), c.to(), first, last)) {
            return false;
        }
        if (!entry.partsOfSpeech().isEmpty() && !context.hasPartOfSpeech(c.from(), entry.partsOfSpeech())) {
            return false;
        }
        if (entry.standalone() && !context.standalone(c.to(), last)) {
            return false;
        }
        if (!c.term().onlyAbout().isEmpty() && !context.about(c.term().onlyAbout(), c.from(), first)) {
            return false;
        }
        return !entry.person() || context.describesPerson(c.from(), c.to(), first, last);
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

    /** Where candidates overlap, the longest wins (then the one defined first): one finding per span. */
    private static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start)
                .thenComparingInt(c -> c.term().order()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : sorted) {
            boolean overlaps = false;
            for (Candidate other : kept) {
                if (candidate.start() < other.end() && other.start() < candidate.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * The finding for an accepted candidate. A quoted term is a mention, a term the person uses
     * about themselves is self-description, and a legal term in a paragraph that cites the law is
     * there because the law requires it: all three are reported at info, never higher.
     */
    private Finding finding(Document document, Candidate c, BlockAnalysis analysis, Context context,
            Quotations quotations, boolean citedLaw) {
        LexiconEntry entry = c.term().entry();
        boolean mention = quotations.covers(c.start(), c.end());
        boolean self = !mention && context.selfDescribed(c.from(), analysis.firstToken(analysis.sentenceAt(c.start())));
        Severity severity = mention || self || citedLaw ? Severity.INFO : c.term().severity();
        String matched = document.text().substring(c.start(), c.end());
        String title = lexicon.category(entry.category()).map(cat -> cat.title()).orElse(entry.category());
        String term = Whitespace.collapse(matched);
        String message;
        if (mention) {
            message = "Quoted \"" + term + "\" (" + title.toLowerCase(Locale.ROOT) + "): a mention, reported for review";
        } else if (self) {
            message = "Self-description \"" + term + "\" (" + title.toLowerCase(Locale.ROOT)
                    + "): a person's own word for themselves, reported for review";
        } else if (citedLaw) {
            message = title + ": \"" + term + "\", in a paragraph that cites the law: keep the legal term and "
                    + "explain it in plain English";
        } else {
            message = title + ": \"" + term + "\"";
        }
        List<String> suggestions = new ArrayList<>();
        for (String suggestion : entry.suggestions()) {
            suggestions.add(CasePreserver.like(matched, suggestion));
        }
        int sentence = analysis.sentenceAt(c.start());
        return new Finding(entry.id(), entry.category(), severity,
                document.lines().line(c.start()), document.lines().column(c.start()),
                document.lines().line(c.end()), document.lines().column(c.end()),
                c.start(), c.end() - c.start(), document.pageAt(c.start()), document.paragraphAt(c.start()), matched, analysis.sentenceText(sentence), message,
                suggestions, mention);
    }
}
