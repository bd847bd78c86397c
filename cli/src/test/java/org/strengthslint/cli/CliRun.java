package org.strengthslint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process, with what it printed and its exit code. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run in which findings get edits from {@code edits} (see {@link FirstSuggestionEdits}). */
    static CliRun runWithEdits(java.util.function.UnaryOperator<org.strengthslint.api.Finding> edits, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), edits);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun runWithInput(byte[] input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }
}
