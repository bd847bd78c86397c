package org.strengthslint.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a block inside quotation marks (straight or curly, single or double),
 * telling a closing single quote from an apostrophe ("the person's", "residents'").
 */
public final class Quotations {
    private final List<int[]> ranges;

    private Quotations(List<int[]> ranges) {
        this.ranges = ranges;
    }

    public static Quotations in(CharSequence text, int from, int to) {
        List<int[]> ranges = new ArrayList<>();
        int doubleOpen = -1;
        int singleOpen = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u201C' -> doubleOpen = doubleOpen < 0 ? i : doubleOpen;
                case '\u201D' -> {
                    if (doubleOpen >= 0) {
                        ranges.add(new int[] {doubleOpen + 1, i});
                        doubleOpen = -1;
                    }
                }
                case '"' -> {
                    if (doubleOpen >= 0) {
                        ranges.add(new int[] {doubleOpen + 1, i});
                        doubleOpen = -1;
                    } else {
                        doubleOpen = i;
                    }
                }
                case '\u2018' -> singleOpen = singleOpen < 0 ? i : singleOpen;
                case '\u2019', '\'' -> {
                    char before = i > from ? text.charAt(i - 1) : ' ';
                    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
                    if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                        break; // an apostrophe: don't, person's
                    }
                    if (singleOpen >= 0 && !Character.isWhitespace(before)) {
                        ranges.add(new int[] {singleOpen + 1, i});
                        singleOpen = -1;
                    } else if (c == '\'' && singleOpen < 0 && opensQuote(before) && Character.isLetterOrDigit(after)) {
                        singleOpen = i;
                    }
                }
                default -> {}
            }
        }
        return new Quotations(ranges);
    }

    private static boolean opensQuote(char before) {
        return Character.isWhitespace(before) || "([{\u2014\u2013-/\"\u201C".indexOf(before) >= 0;
    }

    /** The quotation {@code [start, end)} lies inside, as {@code {from, to}}, or null. */
    int[] around(int start, int end) {
        for (int[] range : ranges) {
            if (range[0] <= start && end <= range[1]) {
                return range;
            }
        }
        return null;
    }

    /** True when {@code [start, end)} lies inside one quotation. */
    public boolean covers(int start, int end) {
        return around(start, end) != null;
    }
}
