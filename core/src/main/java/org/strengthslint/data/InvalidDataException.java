package org.strengthslint.data;

/**
 * Configuration or lexicon data that cannot be used, with the file and line where the problem is,
 * so a person can go straight to it.
 */
public final class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;
    private final java.util.List<InvalidDataException> problems;

    /**
     * @param source the file (or resource) name
     * @param line   1-based line, or 0 when the problem is not on one line
     */
    public InvalidDataException(String source, int line, String problem) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
        this.problems = java.util.List.of(this);
    }

    private InvalidDataException(java.util.List<InvalidDataException> sorted) {
        super(String.join("\n", sorted.stream().map(Throwable::getMessage).toList()));
        this.source = sorted.get(0).source;
        this.line = sorted.get(0).line;
        this.problem = sorted.get(0).problem;
        this.problems = java.util.List.copyOf(sorted);
    }

    /**
     * Every problem found in one reading, so a person can mend them all at once: the only one
     * when there is one, otherwise one exception holding them all, sorted by file and line (its
     * message has one line per problem).
     */
    public static InvalidDataException of(java.util.Collection<InvalidDataException> found) {
        java.util.List<InvalidDataException> sorted = found.stream()
                .flatMap(e -> e.problems().stream())
                .sorted(java.util.Comparator.comparing(InvalidDataException::source)
                        .thenComparingInt(InvalidDataException::line))
                .toList();
        return sorted.size() == 1 ? sorted.get(0) : new InvalidDataException(sorted);
    }

    /** The problems this stands for, sorted by file and line: itself, or each of several. */
    public java.util.List<InvalidDataException> problems() {
        return problems;
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
