package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.match.ContextConditions;

/**
 * {@code lexicon/REFERENCE.md} is rendered from the lexicon data, so it can never drift from it:
 * this test renders it and fails when the committed file differs. After a deliberate change to the
 * lexicon, regenerate it with {@code mvn -pl core,lexicon test -Dlexicon.reference.update=true}
 * and review the diff.
 */
class ReferenceTest {
    private static final Path REFERENCE = Path.of("REFERENCE.md");

    /** The toolkit's ten principles, in short. */
    private static final Map<Integer, String> PRINCIPLES = Map.ofEntries(
            Map.entry(1, "every person has strengths and the potential to lead a fulfilled life"),
            Map.entry(2, "focus on strengths, interests and goals"),
            Map.entry(3, "relationships built on trust and listening"),
            Map.entry(4, "partnership that fosters confidence, independence and capability"),
            Map.entry(5, "positive social connections"),
            Map.entry(6, "our values in every part of the organisation, including policies and procedures"),
            Map.entry(7, "continual reflection, including on the language we use"),
            Map.entry(8, "run with and led by the people who use the service"),
            Map.entry(9, "being part of a wider community"),
            Map.entry(10, "promoting strengths-based working and fairer opportunities"));

    @Test
    void theCommittedReferenceMatchesTheLexicon() throws IOException {
        String rendered = render(Linter.builder().build().lexicon());
        if (Boolean.getBoolean("lexicon.reference.update")) {
            Files.writeString(REFERENCE, rendered, StandardCharsets.UTF_8);
        }
        assertTrue(
                Files.exists(REFERENCE),
                REFERENCE.toAbsolutePath() + " is missing: run the tests with " + "-Dlexicon.reference.update=true");
        assertEquals(
                Files.readString(REFERENCE, StandardCharsets.UTF_8),
                rendered,
                "lexicon/REFERENCE.md is out of date: regenerate it with -Dlexicon.reference.update=true");
    }

    static String render(Lexicon lexicon) {
        StringBuilder out = new StringBuilder();
        out.append("# The strengths-lint lexicon\n\n");
        out.append("<!-- Generated from the YAML files in src/main/resources/org/strengthslint/lexicon/ by\n");
        out.append("     ReferenceTest. Do not edit by hand: change the YAML, then run\n");
        out.append("     mvn -pl core,lexicon test -Dlexicon.reference.update=true -->\n\n");
        out.append("Every entry of the bundled lexicon: ")
                .append(lexicon.size())
                .append(" entries in ")
                .append(lexicon.categories().size())
                .append(" categories. Severities: **error**, a label that ")
                .append("should not be used about a person; **warning**, deficit, blame or depersonalising framing; ")
                .append("**info**, jargon guides disagree on and legal terms of art. The default profile, used ")
                .append("when none is chosen, leaves some info entries out; they say so below, and the strict ")
                .append("profile reports them. The file format is described ")
                .append("in [README.md](README.md).\n\n");
        out.append("| category | entries | what it covers |\n|---|---|---|\n");
        for (Category category : lexicon.categories().values()) {
            long count = lexicon.entries().stream()
                    .filter(e -> e.category().equals(category.id()))
                    .count();
            out.append("| [")
                    .append(category.title())
                    .append("](#")
                    .append(category.id())
                    .append(") | ")
                    .append(count)
                    .append(" | ")
                    .append(category.description())
                    .append(" |\n");
        }
        for (Category category : lexicon.categories().values()) {
            out.append("\n## ").append(category.title()).append("\n\n");
            out.append(category.description()).append("\n");
            for (LexiconEntry entry : lexicon.entries()) {
                if (entry.category().equals(category.id())) {
                    entry(out, entry, lexicon.sources(), Linter.offByDefault(lexicon, entry));
                }
            }
        }
        return out.toString();
    }

    /** How the first suggestion is put in place of the words (lexicon/README.md, "Suggestions that fit"). */
    private static String fit(Fit fit) {
        List<String> forms = new ArrayList<>();
        addForm(forms, "singular", fit.one());
        addForm(forms, "plural", fit.many());
        addForm(forms, "verb", fit.verb());
        fit.followedBy().forEach((word, form) -> addForm(forms, "before \"" + word + "\"", form));
        addForm(forms, "after \"is\"", fit.predicate());
        addForm(forms, "before a noun", fit.attributive());
        addForm(forms, "as written", fit.text());
        return switch (fit.slot()) {
            case NONE -> "no automatic edit: " + fit.reason();
            default -> fit.slot().key() + " (" + String.join(", ", forms) + ")";
        };
    }

    private static void addForm(List<String> forms, String label, String form) {
        if (form != null) {
            forms.add(label + ": \"" + form + "\"");
        }
    }

    private static void entry(StringBuilder out, LexiconEntry entry, Map<String, String> sources, boolean off) {
        out.append("\n### ").append(entry.id()).append("\n\n");
        out.append("- **Severity:** ").append(entry.severity().label());
        if (off) {
            out.append(" (not reported by the default profile; the strict profile reports it)");
        }
        out.append('\n');
        List<String> terms = new ArrayList<>();
        for (String term : entry.terms()) {
            terms.add("\"" + term + "\"");
        }
        out.append("- **Terms:** ").append(String.join(", ", terms)).append('\n');
        List<String> when = conditions(entry);
        if (!when.isEmpty()) {
            out.append("- **When:** ").append(String.join("; ", when)).append('\n');
        }
        out.append("- **Why:** ").append(entry.explanation()).append('\n');
        out.append("- **Use instead:** ")
                .append(String.join("; ", entry.suggestions()))
                .append('\n');
        out.append("- **In a sentence:** ").append(fit(entry.fit())).append('\n');
        if (entry.principle() > 0) {
            out.append("- **Toolkit principle:** ")
                    .append(entry.principle())
                    .append(", ")
                    .append(PRINCIPLES.get(entry.principle()))
                    .append('\n');
        }
        out.append("- **Examples:**\n");
        for (String flagged : entry.flaggedExamples()) {
            out.append("  - flagged: ")
                    .append(flagged.replace("[", "**").replace("]", "**"))
                    .append('\n');
        }
        for (String clean : entry.cleanExamples()) {
            out.append("  - not flagged: ").append(clean).append('\n');
        }
        List<String> cited = new ArrayList<>();
        for (String source : entry.sources()) {
            cited.add(source + " (" + sources.get(source) + ")");
        }
        out.append("- **Sources:** ")
                .append(cited.isEmpty() ? "none" : String.join("; ", cited))
                .append('\n');
    }

    /** The entry's context rules in words, as the engine describes them (the same words as `explain`). */
    private static List<String> conditions(LexiconEntry entry) {
        List<String> when = new ArrayList<>();
        for (ConditionSpec condition : entry.conditions()) {
            when.add(ContextConditions.describe(condition));
        }
        return when;
    }
}
