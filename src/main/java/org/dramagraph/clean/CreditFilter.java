package org.dramagraph.clean;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.lang.WordFile;
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
    private static final Pattern CUE_PATTERN = Pattern.compile("(?i)" + CUE);
    /** What cues start with, to try the pattern only where it can match. */
    private static final List<String> CUE_STEMS = List.of("photo", "pic", "image", "illustration", "screen",
            "graphic", "video", "still", "credit", "courtesy", "cr");
    /**
     * The stems by the ASCII letter, of either case, they start with. The pattern folds ASCII case
     * only, so no cue starts at another character, and most positions are settled by one look-up.
     */
    private static final String[][] STEMS_BY_INITIAL = new String[128][];

    /** What may stand before a bare credit, and between a caption and its credit. */
    private static final String OPENERS = "([";
    private static final String SEPARATORS = "|-–—•·/([";
    private static final int MAX_CREDIT_WORDS = 8;
    private static final Set<String> VERBS = WordFile.set(CreditFilter.class, "credit-verbs.txt");

    static {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            char initial = letter;
            String[] stems = CUE_STEMS.stream().filter(stem -> stem.charAt(0) == initial).toArray(String[]::new);
            if (stems.length > 0) {
                STEMS_BY_INITIAL[initial] = stems;
                STEMS_BY_INITIAL[Character.toUpperCase(initial)] = stems;
            }
        }
    }

    private final Consumer<Photo> credits;

    /** @param credits receives each credit found, in text order */
    CreditFilter(Consumer<Photo> credits) {
        this.credits = credits;
    }

    @Override
    public int keep(String line) {
        // The last cue in the line is where its credit starts.
        Matcher cue = null; // made at the first stem: most lines have none
        int start = -1;
        int end = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String[] stems = c < STEMS_BY_INITIAL.length ? STEMS_BY_INITIAL[c] : null;
            if (stems == null || !startsWord(line, i) || !startsStem(line, i, stems)) {
                continue;
            }
            cue = cue == null ? CUE_PATTERN.matcher(line) : cue;
            if (cue.region(i, line.length()).lookingAt()) {
                start = i;
                end = cue.end();
                i = end - 1;
            }
        }
        if (start < 0) {
            return line.length();
        }
        String credit = credit(line.substring(end));
        if (!isCredit(credit)) {
            return line.length();
        }
        int captionEnd = trimBack(line, start, SEPARATORS);
        if (trimBack(line, start, OPENERS) == 0) {
            credits.accept(new Photo(null, null, credit, null));
            return 0;
        }
        if (captionEnd == 0 || !startsCapitalised(line.substring(start, end))) {
            return line.length();
        }
        credits.accept(new Photo(null, line.substring(0, captionEnd), credit, null));
        return captionEnd;
    }

    /** Whether one of the stems is written at {@code i}, in ASCII letters of any case as the pattern wants them. */
    private static boolean startsStem(String line, int i, String[] stems) {
        for (String stem : stems) {
            if (startsWithAscii(line, i, stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAscii(String line, int i, String lowerCaseStem) {
        if (i + lowerCaseStem.length() > line.length()) {
            return false;
        }
        for (int k = 0; k < lowerCaseStem.length(); k++) {
            char c = line.charAt(i + k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCaseStem.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word starts at {@code i}, or a capitalised word is glued to the one before ("nameImage:").
     * The character at {@code i} is an ASCII letter.
     */
    private static boolean startsWord(String line, int i) {
        if (i == 0) {
            return true;
        }
        char before = line.charAt(i - 1);
        if (before < 0x80) { // most text: decided without Character's tables
            boolean lower = before >= 'a' && before <= 'z';
            boolean letterOrDigit = lower || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9';
            char c = line.charAt(i);
            return !letterOrDigit || lower && c >= 'A' && c <= 'Z';
        }
        return !Character.isLetterOrDigit(before) || Character.isLowerCase(before) && Character.isUpperCase(line.charAt(i));
    }

    /** The end of {@code line[0, end)} once trailing spaces and the given characters are gone. */
    private static int trimBack(String line, int end, String characters) {
        int i = end;
        while (i > 0 && (Character.isWhitespace(line.charAt(i - 1)) || characters.indexOf(line.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    /** "Photo:" and "cr:" end a caption; "photo:" in the middle of prose does not. */
    private static boolean startsCapitalised(String cue) {
        return Character.isUpperCase(cue.charAt(0)) || cue.regionMatches(true, 0, "cr", 0, 2);
    }

    /** A short name of a source: no brackets or bars inside, no verb. */
    private static boolean isCredit(String text) {
        if (text.chars().anyMatch(c -> "()[]|".indexOf(c) >= 0)) {
            return false;
        }
        LineShape shape = new LineShape(text);
        if (shape.words().isEmpty() || shape.words().size() > MAX_CREDIT_WORDS) {
            return false;
        }
        for (String token : shape.tokens()) {
            if (Character.isLowerCase(token.charAt(0)) && isVerbish(token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVerbish(String token) {
        return VERBS.contains(token) || token.length() > 4 && (token.endsWith("ing") || token.endsWith("ed"));
    }

    /** The credit after its cue, without closing brackets and a final full stop. */
    private static String credit(String raw) {
        String s = raw.strip();
        if (s.endsWith(")") || s.endsWith("]")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
