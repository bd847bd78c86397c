package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.api.Finding;
import org.strengthslint.api.Severity;

/**
 * The terms that 41 public language guides ask writers to avoid ({@code guides/guide-terms.tsv},
 * scope {@code avoid}), each put into sentences that use it about a person, must be found; the
 * terms on which guides disagree ({@code contested}), in ordinary sentences, must give nothing
 * above info. The sentences a term goes into depend on its shape: "the homeless" as a group, a
 * verb phrase ("refuses to engage") after a subject, a noun after "a" and "the", an adjective
 * after "was" (WordNet's indexes tell nouns from adjectives). Prints every term not found.
 */
class GuideTermsTest {
    /** The product as it ships: no profile chosen, so the default profile. */
    private static final Linter LINTER = Linter.builder().build();

    private static final Linter STRICT = StrictProfile.linter();
    static final double TARGET = 0.95;
    /** The build requires the target itself: at least 95% of the terms to avoid are found. */
    private static final double COVERAGE_FLOOR = TARGET;

    record Term(String guide, String term, String scope) {}

    private static List<Term> avoid;
    private static List<Term> contested;
    private static Set<String> nouns;
    private static Set<String> adjectives;
    private static Set<String> verbs;
    private static final List<String> notFound = new ArrayList<>();
    /** For the generated page: each term, and what the lexicon does with it. */
    private static final Map<String, String> decisions = new java.util.TreeMap<>();

    private static final java.nio.file.Path PAGE = java.nio.file.Path.of("GUIDE-TERMS.md");
    private static final List<String> contestedAboveInfo = new ArrayList<>();
    private static int found;
    private static int foundWithStrictOnly;

    @BeforeAll
    static void measure() throws IOException {
        nouns = lemmas("index.noun");
        adjectives = lemmas("index.adj");
        verbs = lemmas("index.verb");
        avoid = new ArrayList<>();
        contested = new ArrayList<>();
        Map<String, Term> unique = new LinkedHashMap<>();
        for (String line : lines("/guides/guide-terms.tsv")) {
            if (line.startsWith("#") || line.startsWith("guide\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            unique.merge(
                    f[3] + "\t" + f[1].toLowerCase(Locale.ROOT),
                    new Term(f[0], f[1], f[3]),
                    (a, b) -> a.guide().contains(b.guide())
                            ? a
                            : new Term(a.guide() + ", " + b.guide(), a.term(), a.scope()));
        }
        for (Term term : unique.values()) {
            (term.scope().equals("avoid") ? avoid : contested).add(term);
        }
        for (Term term : avoid) {
            Set<String> rules = rulesAboutAPerson(LINTER, term.term());
            String decision;
            if (!rules.isEmpty()) {
                found++;
                decision = "found: " + String.join(", ", rules);
            } else {
                notFound.add(term.guide() + " \"" + term.term() + "\"");
                // the default profile leaves some notes out; say when the strict profile reports the term
                Set<String> strict = rulesAboutAPerson(STRICT, term.term());
                if (!strict.isEmpty()) {
                    foundWithStrictOnly++;
                }
                decision = strict.isEmpty()
                        ? "not found"
                        : "found with the strict profile only: " + String.join(", ", strict);
            }
            decisions.merge(
                    "avoid\t" + term.term().toLowerCase(Locale.ROOT),
                    decision + "\t" + term.guide(),
                    GuideTermsTest::joinGuides);
        }
        for (Term term : contested) {
            String sentence = "The report mentions " + term.term() + " twice on the first page.";
            Set<String> ordinary = new java.util.TreeSet<>();
            for (Finding f : LINTER.check(sentence, "x.txt").findings()) {
                ordinary.add("`" + f.rule() + "` (" + f.severity().label() + ")");
                if (f.severity() != Severity.INFO) {
                    contestedAboveInfo.add(
                            term.term() + ": " + f.rule() + " " + f.severity().label() + " in: " + sentence);
                }
            }
            Set<String> aboutAPerson = rulesAboutAPerson(LINTER, term.term());
            String narrow = aboutAPerson.isEmpty() ? narrowContext(term.term()) : null;
            String decision = aboutAPerson.isEmpty()
                    ? narrow != null ? narrow : "left out: not reported"
                    : ordinary.isEmpty()
                            ? "only about a person: " + String.join(", ", aboutAPerson)
                            : "reported for review: " + String.join(", ", ordinary);
            decisions.merge(
                    "contested\t" + term.term().toLowerCase(Locale.ROOT),
                    decision + "\t" + term.guide(),
                    GuideTermsTest::joinGuides);
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%nGuide terms: %d of %d terms to avoid found (%.3f; target %.2f); %d contested terms, %d above info%n",
                found,
                avoid.size(),
                coverage(),
                TARGET,
                contested.size(),
                contestedAboveInfo.size()));
        notFound.forEach(t -> report.append("  not found: ").append(t).append('\n'));
        contestedAboveInfo.forEach(
                t -> report.append("  contested above info: ").append(t).append('\n'));
        System.out.println(report);
    }

    /** The rules (with severities) that find the term in the sentences that use it about a person. */
    private static Set<String> rulesAboutAPerson(Linter linter, String term) {
        Set<String> rules = new java.util.TreeSet<>();
        for (String sentence : sentences(term)) {
            int at = sentence.indexOf(term);
            for (Finding f : linter.check(sentence, "x.txt").findings()) {
                if (f.offset() < at + term.length() && at < f.offset() + f.length() && !f.mention()) {
                    rules.add("`" + f.rule() + "` (" + f.severity().label() + ")");
                }
            }
        }
        return rules;
    }

    private static String joinGuides(String earlier, String later) {
        String[] a = earlier.split("\t");
        String[] b = later.split("\t");
        return a[0] + "\t" + a[1] + ", " + b[1];
    }

    static double coverage() {
        return avoid.isEmpty() ? 1.0 : (double) found / avoid.size();
    }

    /** Sentences that use the term about a person, chosen by its shape. */
    static List<String> sentences(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        String[] words = lower.split("[\\s]+");
        String last = words[words.length - 1].replace("-", "");
        String first = words[0];
        List<String> out = new ArrayList<>();
        if (first.equals("the")) {
            out.add("Funding for " + term + " has been cut again.");
            out.add("Our volunteers cook for " + term + " every Sunday.");
            return out;
        }
        // an "-ing" form WordNet also lists as a noun ("insisting") is still a verb in the guides
        boolean verbPhrase = verb(first) && (!nouns.contains(first.replace("-", "_")) || first.endsWith("ing"))
                || words.length > 1
                        && (words[1].equals("to")
                                || words[1].equals("the")
                                || words[1].equals("from")
                                || words[1].equals("off"));
        if (verbPhrase && !first.endsWith("er")) {
            // an "-ing" form needs its auxiliary to make a sentence ("she was insisting")
            String be = first.endsWith("ing") && !verbs.contains(first) ? "was " : "";
            out.add("Staff noted that he " + be + term + " last week.");
            out.add("She " + be + term + " again, the worker said.");
        }
        boolean noun = nouns.contains(lemma(last)) || nouns.contains(last);
        boolean adjective = adjectives.contains(last) || last.endsWith("ed") || last.endsWith("ic");
        if (noun || !adjective && !verbPhrase) {
            String article = "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ";
            boolean plural =
                    last.endsWith("s") && !last.endsWith("ss") && nouns.contains(lemma(last)) && !nouns.contains(last);
            out.add(
                    plural
                            ? "They are " + term + ", the report says."
                            : "He is " + article + term + ", the report says.");
            out.add("We met the " + term + " at the hostel yesterday.");
        }
        if (adjective || out.isEmpty()) {
            out.add("Staff said she was " + term + " when she arrived.");
            out.add("He has been " + term + " for years.");
        }
        return out;
    }

    private static boolean verb(String word) {
        for (String candidate : new String[] {
            word,
            lemma(word),
            word.replaceAll("ed$", ""),
            word.replaceAll("ing$", ""),
            word.replaceAll("ing$", "e"),
            word.replaceAll("d$", "")
        }) {
            if (verbs.contains(candidate)
                    && (word.endsWith("s")
                            || word.endsWith("ed")
                            || word.endsWith("ing")
                            || !nouns.contains(word) && !adjectives.contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("es") && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses"))) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> lemmas(String file) throws IOException {
        Set<String> set = new HashSet<>();
        for (String line : lines("/net/sf/extjwnl/data/wordnet/wn31/" + file)) {
            if (!line.startsWith("  ")) {
                set.add(line.substring(0, line.indexOf(' ')));
            }
        }
        return set;
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = GuideTermsTest.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void termsToAvoidAreFoundWhenUsedAboutAPerson() {
        assertTrue(
                coverage() >= COVERAGE_FLOOR,
                String.format(Locale.ROOT, "%.3f of terms found; not found: %s", coverage(), notFound));
    }

    /**
     * {@code lexicon/GUIDE-TERMS.md}: every guide term and what the lexicon does with it, made from
     * this measurement. Regenerate with {@code -Dlexicon.guides.update=true}.
     */
    @Test
    void theCommittedPageSaysWhatTheLexiconDoesWithEachTerm() throws IOException {
        StringBuilder page = new StringBuilder("""
                # What strengths-lint does with the terms the guides name

                <!-- Generated by GuideTermsTest from src/test/resources/guides/guide-terms.tsv; do not edit.
                     Regenerate: mvn -pl core,lexicon test -Dtest=GuideTermsTest -Dlexicon.guides.update=true -->

                41 public language guides (keys as in [REFERENCE.md](REFERENCE.md)'s sources and
                `guide-terms.tsv`'s header) ask writers to avoid these terms. Terms to **avoid** are put into
                sentences that use them about a person ("He is a ...", "Staff said she was ...", "We met the ...
                at the hostel", or after a subject for a verb); the rules that find them are listed. Terms that
                are **contested** (guides disagree, or innocent senses are common) are also put into an
                ordinary sentence ("The report mentions ... twice"): the decision says whether the lexicon
                leaves them out, reports them only when said of a person, only in a narrow context of an
                entry's own (its conditions are given), or reports them for review at info wherever they
                appear.

                """);
        page.append(String.format(
                Locale.ROOT,
                "Found with the default profile (no profile chosen): %d of %d terms to avoid (%.1f%%); with the "
                        + "strict profile, which also reports the notes the default leaves out, %d.%n%n",
                found,
                avoid.size(),
                100 * coverage(),
                found + foundWithStrictOnly));
        for (String scope : List.of("avoid", "contested")) {
            page.append(
                    scope.equals("avoid")
                            ? "## Terms to avoid\n\n| term | what the lexicon does | guides |\n|---|---|---|\n"
                            : "\n## Contested terms\n\n| term | decision | guides |\n|---|---|---|\n");
            decisions.forEach((key, value) -> {
                String[] k = key.split("\t");
                String[] v = value.split("\t");
                if (k[0].equals(scope)) {
                    page.append("| ")
                            .append(k[1])
                            .append(" | ")
                            .append(v[0])
                            .append(" | ")
                            .append(v[1])
                            .append(" |\n");
                }
            });
        }
        String expected = page.toString();
        if (Boolean.getBoolean("lexicon.guides.update")) {
            java.nio.file.Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                expected,
                java.nio.file.Files.readString(PAGE, StandardCharsets.UTF_8),
                "lexicon/GUIDE-TERMS.md is out of date: regenerate it with -Dlexicon.guides.update=true");
    }

    /**
     * Innocent senses of the words the guides' terms are made of, as ordinary documents use them:
     * nothing above info.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "Please keep the kitchen clean and tidy.",
                "Dirty dishes go in the sink by the back door.",
                "The patient's fits of coughing kept her awake.",
                "She is a wheelchair user and needs a ground-floor room.",
                "The lift has been out of order, so wheelchair access is through the side door.",
                "Disabled parking bays are next to reception.",
                "The Disabled Facilities Grant paid for the ramp.",
                "The aged cheddar is on special offer this week.",
                "The dwarf conifers by the car park were cut back.",
                "An epileptic seizure can last a few minutes.",
                "Normal opening hours resume on Monday.",
                "The report was a normal part of the annual review.",
                "It has been a challenging year for the whole team.",
                "She found the form difficult to fill in.",
                "The revolving door at the entrance is broken.",
                "The band was a no-show at the festival.",
                "The drunk driving campaign starts in December.",
                "He passed his driving test last week.",
                "The suicide prevention strategy was agreed in May.",
                "The relapse prevention group meets on Thursdays.",
                "Transient faults in the fire alarm were fixed.",
                "The derelict warehouse on Mill Lane will become flats.",
                "The council refused planning permission for the car park.",
                "Entrenched inequality keeps rents high.",
                "Commissioning is a complex system with many partners.",
                "The bars on the window in room 4 will be repaired.",
                "She volunteers at the homeless shelter on Station Road.",
                "The homeless sector lost three charities last year.",
                "Uncontrolled dogs must be kept out of the garden.",
                "The heating was poorly controlled in the old building."
            })
    void innocentSensesInOrdinaryDocumentsStayAtInfoAtMost(String sentence) {
        List<String> above = LINTER.check(sentence, "x.txt").findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.rule() + " \"" + f.text() + "\"")
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), above, sentence);
    }

    @Test
    void contestedTermsInOrdinarySentencesStayAtInfo() {
        assertTrue(contestedAboveInfo.isEmpty(), "contested terms reported above info: " + contestedAboveInfo);
    }

    /**
     * An entry whose pattern is the term itself but which the frames above do not reach, because it
     * reports the term only in a context of its own ("victim of" before an illness), described as
     * the reference describes its conditions; or null.
     */
    private static String narrowContext(String term) {
        String wanted = term.toLowerCase(Locale.ROOT).replaceFirst("^(a|an|the) ", "");
        for (LexiconEntry entry : LINTER.lexicon().entries()) {
            if (entry.patterns().stream()
                    .anyMatch(p -> p.toLowerCase(Locale.ROOT).equals(wanted))) {
                List<String> conditions = entry.conditions().stream()
                        .map(org.strengthslint.match.ContextConditions::describe)
                        .toList();
                return "only in a narrow context: `" + entry.id() + "` ("
                        + entry.severity().label() + "), " + String.join("; ", conditions);
            }
        }
        return null;
    }
}
