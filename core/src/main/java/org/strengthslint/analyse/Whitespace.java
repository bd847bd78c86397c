package org.strengthslint.analyse;

import java.util.regex.Pattern;

/** Runs of white space collapsed to one space, as findings and reports quote text. */
public final class Whitespace {
    /** Compiled once: a report can quote tens of thousands of sentences. */
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {}

    /** A hyphen that ends a line, between letters: a compound word wrapped at its hyphen. */
    private static final Pattern WRAPPED_HYPHEN = Pattern.compile("(?<=\\p{L})-[ \\t]*\\n\\s*(?=\\p{L})");

    /**
     * A sentence as a finding quotes it: white space collapsed, and a compound word wrapped at
     * its hyphen ("non-" at the end of one line, "compliant" on the next) written whole again.
     */
    public static String quote(String text) {
        return collapse(WRAPPED_HYPHEN.matcher(text).replaceAll("-"));
    }

    /** {@code text} with every run of white space (spaces, tabs, line breaks) made one space. */
    public static String collapse(String text) {
        return RUN.matcher(text).replaceAll(" ");
    }
}
