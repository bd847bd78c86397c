package org.strengthslint.review;

import java.util.List;

/**
 * A reviewed copy of a document.
 *
 * @param document the reviewed document's bytes
 * @param comments the comments added
 * @param changes  the tracked changes made (each an edit: a deletion and an insertion)
 * @param notDone  what was left undone, in the order of the findings
 */
public record ReviewResult(byte[] document, int comments, int changes, List<NotDone> notDone) {
    public ReviewResult {
        notDone = List.copyOf(notDone);
    }

    /**
     * A finding that got no comment, or whose edit was not made, and why.
     *
     * @param what   "comment" or "change"
     * @param reason why, in words a user reads after "no comment (" or "no change ("
     */
    public record NotDone(org.strengthslint.api.Finding finding, String what, String reason) {}
}
