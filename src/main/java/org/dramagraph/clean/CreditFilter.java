package org.dramagraph.clean;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.source.Photo;

/**
 * Image credits. A line that is only a credit ("Photo: Agency", "(Photo credit: Studio)",
 * "Image source: Site") is removed and its credit kept as a {@link Photo} with only the credit
 * set. A caption ending in a credit ("Two actors on set | Photo: Agency") keeps its caption in
 * the text and loses the credit, which is kept with the caption. A credit names a source: a line
 * whose "credit" holds a verb is a sentence and stays whole.
 */
final class CreditFilter implements LineFilter {
    private static final String SUBJECT = "photos?|images?|pictures?|pics?|screenshots?|screengrabs?|graphics?"
            + "|illustrations?|video|stills?";
    private static final String CUE = "(?:(?:" + SUBJECT + ")(?:\\s*(?:credits?|sources?|courtesy))?\\s*[:=]"
            + "|(?:" + SUBJECT + ")\\s+(?:by|from|via|courtesy\\s+of)\\s+"
            + "|(?:credits?|courtesy)\\s*[:=]|courtesy\\s+of\\s+|cr\\s*[:.])";
    private static final Pattern BARE = Pattern.compile("(?i)^[\\[(]?\\s*" + CUE + "\\s*(?<credit>.+?)\\s*[\\])]?\\s*$");
    private static final Pattern TAIL = Pattern.compile("(?i)^(?<caption>.*?[^\\s|\\-–—•·/(\\[])\\s*(?:[|\\-–—•·/]\\s*)?"
            + "[\\[(]?\\s*(?<cue>" + CUE + ")\\s*(?<credit>[^()\\[\\]|]+?)\\s*[\\])]?\\s*$");
    private static final int MAX_CREDIT_WORDS = 8;
    private static final Set<String> VERBS = Set.of(
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
            "may", "might", "should", "do", "does", "did", "said", "says", "show", "shows", "shown", "play",
            "plays", "star", "stars", "poses", "attends", "smiles", "appears", "reveals", "reveal", "took",
            "takes", "make", "makes", "made", "wears", "holds", "looks", "walks", "meets", "see", "sees");

    private final Consumer<Photo> credits;

    /** @param credits receives each credit found, in text order */
    CreditFilter(Consumer<Photo> credits) {
        this.credits = credits;
    }

    @Override
    public int keep(String line) {
        Matcher bare = BARE.matcher(line);
        if (bare.matches() && isCredit(bare.group("credit"))) {
            credits.accept(new Photo(null, null, credit(bare.group("credit")), null));
            return 0;
        }
        Matcher tail = TAIL.matcher(line);
        if (tail.matches() && startsCapitalised(tail.group("cue")) && isCredit(tail.group("credit"))) {
            String caption = tail.group("caption").strip();
            credits.accept(new Photo(null, caption, credit(tail.group("credit")), null));
            return tail.end("caption");
        }
        return line.length();
    }

    /** "Photo:" and "cr:" end a caption; "photo:" in the middle of prose does not. */
    private static boolean startsCapitalised(String cue) {
        return Character.isUpperCase(cue.charAt(0)) || cue.regionMatches(true, 0, "cr", 0, 2);
    }

    private static boolean isCredit(String credit) {
        String text = credit(credit);
        List<String> words = new LineShape(text).words();
        if (words.isEmpty() || words.size() > MAX_CREDIT_WORDS) {
            return false;
        }
        for (String token : new LineShape(text).tokens()) {
            if (Character.isLowerCase(token.charAt(0)) && isVerbish(token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVerbish(String token) {
        return VERBS.contains(token) || token.length() > 4 && (token.endsWith("ing") || token.endsWith("ed"));
    }

    private static String credit(String raw) {
        String s = raw.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
