package org.dramagraph.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author lines: "By Jane Doe | Apr 2, 2015", "By staff reporter (name@example.com)", and empty
 * ones ("By  |"). After "By" come only names (capitalised words), dates, addresses and a few
 * byline words; a lower-case word such as a verb means it is a sentence ("By then, she had ..."),
 * which is kept.
 */
final class Byline implements ChromeRule {
    private static final Pattern BY = Pattern.compile(
            "^(?:(?i:written|posted|reported|story|words|text)\\s+)?(?i:by)(?:\\s*[:|\\-]\\s*|\\s+|(?=\\p{Lu}\\p{Ll})|$)");
    /** What the pattern can start with. */
    private static final String INITIALS = "wprstbWPRSTB";
    private static final int MAX_TOKENS = 14;

    @Override
    public boolean isChrome(LineShape line) {
        if (line.text().isEmpty() || INITIALS.indexOf(line.text().charAt(0)) < 0) {
            return false; // the pattern folds ASCII case only: a line starting with another character is no byline
        }
        Matcher by = BY.matcher(line.text());
        if (!by.lookingAt() || line.endsSentence()) {
            return false;
        }
        List<String> rest = new LineShape(line.text().substring(by.end())).tokens();
        if (rest.size() > MAX_TOKENS || !rest.isEmpty() && Character.isDigit(rest.get(0).charAt(0))) {
            return false;
        }
        return rest.stream().allMatch(Byline::fitsByline);
    }

    private static boolean fitsByline(String token) {
        char first = token.charAt(0);
        if (!Character.isLetterOrDigit(first)) {
            return true; // a separator such as "|" or "-"
        }
        if (Character.isUpperCase(first) || Character.isDigit(first) || Character.isLetter(first) && !isLatin(first)) {
            return true;
        }
        return token.contains("@") || token.contains(".")
                || ChromeWords.BYLINE.contains(token) || ChromeWords.DATES.contains(token);
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
