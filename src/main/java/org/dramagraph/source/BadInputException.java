package org.dramagraph.source;

/**
 * Why one input, or one line of it, cannot be read as an article. Becomes an {@link InputProblem}
 * that names the input.
 */
final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    BadInputException(String message) {
        this(0, message);
    }

    BadInputException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole input. */
    int line() {
        return line;
    }
}
