package org.dramagraph.segment;

/**
 * A stretch of text between quote marks.
 *
 * @param start  offset of the opening mark
 * @param end    offset just past the closing mark, or the line end when the quote is never closed
 * @param text   the words inside the marks
 * @param closed whether a closing mark was found on the line
 * @param single whether it opened with a single mark ({@code ‘} or {@code '}), as titles often do
 * @param depth  0 for a top-level quotation, 1 for one nested inside another
 */
public record Quotation(int start, int end, String text, boolean closed, boolean single, int depth) {
    /** Offset of the first character inside the marks. */
    public int innerStart() {
        return start + 1;
    }
}
