package org.dramagraph.source.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short lines of page chrome that sit among an article's paragraphs and can only be told by their
 * text: advertisement labels, bare date-and-time lines, and "follow us" sign-offs at the end.
 * General rules with closed vocabularies; nothing here names a site.
 */
final class ChromeLines {
    private static final Set<String> AD_LABELS = Set.of(
            "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "anzeige", "werbung",
            "publicidade", "publicidad", "pubblicità", "publicité", "реклама", "광고", "広告", "continue reading below",
            "story continues below", "article continues below", "advertisement continue reading below");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?![\\d:])");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?i)\\bfollow\\b.{0,80}\\b(twitter|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky)\\b"
                    + "|\\b(e-?mail|contact|reach(ed)?)\\b.{0,80}[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\s]+");
    private static final int MAX_AD_LABEL_CHARS = 48;
    private static final int MAX_DATELINE_CHARS = 80;
    private static final int MAX_DATE_WORDS = 6;
    private static final int MAX_SIGN_OFF_CHARS = 300;

    private ChromeLines() {
    }

    /** Whether the block is an advertisement label ("Advertisement", "Story continues below"...). */
    static boolean isAdLabel(String text) {
        if (text.length() > MAX_AD_LABEL_CHARS) {
            return false;
        }
        String t = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return AD_LABELS.contains(t);
    }

    /**
     * Whether the block is only a date: a short line without a sentence's end holding a year and a
     * time of day, or a year and a month in a few words ("Updated 9:30 pm, Nov. 19, 2019").
     */
    static boolean isDateline(String text) {
        String t = text.strip();
        if (t.length() > MAX_DATELINE_CHARS || t.isEmpty() || ".!?\"”".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        if (!YEAR.matcher(t).find()) {
            return false;
        }
        return TIME.matcher(t).find() || MONTH.matcher(t).find() && WORD.matcher(t).results().count() <= MAX_DATE_WORDS;
    }

    /** Whether a block near the end is an author's or site's "follow us / write to me" sign-off. */
    static boolean isSignOff(String text) {
        return text.length() <= MAX_SIGN_OFF_CHARS && SIGN_OFF.matcher(text).find();
    }
}
