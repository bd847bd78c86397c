package org.strengthslint.extract;

import java.util.Arrays;

/**
 * Which page (or slide) each stretch of extracted text is on. Pages need not rise with the
 * offset: a footnote placed after the body belongs to the page of its reference, and text that is
 * on every page (headers and footers) has no page at all.
 */
final class PageMap {
    private final int[] starts;
    private final int[] pages;

    /**
     * @param starts offsets, rising, where a stretch begins (the first should be 0)
     * @param pages  the page of each stretch, 1-based; 0 for none
     */
    public PageMap(int[] starts, int[] pages) {
        if (starts.length != pages.length) {
            throw new IllegalArgumentException("one page for each stretch");
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("stretches must be in order");
            }
        }
        this.starts = starts.clone();
        this.pages = pages.clone();
    }

    /** The page of the character at {@code offset}, or null when it has none. */
    public Integer pageAt(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        if (index < 0) {
            index = -index - 2;
        } else {
            // several stretches may start at the same offset (empty ones): the last one counts
            while (index + 1 < starts.length && starts[index + 1] == offset) {
                index++;
            }
        }
        if (index < 0) {
            return null;
        }
        return pages[index] > 0 ? pages[index] : null;
    }

    /** The highest page number. */
    public int pageCount() {
        int max = 0;
        for (int page : pages) {
            max = Math.max(max, page);
        }
        return max;
    }
}
