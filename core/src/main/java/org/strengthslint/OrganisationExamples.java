package org.strengthslint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strengthslint.api.Finding;
import org.strengthslint.data.Excerpt;
import org.strengthslint.data.InvalidDataException;
import org.strengthslint.lexicon.LexiconEntry;
import org.strengthslint.lexicon.MarkedExample;

/**
 * Runs the examples of an organisation's own lexicon entries when they are loaded, as the bundled
 * lexicon's build runs its own: a flagged example must give exactly its marked spans from its
 * entry, and a clean example none. An entry whose pattern or conditions do not do what its
 * examples say would otherwise be silently useless (or silently wrong).
 */
final class OrganisationExamples {
    private OrganisationExamples() {}

    /**
     * @param linter a linter with the whole lexicon and no configuration, so the entry's own
     *               patterns and conditions are what is tested (not the organisation's settings)
     * @throws InvalidDataException naming the entry's file and line and the example
     */
    static void check(Linter linter, List<LexiconEntry> entries) {
        for (LexiconEntry entry : entries) {
            for (String example : entry.flaggedExamples()) {
                MarkedExample expected = MarkedExample.parse(example);
                List<int[]> found = spans(linter, entry, expected.text());
                if (!sameSpans(expected.spans(), found)) {
                    throw new InvalidDataException(
                            entry.origin().file(),
                            entry.origin().line(),
                            "entry '" + entry.id()
                                    + "': the flagged example '" + Excerpt.of(example) + "' is not flagged as marked ("
                                    + (found.isEmpty()
                                            ? "nothing is flagged"
                                            : "flagged: '" + Excerpt.of(expected.marked(found)) + "'")
                                    + ")");
                }
            }
            for (String example : entry.cleanExamples()) {
                List<int[]> found = spans(linter, entry, example);
                if (!found.isEmpty()) {
                    throw new InvalidDataException(
                            entry.origin().file(),
                            entry.origin().line(),
                            "entry '" + entry.id()
                                    + "': the clean example '" + Excerpt.of(example) + "' is flagged ('"
                                    + Excerpt.of(new MarkedExample(example, List.of()).marked(found)) + "')");
                }
            }
        }
    }

    private static List<int[]> spans(Linter linter, LexiconEntry entry, String text) {
        List<int[]> spans = new ArrayList<>();
        for (Finding finding : linter.check(text, "example.txt").findings()) {
            if (finding.rule().equals(entry.id())) {
                spans.add(new int[] {finding.offset(), finding.offset() + finding.length()});
            }
        }
        return spans;
    }

    private static boolean sameSpans(List<int[]> expected, List<int[]> found) {
        if (expected.size() != found.size()) {
            return false;
        }
        List<int[]> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> wanted = new ArrayList<>(expected);
        wanted.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int i = 0; i < wanted.size(); i++) {
            if (!Arrays.equals(wanted.get(i), sorted.get(i))) {
                return false;
            }
        }
        return true;
    }
}
