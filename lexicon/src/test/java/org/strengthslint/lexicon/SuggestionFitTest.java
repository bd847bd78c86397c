package org.strengthslint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strengthslint.Linter;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;
import org.strengthslint.testing.MarkedText;

/**
 * The proof that suggestions fit, on every entry: every flagged example is checked, the edit each
 * finding carries is made, and the rewritten text must (a) give no finding from that entry and
 * (b) have no grammar error that LanguageTool's British English rules did not already find in
 * the original. An entry that declares a slot must give an edit on at least one of its examples;
 * an entry that declares {@code slot: none} never gives one. Prints a summary: entries with edits
 * and without, and why each example without an edit has none.
 */
class SuggestionFitTest {
    private static final Linter LINTER =
            StrictProfile.builder().explainContext().build();

    private static GrammarCheck grammar;

    @BeforeAll
    static void startLanguageTool() {
        grammar = new GrammarCheck();
    }

    @Test
    void everyEditReadsAndRemovesItsFinding() throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, String> withoutEdits = new LinkedHashMap<>();
        int entriesWithEdits = 0;
        int edits = 0;
        Map<String, Integer> reasons = new HashMap<>();
        for (LexiconEntry entry : LINTER.lexicon().entries()) {
            int entryEdits = 0;
            for (String example : entry.flaggedExamples()) {
                MarkedText marked = MarkedText.parse(example);
                List<Finding> findings = LINTER.check(marked.text(), "example.txt").findings().stream()
                        .filter(f -> f.rule().equals(entry.id()))
                        .toList();
                List<Edit> exampleEdits = new ArrayList<>();
                for (Finding finding : findings) {
                    if (finding.edit() == null) {
                        String reason = finding.context().stream()
                                .filter(line -> line.startsWith("no safe edit: "))
                                .findFirst()
                                .orElse("no reason given");
                        reasons.merge(reason, 1, Integer::sum);
                        if (entry.fit().slot() != Fit.Slot.NONE) {
                            System.out.println("  no edit [" + entry.id() + "] " + example + ": " + reason);
                        }
                    } else {
                        exampleEdits.add(finding.edit());
                    }
                }
                if (exampleEdits.isEmpty()) {
                    continue;
                }
                if (entry.fit().slot() == Fit.Slot.NONE) {
                    failures.add(entry.id() + " declares no fit but edits: " + example);
                }
                entryEdits += exampleEdits.size();
                String rewritten = apply(marked.text(), exampleEdits);
                for (Edit edit : exampleEdits) {
                    String alone = apply(marked.text(), List.of(edit));
                    if (!alone.contains(edit.sentence())) {
                        failures.add(entry.id() + ": the edit's sentence \"" + edit.sentence()
                                + "\" is not the rewritten text \"" + alone + "\"");
                    }
                }
                List<String> remaining = LINTER.check(rewritten, "example.txt").findings().stream()
                        .filter(f -> f.rule().equals(entry.id()))
                        .map(Finding::text)
                        .toList();
                if (!remaining.isEmpty()) {
                    failures.add(entry.id() + ": \"" + rewritten + "\" still has " + remaining);
                }
                List<String> introduced = newGrammarErrors(marked.text(), rewritten);
                if (!introduced.isEmpty()) {
                    failures.add(
                            entry.id() + ": \"" + rewritten + "\" (from \"" + marked.text() + "\"): " + introduced);
                }
                System.out.println("  [" + entry.id() + "] " + marked.text() + "\n      -> " + rewritten);
            }
            edits += entryEdits;
            if (entryEdits > 0) {
                entriesWithEdits++;
            } else {
                withoutEdits.put(
                        entry.id(),
                        entry.fit().slot() == Fit.Slot.NONE
                                ? "slot none: " + entry.fit().reason()
                                : "declares slot " + entry.fit().slot().key() + " but no example gets an edit");
                if (entry.fit().slot() != Fit.Slot.NONE) {
                    failures.add(entry.id() + " declares slot "
                            + entry.fit().slot().key() + " but none of its flagged examples gets an edit");
                }
            }
        }
        System.out.println("Suggestion fit: " + entriesWithEdits + " entries give edits (" + edits + " edits), "
                + withoutEdits.size() + " do not:");
        withoutEdits.forEach((id, why) -> System.out.println("  " + id + ": " + why));
        System.out.println("Examples without an edit, by reason:");
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(r -> System.out.println("  " + r.getValue() + " x " + r.getKey()));
        failures.forEach(f -> System.out.println("FAIL " + f));
        assertEquals(List.of(), failures, failures.size() + " examples whose edit does not fit");
    }

    @Test
    void everyBundledEntryDeclaresHowItsSuggestionFits() {
        List<String> undeclared = LINTER.lexicon().entries().stream()
                .filter(e -> e.fit().equals(Fit.undeclared()))
                .map(LexiconEntry::id)
                .toList();
        assertEquals(List.of(), undeclared, "entries without a fit: key");
        assertTrue(LINTER.lexicon().size() > 200);
    }

    private static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text);
        edits.stream()
                .sorted(Comparator.comparingInt(Edit::offset).reversed())
                .forEach(e -> out.replace(e.offset(), e.end(), e.replacement()));
        return out.toString();
    }

    static List<String> newGrammarErrors(String original, String rewritten) throws IOException {
        return grammar.newErrors(original, rewritten);
    }
}
