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

    private final String title;
    private final Set<String> seen = new HashSet<>();

    /** @param title the article's title, already cleaned; may be empty */
    RepeatedLineFilter(String title) {
        this.title = key(title);
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
        return title.startsWith(key + " ") && key.split(" ").length >= MIN_TRUNCATED_WORDS
                && !new LineShape(line).endsSentence();
    }

    private boolean isTitleWithCrumb(String key) {
        return key.startsWith(title + " ") && key.substring(title.length() + 1).split(" ").length <= MAX_CRUMB_WORDS;
    }

    /** Lower-case letters and digits only, accents folded, words separated by one space. */
    static String key(String text) {
        String folded = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean ascii = c < 0x80;
            if (c == '\'' || c == '\u2019' || !ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (ascii ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
