package org.dramagraph.clean;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Drops repeated headlines and near-duplicate lines. Two lines are the same when they are equal
 * after folding case, accents, spaces and punctuation. A body line goes when it repeats the
 * title (which the article keeps separately), repeats an earlier body line (the first one
 * stays; one-word lines may repeat), is the title cut short ("Stars Share Their" under "Stars Share Their Thoughts"), or is
 * the title followed by a short section crumb ("Headline | Site").
 */
final class RepeatedLineFilter implements LineFilter {
    /** A cut-off title has at least this many words, so a short sentence opening like the title is kept. */
    private static final int MIN_TRUNCATED_WORDS = 3;
    private static final int MAX_CRUMB_WORDS = 3;

    /**
     * The characters up to the end of general punctuation that NFKD leaves as they are and that
     * lower-case alone as in a word: no marks (NFKD may reorder those), no capital sigma (its
     * lower case depends on whether it ends a word). Decomposing characters such as the dotted
     * capital I are left out by the test itself.
     */
    private static final boolean[] UNCHANGED = new boolean[0x2070];

    static {
        for (char c = 0x80; c < UNCHANGED.length; c++) {
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            UNCHANGED[c] = !mark && c != '\u03A3' && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKD);
        }
    }

    private final String title;
    private final int titleWords;
    private final Set<String> seen = new HashSet<>();

    /** @param title the article's title, already cleaned; may be empty */
    RepeatedLineFilter(String title) {
        this.title = key(title);
        this.titleWords = this.title.isEmpty() ? 0 : words(this.title);
    }

    @Override
    public int keep(String line) {
        String key = key(line);
        if (key.isEmpty()) {
            return line.length();
        }
        if (!title.isEmpty() && (key.equals(title) || isCutTitle(line, key) || isTitleWithCrumb(key))) {
            return 0;
        }
        // One-word lines ("Q:", a speaker's name) recur in interviews by design.
        return key.indexOf(' ') < 0 || seen.add(key) ? line.length() : 0;
    }

    private boolean isCutTitle(String line, String key) {
        return startsWithWords(title, key) && words(key) >= MIN_TRUNCATED_WORDS && !new LineShape(line).endsSentence();
    }

    private boolean isTitleWithCrumb(String key) {
        return startsWithWords(key, title) && words(key) - titleWords <= MAX_CRUMB_WORDS;
    }

    /** Whether key {@code key} starts with all the words of key {@code head} and has more. */
    private static boolean startsWithWords(String key, String head) {
        return key.length() > head.length() && key.charAt(head.length()) == ' ' && key.startsWith(head);
    }

    /** The number of words of a non-empty key, which has one space between words and none around them. */
    private static int words(String key) {
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            words++;
        }
        return words;
    }

    /** Lower-case letters and digits only, accents folded, words separated by one space. */
    static String key(String text) {
        String folded = needsFolding(text) ? Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT) : text;
        // each character of the key stands for one of the text (a space for the separator before a word)
        char[] key = new char[folded.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = lower(folded.charAt(i));
            boolean ascii = c < 0x80;
            if (c == '\'' || c == '\u2019' || !ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (ascii ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                if (space && length > 0) {
                    key[length++] = ' ';
                }
                key[length++] = c;
                space = false;
            } else {
                space = true;
            }
        }
        return new String(key, 0, length);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(c);
    }

    /**
     * Whether a line needs decomposing and lower-casing as a whole before its characters are
     * taken. Most lines hold only characters that decomposition leaves alone (ASCII, curly quotes,
     * dashes), and then lower-casing character by character gives the same key without copying
     * the line.
     */
    private static boolean needsFolding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c >= UNCHANGED.length || !UNCHANGED[c])) {
                return true;
            }
        }
        return false;
    }
}
