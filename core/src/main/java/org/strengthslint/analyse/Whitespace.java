package org.strengthslint.analyse;

import java.util.regex.Pattern;

/** Runs of white space collapsed to one space, as findings and reports quote text. */
public final class Whitespace {
    /** Compiled once: a report can quote tens of thousands of sentences. */
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** {@code text} with every run of white space (spaces, tabs, line breaks) made one space. */
    public static String collapse(String text) {
        return RUN.matcher(text).replaceAll(" ");
    }
}
