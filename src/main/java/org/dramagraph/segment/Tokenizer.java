package org.dramagraph.segment;

import java.util.ArrayList;
import java.util.List;
import org.dramagraph.lang.WordFile;

/**
 * Splits a sentence into words, numbers and punctuation. Words keep inner hyphens ("Min-ha",
 * "K-drama"), inner periods of initialisms ("D.P."), a trailing plus ("Disney+") and inner
 * apostrophes of contractions ("don't"); a possessive {@code 's} or {@code ’s} becomes a token of its own
 * so that "Ki's" reads as "Ki" + "'s".
 */
public final class Tokenizer {
    private static final java.util.Set<String> TITLES = WordFile.set(Tokenizer.class, "titles.txt");
    private static final int LONGEST_TITLE = TITLES.stream().mapToInt(String::length).max().orElse(0);

    /** Tokens of {@code text[from, to)}, with offsets into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isWhitespace(c)) {
                i++;
            } else if (Chars.isLetterOrDigit(c)) {
                i = word(text, i, to, out);
            } else if ((c == '\'' || c == '\u2019') && i > from && (text.charAt(i - 1) == ')' || text.charAt(i - 1) == ']')
                    && i + 1 < to && possessive(text, i, to)) {
                out.add(new Token(i, i + 2, text.substring(i, i + 2))); // "Kim (D.P. 2)'s role"
                i += 2;
            } else {
                out.add(new Token(i, i + 1, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private int word(String text, int start, int to, List<Token> out) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Chars.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '\u2010' || c == '.' || c == '&') && i + 1 < to
                    && Chars.isLetterOrDigit(text.charAt(i + 1)) && i > start) {
                if (c == '.' && !initialism(text, start, i, to)) {
                    if (isTitle(text, start, i)) {
                        i++; // "Mr.Hong"
                    }
                    break;
                }
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && Chars.isLetter(text.charAt(i + 1))) {
                if (possessive(text, i, to)) {
                    break;
                }
                i++; // contraction: don't, it's is kept whole
            } else if (c == '+' && (i + 1 >= to || !Chars.isLetterOrDigit(text.charAt(i + 1)))) {
                i++; // Disney+, Apple TV+
                break;
            } else if (c == '.' && isTitle(text, start, i)) {
                i++; // "Mr." keeps its period, so "Mr. Harbor" stays one name
                break;
            } else if (c == '.' && initialism(text, start, i, to)) {
                i++; // the closing period of "D.P." belongs to it
                break;
            } else {
                break;
            }
        }
        out.add(new Token(start, i, text.substring(start, i)));
        // an opening mark typed for the apostrophe ("Lights‘s") is a possessive too, right after a word
        if (i + 1 < to && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019' || text.charAt(i) == '\u2018')
                && possessive(text, i, to)) {
            out.add(new Token(i, i + 2, text.substring(i, i + 2)));
            return i + 2;
        }
        return i;
    }

    /** Whether {@code text[start, end)} is a title such as "Mr"; most words are too long to be one, and need no look-up. */
    private static boolean isTitle(String text, int start, int end) {
        return end - start <= LONGEST_TITLE && TITLES.contains(text.substring(start, end));
    }

    /** "'s" closing a word ("Ki's") rather than a contraction of "is" inside a pronoun ("it's"). */
    private static boolean possessive(String text, int i, int to) {
        char s = text.charAt(i + 1);
        if (s != 's' && s != 'S') {
            return false;
        }
        boolean endsThere = i + 2 >= to || !Chars.isLetterOrDigit(text.charAt(i + 2));
        if (!endsThere) {
            return false;
        }
        int b = i;
        while (b > 0 && Chars.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String before = text.substring(b, i).toLowerCase(java.util.Locale.ROOT);
        return !(before.equals("it") || before.equals("that") || before.equals("there") || before.equals("he")
                || before.equals("she") || before.equals("what") || before.equals("who") || before.equals("let")
                || before.equals("here") || before.equals("where"));
    }

    /** Single letters joined by periods: "D.P", "U.S". */
    private static boolean initialism(String text, int start, int dot, int to) {
        return Chars.isLetter(text.charAt(dot - 1)) && (dot - start == 1 || dot >= 2 && text.charAt(dot - 2) == '.');
    }
}
