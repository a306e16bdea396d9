package org.dramagraph.source;

/**
 * Something in the input that could not be read as an article.
 *
 * @param input   the file, URL or {@code -} it concerns
 * @param line    the line number for line-based formats, else 0
 * @param message what was wrong, for a person to read
 * @param records how many records (articles, lines, items) it stands for: 1, but for one line that counts the bad
 *                lines of a file past those listed one by one
 */
public record InputProblem(String input, int line, String message, int records) {
    /** A problem with one record, or with an input as a whole. */
    public InputProblem(String input, int line, String message) {
        this(input, line, message, 1);
    }

    /** One line naming the input (and line), for error output. */
    public String describe() {
        return line > 0 ? input + ":" + line + ": " + message : input + ": " + message;
    }
}
