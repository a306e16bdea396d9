package org.dramagraph.source;

/**
 * Something in the input that could not be read as an article.
 *
 * @param input   the file, URL or {@code -} it concerns
 * @param line    the line number for line-based formats, else 0
 * @param message what was wrong, for a person to read
 */
public record InputProblem(String input, int line, String message) {
    /** One line naming the input (and line), for error output. */
    public String describe() {
        return line > 0 ? input + ":" + line + ": " + message : input + ": " + message;
    }
}
