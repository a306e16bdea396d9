package org.dramagraph.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches on each line, tolerant of the marks news pages really use: straight and
 * curly quotes, an opening {@code "} closed by {@code '} or {@code ’}, a {@code ‘} closed by another
 * {@code ‘}, and quotes left open at the end of a line. Apostrophes inside words ("don't", "Ki's")
 * never open or close a quotation.
 */
public final class QuoteFinder {

    /** All quotations in the text, top-level ones and those nested one level inside them, by start. */
    public List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            findInLine(text, lineStart, lineEnd, 0, out);
            lineStart = lineEnd + 1;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private void findInLine(String text, int from, int to, int depth, List<Quotation> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c > '\'' && c < '\u2018') {
                i++; // letters, digits and most punctuation lie between the marks: one test passes them
                continue;
            }
            if (isDouble(c) && opens(text, i, from, to)) {
                int close = findClose(text, i + 1, to, true);
                i = emit(text, i, close, to, false, depth, out);
            } else if (isSingle(c) && opens(text, i, from, to)) {
                int close = findClose(text, i + 1, to, false);
                if (close < 0) {
                    i++; // an unclosed single mark is far more often an apostrophe than a quotation
                    continue;
                }
                i = emit(text, i, close, to, true, depth, out);
            } else {
                i++;
            }
        }
    }

    private int emit(String text, int open, int close, int lineEnd, boolean single, int depth, List<Quotation> out) {
        boolean closed = close >= 0;
        int innerEnd = closed ? close : lineEnd;
        int end = closed ? close + 1 : lineEnd;
        String inner = text.substring(open + 1, innerEnd).strip();
        if (!inner.isEmpty()) {
            out.add(new Quotation(open, end, inner, closed, single, depth));
            if (depth == 0 && !single) {
                findInLine(text, open + 1, innerEnd, 1, out);
            }
        }
        return end;
    }

    /** The closing mark for a quotation opened just before {@code from}, or -1. */
    private int findClose(String text, int from, int to, boolean doubleOpen) {
        int fallback = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (doubleOpen && isDouble(c)) {
                if (c == '\u201C' && !closes(text, i, to)) {
                    // a new opening curly double mark: the previous quote ran on unclosed
                    return fallback;
                }
                return i;
            }
            if (isSingle(c) && closes(text, i, to) && !insideWord(text, i, to)) {
                if (!doubleOpen) {
                    return i;
                }
                // a double quote closed by a single mark ('He said, "... fun time filming.'")
                if (fallback < 0 && endsClause(text, i)) {
                    fallback = i;
                }
            }
        }
        return fallback;
    }

    private static boolean endsClause(String text, int i) {
        char before = text.charAt(i - 1);
        return before == '.' || before == '!' || before == '?' || before == ',';
    }

    /** A mark opens when it follows a line start, space or bracket and precedes a non-space. */
    private static boolean opens(String text, int i, int from, int to) {
        if (i + 1 >= to || Chars.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == from) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Chars.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
                || before == '-' || before == ':' || before == ',' || before == '/'
                || (text.charAt(i) != '\'' && text.charAt(i) != '\u2019' && !Chars.isLetterOrDigit(before));
    }

    /** A mark closes when it follows a non-space and precedes a space, punctuation or the line end. */
    private static boolean closes(String text, int i, int to) {
        if (i == 0 || Chars.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 >= to) {
            return true;
        }
        char after = text.charAt(i + 1);
        return !Chars.isLetterOrDigit(after);
    }

    /** An apostrophe between letters ("don't", "Ki's") is not a quote mark. */
    private static boolean insideWord(String text, int i, int to) {
        return i > 0 && Chars.isLetter(text.charAt(i - 1)) && i + 1 < to && Chars.isLetter(text.charAt(i + 1));
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }
}
