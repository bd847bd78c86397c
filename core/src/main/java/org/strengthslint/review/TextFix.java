package org.strengthslint.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.strengthslint.api.Edit;
import org.strengthslint.api.Finding;
import org.strengthslint.extract.Document;

/**
 * The safe edits of a text or Markdown document's findings, made on its text. An edit is made
 * only where everything it replaces is prose the check read: an edit that would reach into code,
 * a URL, markup or front matter (blanked in the document's checkable text) is left undone, as is
 * one that overlaps an edit already made (the first, in reading order, is kept).
 */
public final class TextFix {
    private TextFix() {}

    /** A finding whose edit was not made, and why, in words a user reads after "not applied: ". */
    public record NotDone(Finding finding, String reason) {}

    /**
     * @param text    the document's text with the edits made
     * @param applied the findings whose edits were made, in reading order
     * @param notDone the findings without a safe edit, or whose edit could not be made
     */
    public record Result(String text, List<Finding> applied, List<NotDone> notDone) {
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    /** Makes the edits of {@code findings} (the document's findings chosen for fixing) on the document's text. */
    public static Result apply(Document document, List<Finding> findings) {
        String text = document.text();
        String checkable = document.checkable();
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(
                        (Finding f) -> f.edit() == null ? f.offset() : f.edit().offset())
                .thenComparingInt(Finding::offset));
        List<Finding> applied = new ArrayList<>();
        List<NotDone> notDone = new ArrayList<>();
        int madeUpTo = 0;
        for (Finding finding : ordered) {
            Edit edit = finding.edit();
            if (edit == null) {
                notDone.add(new NotDone(finding, "no safe edit"));
            } else if (edit.end() > text.length()) {
                notDone.add(new NotDone(finding, "its edit lies outside the text"));
            } else if (edit.offset() < madeUpTo) {
                notDone.add(new NotDone(finding, "it overlaps the edit of an earlier finding"));
            } else if (!text.regionMatches(edit.offset(), checkable, edit.offset(), edit.length())) {
                notDone.add(new NotDone(finding, "its edit would change code, a link or markup"));
            } else {
                applied.add(finding);
                madeUpTo = Math.max(edit.end(), edit.offset() + 1); // two insertions at one place: the first only
            }
        }
        StringBuilder fixed = new StringBuilder(text);
        for (int i = applied.size() - 1; i >= 0; i--) {
            Edit edit = applied.get(i).edit();
            fixed.replace(edit.offset(), edit.end(), edit.replacement());
        }
        notDone.sort(Comparator.comparingInt(n -> n.finding().offset()));
        return new Result(fixed.toString(), applied, notDone);
    }
}
