package org.strengthslint.config;

/**
 * Configuration or lexicon data that cannot be used, with the file and line where the problem is,
 * so a person can go straight to it.
 */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source the file (or resource) name
     * @param line   1-based line, or 0 when the problem is not on one line
     */
    public InvalidDataException(String source, int line, String problem) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
