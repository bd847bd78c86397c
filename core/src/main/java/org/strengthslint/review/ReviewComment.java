package org.strengthslint.review;

import java.util.ArrayList;
import java.util.List;
import org.strengthslint.api.Finding;

/** The lines of a review comment: what was found, what to say instead, how the sentence would read, and why. */
final class ReviewComment {
    private ReviewComment() {}

    static List<String> lines(Finding finding, String why) {
        List<String> lines = new ArrayList<>();
        lines.add(finding.message());
        if (!finding.suggestions().isEmpty()) {
            lines.add("Instead: " + String.join("; ", finding.suggestions()));
        }
        if (finding.edit() != null) {
            lines.add("The sentence would read: " + finding.edit().sentence());
        }
        if (why != null && !why.isBlank()) {
            lines.add(why.strip());
        }
        return lines;
    }
}
