package org.dramagraph.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of one line that page-chrome rules look at: its words, how it starts and ends.
 */
final class LineShape {
    private static final String BULLETS = "•·▪▫◦‣∙●○■□►▶▸»*-–—";
    private static final String QUOTES = "\"“”‘’'«»「」『』";

    private final String text;
    private final List<String> words;
    /** Worked out when first asked for: most lines are judged by their words alone. */
    private List<String> tokens;

    LineShape(String line) {
        int start = 0;
        while (start < line.length() && (BULLETS.indexOf(line.charAt(start)) >= 0 || Character.isWhitespace(line.charAt(start)))) {
            start++;
        }
        this.text = line.substring(start).strip();
        this.words = words(text);
    }

    /** The line without leading bullets and surrounding space. */
    String text() {
        return text;
    }

    /** Runs of letters and digits, lower-cased: "TV-MOVIES" is {@code [tv, movies]}. */
    List<String> words() {
        return words;
    }

    /** White-space separated tokens with outer punctuation removed, case kept. */
    List<String> tokens() {
        if (tokens == null) {
            tokens = tokens(text);
        }
        return tokens;
    }

    boolean hasLetter() {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** True when some word is a number. */
    boolean hasNumber() {
        for (String w : words) {
            if (isNumber(w)) {
                return true;
            }
        }
        return false;
    }

    /** Ends like a sentence: ".", "!", "?" or "…", maybe followed by closing quotes or brackets. */
    boolean endsSentence() {
        int i = text.length() - 1;
        while (i >= 0 && (QUOTES.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == ')' || text.charAt(i) == ']')) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /** Starts with a quotation mark: a quoted utterance, never chrome. */
    boolean startsWithQuote() {
        return !text.isEmpty() && QUOTES.indexOf(text.charAt(0)) >= 0;
    }

    /** True when every word is in one of the sets or is a number. */
    boolean allWordsIn(Set<String> a, Set<String> b, Set<String> c) {
        for (String w : words) {
            if (!isNumber(w) && !a.contains(w) && !b.contains(w) && !c.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** True when some word is in the set. */
    boolean anyWordIn(Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "2024", and ordinals such as "8th". */
    static boolean isNumber(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        int rest = word.length() - digits;
        return rest == 0 || rest == 2 && (word.endsWith("st") || word.endsWith("nd") || word.endsWith("rd") || word.endsWith("th"));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isLetterOrDigit(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableList(words);
    }

    /** {@link Character#isLetterOrDigit(int)}, told without its tables for ASCII, the bulk of most lines. */
    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.isLetterOrDigit(cp);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                int s = start;
                int e = i;
                while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                    s++;
                }
                while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                    e--;
                }
                tokens.add(s < e ? text.substring(s, e) : text.substring(start, i));
            }
        }
        return List.copyOf(tokens);
    }
}
