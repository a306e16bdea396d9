package org.dramagraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as {@link RelevanceFilter} reads them, found only as far as they are asked
 * for: the filter often has its answer after the first few words. A word is a letter or number
 * followed by letters, numbers, plus signs, apostrophes and hyphens ("K-drama", "Disney+"), less
 * trailing apostrophes and hyphens and a possessive "'s".
 */
final class SampleWords {
    private final String text;
    private final List<String> words = new ArrayList<>();
    /** How far the text has been read. */
    private int read;

    SampleWords(String text) {
        this.text = text;
    }

    /** Word {@code i}, or null when the text has fewer words. */
    String get(int i) {
        while (words.size() <= i && findWord()) {
            // reads on until word i is found or the text ends
        }
        return i < words.size() ? words.get(i) : null;
    }

    /** Reads the next word; false at the end of the text. */
    private boolean findWord() {
        int start = read;
        // a word starts at a letter or number; a lone surrogate half never starts one
        while (start < text.length() && !isLetterOrNumber(text.codePointAt(start))) {
            start++;
        }
        if (start == text.length()) {
            read = start;
            return false;
        }
        int end = start;
        int cp;
        while (end < text.length() && isWordPart(cp = text.codePointAt(end))) {
            end += Character.charCount(cp);
        }
        read = end;
        while (isTrailing(text.charAt(end - 1))) {
            end--; // the first character is a letter or number, so this stops at it
        }
        if (end - start >= 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
            end -= 2;
        }
        words.add(text.substring(start, end));
        return true;
    }

    private static boolean isTrailing(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    private static boolean isWordPart(int cp) {
        return isLetterOrNumber(cp) || cp == '+' || cp == '\'' || cp == '\u2019' || cp == '-';
    }

    /** A letter or any kind of number (Unicode categories L and N), told without tables for ASCII. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
