package org.dramagraph.clean;

/**
 * Date and time stamps on a line of their own: "Mar 27, 2024", "Published : April 2, 2015 -
 * 19:32", "Updated 3 hours ago". The source records the date; the text does not need it.
 */
final class Dateline implements ChromeRule {
    @Override
    public boolean isChrome(LineShape line) {
        return line.words().size() <= 12 && line.hasNumber()
                && line.allWordsIn(ChromeWords.DATES, ChromeWords.DATES, ChromeWords.DATES);
    }
}
