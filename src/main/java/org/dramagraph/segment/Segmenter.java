package org.dramagraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramagraph.lang.WordFile;

/**
 * Splits cleaned text into sentences. Line breaks are hard boundaries (news pages put headings,
 * captions and list items on lines of their own); inside a line a sentence ends at {@code . ! ?}
 * followed by a capital, a quote mark or a digit, unless the period closes an abbreviation or an
 * initial. A period glued to the next sentence ("said.On May 22") also ends a sentence when the word
 * before it is lower case and not an abbreviation.
 */
public final class Segmenter {
    private static final Set<String> ABBREVIATIONS = WordFile.set(Segmenter.class, "abbreviations.txt");

    /** Sentences of the text, in order; blank lines and whitespace-only stretches produce none. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (skipSpace(text, lineStart, lineEnd) < lineEnd) {
                splitLine(text, lineStart, lineEnd, paragraph++, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i, to)) {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end)) && !opensGluedQuote(text, end, to)) {
                    end++;
                }
                add(text, start, end, paragraph, out);
                start = skipSpace(text, end, to);
                i = start;
                continue;
            }
            i++;
        }
        add(text, start, to, paragraph, out);
    }

    private boolean endsSentence(String text, int start, int i, int to) {
        int j = i + 1;
        while (j < to && (isCloser(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
            j++;
        }
        if (j >= to) {
            return false; // the line end closes the sentence anyway
        }
        boolean spaced = Chars.isWhitespace(text.charAt(j));
        int k = skipSpace(text, j, to);
        if (k >= to) {
            return false;
        }
        char next = text.charAt(k);
        boolean opensSentence = Chars.isUpperCase(next) || Chars.isDigit(next) || isOpener(next);
        if (!opensSentence) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return spaced || j > i + 1;
        }
        String word = wordBefore(text, start, i);
        if (word.isEmpty()) {
            // "(working title).'Crash Landing'" or "(2016).The drama": glued after a parenthesis or a quote
            return spaced || i > start && (text.charAt(i - 1) == ')' || isCloser(text.charAt(i - 1)));
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (word.length() == 1 && Chars.isUpperCase(word.charAt(0))) {
            return false; // an initial: "D. P." or "Kim J. Won"
        }
        if (!spaced) {
            // "Yoon Ga-eun.On May 22": glued sentences, but not "Mr.Hong" or "D.P.2" or "2.5"
            return Chars.isLowerCase(word.charAt(word.length() - 1)) && word.length() > 2
                    && Chars.isUpperCase(next) && !lower.contains(".");
        }
        return true;
    }

    private static String wordBefore(String text, int start, int i) {
        int b = i;
        while (b > start && (Chars.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        return text.substring(b, i);
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (end > start && Chars.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end), paragraph));
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Chars.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[';
    }

    /** A straight quote right before a letter opens the next sentence: "(working title).'Salt Road' airs". */
    private static boolean opensGluedQuote(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '"') && i + 1 < to && Character.isLetter(text.charAt(i + 1));
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }
}
