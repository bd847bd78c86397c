package org.strengthslint.cli;

import java.io.Console;

/** Whether the tool talks to a person at a terminal (colours, a progress bar) or to a pipe or file. */
final class Terminal {
    private Terminal() {}

    /**
     * True when standard input and output are a terminal. Up to Java 21 {@link System#console()}
     * is null otherwise; from Java 22 it always exists and {@code Console.isTerminal()} (not in
     * Java 17's API, so looked up) says whether it is one.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21 and older: a console exists only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
