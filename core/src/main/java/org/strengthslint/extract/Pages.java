package org.strengthslint.extract;

/**
 * When the page breaks recorded in a word-processor file can be trusted. A file records the
 * breaks its program made while laying it out (Word: {@code w:lastRenderedPageBreak};
 * LibreOffice: {@code text:soft-page-break}) and the manual ones (page breaks, "page break
 * before", new-page section breaks), and usually how many pages it has. Breaks are used:
 * <ul>
 * <li>when, with the first page, they make the number of pages the file states; or</li>
 * <li>when the file does not state it, the manual breaks alone, if every stretch between them is
 * short enough ({@value #SURELY_ONE_PAGE} characters) that it cannot run over a page.</li>
 * </ul>
 * Otherwise pages are unknown, and findings have no page rather than a wrong one.
 */
final class Pages {
    /** Text this short fits on one A4 or Letter page in any ordinary layout. */
    static final int SURELY_ONE_PAGE = 2000;

    private Pages() {}

    /**
     * @param laidOut   breaks made by layout (may include manual ones, as Word records them)
     * @param manual    manual breaks
     * @param pageCount the page count the file states, or 0
     * @param bodyEnd   where the body text ends
     * @return the break offsets to use, or null when pages are unknown
     */
    static int[] choose(int[] laidOut, int[] manual, int pageCount, int bodyEnd) {
        if (pageCount > 0) {
            if (laidOut.length + 1 == pageCount) {
                return laidOut;
            }
            if (manual.length + 1 == pageCount) {
                return manual;
            }
            int[] both = merge(laidOut, manual);
            if (both.length + 1 == pageCount) {
                return both;
            }
            return null;
        }
        if (laidOut.length > 0) {
            return laidOut;
        }
        int previous = 0;
        for (int b : manual) {
            if (b - previous > SURELY_ONE_PAGE) {
                return null;
            }
            previous = b;
        }
        return bodyEnd - previous > SURELY_ONE_PAGE ? null : manual;
    }

    private static int[] merge(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                .sorted()
                .distinct()
                .toArray();
    }
}
