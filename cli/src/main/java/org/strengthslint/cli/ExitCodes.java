package org.strengthslint.cli;

/** The exit codes other tools rely on (docs/commands.md). */
final class ExitCodes {
    /** Nothing at or above the fail-on level. */
    static final int CLEAN = 0;
    /** Findings at or above the fail-on level. */
    static final int FINDINGS = 1;
    /** Bad usage, or invalid configuration or lexicon. */
    static final int USAGE = 2;
    /** One or more inputs could not be read (the others were still checked). */
    static final int UNREADABLE = 3;

    private ExitCodes() {}
}
