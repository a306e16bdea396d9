package org.dramagraph.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines left by page widgets: "Advertisement", "Article continues after ad", share and follow
 * buttons, comment-box leftovers ("Post a Comment", "12 comments"), sign-offs ("Thanks for
 * reading"), newsletter blurbs, copyright notices, and lines with no letters at all.
 */
final class WidgetLine implements ChromeRule {
    /** Longer lines are prose, whatever words they use. */
    private static final int MAX_WORDS = 12;
    private static final int MAX_BLURB_WORDS = 16;
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:copyright\\s*)?(?:[©ⓒ]|\\(c\\))|^copyright\\s+\\d{4}");
    /** The characters whose lower case can start a match of {@link #COPYRIGHT}. */
    private static final String COPYRIGHT_STARTS = "cC©ⓒⒸ(";

    @Override
    public boolean isChrome(LineShape line) {
        if (!line.hasLetter()) {
            return line.words().size() <= 4;
        }
        if (line.startsWithQuote()) {
            return false;
        }
        int words = line.words().size();
        if (words <= MAX_WORDS && line.anyWordIn(ChromeWords.WIDGET)
                && line.allWordsIn(ChromeWords.WIDGET, ChromeWords.FILLER, ChromeWords.PLATFORMS)) {
            return true;
        }
        if (words <= MAX_BLURB_WORDS && !line.endsSentence() && line.anyWordIn(ChromeWords.STRONG_WIDGET)) {
            return true;
        }
        return words <= 2 * MAX_WORDS && isCopyright(line.text());
    }

    /** "© 2024 Outlet", "Copyright (c) 2023 Outlet", "... All rights reserved." */
    private static boolean isCopyright(String text) {
        // A cheap look spares most lines the lower-casing: a notice starts as the pattern does, or
        // it has the "v" of "reserved" (no other character lower-cases to these).
        if (text.isEmpty() || COPYRIGHT_STARTS.indexOf(text.charAt(0)) < 0 && text.indexOf('v') < 0 && text.indexOf('V') < 0) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return COPYRIGHT.matcher(lower).lookingAt() || lower.contains("all rights reserved");
    }
}
